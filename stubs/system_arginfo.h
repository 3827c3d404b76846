/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: be76aaacfde54d9cdcbf0ded7bf185b0c7ff2c8d */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WServer_cpu_num, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()


ZEND_FUNCTION(WServer_cpu_num);


static const zend_function_entry ext_functions[] = {
	ZEND_NS_FALIAS("WServer", cpu_num, WServer_cpu_num, arginfo_WServer_cpu_num)
	ZEND_FE_END
};
