/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: a47c997884f7bcef2792fe4dbe506bd7f3de9655 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_Coroutine_ConnectionPool___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, factory, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, size, IS_LONG, 0, "64")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_ConnectionPool_fill, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_ConnectionPool_get, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_ConnectionPool_put, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, connection, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Coroutine_ConnectionPool_close arginfo_class_WServer_Coroutine_ConnectionPool_fill

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_ConnectionPool_stats, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WServer_Coroutine_ConnectionPool, __construct);
ZEND_METHOD(WServer_Coroutine_ConnectionPool, fill);
ZEND_METHOD(WServer_Coroutine_ConnectionPool, get);
ZEND_METHOD(WServer_Coroutine_ConnectionPool, put);
ZEND_METHOD(WServer_Coroutine_ConnectionPool, close);
ZEND_METHOD(WServer_Coroutine_ConnectionPool, stats);


static const zend_function_entry class_WServer_Coroutine_ConnectionPool_methods[] = {
	ZEND_ME(WServer_Coroutine_ConnectionPool, __construct, arginfo_class_WServer_Coroutine_ConnectionPool___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_ConnectionPool, fill, arginfo_class_WServer_Coroutine_ConnectionPool_fill, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_ConnectionPool, get, arginfo_class_WServer_Coroutine_ConnectionPool_get, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_ConnectionPool, put, arginfo_class_WServer_Coroutine_ConnectionPool_put, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_ConnectionPool, close, arginfo_class_WServer_Coroutine_ConnectionPool_close, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_ConnectionPool, stats, arginfo_class_WServer_Coroutine_ConnectionPool_stats, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Coroutine_ConnectionPool(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Coroutine", "ConnectionPool", class_WServer_Coroutine_ConnectionPool_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
