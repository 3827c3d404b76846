/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 3c6bc02ee3829b0b98e4480130d157257267af64 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_requestClass, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, className, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_sessionName, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, name, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_uploadTmpDir, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, dir, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_compression, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, enable, _IS_BOOL, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, level, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, minLength, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, types, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_input, 0, 2, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, connection, WServer\\Connection\\TcpConnection, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_Protocols_Http_decode, 0, 2, WServer\\Protocols\\Http\\Request, 0)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, connection, WServer\\Connection\\TcpConnection, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_encode, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, response, IS_MIXED, 0)
	ZEND_ARG_OBJ_INFO(0, connection, WServer\\Connection\\TcpConnection, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WServer_Protocols_Http, requestClass);
ZEND_METHOD(WServer_Protocols_Http, sessionName);
ZEND_METHOD(WServer_Protocols_Http, uploadTmpDir);
ZEND_METHOD(WServer_Protocols_Http, compression);
ZEND_METHOD(WServer_Protocols_Http, input);
ZEND_METHOD(WServer_Protocols_Http, decode);
ZEND_METHOD(WServer_Protocols_Http, encode);


static const zend_function_entry class_WServer_Protocols_Http_methods[] = {
	ZEND_ME(WServer_Protocols_Http, requestClass, arginfo_class_WServer_Protocols_Http_requestClass, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Protocols_Http, sessionName, arginfo_class_WServer_Protocols_Http_sessionName, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Protocols_Http, uploadTmpDir, arginfo_class_WServer_Protocols_Http_uploadTmpDir, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Protocols_Http, compression, arginfo_class_WServer_Protocols_Http_compression, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Protocols_Http, input, arginfo_class_WServer_Protocols_Http_input, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Protocols_Http, decode, arginfo_class_WServer_Protocols_Http_decode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Protocols_Http, encode, arginfo_class_WServer_Protocols_Http_encode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Protocols_Http(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Protocols", "Http", class_WServer_Protocols_Http_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
