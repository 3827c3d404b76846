/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 27b48f2c6ca88ef85a5d7e294e70a2677c8fd104 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_Protocols_Http_Response___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, status, IS_LONG, 0, "200")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, headers, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, body, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Response_withStatus, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, code, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, reasonPhrase, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Response_header, 0, 2, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Http_Response_withHeader arginfo_class_WServer_Protocols_Http_Response_header

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Response_withHeaders, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, headers, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Response_withoutHeader, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Response_withBody, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, body, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Response_withFile, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, file, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, offset, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, length, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Response_getStatusCode, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Response_getReasonPhrase, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Response_getHeader, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Response_getHeaders, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Http_Response_rawBody arginfo_class_WServer_Protocols_Http_Response_getReasonPhrase

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Response_cookie, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, value, IS_STRING, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxAge, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, path, IS_STRING, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, domain, IS_STRING, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, secure, _IS_BOOL, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, httpOnly, _IS_BOOL, 0, "false")
	ZEND_ARG_TYPE_MASK(0, sameSite, MAY_BE_STRING|MAY_BE_FALSE, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Http_Response___toString arginfo_class_WServer_Protocols_Http_Response_getReasonPhrase


ZEND_METHOD(WServer_Protocols_Http_Response, __construct);
ZEND_METHOD(WServer_Protocols_Http_Response, withStatus);
ZEND_METHOD(WServer_Protocols_Http_Response, header);
ZEND_METHOD(WServer_Protocols_Http_Response, withHeader);
ZEND_METHOD(WServer_Protocols_Http_Response, withHeaders);
ZEND_METHOD(WServer_Protocols_Http_Response, withoutHeader);
ZEND_METHOD(WServer_Protocols_Http_Response, withBody);
ZEND_METHOD(WServer_Protocols_Http_Response, withFile);
ZEND_METHOD(WServer_Protocols_Http_Response, getStatusCode);
ZEND_METHOD(WServer_Protocols_Http_Response, getReasonPhrase);
ZEND_METHOD(WServer_Protocols_Http_Response, getHeader);
ZEND_METHOD(WServer_Protocols_Http_Response, getHeaders);
ZEND_METHOD(WServer_Protocols_Http_Response, rawBody);
ZEND_METHOD(WServer_Protocols_Http_Response, cookie);
ZEND_METHOD(WServer_Protocols_Http_Response, __toString);


static const zend_function_entry class_WServer_Protocols_Http_Response_methods[] = {
	ZEND_ME(WServer_Protocols_Http_Response, __construct, arginfo_class_WServer_Protocols_Http_Response___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Response, withStatus, arginfo_class_WServer_Protocols_Http_Response_withStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Response, header, arginfo_class_WServer_Protocols_Http_Response_header, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Response, withHeader, arginfo_class_WServer_Protocols_Http_Response_withHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Response, withHeaders, arginfo_class_WServer_Protocols_Http_Response_withHeaders, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Response, withoutHeader, arginfo_class_WServer_Protocols_Http_Response_withoutHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Response, withBody, arginfo_class_WServer_Protocols_Http_Response_withBody, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Response, withFile, arginfo_class_WServer_Protocols_Http_Response_withFile, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Response, getStatusCode, arginfo_class_WServer_Protocols_Http_Response_getStatusCode, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Response, getReasonPhrase, arginfo_class_WServer_Protocols_Http_Response_getReasonPhrase, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Response, getHeader, arginfo_class_WServer_Protocols_Http_Response_getHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Response, getHeaders, arginfo_class_WServer_Protocols_Http_Response_getHeaders, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Response, rawBody, arginfo_class_WServer_Protocols_Http_Response_rawBody, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Response, cookie, arginfo_class_WServer_Protocols_Http_Response_cookie, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Response, __toString, arginfo_class_WServer_Protocols_Http_Response___toString, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Protocols_Http_Response(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Protocols\\Http", "Response", class_WServer_Protocols_Http_Response_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
#if (PHP_VERSION_ID >= 80200)
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE|ZEND_ACC_ALLOW_DYNAMIC_PROPERTIES;
#elif (PHP_VERSION_ID >= 80100)
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;
#endif

#if (PHP_VERSION_ID >= 80200)
	zend_string *attribute_name_AllowDynamicProperties_class_WServer_Protocols_Http_Response = zend_string_init_interned("AllowDynamicProperties", sizeof("AllowDynamicProperties") - 1, 1);
	zend_add_class_attribute(class_entry, attribute_name_AllowDynamicProperties_class_WServer_Protocols_Http_Response, 0);
	zend_string_release(attribute_name_AllowDynamicProperties_class_WServer_Protocols_Http_Response);
#endif

	return class_entry;
}
