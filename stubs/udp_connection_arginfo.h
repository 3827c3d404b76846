/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 01b8d6df83fc8ed8e703897eb8e60141306bdfd1 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_Connection_UdpConnection___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Connection_UdpConnection_send, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, sendBuffer, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, raw, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Connection_UdpConnection_close, 0, 0, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, raw, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Connection_UdpConnection_getRemoteIp, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Connection_UdpConnection_getRemotePort, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Connection_UdpConnection_getRemoteAddress arginfo_class_WServer_Connection_UdpConnection_getRemoteIp

#define arginfo_class_WServer_Connection_UdpConnection_getLocalIp arginfo_class_WServer_Connection_UdpConnection_getRemoteIp

#define arginfo_class_WServer_Connection_UdpConnection_getLocalPort arginfo_class_WServer_Connection_UdpConnection_getRemotePort

#define arginfo_class_WServer_Connection_UdpConnection_getLocalAddress arginfo_class_WServer_Connection_UdpConnection_getRemoteIp

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Connection_UdpConnection_isIpV4, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Connection_UdpConnection_isIpV6 arginfo_class_WServer_Connection_UdpConnection_isIpV4

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Connection_UdpConnection_jsonSerialize, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_Connection_AsyncUdpConnection___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, remoteAddress, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, contextOption, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Connection_AsyncUdpConnection_connect, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Connection_AsyncUdpConnection_send arginfo_class_WServer_Connection_UdpConnection_send

#define arginfo_class_WServer_Connection_AsyncUdpConnection_close arginfo_class_WServer_Connection_UdpConnection_close


ZEND_METHOD(WServer_Connection_UdpConnection, __construct);
ZEND_METHOD(WServer_Connection_UdpConnection, send);
ZEND_METHOD(WServer_Connection_UdpConnection, close);
ZEND_METHOD(WServer_Connection_UdpConnection, getRemoteIp);
ZEND_METHOD(WServer_Connection_UdpConnection, getRemotePort);
ZEND_METHOD(WServer_Connection_UdpConnection, getRemoteAddress);
ZEND_METHOD(WServer_Connection_UdpConnection, getLocalIp);
ZEND_METHOD(WServer_Connection_UdpConnection, getLocalPort);
ZEND_METHOD(WServer_Connection_UdpConnection, getLocalAddress);
ZEND_METHOD(WServer_Connection_UdpConnection, isIpV4);
ZEND_METHOD(WServer_Connection_UdpConnection, isIpV6);
ZEND_METHOD(WServer_Connection_UdpConnection, jsonSerialize);
ZEND_METHOD(WServer_Connection_AsyncUdpConnection, __construct);
ZEND_METHOD(WServer_Connection_AsyncUdpConnection, connect);
ZEND_METHOD(WServer_Connection_AsyncUdpConnection, send);
ZEND_METHOD(WServer_Connection_AsyncUdpConnection, close);


static const zend_function_entry class_WServer_Connection_UdpConnection_methods[] = {
	ZEND_ME(WServer_Connection_UdpConnection, __construct, arginfo_class_WServer_Connection_UdpConnection___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WServer_Connection_UdpConnection, send, arginfo_class_WServer_Connection_UdpConnection_send, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_UdpConnection, close, arginfo_class_WServer_Connection_UdpConnection_close, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_UdpConnection, getRemoteIp, arginfo_class_WServer_Connection_UdpConnection_getRemoteIp, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_UdpConnection, getRemotePort, arginfo_class_WServer_Connection_UdpConnection_getRemotePort, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_UdpConnection, getRemoteAddress, arginfo_class_WServer_Connection_UdpConnection_getRemoteAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_UdpConnection, getLocalIp, arginfo_class_WServer_Connection_UdpConnection_getLocalIp, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_UdpConnection, getLocalPort, arginfo_class_WServer_Connection_UdpConnection_getLocalPort, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_UdpConnection, getLocalAddress, arginfo_class_WServer_Connection_UdpConnection_getLocalAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_UdpConnection, isIpV4, arginfo_class_WServer_Connection_UdpConnection_isIpV4, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_UdpConnection, isIpV6, arginfo_class_WServer_Connection_UdpConnection_isIpV6, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_UdpConnection, jsonSerialize, arginfo_class_WServer_Connection_UdpConnection_jsonSerialize, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WServer_Connection_AsyncUdpConnection_methods[] = {
	ZEND_ME(WServer_Connection_AsyncUdpConnection, __construct, arginfo_class_WServer_Connection_AsyncUdpConnection___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_AsyncUdpConnection, connect, arginfo_class_WServer_Connection_AsyncUdpConnection_connect, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_AsyncUdpConnection, send, arginfo_class_WServer_Connection_AsyncUdpConnection_send, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_AsyncUdpConnection, close, arginfo_class_WServer_Connection_AsyncUdpConnection_close, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Connection_UdpConnection(zend_class_entry *class_entry_WServer_Connection_ConnectionInterface, zend_class_entry *class_entry_JsonSerializable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Connection", "UdpConnection", class_WServer_Connection_UdpConnection_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WServer_Connection_ConnectionInterface);
#if (PHP_VERSION_ID >= 80200)
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE|ZEND_ACC_ALLOW_DYNAMIC_PROPERTIES;
#elif (PHP_VERSION_ID >= 80100)
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;
#endif
	zend_class_implements(class_entry, 1, class_entry_JsonSerializable);

	zval const_MAX_UDP_PACKAGE_SIZE_value;
	ZVAL_LONG(&const_MAX_UDP_PACKAGE_SIZE_value, 65535);
	zend_string *const_MAX_UDP_PACKAGE_SIZE_name = zend_string_init_interned("MAX_UDP_PACKAGE_SIZE", sizeof("MAX_UDP_PACKAGE_SIZE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAX_UDP_PACKAGE_SIZE_name, &const_MAX_UDP_PACKAGE_SIZE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MAX_UDP_PACKAGE_SIZE_name);

	zend_string *property_worker_class_WServer_Worker = zend_string_init("WServer\\Worker", sizeof("WServer\\Worker")-1, 1);
	zval property_worker_default_value;
	ZVAL_NULL(&property_worker_default_value);
	zend_string *property_worker_name = zend_string_init("worker", sizeof("worker") - 1, 1);
	zend_declare_typed_property(class_entry, property_worker_name, &property_worker_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_worker_class_WServer_Worker, 0, MAY_BE_NULL));
	zend_string_release(property_worker_name);

	zval property_transport_default_value;
	zend_string *property_transport_default_value_str = zend_string_init("udp", strlen("udp"), 1);
	ZVAL_STR(&property_transport_default_value, property_transport_default_value_str);
	zend_string *property_transport_name = zend_string_init("transport", sizeof("transport") - 1, 1);
	zend_declare_typed_property(class_entry, property_transport_name, &property_transport_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_transport_name);

#if (PHP_VERSION_ID >= 80200)
	zend_string *attribute_name_AllowDynamicProperties_class_WServer_Connection_UdpConnection = zend_string_init_interned("AllowDynamicProperties", sizeof("AllowDynamicProperties") - 1, 1);
	zend_add_class_attribute(class_entry, attribute_name_AllowDynamicProperties_class_WServer_Connection_UdpConnection, 0);
	zend_string_release(attribute_name_AllowDynamicProperties_class_WServer_Connection_UdpConnection);
#endif

	return class_entry;
}

static zend_class_entry *register_class_WServer_Connection_AsyncUdpConnection(zend_class_entry *class_entry_WServer_Connection_UdpConnection)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Connection", "AsyncUdpConnection", class_WServer_Connection_AsyncUdpConnection_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WServer_Connection_UdpConnection);
#if (PHP_VERSION_ID >= 80200)
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE|ZEND_ACC_ALLOW_DYNAMIC_PROPERTIES;
#elif (PHP_VERSION_ID >= 80100)
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;
#endif

	zval property_onConnect_default_value;
	ZVAL_NULL(&property_onConnect_default_value);
	zend_string *property_onConnect_name = zend_string_init("onConnect", sizeof("onConnect") - 1, 1);
	zend_declare_typed_property(class_entry, property_onConnect_name, &property_onConnect_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_onConnect_name);

#if (PHP_VERSION_ID >= 80200)
	zend_string *attribute_name_AllowDynamicProperties_class_WServer_Connection_AsyncUdpConnection = zend_string_init_interned("AllowDynamicProperties", sizeof("AllowDynamicProperties") - 1, 1);
	zend_add_class_attribute(class_entry, attribute_name_AllowDynamicProperties_class_WServer_Connection_AsyncUdpConnection, 0);
	zend_string_release(attribute_name_AllowDynamicProperties_class_WServer_Connection_AsyncUdpConnection);
#endif

	return class_entry;
}
