/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 49a1445a7d047d5deb0a202b395bcae2318179c7 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Websocket_input, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, connection, WServer\\Connection\\ConnectionInterface, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Websocket_decode, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, connection, WServer\\Connection\\ConnectionInterface, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Websocket_encode, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_MIXED, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, connection, WServer\\Connection\\ConnectionInterface, 1, "null")
ZEND_END_ARG_INFO()


ZEND_METHOD(WServer_Protocols_Websocket, input);
ZEND_METHOD(WServer_Protocols_Websocket, decode);
ZEND_METHOD(WServer_Protocols_Websocket, encode);


static const zend_function_entry class_WServer_Protocols_Websocket_methods[] = {
	ZEND_ME(WServer_Protocols_Websocket, input, arginfo_class_WServer_Protocols_Websocket_input, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Protocols_Websocket, decode, arginfo_class_WServer_Protocols_Websocket_decode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Protocols_Websocket, encode, arginfo_class_WServer_Protocols_Websocket_encode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Protocols_Websocket(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Protocols", "Websocket", class_WServer_Protocols_Websocket_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
