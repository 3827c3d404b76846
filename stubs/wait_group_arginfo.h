/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 3d2c7a098b6aee4fef10955b05a1052139255bee */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_Coroutine_WaitGroup___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, delta, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_WaitGroup_add, 0, 0, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, delta, IS_LONG, 0, "1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_WaitGroup_done, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_WaitGroup_wait, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_WaitGroup_count, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WServer_Coroutine_WaitGroup, __construct);
ZEND_METHOD(WServer_Coroutine_WaitGroup, add);
ZEND_METHOD(WServer_Coroutine_WaitGroup, done);
ZEND_METHOD(WServer_Coroutine_WaitGroup, wait);
ZEND_METHOD(WServer_Coroutine_WaitGroup, count);


static const zend_function_entry class_WServer_Coroutine_WaitGroup_methods[] = {
	ZEND_ME(WServer_Coroutine_WaitGroup, __construct, arginfo_class_WServer_Coroutine_WaitGroup___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_WaitGroup, add, arginfo_class_WServer_Coroutine_WaitGroup_add, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_WaitGroup, done, arginfo_class_WServer_Coroutine_WaitGroup_done, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_WaitGroup, wait, arginfo_class_WServer_Coroutine_WaitGroup_wait, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_WaitGroup, count, arginfo_class_WServer_Coroutine_WaitGroup_count, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Coroutine_WaitGroup(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Coroutine", "WaitGroup", class_WServer_Coroutine_WaitGroup_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_errCode_default_value;
	ZVAL_LONG(&property_errCode_default_value, 0);
	zend_string *property_errCode_name = zend_string_init("errCode", sizeof("errCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_errCode_name, &property_errCode_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_errCode_name);

	return class_entry;
}
