/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 5db612a9df25b0b4e5db7e63c9167b9c2faacf42 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Autoloader_setRootPath, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, rootPath, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Autoloader_loadByNamespace, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WServer_Autoloader, setRootPath);
ZEND_METHOD(WServer_Autoloader, loadByNamespace);


static const zend_function_entry class_WServer_Autoloader_methods[] = {
	ZEND_ME(WServer_Autoloader, setRootPath, arginfo_class_WServer_Autoloader_setRootPath, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Autoloader, loadByNamespace, arginfo_class_WServer_Autoloader_loadByNamespace, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Autoloader(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer", "Autoloader", class_WServer_Autoloader_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
