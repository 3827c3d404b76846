/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: f1dee3a8b3ec90e23777474ded47ca7c781e311f */

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
