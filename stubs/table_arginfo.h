/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 3b482b111104ca736643de49b6d1da53df045f7d */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_Table___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, table_size, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, conflict_proportion, IS_DOUBLE, 0, "0.2")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Table_column, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, type, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, size, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Table_create, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Table_destroy arginfo_class_WServer_Table_create

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Table_set, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Table_add, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, values, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Table_update arginfo_class_WServer_Table_add

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Table_cmpset, 0, 3, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, expected, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, values, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Table_get, 0, 1, MAY_BE_ARRAY|MAY_BE_FALSE|MAY_BE_STRING|MAY_BE_DOUBLE|MAY_BE_LONG)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, field, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Table_getdel arginfo_class_WServer_Table_get

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Table_exists, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Table_exist arginfo_class_WServer_Table_exists

#define arginfo_class_WServer_Table_del arginfo_class_WServer_Table_exists

#define arginfo_class_WServer_Table_delete arginfo_class_WServer_Table_exists

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Table_cmpdel, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, expected, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Table_incr, 0, 2, MAY_BE_FALSE|MAY_BE_DOUBLE|MAY_BE_LONG)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, column, IS_STRING, 0)
	ZEND_ARG_TYPE_MASK(0, incrby, MAY_BE_LONG|MAY_BE_DOUBLE, "1")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Table_decr arginfo_class_WServer_Table_incr

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Table_count, 0, 0, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, mode, IS_LONG, 0, "COUNT_NORMAL")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Table_getSize, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Table_getMemorySize arginfo_class_WServer_Table_getSize

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Table_stats, 0, 0, MAY_BE_FALSE|MAY_BE_ARRAY)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Table_rewind, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Table_next arginfo_class_WServer_Table_rewind

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Table_current, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Table_key arginfo_class_WServer_Table_current

#define arginfo_class_WServer_Table_valid arginfo_class_WServer_Table_create


ZEND_METHOD(WServer_Table, __construct);
ZEND_METHOD(WServer_Table, column);
ZEND_METHOD(WServer_Table, create);
ZEND_METHOD(WServer_Table, destroy);
ZEND_METHOD(WServer_Table, set);
ZEND_METHOD(WServer_Table, add);
ZEND_METHOD(WServer_Table, update);
ZEND_METHOD(WServer_Table, cmpset);
ZEND_METHOD(WServer_Table, get);
ZEND_METHOD(WServer_Table, getdel);
ZEND_METHOD(WServer_Table, exists);
ZEND_METHOD(WServer_Table, del);
ZEND_METHOD(WServer_Table, cmpdel);
ZEND_METHOD(WServer_Table, incr);
ZEND_METHOD(WServer_Table, decr);
ZEND_METHOD(WServer_Table, count);
ZEND_METHOD(WServer_Table, getSize);
ZEND_METHOD(WServer_Table, getMemorySize);
ZEND_METHOD(WServer_Table, stats);
ZEND_METHOD(WServer_Table, rewind);
ZEND_METHOD(WServer_Table, next);
ZEND_METHOD(WServer_Table, current);
ZEND_METHOD(WServer_Table, key);
ZEND_METHOD(WServer_Table, valid);


static const zend_function_entry class_WServer_Table_methods[] = {
	ZEND_ME(WServer_Table, __construct, arginfo_class_WServer_Table___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, column, arginfo_class_WServer_Table_column, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, create, arginfo_class_WServer_Table_create, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, destroy, arginfo_class_WServer_Table_destroy, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, set, arginfo_class_WServer_Table_set, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, add, arginfo_class_WServer_Table_add, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, update, arginfo_class_WServer_Table_update, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, cmpset, arginfo_class_WServer_Table_cmpset, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, get, arginfo_class_WServer_Table_get, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, getdel, arginfo_class_WServer_Table_getdel, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, exists, arginfo_class_WServer_Table_exists, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WServer_Table, exist, exists, arginfo_class_WServer_Table_exist, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, del, arginfo_class_WServer_Table_del, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WServer_Table, delete, del, arginfo_class_WServer_Table_delete, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, cmpdel, arginfo_class_WServer_Table_cmpdel, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, incr, arginfo_class_WServer_Table_incr, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, decr, arginfo_class_WServer_Table_decr, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, count, arginfo_class_WServer_Table_count, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, getSize, arginfo_class_WServer_Table_getSize, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, getMemorySize, arginfo_class_WServer_Table_getMemorySize, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, stats, arginfo_class_WServer_Table_stats, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, rewind, arginfo_class_WServer_Table_rewind, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, next, arginfo_class_WServer_Table_next, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, current, arginfo_class_WServer_Table_current, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, key, arginfo_class_WServer_Table_key, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Table, valid, arginfo_class_WServer_Table_valid, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Table(zend_class_entry *class_entry_Iterator, zend_class_entry *class_entry_Countable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer", "Table", class_WServer_Table_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 2, class_entry_Iterator, class_entry_Countable);

	zval const_TYPE_INT_value;
	ZVAL_LONG(&const_TYPE_INT_value, 1);
	zend_string *const_TYPE_INT_name = zend_string_init_interned("TYPE_INT", sizeof("TYPE_INT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TYPE_INT_name, &const_TYPE_INT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TYPE_INT_name);

	zval const_TYPE_FLOAT_value;
	ZVAL_LONG(&const_TYPE_FLOAT_value, 2);
	zend_string *const_TYPE_FLOAT_name = zend_string_init_interned("TYPE_FLOAT", sizeof("TYPE_FLOAT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TYPE_FLOAT_name, &const_TYPE_FLOAT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TYPE_FLOAT_name);

	zval const_TYPE_STRING_value;
	ZVAL_LONG(&const_TYPE_STRING_value, 3);
	zend_string *const_TYPE_STRING_name = zend_string_init_interned("TYPE_STRING", sizeof("TYPE_STRING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TYPE_STRING_name, &const_TYPE_STRING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TYPE_STRING_name);

	zval property_size_default_value;
	ZVAL_NULL(&property_size_default_value);
	zend_string *property_size_name = zend_string_init("size", sizeof("size") - 1, 1);
	zend_declare_typed_property(class_entry, property_size_name, &property_size_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG|MAY_BE_NULL));
	zend_string_release(property_size_name);

	zval property_memorySize_default_value;
	ZVAL_NULL(&property_memorySize_default_value);
	zend_string *property_memorySize_name = zend_string_init("memorySize", sizeof("memorySize") - 1, 1);
	zend_declare_typed_property(class_entry, property_memorySize_name, &property_memorySize_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG|MAY_BE_NULL));
	zend_string_release(property_memorySize_name);

	return class_entry;
}
