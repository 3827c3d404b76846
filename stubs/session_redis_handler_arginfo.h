/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 5ed49eac03b70c2f3cf5ea314654f6f232172cce */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_Protocols_Http_Session_RedisSessionHandler___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, config, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Session_RedisSessionHandler_open, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, savePath, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Session_RedisSessionHandler_close, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Protocols_Http_Session_RedisSessionHandler_read, 0, 1, MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, sessionId, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Session_RedisSessionHandler_write, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, sessionId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, sessionData, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Session_RedisSessionHandler_destroy, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, sessionId, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Session_RedisSessionHandler_gc, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, maxLifetime, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Session_RedisSessionHandler_updateTimestamp, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, sessionId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_STRING, 0, "\"\"")
ZEND_END_ARG_INFO()


ZEND_METHOD(WServer_Protocols_Http_Session_RedisSessionHandler, __construct);
ZEND_METHOD(WServer_Protocols_Http_Session_RedisSessionHandler, open);
ZEND_METHOD(WServer_Protocols_Http_Session_RedisSessionHandler, close);
ZEND_METHOD(WServer_Protocols_Http_Session_RedisSessionHandler, read);
ZEND_METHOD(WServer_Protocols_Http_Session_RedisSessionHandler, write);
ZEND_METHOD(WServer_Protocols_Http_Session_RedisSessionHandler, destroy);
ZEND_METHOD(WServer_Protocols_Http_Session_RedisSessionHandler, gc);
ZEND_METHOD(WServer_Protocols_Http_Session_RedisSessionHandler, updateTimestamp);


static const zend_function_entry class_WServer_Protocols_Http_Session_RedisSessionHandler_methods[] = {
	ZEND_ME(WServer_Protocols_Http_Session_RedisSessionHandler, __construct, arginfo_class_WServer_Protocols_Http_Session_RedisSessionHandler___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session_RedisSessionHandler, open, arginfo_class_WServer_Protocols_Http_Session_RedisSessionHandler_open, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session_RedisSessionHandler, close, arginfo_class_WServer_Protocols_Http_Session_RedisSessionHandler_close, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session_RedisSessionHandler, read, arginfo_class_WServer_Protocols_Http_Session_RedisSessionHandler_read, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session_RedisSessionHandler, write, arginfo_class_WServer_Protocols_Http_Session_RedisSessionHandler_write, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session_RedisSessionHandler, destroy, arginfo_class_WServer_Protocols_Http_Session_RedisSessionHandler_destroy, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session_RedisSessionHandler, gc, arginfo_class_WServer_Protocols_Http_Session_RedisSessionHandler_gc, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session_RedisSessionHandler, updateTimestamp, arginfo_class_WServer_Protocols_Http_Session_RedisSessionHandler_updateTimestamp, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WServer_Protocols_Http_Session_RedisClusterSessionHandler_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Protocols_Http_Session_RedisSessionHandler(zend_class_entry *class_entry_WServer_Protocols_Http_Session_SessionHandlerInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Protocols\\Http\\Session", "RedisSessionHandler", class_WServer_Protocols_Http_Session_RedisSessionHandler_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_WServer_Protocols_Http_Session_SessionHandlerInterface);

	zval property_config_default_value;
	ZVAL_UNDEF(&property_config_default_value);
	zend_string *property_config_name = zend_string_init("config", sizeof("config") - 1, 1);
	zend_declare_typed_property(class_entry, property_config_name, &property_config_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_config_name);

	zend_string *property_connection_class_Redis = zend_string_init("Redis", sizeof("Redis") - 1, 1);
	zend_string *property_connection_class_RedisCluster = zend_string_init("RedisCluster", sizeof("RedisCluster") - 1, 1);
	zend_type_list *property_connection_type_list = malloc(ZEND_TYPE_LIST_SIZE(2));
	property_connection_type_list->num_types = 2;
	property_connection_type_list->types[0] = (zend_type) ZEND_TYPE_INIT_CLASS(property_connection_class_Redis, 0, 0);
	property_connection_type_list->types[1] = (zend_type) ZEND_TYPE_INIT_CLASS(property_connection_class_RedisCluster, 0, 0);
	zend_type property_connection_type = ZEND_TYPE_INIT_UNION(property_connection_type_list, MAY_BE_NULL);
	zval property_connection_default_value;
	ZVAL_NULL(&property_connection_default_value);
	zend_string *property_connection_name = zend_string_init("connection", sizeof("connection") - 1, 1);
	zend_declare_typed_property(class_entry, property_connection_name, &property_connection_default_value, ZEND_ACC_PROTECTED, NULL, property_connection_type);
	zend_string_release(property_connection_name);

	return class_entry;
}

static zend_class_entry *register_class_WServer_Protocols_Http_Session_RedisClusterSessionHandler(zend_class_entry *class_entry_WServer_Protocols_Http_Session_RedisSessionHandler)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Protocols\\Http\\Session", "RedisClusterSessionHandler", class_WServer_Protocols_Http_Session_RedisClusterSessionHandler_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WServer_Protocols_Http_Session_RedisSessionHandler);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
