/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 18c3c2c3836e5f6ce7da69bc8d0ca6e498126465 */




static const zend_function_entry class_WServer_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WServer_Error_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Exception(zend_class_entry *class_entry_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer", "Exception", class_WServer_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Exception);

	return class_entry;
}

static zend_class_entry *register_class_WServer_Error(zend_class_entry *class_entry_Error)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer", "Error", class_WServer_Error_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Error);

	return class_entry;
}
