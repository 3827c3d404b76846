/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 0810c46854534b86a72ebd20cd84696af57c0ca2 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WServer_swoole_api_version, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WServer_set_process_name, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_WServer_get_local_ip, 0, 0, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, family, IS_LONG, 0, "2")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_WServer_get_local_mac, 0, 0, MAY_BE_ARRAY|MAY_BE_FALSE)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_WServer_hashcode, 0, 1, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, type, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WServer_mime_type_add, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, suffix, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, mimeType, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WServer_mime_type_set, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, suffix, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, mimeType, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WServer_mime_type_delete, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, suffix, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WServer_mime_type_get, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, filename, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WServer_mime_type_exists, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, filename, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WServer_mime_type_list, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WServer_clear_dns_cache, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WServer_substr_unserialize, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, str, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, length, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WServer_substr_json_decode, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, str, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, length, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, associative, _IS_BOOL, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, depth, IS_LONG, 0, "512")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, flags, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WServer_cpu_num, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_WServer_errno arginfo_WServer_cpu_num

#define arginfo_WServer_last_error arginfo_WServer_cpu_num

#define arginfo_WServer_clear_error arginfo_WServer_clear_dns_cache


ZEND_FUNCTION(WServer_swoole_api_version);
ZEND_FUNCTION(WServer_set_process_name);
ZEND_FUNCTION(WServer_get_local_ip);
ZEND_FUNCTION(WServer_get_local_mac);
ZEND_FUNCTION(WServer_hashcode);
ZEND_FUNCTION(WServer_mime_type_add);
ZEND_FUNCTION(WServer_mime_type_set);
ZEND_FUNCTION(WServer_mime_type_delete);
ZEND_FUNCTION(WServer_mime_type_get);
ZEND_FUNCTION(WServer_mime_type_exists);
ZEND_FUNCTION(WServer_mime_type_list);
ZEND_FUNCTION(WServer_clear_dns_cache);
ZEND_FUNCTION(WServer_substr_unserialize);
ZEND_FUNCTION(WServer_substr_json_decode);
ZEND_FUNCTION(WServer_cpu_num);
ZEND_FUNCTION(WServer_errno);
ZEND_FUNCTION(WServer_last_error);
ZEND_FUNCTION(WServer_clear_error);


static const zend_function_entry ext_functions[] = {
	ZEND_NS_FALIAS("WServer", swoole_api_version, WServer_swoole_api_version, arginfo_WServer_swoole_api_version)
	ZEND_NS_FALIAS("WServer", set_process_name, WServer_set_process_name, arginfo_WServer_set_process_name)
	ZEND_NS_FALIAS("WServer", get_local_ip, WServer_get_local_ip, arginfo_WServer_get_local_ip)
	ZEND_NS_FALIAS("WServer", get_local_mac, WServer_get_local_mac, arginfo_WServer_get_local_mac)
	ZEND_NS_FALIAS("WServer", hashcode, WServer_hashcode, arginfo_WServer_hashcode)
	ZEND_NS_FALIAS("WServer", mime_type_add, WServer_mime_type_add, arginfo_WServer_mime_type_add)
	ZEND_NS_FALIAS("WServer", mime_type_set, WServer_mime_type_set, arginfo_WServer_mime_type_set)
	ZEND_NS_FALIAS("WServer", mime_type_delete, WServer_mime_type_delete, arginfo_WServer_mime_type_delete)
	ZEND_NS_FALIAS("WServer", mime_type_get, WServer_mime_type_get, arginfo_WServer_mime_type_get)
	ZEND_NS_FALIAS("WServer", mime_type_exists, WServer_mime_type_exists, arginfo_WServer_mime_type_exists)
	ZEND_NS_FALIAS("WServer", mime_type_list, WServer_mime_type_list, arginfo_WServer_mime_type_list)
	ZEND_NS_FALIAS("WServer", clear_dns_cache, WServer_clear_dns_cache, arginfo_WServer_clear_dns_cache)
	ZEND_NS_FALIAS("WServer", substr_unserialize, WServer_substr_unserialize, arginfo_WServer_substr_unserialize)
	ZEND_NS_FALIAS("WServer", substr_json_decode, WServer_substr_json_decode, arginfo_WServer_substr_json_decode)
	ZEND_NS_FALIAS("WServer", cpu_num, WServer_cpu_num, arginfo_WServer_cpu_num)
	ZEND_NS_FALIAS("WServer", errno, WServer_errno, arginfo_WServer_errno)
	ZEND_NS_FALIAS("WServer", last_error, WServer_last_error, arginfo_WServer_last_error)
	ZEND_NS_FALIAS("WServer", clear_error, WServer_clear_error, arginfo_WServer_clear_error)
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
	REGISTER_LONG_CONSTANT("WSERVER_EVENT_READ", 512, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_EVENT_WRITE", 1024, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_CORO_MAX_NUM_LIMIT", 9223372036854775807, CONST_PERSISTENT);
}
