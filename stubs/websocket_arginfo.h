/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: fc2e755f4f7770211d351340d742d744ec89fc51 */




static const zend_function_entry class_WServer_Protocols_Websocket_methods[] = {
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
