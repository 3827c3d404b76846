/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 90b7d2572a619363b615519ed00f485024990ce9 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ExitException_getStatus, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ExitException_getFlags, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WServer_ExitException, getStatus);
ZEND_METHOD(WServer_ExitException, getFlags);


static const zend_function_entry class_WServer_ExitException_methods[] = {
	ZEND_ME(WServer_ExitException, getStatus, arginfo_class_WServer_ExitException_getStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ExitException, getFlags, arginfo_class_WServer_ExitException_getFlags, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_ExitException(zend_class_entry *class_entry_WServer_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer", "ExitException", class_WServer_ExitException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WServer_Exception);

	zval property_status_default_value;
	ZVAL_NULL(&property_status_default_value);
	zend_string *property_status_name = zend_string_init("status", sizeof("status") - 1, 1);
	zend_declare_typed_property(class_entry, property_status_name, &property_status_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_status_name);

	zval property_flags_default_value;
	ZVAL_LONG(&property_flags_default_value, 0);
	zend_string *property_flags_name = zend_string_init("flags", sizeof("flags") - 1, 1);
	zend_declare_typed_property(class_entry, property_flags_name, &property_flags_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_flags_name);

	return class_entry;
}
