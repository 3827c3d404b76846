/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 063295f94012299852af90271e1b26745bbf3938 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_Protocols_Http_Session___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, sessionId, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Session_getId, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Session_get, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, default, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Session_set, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Session_delete, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Http_Session_pull arginfo_class_WServer_Protocols_Http_Session_get

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Session_put, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_MASK(0, key, MAY_BE_ARRAY|MAY_BE_STRING, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, value, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Session_forget, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_MASK(0, name, MAY_BE_ARRAY|MAY_BE_STRING, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Session_all, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Session_flush, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Session_has, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Http_Session_exists arginfo_class_WServer_Protocols_Http_Session_has

#define arginfo_class_WServer_Protocols_Http_Session_save arginfo_class_WServer_Protocols_Http_Session_flush

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Session_refresh, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Http_Session_gc arginfo_class_WServer_Protocols_Http_Session_flush

#define arginfo_class_WServer_Protocols_Http_Session_init arginfo_class_WServer_Protocols_Http_Session_flush

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_Session_handlerClass, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, className, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, config, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Http_Session_getCookieParams arginfo_class_WServer_Protocols_Http_Session_all


ZEND_METHOD(WServer_Protocols_Http_Session, __construct);
ZEND_METHOD(WServer_Protocols_Http_Session, getId);
ZEND_METHOD(WServer_Protocols_Http_Session, get);
ZEND_METHOD(WServer_Protocols_Http_Session, set);
ZEND_METHOD(WServer_Protocols_Http_Session, delete);
ZEND_METHOD(WServer_Protocols_Http_Session, pull);
ZEND_METHOD(WServer_Protocols_Http_Session, put);
ZEND_METHOD(WServer_Protocols_Http_Session, forget);
ZEND_METHOD(WServer_Protocols_Http_Session, all);
ZEND_METHOD(WServer_Protocols_Http_Session, flush);
ZEND_METHOD(WServer_Protocols_Http_Session, has);
ZEND_METHOD(WServer_Protocols_Http_Session, exists);
ZEND_METHOD(WServer_Protocols_Http_Session, save);
ZEND_METHOD(WServer_Protocols_Http_Session, refresh);
ZEND_METHOD(WServer_Protocols_Http_Session, gc);
ZEND_METHOD(WServer_Protocols_Http_Session, init);
ZEND_METHOD(WServer_Protocols_Http_Session, handlerClass);
ZEND_METHOD(WServer_Protocols_Http_Session, getCookieParams);


static const zend_function_entry class_WServer_Protocols_Http_Session_methods[] = {
	ZEND_ME(WServer_Protocols_Http_Session, __construct, arginfo_class_WServer_Protocols_Http_Session___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session, getId, arginfo_class_WServer_Protocols_Http_Session_getId, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session, get, arginfo_class_WServer_Protocols_Http_Session_get, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session, set, arginfo_class_WServer_Protocols_Http_Session_set, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session, delete, arginfo_class_WServer_Protocols_Http_Session_delete, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session, pull, arginfo_class_WServer_Protocols_Http_Session_pull, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session, put, arginfo_class_WServer_Protocols_Http_Session_put, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session, forget, arginfo_class_WServer_Protocols_Http_Session_forget, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session, all, arginfo_class_WServer_Protocols_Http_Session_all, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session, flush, arginfo_class_WServer_Protocols_Http_Session_flush, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session, has, arginfo_class_WServer_Protocols_Http_Session_has, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session, exists, arginfo_class_WServer_Protocols_Http_Session_exists, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session, save, arginfo_class_WServer_Protocols_Http_Session_save, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session, refresh, arginfo_class_WServer_Protocols_Http_Session_refresh, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session, gc, arginfo_class_WServer_Protocols_Http_Session_gc, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Session, init, arginfo_class_WServer_Protocols_Http_Session_init, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Protocols_Http_Session, handlerClass, arginfo_class_WServer_Protocols_Http_Session_handlerClass, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Protocols_Http_Session, getCookieParams, arginfo_class_WServer_Protocols_Http_Session_getCookieParams, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Protocols_Http_Session(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Protocols\\Http", "Session", class_WServer_Protocols_Http_Session_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;

	zval property_handlerClass_default_value;
	zend_string *property_handlerClass_default_value_str = zend_string_init("WServer\\Protocols\\Http\\Session\\FileSessionHandler", strlen("WServer\\Protocols\\Http\\Session\\FileSessionHandler"), 1);
	ZVAL_STR(&property_handlerClass_default_value, property_handlerClass_default_value_str);
	zend_string *property_handlerClass_name = zend_string_init("handlerClass", sizeof("handlerClass") - 1, 1);
	zend_declare_typed_property(class_entry, property_handlerClass_name, &property_handlerClass_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_handlerClass_name);

	zval property_handlerConfig_default_value;
	ZVAL_NULL(&property_handlerConfig_default_value);
	zend_string *property_handlerConfig_name = zend_string_init("handlerConfig", sizeof("handlerConfig") - 1, 1);
	zend_declare_typed_property(class_entry, property_handlerConfig_name, &property_handlerConfig_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_handlerConfig_name);

	zend_string *property_handler_class_WServer_Protocols_Http_Session_SessionHandlerInterface = zend_string_init("WServer\\Protocols\\Http\\Session\\SessionHandlerInterface", sizeof("WServer\\Protocols\\Http\\Session\\SessionHandlerInterface")-1, 1);
	zval property_handler_default_value;
	ZVAL_NULL(&property_handler_default_value);
	zend_string *property_handler_name = zend_string_init("handler", sizeof("handler") - 1, 1);
	zend_declare_typed_property(class_entry, property_handler_name, &property_handler_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_handler_class_WServer_Protocols_Http_Session_SessionHandlerInterface, 0, MAY_BE_NULL));
	zend_string_release(property_handler_name);

	zval property_name_default_value;
	zend_string *property_name_default_value_str = zend_string_init("PHPSID", strlen("PHPSID"), 1);
	ZVAL_STR(&property_name_default_value, property_name_default_value_str);
	zend_string *property_name_name = zend_string_init("name", sizeof("name") - 1, 1);
	zend_declare_typed_property(class_entry, property_name_name, &property_name_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_name_name);

	zval property_autoUpdateTimestamp_default_value;
	ZVAL_FALSE(&property_autoUpdateTimestamp_default_value);
	zend_string *property_autoUpdateTimestamp_name = zend_string_init("autoUpdateTimestamp", sizeof("autoUpdateTimestamp") - 1, 1);
	zend_declare_typed_property(class_entry, property_autoUpdateTimestamp_name, &property_autoUpdateTimestamp_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_autoUpdateTimestamp_name);

	zval property_lifetime_default_value;
	ZVAL_LONG(&property_lifetime_default_value, 1440);
	zend_string *property_lifetime_name = zend_string_init("lifetime", sizeof("lifetime") - 1, 1);
	zend_declare_typed_property(class_entry, property_lifetime_name, &property_lifetime_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_lifetime_name);

	zval property_cookieLifetime_default_value;
	ZVAL_LONG(&property_cookieLifetime_default_value, 1440);
	zend_string *property_cookieLifetime_name = zend_string_init("cookieLifetime", sizeof("cookieLifetime") - 1, 1);
	zend_declare_typed_property(class_entry, property_cookieLifetime_name, &property_cookieLifetime_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_cookieLifetime_name);

	zval property_cookiePath_default_value;
	zend_string *property_cookiePath_default_value_str = zend_string_init("/", strlen("/"), 1);
	ZVAL_STR(&property_cookiePath_default_value, property_cookiePath_default_value_str);
	zend_string *property_cookiePath_name = zend_string_init("cookiePath", sizeof("cookiePath") - 1, 1);
	zend_declare_typed_property(class_entry, property_cookiePath_name, &property_cookiePath_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_cookiePath_name);

	zval property_domain_default_value;
	ZVAL_EMPTY_STRING(&property_domain_default_value);
	zend_string *property_domain_name = zend_string_init("domain", sizeof("domain") - 1, 1);
	zend_declare_typed_property(class_entry, property_domain_name, &property_domain_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_domain_name);

	zval property_secure_default_value;
	ZVAL_FALSE(&property_secure_default_value);
	zend_string *property_secure_name = zend_string_init("secure", sizeof("secure") - 1, 1);
	zend_declare_typed_property(class_entry, property_secure_name, &property_secure_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_secure_name);

	zval property_httpOnly_default_value;
	ZVAL_TRUE(&property_httpOnly_default_value);
	zend_string *property_httpOnly_name = zend_string_init("httpOnly", sizeof("httpOnly") - 1, 1);
	zend_declare_typed_property(class_entry, property_httpOnly_name, &property_httpOnly_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_httpOnly_name);

	zval property_sameSite_default_value;
	ZVAL_EMPTY_STRING(&property_sameSite_default_value);
	zend_string *property_sameSite_name = zend_string_init("sameSite", sizeof("sameSite") - 1, 1);
	zend_declare_typed_property(class_entry, property_sameSite_name, &property_sameSite_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_sameSite_name);

	zval property_gcProbability_default_value;
	ZVAL_EMPTY_ARRAY(&property_gcProbability_default_value);
	zend_string *property_gcProbability_name = zend_string_init("gcProbability", sizeof("gcProbability") - 1, 1);
	zend_declare_typed_property(class_entry, property_gcProbability_name, &property_gcProbability_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_gcProbability_name);

	return class_entry;
}
