/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 0ba2cb5bf2136f455bfe42a9775d9ca1ab9edc8a */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Event_wait, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Event_exit arginfo_class_WServer_Event_wait


ZEND_METHOD(WServer_Event, wait);
ZEND_METHOD(WServer_Event, exit);


static const zend_function_entry class_WServer_Event_methods[] = {
	ZEND_ME(WServer_Event, wait, arginfo_class_WServer_Event_wait, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Event, exit, arginfo_class_WServer_Event_exit, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Event(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer", "Event", class_WServer_Event_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
