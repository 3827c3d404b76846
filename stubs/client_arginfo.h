/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: ab5a14333ffedfb108ef5f2412eac7842cc26406 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_Coroutine_Client___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, type, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_Client_set, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, settings, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_Client_connect, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, host, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, port, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, sockFlag, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Coroutine_Client_send, 0, 1, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Coroutine_Client_sendAll arginfo_class_WServer_Coroutine_Client_send

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Coroutine_Client_recv, 0, 0, MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Coroutine_Client_recvAll, 0, 0, MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, length, IS_LONG, 0, "65536")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_Client_sendto, 0, 3, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, host, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, port, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_Client_enableSSL, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Coroutine_Client_getPeerCert, 0, 0, MAY_BE_STRING|MAY_BE_FALSE)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_Client_verifyPeerCert, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, allowSelfSigned, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Coroutine_Client_isConnected arginfo_class_WServer_Coroutine_Client_enableSSL

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Coroutine_Client_getsockname, 0, 0, MAY_BE_ARRAY|MAY_BE_FALSE)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Coroutine_Client_getpeername arginfo_class_WServer_Coroutine_Client_getsockname

#define arginfo_class_WServer_Coroutine_Client_close arginfo_class_WServer_Coroutine_Client_enableSSL


ZEND_METHOD(WServer_Coroutine_Client, __construct);
ZEND_METHOD(WServer_Coroutine_Client, set);
ZEND_METHOD(WServer_Coroutine_Client, connect);
ZEND_METHOD(WServer_Coroutine_Client, send);
ZEND_METHOD(WServer_Coroutine_Client, sendAll);
ZEND_METHOD(WServer_Coroutine_Client, recv);
ZEND_METHOD(WServer_Coroutine_Client, recvAll);
ZEND_METHOD(WServer_Coroutine_Client, sendto);
ZEND_METHOD(WServer_Coroutine_Client, enableSSL);
ZEND_METHOD(WServer_Coroutine_Client, getPeerCert);
ZEND_METHOD(WServer_Coroutine_Client, verifyPeerCert);
ZEND_METHOD(WServer_Coroutine_Client, isConnected);
ZEND_METHOD(WServer_Coroutine_Client, getsockname);
ZEND_METHOD(WServer_Coroutine_Client, getpeername);
ZEND_METHOD(WServer_Coroutine_Client, close);


static const zend_function_entry class_WServer_Coroutine_Client_methods[] = {
	ZEND_ME(WServer_Coroutine_Client, __construct, arginfo_class_WServer_Coroutine_Client___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Client, set, arginfo_class_WServer_Coroutine_Client_set, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Client, connect, arginfo_class_WServer_Coroutine_Client_connect, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Client, send, arginfo_class_WServer_Coroutine_Client_send, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Client, sendAll, arginfo_class_WServer_Coroutine_Client_sendAll, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Client, recv, arginfo_class_WServer_Coroutine_Client_recv, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Client, recvAll, arginfo_class_WServer_Coroutine_Client_recvAll, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Client, sendto, arginfo_class_WServer_Coroutine_Client_sendto, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Client, enableSSL, arginfo_class_WServer_Coroutine_Client_enableSSL, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Client, getPeerCert, arginfo_class_WServer_Coroutine_Client_getPeerCert, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Client, verifyPeerCert, arginfo_class_WServer_Coroutine_Client_verifyPeerCert, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Client, isConnected, arginfo_class_WServer_Coroutine_Client_isConnected, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Client, getsockname, arginfo_class_WServer_Coroutine_Client_getsockname, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Client, getpeername, arginfo_class_WServer_Coroutine_Client_getpeername, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Client, close, arginfo_class_WServer_Coroutine_Client_close, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Coroutine_Client(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Coroutine", "Client", class_WServer_Coroutine_Client_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
#if (PHP_VERSION_ID >= 80200)
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE|ZEND_ACC_ALLOW_DYNAMIC_PROPERTIES;
#elif (PHP_VERSION_ID >= 80100)
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;
#endif

	zval property_type_default_value;
	ZVAL_UNDEF(&property_type_default_value);
	zend_string *property_type_name = zend_string_init("type", sizeof("type") - 1, 1);
	zend_declare_typed_property(class_entry, property_type_name, &property_type_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_type_name);

	zval property_errCode_default_value;
	ZVAL_LONG(&property_errCode_default_value, 0);
	zend_string *property_errCode_name = zend_string_init("errCode", sizeof("errCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_errCode_name, &property_errCode_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_errCode_name);

	zval property_errMsg_default_value;
	ZVAL_EMPTY_STRING(&property_errMsg_default_value);
	zend_string *property_errMsg_name = zend_string_init("errMsg", sizeof("errMsg") - 1, 1);
	zend_declare_typed_property(class_entry, property_errMsg_name, &property_errMsg_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_errMsg_name);

	zval property_connected_default_value;
	ZVAL_FALSE(&property_connected_default_value);
	zend_string *property_connected_name = zend_string_init("connected", sizeof("connected") - 1, 1);
	zend_declare_typed_property(class_entry, property_connected_name, &property_connected_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_connected_name);

	zval property_setting_default_value;
	ZVAL_NULL(&property_setting_default_value);
	zend_string *property_setting_name = zend_string_init("setting", sizeof("setting") - 1, 1);
	zend_declare_typed_property(class_entry, property_setting_name, &property_setting_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY|MAY_BE_NULL));
	zend_string_release(property_setting_name);

#if (PHP_VERSION_ID >= 80200)
	zend_string *attribute_name_AllowDynamicProperties_class_WServer_Coroutine_Client = zend_string_init_interned("AllowDynamicProperties", sizeof("AllowDynamicProperties") - 1, 1);
	zend_add_class_attribute(class_entry, attribute_name_AllowDynamicProperties_class_WServer_Coroutine_Client, 0);
	zend_string_release(attribute_name_AllowDynamicProperties_class_WServer_Coroutine_Client);
#endif

	return class_entry;
}
