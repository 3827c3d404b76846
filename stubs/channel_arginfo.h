/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: d35cf2205486104ba45ad2b8f0a226524accd5a7 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_Coroutine_Channel___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, capacity, IS_LONG, 0, "1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_Channel_push, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_Channel_pop, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_Channel_length, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_Channel_isEmpty, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Coroutine_Channel_isFull arginfo_class_WServer_Coroutine_Channel_isEmpty

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Coroutine_Channel_stats, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Coroutine_Channel_close arginfo_class_WServer_Coroutine_Channel_isEmpty


ZEND_METHOD(WServer_Coroutine_Channel, __construct);
ZEND_METHOD(WServer_Coroutine_Channel, push);
ZEND_METHOD(WServer_Coroutine_Channel, pop);
ZEND_METHOD(WServer_Coroutine_Channel, length);
ZEND_METHOD(WServer_Coroutine_Channel, isEmpty);
ZEND_METHOD(WServer_Coroutine_Channel, isFull);
ZEND_METHOD(WServer_Coroutine_Channel, stats);
ZEND_METHOD(WServer_Coroutine_Channel, close);


static const zend_function_entry class_WServer_Coroutine_Channel_methods[] = {
	ZEND_ME(WServer_Coroutine_Channel, __construct, arginfo_class_WServer_Coroutine_Channel___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Channel, push, arginfo_class_WServer_Coroutine_Channel_push, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Channel, pop, arginfo_class_WServer_Coroutine_Channel_pop, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Channel, length, arginfo_class_WServer_Coroutine_Channel_length, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Channel, isEmpty, arginfo_class_WServer_Coroutine_Channel_isEmpty, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Channel, isFull, arginfo_class_WServer_Coroutine_Channel_isFull, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Channel, stats, arginfo_class_WServer_Coroutine_Channel_stats, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Coroutine_Channel, close, arginfo_class_WServer_Coroutine_Channel_close, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static void register_channel_symbols(int module_number)
{
	REGISTER_LONG_CONSTANT("WSERVER_CHANNEL_OK", 0, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_CHANNEL_TIMEOUT", -1, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_CHANNEL_CLOSED", -2, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_CHANNEL_CANCELED", -3, CONST_PERSISTENT);
}

static zend_class_entry *register_class_WServer_Coroutine_Channel(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Coroutine", "Channel", class_WServer_Coroutine_Channel_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval const_ERROR_OK_value;
	ZVAL_LONG(&const_ERROR_OK_value, 0);
	zend_string *const_ERROR_OK_name = zend_string_init_interned("ERROR_OK", sizeof("ERROR_OK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ERROR_OK_name, &const_ERROR_OK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ERROR_OK_name);

	zval const_ERROR_TIMEOUT_value;
	ZVAL_LONG(&const_ERROR_TIMEOUT_value, -1);
	zend_string *const_ERROR_TIMEOUT_name = zend_string_init_interned("ERROR_TIMEOUT", sizeof("ERROR_TIMEOUT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ERROR_TIMEOUT_name, &const_ERROR_TIMEOUT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ERROR_TIMEOUT_name);

	zval const_ERROR_CLOSED_value;
	ZVAL_LONG(&const_ERROR_CLOSED_value, -2);
	zend_string *const_ERROR_CLOSED_name = zend_string_init_interned("ERROR_CLOSED", sizeof("ERROR_CLOSED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ERROR_CLOSED_name, &const_ERROR_CLOSED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ERROR_CLOSED_name);

	zval const_ERROR_CANCELED_value;
	ZVAL_LONG(&const_ERROR_CANCELED_value, -3);
	zend_string *const_ERROR_CANCELED_name = zend_string_init_interned("ERROR_CANCELED", sizeof("ERROR_CANCELED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ERROR_CANCELED_name, &const_ERROR_CANCELED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ERROR_CANCELED_name);

	zval property_capacity_default_value;
	ZVAL_UNDEF(&property_capacity_default_value);
	zend_string *property_capacity_name = zend_string_init("capacity", sizeof("capacity") - 1, 1);
	zend_declare_typed_property(class_entry, property_capacity_name, &property_capacity_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_capacity_name);

	zval property_errCode_default_value;
	ZVAL_LONG(&property_errCode_default_value, 0);
	zend_string *property_errCode_name = zend_string_init("errCode", sizeof("errCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_errCode_name, &property_errCode_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_errCode_name);

	return class_entry;
}
