/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 15301ba68467478ad1c1e4112d32e07e0f9b6ba1 */

ZEND_BEGIN_ARG_WITH_TENTATIVE_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_ProtocolInterface_input, 0, 2, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, connection, WServer\\Connection\\ConnectionInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_TENTATIVE_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_ProtocolInterface_decode, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, connection, WServer\\Connection\\ConnectionInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_TENTATIVE_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_ProtocolInterface_encode, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_MIXED, 0)
	ZEND_ARG_OBJ_INFO(0, connection, WServer\\Connection\\ConnectionInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Text_input, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, connection, WServer\\Connection\\ConnectionInterface, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Text_decode, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, connection, WServer\\Connection\\ConnectionInterface, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Text_encode arginfo_class_WServer_Protocols_Text_decode

#define arginfo_class_WServer_Protocols_Frame_input arginfo_class_WServer_Protocols_Text_input

#define arginfo_class_WServer_Protocols_Frame_decode arginfo_class_WServer_Protocols_Text_decode

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Frame_encode, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, connection, WServer\\Connection\\ConnectionInterface, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Ws_input arginfo_class_WServer_Protocols_Text_input

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Ws_decode, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, bytes, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, connection, WServer\\Connection\\ConnectionInterface, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Ws_encode, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, payload, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, connection, WServer\\Connection\\ConnectionInterface, 1, "null")
ZEND_END_ARG_INFO()


ZEND_METHOD(WServer_Protocols_Text, input);
ZEND_METHOD(WServer_Protocols_Text, decode);
ZEND_METHOD(WServer_Protocols_Text, encode);
ZEND_METHOD(WServer_Protocols_Frame, input);
ZEND_METHOD(WServer_Protocols_Frame, decode);
ZEND_METHOD(WServer_Protocols_Frame, encode);
ZEND_METHOD(WServer_Protocols_Ws, input);
ZEND_METHOD(WServer_Protocols_Ws, decode);
ZEND_METHOD(WServer_Protocols_Ws, encode);


static const zend_function_entry class_WServer_Protocols_ProtocolInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(WServer_Protocols_ProtocolInterface, input, arginfo_class_WServer_Protocols_ProtocolInterface_input, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WServer_Protocols_ProtocolInterface, decode, arginfo_class_WServer_Protocols_ProtocolInterface_decode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WServer_Protocols_ProtocolInterface, encode, arginfo_class_WServer_Protocols_ProtocolInterface_encode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_WServer_Protocols_Text_methods[] = {
	ZEND_ME(WServer_Protocols_Text, input, arginfo_class_WServer_Protocols_Text_input, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Protocols_Text, decode, arginfo_class_WServer_Protocols_Text_decode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Protocols_Text, encode, arginfo_class_WServer_Protocols_Text_encode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_WServer_Protocols_Frame_methods[] = {
	ZEND_ME(WServer_Protocols_Frame, input, arginfo_class_WServer_Protocols_Frame_input, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Protocols_Frame, decode, arginfo_class_WServer_Protocols_Frame_decode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Protocols_Frame, encode, arginfo_class_WServer_Protocols_Frame_encode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_WServer_Protocols_Ws_methods[] = {
	ZEND_ME(WServer_Protocols_Ws, input, arginfo_class_WServer_Protocols_Ws_input, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Protocols_Ws, decode, arginfo_class_WServer_Protocols_Ws_decode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Protocols_Ws, encode, arginfo_class_WServer_Protocols_Ws_encode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Protocols_ProtocolInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Protocols", "ProtocolInterface", class_WServer_Protocols_ProtocolInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	return class_entry;
}

static zend_class_entry *register_class_WServer_Protocols_Text(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Protocols", "Text", class_WServer_Protocols_Text_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}

static zend_class_entry *register_class_WServer_Protocols_Frame(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Protocols", "Frame", class_WServer_Protocols_Frame_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}

static zend_class_entry *register_class_WServer_Protocols_Ws(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Protocols", "Ws", class_WServer_Protocols_Ws_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
