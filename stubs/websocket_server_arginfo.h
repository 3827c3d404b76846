/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 0e7994a009a03104ebca4bf48c3bb79909b33fd4 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_WebSocket_Server_push, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, fd, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, opcode, IS_LONG, 0, "WSERVER_WEBSOCKET_OPCODE_TEXT")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, flags, IS_LONG, 0, "WSERVER_WEBSOCKET_FLAG_FIN")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_WebSocket_Server_disconnect, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, fd, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, code, IS_LONG, 0, "1000")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, reason, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_WebSocket_Server_isEstablished, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, fd, IS_LONG, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WServer_WebSocket_Server, push);
ZEND_METHOD(WServer_WebSocket_Server, disconnect);
ZEND_METHOD(WServer_WebSocket_Server, isEstablished);


static const zend_function_entry class_WServer_WebSocket_Server_methods[] = {
	ZEND_ME(WServer_WebSocket_Server, push, arginfo_class_WServer_WebSocket_Server_push, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_WebSocket_Server, disconnect, arginfo_class_WServer_WebSocket_Server_disconnect, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_WebSocket_Server, isEstablished, arginfo_class_WServer_WebSocket_Server_isEstablished, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WServer_WebSocket_Frame_methods[] = {
	ZEND_FE_END
};

static void register_websocket_server_symbols(int module_number)
{
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_OPCODE_TEXT", 1, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_OPCODE_BINARY", 2, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_OPCODE_CLOSE", 8, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_OPCODE_PING", 9, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_OPCODE_PONG", 10, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WEBSOCKET_FLAG_FIN", 1, CONST_PERSISTENT);
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

static zend_class_entry *register_class_WServer_WebSocket_Frame(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\WebSocket", "Frame", class_WServer_WebSocket_Frame_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
#if (PHP_VERSION_ID >= 80200)
	class_entry->ce_flags |= ZEND_ACC_ALLOW_DYNAMIC_PROPERTIES;
#endif

	zval property_fd_default_value;
	ZVAL_LONG(&property_fd_default_value, 0);
	zend_string *property_fd_name = zend_string_init("fd", sizeof("fd") - 1, 1);
	zend_declare_typed_property(class_entry, property_fd_name, &property_fd_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_fd_name);

	zval property_data_default_value;
	ZVAL_EMPTY_STRING(&property_data_default_value);
	zend_string *property_data_name = zend_string_init("data", sizeof("data") - 1, 1);
	zend_declare_typed_property(class_entry, property_data_name, &property_data_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_data_name);

	zval property_opcode_default_value;
	ZVAL_LONG(&property_opcode_default_value, 1);
	zend_string *property_opcode_name = zend_string_init("opcode", sizeof("opcode") - 1, 1);
	zend_declare_typed_property(class_entry, property_opcode_name, &property_opcode_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_opcode_name);

	zval property_flags_default_value;
	ZVAL_LONG(&property_flags_default_value, 1);
	zend_string *property_flags_name = zend_string_init("flags", sizeof("flags") - 1, 1);
	zend_declare_typed_property(class_entry, property_flags_name, &property_flags_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_flags_name);

	zval property_finish_default_value;
	ZVAL_TRUE(&property_finish_default_value);
	zend_string *property_finish_name = zend_string_init("finish", sizeof("finish") - 1, 1);
	zend_declare_typed_property(class_entry, property_finish_name, &property_finish_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_finish_name);

#if (PHP_VERSION_ID >= 80200)
	zend_string *attribute_name_AllowDynamicProperties_class_WServer_WebSocket_Frame = zend_string_init_interned("AllowDynamicProperties", sizeof("AllowDynamicProperties") - 1, 1);
	zend_add_class_attribute(class_entry, attribute_name_AllowDynamicProperties_class_WServer_WebSocket_Frame, 0);
	zend_string_release(attribute_name_AllowDynamicProperties_class_WServer_WebSocket_Frame);
#endif

	return class_entry;
}
