/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 76a6cf7043231d88b5f22d00dccbda8a74221177 */

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_WServer_Coroutine_Http_request, 0, 2, WServer\\Coroutine\\Http\\ClientProxy, 0)
	ZEND_ARG_TYPE_INFO(0, url, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, headers, IS_ARRAY, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, cookies, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_WServer_Coroutine_Http_get, 0, 1, WServer\\Coroutine\\Http\\ClientProxy, 0)
	ZEND_ARG_TYPE_INFO(0, url, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, headers, IS_ARRAY, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, cookies, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_WServer_Coroutine_Http_post, 0, 2, WServer\\Coroutine\\Http\\ClientProxy, 0)
	ZEND_ARG_TYPE_INFO(0, url, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, headers, IS_ARRAY, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, cookies, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_Coroutine_Http_ClientProxy___construct, 0, 0, 4)
	ZEND_ARG_TYPE_INFO(0, body, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, statusCode, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, headers, IS_ARRAY, 1)
	ZEND_ARG_TYPE_INFO(0, cookies, IS_ARRAY, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_Http_ClientProxy_getBody, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_Http_ClientProxy_getStatusCode, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_Http_ClientProxy_getHeaders, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Coroutine_Http_ClientProxy_getCookies arginfo_class_WServer_Coroutine_Http_ClientProxy_getHeaders


ZEND_FUNCTION(WServer_Coroutine_Http_request);
ZEND_FUNCTION(WServer_Coroutine_Http_get);
ZEND_FUNCTION(WServer_Coroutine_Http_post);
ZEND_METHOD(WServer_Coroutine_Http_ClientProxy, __construct);
ZEND_METHOD(WServer_Coroutine_Http_ClientProxy, getBody);
ZEND_METHOD(WServer_Coroutine_Http_ClientProxy, getStatusCode);
ZEND_METHOD(WServer_Coroutine_Http_ClientProxy, getHeaders);
ZEND_METHOD(WServer_Coroutine_Http_ClientProxy, getCookies);


static const zend_function_entry ext_functions[] = {
	ZEND_NS_FALIAS("WServer\\Coroutine\\Http", request, WServer_Coroutine_Http_request, arginfo_WServer_Coroutine_Http_request)
	ZEND_NS_FALIAS("WServer\\Coroutine\\Http", get, WServer_Coroutine_Http_get, arginfo_WServer_Coroutine_Http_get)
	ZEND_NS_FALIAS("WServer\\Coroutine\\Http", post, WServer_Coroutine_Http_post, arginfo_WServer_Coroutine_Http_post)
	ZEND_FE_END
};


static const zend_function_entry class_WServer_Coroutine_Http_ClientProxy_methods[] = {
	ZEND_ME(WServer_Coroutine_Http_ClientProxy, __construct, arginfo_class_WServer_Coroutine_Http_ClientProxy___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Http_ClientProxy, getBody, arginfo_class_WServer_Coroutine_Http_ClientProxy_getBody, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Http_ClientProxy, getStatusCode, arginfo_class_WServer_Coroutine_Http_ClientProxy_getStatusCode, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Http_ClientProxy, getHeaders, arginfo_class_WServer_Coroutine_Http_ClientProxy_getHeaders, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Http_ClientProxy, getCookies, arginfo_class_WServer_Coroutine_Http_ClientProxy_getCookies, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Coroutine_Http_ClientProxy(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Coroutine\\Http", "ClientProxy", class_WServer_Coroutine_Http_ClientProxy_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval property_body_default_value;
	ZVAL_UNDEF(&property_body_default_value);
	zend_string *property_body_name = zend_string_init("body", sizeof("body") - 1, 1);
	zend_declare_typed_property(class_entry, property_body_name, &property_body_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_body_name);

	zval property_statusCode_default_value;
	ZVAL_UNDEF(&property_statusCode_default_value);
	zend_string *property_statusCode_name = zend_string_init("statusCode", sizeof("statusCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_statusCode_name, &property_statusCode_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_statusCode_name);

	zval property_headers_default_value;
	ZVAL_UNDEF(&property_headers_default_value);
	zend_string *property_headers_name = zend_string_init("headers", sizeof("headers") - 1, 1);
	zend_declare_typed_property(class_entry, property_headers_name, &property_headers_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_headers_name);

	zval property_cookies_default_value;
	ZVAL_UNDEF(&property_cookies_default_value);
	zend_string *property_cookies_name = zend_string_init("cookies", sizeof("cookies") - 1, 1);
	zend_declare_typed_property(class_entry, property_cookies_name, &property_cookies_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_cookies_name);

	return class_entry;
}
