/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: b05b63887692867957400a2870920223579c30a8 */

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_WServer_table, 0, 2, WServer\\Table, 0)
	ZEND_ARG_TYPE_INFO(0, size, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, fields, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_FUNCTION(WServer_table);


static const zend_function_entry ext_functions[] = {
	ZEND_NS_FALIAS("WServer", table, WServer_table, arginfo_WServer_table)
	ZEND_FE_END
};
