/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 5f85f37fbfcd37dd01daf901aeba73d5d9b836d0 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_Coroutine_Socket___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, domain, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, type, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, protocol, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_Socket_connect, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, host, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, port, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Coroutine_Socket_send, 0, 1, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Coroutine_Socket_sendAll arginfo_class_WServer_Coroutine_Socket_send

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Coroutine_Socket_recv, 0, 0, MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, length, IS_LONG, 0, "65536")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Coroutine_Socket_recvAll arginfo_class_WServer_Coroutine_Socket_recv

#define arginfo_class_WServer_Coroutine_Socket_recvLine arginfo_class_WServer_Coroutine_Socket_recv

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Coroutine_Socket_sendto, 0, 3, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, address, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, port, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Coroutine_Socket_recvfrom, 0, 1, MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(1, peer, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_Socket_bind, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, address, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, port, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_Socket_listen, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, backlog, IS_LONG, 0, "512")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_WServer_Coroutine_Socket_accept, 0, 0, WServer\\Coroutine\\Socket, MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_Socket_setProtocol, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, settings, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Coroutine_Socket_recvPacket, 0, 0, MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_Socket_sslHandshake, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Coroutine_Socket_getsockname, 0, 0, MAY_BE_ARRAY|MAY_BE_FALSE)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Coroutine_Socket_getpeername arginfo_class_WServer_Coroutine_Socket_getsockname

#define arginfo_class_WServer_Coroutine_Socket_close arginfo_class_WServer_Coroutine_Socket_sslHandshake

#define arginfo_class_WServer_Coroutine_Socket_isClosed arginfo_class_WServer_Coroutine_Socket_sslHandshake


ZEND_METHOD(WServer_Coroutine_Socket, __construct);
ZEND_METHOD(WServer_Coroutine_Socket, connect);
ZEND_METHOD(WServer_Coroutine_Socket, send);
ZEND_METHOD(WServer_Coroutine_Socket, sendAll);
ZEND_METHOD(WServer_Coroutine_Socket, recv);
ZEND_METHOD(WServer_Coroutine_Socket, recvAll);
ZEND_METHOD(WServer_Coroutine_Socket, recvLine);
ZEND_METHOD(WServer_Coroutine_Socket, sendto);
ZEND_METHOD(WServer_Coroutine_Socket, recvfrom);
ZEND_METHOD(WServer_Coroutine_Socket, bind);
ZEND_METHOD(WServer_Coroutine_Socket, listen);
ZEND_METHOD(WServer_Coroutine_Socket, accept);
ZEND_METHOD(WServer_Coroutine_Socket, setProtocol);
ZEND_METHOD(WServer_Coroutine_Socket, recvPacket);
ZEND_METHOD(WServer_Coroutine_Socket, sslHandshake);
ZEND_METHOD(WServer_Coroutine_Socket, getsockname);
ZEND_METHOD(WServer_Coroutine_Socket, getpeername);
ZEND_METHOD(WServer_Coroutine_Socket, close);
ZEND_METHOD(WServer_Coroutine_Socket, isClosed);


static const zend_function_entry class_WServer_Coroutine_Socket_methods[] = {
	ZEND_ME(WServer_Coroutine_Socket, __construct, arginfo_class_WServer_Coroutine_Socket___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Socket, connect, arginfo_class_WServer_Coroutine_Socket_connect, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Socket, send, arginfo_class_WServer_Coroutine_Socket_send, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Socket, sendAll, arginfo_class_WServer_Coroutine_Socket_sendAll, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Socket, recv, arginfo_class_WServer_Coroutine_Socket_recv, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Socket, recvAll, arginfo_class_WServer_Coroutine_Socket_recvAll, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Socket, recvLine, arginfo_class_WServer_Coroutine_Socket_recvLine, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Socket, sendto, arginfo_class_WServer_Coroutine_Socket_sendto, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Socket, recvfrom, arginfo_class_WServer_Coroutine_Socket_recvfrom, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Socket, bind, arginfo_class_WServer_Coroutine_Socket_bind, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Socket, listen, arginfo_class_WServer_Coroutine_Socket_listen, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Socket, accept, arginfo_class_WServer_Coroutine_Socket_accept, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Socket, setProtocol, arginfo_class_WServer_Coroutine_Socket_setProtocol, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Socket, recvPacket, arginfo_class_WServer_Coroutine_Socket_recvPacket, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Socket, sslHandshake, arginfo_class_WServer_Coroutine_Socket_sslHandshake, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Socket, getsockname, arginfo_class_WServer_Coroutine_Socket_getsockname, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Socket, getpeername, arginfo_class_WServer_Coroutine_Socket_getpeername, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Socket, close, arginfo_class_WServer_Coroutine_Socket_close, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Socket, isClosed, arginfo_class_WServer_Coroutine_Socket_isClosed, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Coroutine_Socket(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Coroutine", "Socket", class_WServer_Coroutine_Socket_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval const_DNS_LOOKUP_FAILED_value;
	ZVAL_LONG(&const_DNS_LOOKUP_FAILED_value, 704);
	zend_string *const_DNS_LOOKUP_FAILED_name = zend_string_init_interned("DNS_LOOKUP_FAILED", sizeof("DNS_LOOKUP_FAILED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DNS_LOOKUP_FAILED_name, &const_DNS_LOOKUP_FAILED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DNS_LOOKUP_FAILED_name);

	zval const_ECANCELED_value;
	ZVAL_LONG(&const_ECANCELED_value, ECANCELED);
	zend_string *const_ECANCELED_name = zend_string_init_interned("ECANCELED", sizeof("ECANCELED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ECANCELED_name, &const_ECANCELED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ECANCELED_name);

	zval const_ECONNABORTED_value;
	ZVAL_LONG(&const_ECONNABORTED_value, ECONNABORTED);
	zend_string *const_ECONNABORTED_name = zend_string_init_interned("ECONNABORTED", sizeof("ECONNABORTED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ECONNABORTED_name, &const_ECONNABORTED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ECONNABORTED_name);

	zval const_ETIMEDOUT_value;
	ZVAL_LONG(&const_ETIMEDOUT_value, ETIMEDOUT);
	zend_string *const_ETIMEDOUT_name = zend_string_init_interned("ETIMEDOUT", sizeof("ETIMEDOUT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ETIMEDOUT_name, &const_ETIMEDOUT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ETIMEDOUT_name);

	zval const_ECONNREFUSED_value;
	ZVAL_LONG(&const_ECONNREFUSED_value, ECONNREFUSED);
	zend_string *const_ECONNREFUSED_name = zend_string_init_interned("ECONNREFUSED", sizeof("ECONNREFUSED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ECONNREFUSED_name, &const_ECONNREFUSED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ECONNREFUSED_name);

	zval property_fd_default_value;
	ZVAL_UNDEF(&property_fd_default_value);
	zend_string *property_fd_name = zend_string_init("fd", sizeof("fd") - 1, 1);
	zend_declare_typed_property(class_entry, property_fd_name, &property_fd_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_fd_name);

	zval property_domain_default_value;
	ZVAL_UNDEF(&property_domain_default_value);
	zend_string *property_domain_name = zend_string_init("domain", sizeof("domain") - 1, 1);
	zend_declare_typed_property(class_entry, property_domain_name, &property_domain_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_domain_name);

	zval property_type_default_value;
	ZVAL_UNDEF(&property_type_default_value);
	zend_string *property_type_name = zend_string_init("type", sizeof("type") - 1, 1);
	zend_declare_typed_property(class_entry, property_type_name, &property_type_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_type_name);

	zval property_protocol_default_value;
	ZVAL_UNDEF(&property_protocol_default_value);
	zend_string *property_protocol_name = zend_string_init("protocol", sizeof("protocol") - 1, 1);
	zend_declare_typed_property(class_entry, property_protocol_name, &property_protocol_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_protocol_name);

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

	return class_entry;
}
