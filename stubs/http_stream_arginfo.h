/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 8200cc0e26fca52096d45956846756d6c6a0cdfa */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_Protocols_Http_ServerSentEvents___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, data, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Protocols_Http_ServerSentEvents___toString, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_Protocols_Http_Chunk___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Protocols_Http_Chunk___toString arginfo_class_WServer_Protocols_Http_ServerSentEvents___toString


ZEND_METHOD(WServer_Protocols_Http_ServerSentEvents, __construct);
ZEND_METHOD(WServer_Protocols_Http_ServerSentEvents, __toString);
ZEND_METHOD(WServer_Protocols_Http_Chunk, __construct);
ZEND_METHOD(WServer_Protocols_Http_Chunk, __toString);


static const zend_function_entry class_WServer_Protocols_Http_ServerSentEvents_methods[] = {
	ZEND_ME(WServer_Protocols_Http_ServerSentEvents, __construct, arginfo_class_WServer_Protocols_Http_ServerSentEvents___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_ServerSentEvents, __toString, arginfo_class_WServer_Protocols_Http_ServerSentEvents___toString, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WServer_Protocols_Http_Chunk_methods[] = {
	ZEND_ME(WServer_Protocols_Http_Chunk, __construct, arginfo_class_WServer_Protocols_Http_Chunk___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Protocols_Http_Chunk, __toString, arginfo_class_WServer_Protocols_Http_Chunk___toString, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Protocols_Http_ServerSentEvents(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Protocols\\Http", "ServerSentEvents", class_WServer_Protocols_Http_ServerSentEvents_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_WServer_Protocols_Http_Chunk(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Protocols\\Http", "Chunk", class_WServer_Protocols_Http_Chunk_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
