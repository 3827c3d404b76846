/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 3b0272a286063d594e223305ac06c3ed651f2541 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_Connection_AsyncTcpConnection___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, remoteAddress, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, contextOption, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Connection_AsyncTcpConnection_send, 0, 1, _IS_BOOL, 1)
	ZEND_ARG_TYPE_INFO(0, sendBuffer, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, raw, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Connection_AsyncTcpConnection_close, 0, 0, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, raw, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Connection_AsyncTcpConnection_cancelReconnect, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Connection_AsyncTcpConnection_connect arginfo_class_WServer_Connection_AsyncTcpConnection_cancelReconnect

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Connection_AsyncTcpConnection_reconnect, 0, 0, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, after, IS_DOUBLE, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Connection_AsyncTcpConnection_getRemoteHost, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Connection_AsyncTcpConnection_getRemoteURI arginfo_class_WServer_Connection_AsyncTcpConnection_getRemoteHost


ZEND_METHOD(WServer_Connection_AsyncTcpConnection, __construct);
ZEND_METHOD(WServer_Connection_AsyncTcpConnection, send);
ZEND_METHOD(WServer_Connection_AsyncTcpConnection, close);
ZEND_METHOD(WServer_Connection_AsyncTcpConnection, cancelReconnect);
ZEND_METHOD(WServer_Connection_AsyncTcpConnection, connect);
ZEND_METHOD(WServer_Connection_AsyncTcpConnection, reconnect);
ZEND_METHOD(WServer_Connection_AsyncTcpConnection, getRemoteHost);
ZEND_METHOD(WServer_Connection_AsyncTcpConnection, getRemoteURI);


static const zend_function_entry class_WServer_Connection_AsyncTcpConnection_methods[] = {
	ZEND_ME(WServer_Connection_AsyncTcpConnection, __construct, arginfo_class_WServer_Connection_AsyncTcpConnection___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_AsyncTcpConnection, send, arginfo_class_WServer_Connection_AsyncTcpConnection_send, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_AsyncTcpConnection, close, arginfo_class_WServer_Connection_AsyncTcpConnection_close, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_AsyncTcpConnection, cancelReconnect, arginfo_class_WServer_Connection_AsyncTcpConnection_cancelReconnect, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_AsyncTcpConnection, connect, arginfo_class_WServer_Connection_AsyncTcpConnection_connect, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_AsyncTcpConnection, reconnect, arginfo_class_WServer_Connection_AsyncTcpConnection_reconnect, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_AsyncTcpConnection, getRemoteHost, arginfo_class_WServer_Connection_AsyncTcpConnection_getRemoteHost, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Connection_AsyncTcpConnection, getRemoteURI, arginfo_class_WServer_Connection_AsyncTcpConnection_getRemoteURI, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Connection_AsyncTcpConnection(zend_class_entry *class_entry_WServer_Connection_TcpConnection)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Connection", "AsyncTcpConnection", class_WServer_Connection_AsyncTcpConnection_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WServer_Connection_TcpConnection);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
