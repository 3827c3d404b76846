/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: c7da93e989212d2779b54a4f8c95ea2221a42846 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_WebSocket_Server_push, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, fd, IS_LONG, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, data, WServer\\WebSocket\\Frame, MAY_BE_STRING, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, opcode, IS_LONG, 0, "WSERVER_WEBSOCKET_OPCODE_TEXT")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, flags, IS_LONG, 0, "WSERVER_WEBSOCKET_FLAG_FIN")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_WebSocket_Server_pushMany, 0, 2, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, fds, IS_ARRAY, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, data, WServer\\WebSocket\\Frame, MAY_BE_STRING, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, opcode, IS_LONG, 0, "WSERVER_WEBSOCKET_OPCODE_TEXT")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, flags, IS_LONG, 0, "WSERVER_WEBSOCKET_FLAG_FIN")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_WebSocket_Server_ping, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, fd, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_WebSocket_Server_disconnect, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, fd, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, code, IS_LONG, 0, "1000")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, reason, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_WebSocket_Server_isEstablished, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, fd, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_WebSocket_Server_pack, 0, 1, IS_STRING, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, data, WServer\\WebSocket\\Frame, MAY_BE_STRING, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, opcode, IS_LONG, 0, "WSERVER_WEBSOCKET_OPCODE_TEXT")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, flags, IS_LONG, 0, "WSERVER_WEBSOCKET_FLAG_FIN")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_WServer_WebSocket_Server_unpack, 0, 1, WServer\\WebSocket\\Frame, MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WServer_WebSocket_Server, push);
ZEND_METHOD(WServer_WebSocket_Server, pushMany);
ZEND_METHOD(WServer_WebSocket_Server, ping);
ZEND_METHOD(WServer_WebSocket_Server, disconnect);
ZEND_METHOD(WServer_WebSocket_Server, isEstablished);
ZEND_METHOD(WServer_WebSocket_Frame, pack);
ZEND_METHOD(WServer_WebSocket_Frame, unpack);


static const zend_function_entry class_WServer_WebSocket_Server_methods[] = {
	ZEND_ME(WServer_WebSocket_Server, push, arginfo_class_WServer_WebSocket_Server_push, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_WebSocket_Server, pushMany, arginfo_class_WServer_WebSocket_Server_pushMany, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_WebSocket_Server, ping, arginfo_class_WServer_WebSocket_Server_ping, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_WebSocket_Server, disconnect, arginfo_class_WServer_WebSocket_Server_disconnect, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_WebSocket_Server, isEstablished, arginfo_class_WServer_WebSocket_Server_isEstablished, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WServer_WebSocket_Frame, pack, pack, arginfo_class_WServer_WebSocket_Server_pack, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_MALIAS(WServer_WebSocket_Frame, unpack, unpack, arginfo_class_WServer_WebSocket_Server_unpack, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static void register_websocket_server_symbols(int module_number)
{
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_OPCODE_CONTINUATION", 0, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_OPCODE_TEXT", 1, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_OPCODE_BINARY", 2, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_OPCODE_CLOSE", 8, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_OPCODE_PING", 9, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_OPCODE_PONG", 10, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_FLAG_FIN", 1, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_FLAG_COMPRESS", 2, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_FLAG_RSV1", 4, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_FLAG_RSV2", 8, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_FLAG_RSV3", 16, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_FLAG_MASK", 32, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_STATUS_CONNECTION", 1, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_STATUS_HANDSHAKE", 2, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_STATUS_ACTIVE", 3, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_STATUS_CLOSING", 4, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_CLOSE_NORMAL", 1000, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_CLOSE_GOING_AWAY", 1001, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_CLOSE_PROTOCOL_ERROR", 1002, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_CLOSE_DATA_ERROR", 1003, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_CLOSE_STATUS_ERROR", 1005, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_CLOSE_ABNORMAL", 1006, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_CLOSE_MESSAGE_ERROR", 1007, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_CLOSE_POLICY_ERROR", 1008, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_CLOSE_MESSAGE_TOO_BIG", 1009, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_CLOSE_EXTENSION_MISSING", 1010, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_CLOSE_SERVER_ERROR", 1011, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_CLOSE_TRY_AGAIN_LATER", 1013, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_CLOSE_BAD_GATEWAY", 1014, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_CLOSE_TLS", 1015, CONST_PERSISTENT);
}

static zend_class_entry *register_class_WServer_WebSocket_Server(zend_class_entry *class_entry_WServer_Http_Server)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\WebSocket", "Server", class_WServer_WebSocket_Server_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WServer_Http_Server);

	zval const_OPCODE_TEXT_value;
	ZVAL_LONG(&const_OPCODE_TEXT_value, 1);
	zend_string *const_OPCODE_TEXT_name = zend_string_init_interned("OPCODE_TEXT", sizeof("OPCODE_TEXT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPCODE_TEXT_name, &const_OPCODE_TEXT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPCODE_TEXT_name);

	zval const_OPCODE_BINARY_value;
	ZVAL_LONG(&const_OPCODE_BINARY_value, 2);
	zend_string *const_OPCODE_BINARY_name = zend_string_init_interned("OPCODE_BINARY", sizeof("OPCODE_BINARY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPCODE_BINARY_name, &const_OPCODE_BINARY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPCODE_BINARY_name);

	zval const_OPCODE_CLOSE_value;
	ZVAL_LONG(&const_OPCODE_CLOSE_value, 8);
	zend_string *const_OPCODE_CLOSE_name = zend_string_init_interned("OPCODE_CLOSE", sizeof("OPCODE_CLOSE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPCODE_CLOSE_name, &const_OPCODE_CLOSE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPCODE_CLOSE_name);

	zval const_OPCODE_PING_value;
	ZVAL_LONG(&const_OPCODE_PING_value, 9);
	zend_string *const_OPCODE_PING_name = zend_string_init_interned("OPCODE_PING", sizeof("OPCODE_PING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPCODE_PING_name, &const_OPCODE_PING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPCODE_PING_name);

	zval const_OPCODE_PONG_value;
	ZVAL_LONG(&const_OPCODE_PONG_value, 10);
	zend_string *const_OPCODE_PONG_name = zend_string_init_interned("OPCODE_PONG", sizeof("OPCODE_PONG") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPCODE_PONG_name, &const_OPCODE_PONG_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPCODE_PONG_name);

	zval const_FLAG_FIN_value;
	ZVAL_LONG(&const_FLAG_FIN_value, 1);
	zend_string *const_FLAG_FIN_name = zend_string_init_interned("FLAG_FIN", sizeof("FLAG_FIN") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_FLAG_FIN_name, &const_FLAG_FIN_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_FLAG_FIN_name);

	return class_entry;
}
