/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 11dee77188ca715f9d8326f6b8a35ed042015f85 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_Protocols_Http_Request___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Request_get, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, name, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, default, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Http_Request_post arginfo_class_WServer_Protocols_Http_Request_get

#define arginfo_class_WServer_Protocols_Http_Request_header arginfo_class_WServer_Protocols_Http_Request_get

#define arginfo_class_WServer_Protocols_Http_Request_cookie arginfo_class_WServer_Protocols_Http_Request_get

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Request_file, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, name, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Request_method, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Http_Request_uri arginfo_class_WServer_Protocols_Http_Request_method

#define arginfo_class_WServer_Protocols_Http_Request_path arginfo_class_WServer_Protocols_Http_Request_method

#define arginfo_class_WServer_Protocols_Http_Request_queryString arginfo_class_WServer_Protocols_Http_Request_method

#define arginfo_class_WServer_Protocols_Http_Request_protocolVersion arginfo_class_WServer_Protocols_Http_Request_method

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Request_host, 0, 0, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, withoutPort, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Http_Request_rawHead arginfo_class_WServer_Protocols_Http_Request_method

#define arginfo_class_WServer_Protocols_Http_Request_rawBody arginfo_class_WServer_Protocols_Http_Request_method

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Request_rawBodyFile, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Http_Request___toString arginfo_class_WServer_Protocols_Http_Request_method

#define arginfo_class_WServer_Protocols_Http_Request_rawBuffer arginfo_class_WServer_Protocols_Http_Request_method

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_Protocols_Http_Request_session, 0, 0, WServer\\Protocols\\Http\\Session, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Request_sessionId, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, sessionId, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Request_sessionRegenerateId, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, deleteOldSession, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Request_isValidSessionId, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, sessionId, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Http_Request_createSessionId arginfo_class_WServer_Protocols_Http_Request_method

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Request_destroy, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Http_Request_getRemoteIp arginfo_class_WServer_Protocols_Http_Request_method

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Request_getRemotePort, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Http_Request_getLocalIp arginfo_class_WServer_Protocols_Http_Request_method

#define arginfo_class_WServer_Protocols_Http_Request_getLocalPort arginfo_class_WServer_Protocols_Http_Request_getRemotePort

ZEND_BEGIN_ARG_WITH_TENTATIVE_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Request_getRealIp, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, safeMode, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_TENTATIVE_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Request_isIntranetIp, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, ip, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_TENTATIVE_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Request_isAjax, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Http_Request_isPjax arginfo_class_WServer_Protocols_Http_Request_isAjax

#define arginfo_class_WServer_Protocols_Http_Request_expectsJson arginfo_class_WServer_Protocols_Http_Request_isAjax

#define arginfo_class_WServer_Protocols_Http_Request_acceptJson arginfo_class_WServer_Protocols_Http_Request_isAjax

ZEND_BEGIN_ARG_WITH_TENTATIVE_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Request_url, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Http_Request_fullUrl arginfo_class_WServer_Protocols_Http_Request_url

#define arginfo_class_WServer_Protocols_Http_Request_isGet arginfo_class_WServer_Protocols_Http_Request_isAjax

#define arginfo_class_WServer_Protocols_Http_Request_isPost arginfo_class_WServer_Protocols_Http_Request_isAjax

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Request___get, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Request___set, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Request___isset, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Request___unset, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WServer_Protocols_Http_Request, __construct);
ZEND_METHOD(WServer_Protocols_Http_Request, get);
ZEND_METHOD(WServer_Protocols_Http_Request, post);
ZEND_METHOD(WServer_Protocols_Http_Request, header);
ZEND_METHOD(WServer_Protocols_Http_Request, cookie);
ZEND_METHOD(WServer_Protocols_Http_Request, file);
ZEND_METHOD(WServer_Protocols_Http_Request, method);
ZEND_METHOD(WServer_Protocols_Http_Request, uri);
ZEND_METHOD(WServer_Protocols_Http_Request, path);
ZEND_METHOD(WServer_Protocols_Http_Request, queryString);
ZEND_METHOD(WServer_Protocols_Http_Request, protocolVersion);
ZEND_METHOD(WServer_Protocols_Http_Request, host);
ZEND_METHOD(WServer_Protocols_Http_Request, rawHead);
ZEND_METHOD(WServer_Protocols_Http_Request, rawBody);
ZEND_METHOD(WServer_Protocols_Http_Request, rawBodyFile);
ZEND_METHOD(WServer_Protocols_Http_Request, __toString);
ZEND_METHOD(WServer_Protocols_Http_Request, rawBuffer);
ZEND_METHOD(WServer_Protocols_Http_Request, session);
ZEND_METHOD(WServer_Protocols_Http_Request, sessionId);
ZEND_METHOD(WServer_Protocols_Http_Request, sessionRegenerateId);
ZEND_METHOD(WServer_Protocols_Http_Request, isValidSessionId);
ZEND_METHOD(WServer_Protocols_Http_Request, createSessionId);
ZEND_METHOD(WServer_Protocols_Http_Request, destroy);
ZEND_METHOD(WServer_Protocols_Http_Request, getRemoteIp);
ZEND_METHOD(WServer_Protocols_Http_Request, getRemotePort);
ZEND_METHOD(WServer_Protocols_Http_Request, getLocalIp);
ZEND_METHOD(WServer_Protocols_Http_Request, getLocalPort);
ZEND_METHOD(WServer_Protocols_Http_Request, getRealIp);
ZEND_METHOD(WServer_Protocols_Http_Request, isIntranetIp);
ZEND_METHOD(WServer_Protocols_Http_Request, isAjax);
ZEND_METHOD(WServer_Protocols_Http_Request, isPjax);
ZEND_METHOD(WServer_Protocols_Http_Request, expectsJson);
ZEND_METHOD(WServer_Protocols_Http_Request, acceptJson);
ZEND_METHOD(WServer_Protocols_Http_Request, url);
ZEND_METHOD(WServer_Protocols_Http_Request, fullUrl);
ZEND_METHOD(WServer_Protocols_Http_Request, isGet);
ZEND_METHOD(WServer_Protocols_Http_Request, isPost);
ZEND_METHOD(WServer_Protocols_Http_Request, __get);
ZEND_METHOD(WServer_Protocols_Http_Request, __set);
ZEND_METHOD(WServer_Protocols_Http_Request, __isset);
ZEND_METHOD(WServer_Protocols_Http_Request, __unset);


static const zend_function_entry class_WServer_Protocols_Http_Request_methods[] = {
	ZEND_ME(WServer_Protocols_Http_Request, __construct, arginfo_class_WServer_Protocols_Http_Request___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, get, arginfo_class_WServer_Protocols_Http_Request_get, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, post, arginfo_class_WServer_Protocols_Http_Request_post, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, header, arginfo_class_WServer_Protocols_Http_Request_header, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, cookie, arginfo_class_WServer_Protocols_Http_Request_cookie, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, file, arginfo_class_WServer_Protocols_Http_Request_file, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, method, arginfo_class_WServer_Protocols_Http_Request_method, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, uri, arginfo_class_WServer_Protocols_Http_Request_uri, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, path, arginfo_class_WServer_Protocols_Http_Request_path, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, queryString, arginfo_class_WServer_Protocols_Http_Request_queryString, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, protocolVersion, arginfo_class_WServer_Protocols_Http_Request_protocolVersion, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, host, arginfo_class_WServer_Protocols_Http_Request_host, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, rawHead, arginfo_class_WServer_Protocols_Http_Request_rawHead, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, rawBody, arginfo_class_WServer_Protocols_Http_Request_rawBody, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, rawBodyFile, arginfo_class_WServer_Protocols_Http_Request_rawBodyFile, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, __toString, arginfo_class_WServer_Protocols_Http_Request___toString, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, rawBuffer, arginfo_class_WServer_Protocols_Http_Request_rawBuffer, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, session, arginfo_class_WServer_Protocols_Http_Request_session, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, sessionId, arginfo_class_WServer_Protocols_Http_Request_sessionId, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, sessionRegenerateId, arginfo_class_WServer_Protocols_Http_Request_sessionRegenerateId, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, isValidSessionId, arginfo_class_WServer_Protocols_Http_Request_isValidSessionId, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, createSessionId, arginfo_class_WServer_Protocols_Http_Request_createSessionId, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Protocols_Http_Request, destroy, arginfo_class_WServer_Protocols_Http_Request_destroy, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, getRemoteIp, arginfo_class_WServer_Protocols_Http_Request_getRemoteIp, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, getRemotePort, arginfo_class_WServer_Protocols_Http_Request_getRemotePort, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, getLocalIp, arginfo_class_WServer_Protocols_Http_Request_getLocalIp, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, getLocalPort, arginfo_class_WServer_Protocols_Http_Request_getLocalPort, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, getRealIp, arginfo_class_WServer_Protocols_Http_Request_getRealIp, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, isIntranetIp, arginfo_class_WServer_Protocols_Http_Request_isIntranetIp, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Protocols_Http_Request, isAjax, arginfo_class_WServer_Protocols_Http_Request_isAjax, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, isPjax, arginfo_class_WServer_Protocols_Http_Request_isPjax, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, expectsJson, arginfo_class_WServer_Protocols_Http_Request_expectsJson, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, acceptJson, arginfo_class_WServer_Protocols_Http_Request_acceptJson, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, url, arginfo_class_WServer_Protocols_Http_Request_url, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, fullUrl, arginfo_class_WServer_Protocols_Http_Request_fullUrl, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, isGet, arginfo_class_WServer_Protocols_Http_Request_isGet, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, isPost, arginfo_class_WServer_Protocols_Http_Request_isPost, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, __get, arginfo_class_WServer_Protocols_Http_Request___get, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, __set, arginfo_class_WServer_Protocols_Http_Request___set, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, __isset, arginfo_class_WServer_Protocols_Http_Request___isset, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Request, __unset, arginfo_class_WServer_Protocols_Http_Request___unset, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Protocols_Http_Request(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Protocols\\Http", "Request", class_WServer_Protocols_Http_Request_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
#if (PHP_VERSION_ID >= 80200)
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE|ZEND_ACC_ALLOW_DYNAMIC_PROPERTIES;
#elif (PHP_VERSION_ID >= 80100)
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;
#endif

	zend_string *property_connection_class_WServer_Connection_TcpConnection = zend_string_init("WServer\\Connection\\TcpConnection", sizeof("WServer\\Connection\\TcpConnection")-1, 1);
	zval property_connection_default_value;
	ZVAL_NULL(&property_connection_default_value);
	zend_string *property_connection_name = zend_string_init("connection", sizeof("connection") - 1, 1);
	zend_declare_typed_property(class_entry, property_connection_name, &property_connection_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_connection_class_WServer_Connection_TcpConnection, 0, MAY_BE_NULL));
	zend_string_release(property_connection_name);

	zval property_properties_default_value;
	ZVAL_EMPTY_ARRAY(&property_properties_default_value);
	zend_string *property_properties_name = zend_string_init("properties", sizeof("properties") - 1, 1);
	zend_declare_typed_property(class_entry, property_properties_name, &property_properties_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_properties_name);

	zval property_context_default_value;
	ZVAL_EMPTY_ARRAY(&property_context_default_value);
	zend_string *property_context_name = zend_string_init("context", sizeof("context") - 1, 1);
	zend_declare_typed_property(class_entry, property_context_name, &property_context_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_context_name);

	zval property_data_default_value;
	ZVAL_EMPTY_ARRAY(&property_data_default_value);
	zend_string *property_data_name = zend_string_init("data", sizeof("data") - 1, 1);
	zend_declare_typed_property(class_entry, property_data_name, &property_data_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_data_name);

	zval property_maxHeaderSize_default_value;
	ZVAL_LONG(&property_maxHeaderSize_default_value, 16384);
	zend_string *property_maxHeaderSize_name = zend_string_init("maxHeaderSize", sizeof("maxHeaderSize") - 1, 1);
	zend_declare_typed_property(class_entry, property_maxHeaderSize_name, &property_maxHeaderSize_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_maxHeaderSize_name);

	zval property_maxUriLength_default_value;
	ZVAL_LONG(&property_maxUriLength_default_value, 8192);
	zend_string *property_maxUriLength_name = zend_string_init("maxUriLength", sizeof("maxUriLength") - 1, 1);
	zend_declare_typed_property(class_entry, property_maxUriLength_name, &property_maxUriLength_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_maxUriLength_name);

	zval property_headerTimeout_default_value;
	ZVAL_DOUBLE(&property_headerTimeout_default_value, 30);
	zend_string *property_headerTimeout_name = zend_string_init("headerTimeout", sizeof("headerTimeout") - 1, 1);
	zend_declare_typed_property(class_entry, property_headerTimeout_name, &property_headerTimeout_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE));
	zend_string_release(property_headerTimeout_name);

	zval property_uploadMaxSize_default_value;
	ZVAL_LONG(&property_uploadMaxSize_default_value, 0);
	zend_string *property_uploadMaxSize_name = zend_string_init("uploadMaxSize", sizeof("uploadMaxSize") - 1, 1);
	zend_declare_typed_property(class_entry, property_uploadMaxSize_name, &property_uploadMaxSize_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_uploadMaxSize_name);

#if (PHP_VERSION_ID >= 80200)
	zend_string *attribute_name_AllowDynamicProperties_class_WServer_Protocols_Http_Request = zend_string_init_interned("AllowDynamicProperties", sizeof("AllowDynamicProperties") - 1, 1);
	zend_add_class_attribute(class_entry, attribute_name_AllowDynamicProperties_class_WServer_Protocols_Http_Request, 0);
	zend_string_release(attribute_name_AllowDynamicProperties_class_WServer_Protocols_Http_Request);
#endif

	return class_entry;
}
