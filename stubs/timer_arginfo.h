/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: bfe1626dd2ff1868a5a9ecd2753fb8e7c5762ff2 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Timer_add, 0, 2, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, timeInterval, IS_DOUBLE, 0)
	ZEND_ARG_TYPE_INFO(0, func, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, args, IS_ARRAY, 1, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, persistent, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Timer_delay, 0, 2, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, timeInterval, IS_DOUBLE, 0)
	ZEND_ARG_TYPE_INFO(0, func, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, args, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Timer_repeat arginfo_class_WServer_Timer_delay

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Timer_del, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, timerId, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Timer_delAll, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Timer_sleep, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, delay, IS_DOUBLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Timer_tick, 0, 2, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, ms, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, params, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Timer_after arginfo_class_WServer_Timer_tick

#define arginfo_class_WServer_Timer_clear arginfo_class_WServer_Timer_del

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Timer_clearAll, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Timer_exists arginfo_class_WServer_Timer_del

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Timer_info, 0, 1, IS_ARRAY, 1)
	ZEND_ARG_TYPE_INFO(0, timerId, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_Timer_list, 0, 0, WServer\\Timer\\Iterator, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Timer_stats, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WServer_Timer, add);
ZEND_METHOD(WServer_Timer, delay);
ZEND_METHOD(WServer_Timer, repeat);
ZEND_METHOD(WServer_Timer, del);
ZEND_METHOD(WServer_Timer, delAll);
ZEND_METHOD(WServer_Timer, sleep);
ZEND_METHOD(WServer_Timer, tick);
ZEND_METHOD(WServer_Timer, after);
ZEND_METHOD(WServer_Timer, clear);
ZEND_METHOD(WServer_Timer, clearAll);
ZEND_METHOD(WServer_Timer, exists);
ZEND_METHOD(WServer_Timer, info);
ZEND_METHOD(WServer_Timer, list);
ZEND_METHOD(WServer_Timer, stats);


static const zend_function_entry class_WServer_Timer_methods[] = {
	ZEND_ME(WServer_Timer, add, arginfo_class_WServer_Timer_add, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Timer, delay, arginfo_class_WServer_Timer_delay, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Timer, repeat, arginfo_class_WServer_Timer_repeat, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Timer, del, arginfo_class_WServer_Timer_del, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Timer, delAll, arginfo_class_WServer_Timer_delAll, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Timer, sleep, arginfo_class_WServer_Timer_sleep, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Timer, tick, arginfo_class_WServer_Timer_tick, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Timer, after, arginfo_class_WServer_Timer_after, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Timer, clear, arginfo_class_WServer_Timer_clear, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Timer, clearAll, arginfo_class_WServer_Timer_clearAll, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Timer, exists, arginfo_class_WServer_Timer_exists, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Timer, info, arginfo_class_WServer_Timer_info, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Timer, list, arginfo_class_WServer_Timer_list, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_Timer, stats, arginfo_class_WServer_Timer_stats, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_WServer_Timer_Iterator_methods[] = {
	ZEND_FE_END
};

static void register_timer_symbols(int module_number)
{
	REGISTER_LONG_CONSTANT("WSERVER_TIMER_MIN_MS", 1, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_TIMER_MAX_MS", ZEND_LONG_MAX, CONST_PERSISTENT);
}

static zend_class_entry *register_class_WServer_Timer(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer", "Timer", class_WServer_Timer_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}

static zend_class_entry *register_class_WServer_Timer_Iterator(zend_class_entry *class_entry_ArrayIterator)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Timer", "Iterator", class_WServer_Timer_Iterator_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_ArrayIterator);

	return class_entry;
}
