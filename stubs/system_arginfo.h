/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: fd822a42a5843aa3e66437620e86ba7c0f2e6aa9 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WServer_cpu_num, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_WServer_errno arginfo_WServer_cpu_num

#define arginfo_WServer_last_error arginfo_WServer_cpu_num


ZEND_FUNCTION(WServer_cpu_num);
ZEND_FUNCTION(WServer_errno);
ZEND_FUNCTION(WServer_last_error);


static const zend_function_entry ext_functions[] = {
	ZEND_NS_FALIAS("WServer", cpu_num, WServer_cpu_num, arginfo_WServer_cpu_num)
	ZEND_NS_FALIAS("WServer", errno, WServer_errno, arginfo_WServer_errno)
	ZEND_NS_FALIAS("WServer", last_error, WServer_last_error, arginfo_WServer_last_error)
	ZEND_FE_END
};

static void register_system_symbols(int module_number)
{
	REGISTER_LONG_CONSTANT("WSERVER_LOG_DEBUG", 0, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_LOG_TRACE", 1, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_LOG_INFO", 2, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_LOG_NOTICE", 3, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_LOG_WARNING", 4, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_LOG_ERROR", 5, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_LOG_NONE", 6, CONST_PERSISTENT);
}
