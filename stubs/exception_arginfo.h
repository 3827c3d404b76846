/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 2056455d24cb1dae911595686e371e4d9c36609c */




static const zend_function_entry class_WServer_Exception_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Exception(zend_class_entry *class_entry_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer", "Exception", class_WServer_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Exception);

	return class_entry;
}
