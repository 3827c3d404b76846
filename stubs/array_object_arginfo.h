/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 2988f6f0e0a0a6a6f2e1891289c624204478af72 */

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_WServer_array_object, 0, 0, WServer\\ArrayObject, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, array, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_WServer_array_list, 0, 0, WServer\\ArrayObject, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, values, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WServer_array_default_value, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, array, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, default, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_ArrayObject___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, array, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject___toArray, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_ArrayObject___serialize arginfo_class_WServer_ArrayObject___toArray

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject___unserialize, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_from, 0, 0, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, array, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_ArrayObject_toArray arginfo_class_WServer_ArrayObject___toArray

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_isEmpty, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_count, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_current, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_ArrayObject_key arginfo_class_WServer_ArrayObject_current

#define arginfo_class_WServer_ArrayObject_valid arginfo_class_WServer_ArrayObject_isEmpty

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_rewind, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_ArrayObject_next arginfo_class_WServer_ArrayObject_rewind

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_get, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_getOr, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, default, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_ArrayObject_last arginfo_class_WServer_ArrayObject_current

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_ArrayObject_firstKey, 0, 0, MAY_BE_LONG|MAY_BE_STRING|MAY_BE_NULL)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_ArrayObject_lastKey arginfo_class_WServer_ArrayObject_firstKey

#define arginfo_class_WServer_ArrayObject_first arginfo_class_WServer_ArrayObject_current

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_ArrayObject_set, 0, 2, WServer\\ArrayObject, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_ArrayObject_delete, 0, 1, WServer\\ArrayObject, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_ArrayObject_remove, 0, 1, WServer\\ArrayObject, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, strict, _IS_BOOL, 0, "true")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, loop, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_ArrayObject_clear, 0, 0, WServer\\ArrayObject, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_ArrayObject_offsetGet arginfo_class_WServer_ArrayObject_get

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_offsetSet, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_offsetUnset, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_offsetExists, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_ArrayObject_exists arginfo_class_WServer_ArrayObject_offsetExists

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_contains, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, strict, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_ArrayObject_indexOf, 0, 1, MAY_BE_LONG|MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, strict, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_ArrayObject_lastIndexOf, 0, 1, MAY_BE_LONG|MAY_BE_STRING|MAY_BE_NULL)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, strict, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_ArrayObject_search, 0, 1, MAY_BE_LONG|MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, needle, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, strict, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_ArrayObject_join, 0, 0, WServer\\StringObject, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, glue, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_serialize, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_ArrayObject_unserialize, 0, 1, WServer\\ArrayObject, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, string, Stringable, MAY_BE_STRING, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_ArrayObject_sum, 0, 0, MAY_BE_LONG|MAY_BE_DOUBLE)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_ArrayObject_product arginfo_class_WServer_ArrayObject_sum

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_push, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_ArrayObject_pushFront arginfo_class_WServer_ArrayObject_push

#define arginfo_class_WServer_ArrayObject_append arginfo_WServer_array_list

#define arginfo_class_WServer_ArrayObject_pushBack arginfo_class_WServer_ArrayObject_push

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_ArrayObject_insert, 0, 2, WServer\\ArrayObject, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_ArrayObject_pop arginfo_class_WServer_ArrayObject_current

#define arginfo_class_WServer_ArrayObject_popFront arginfo_class_WServer_ArrayObject_current

#define arginfo_class_WServer_ArrayObject_popBack arginfo_class_WServer_ArrayObject_current

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_slice, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, length, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, preserve_keys, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_ArrayObject_randomGet arginfo_class_WServer_ArrayObject_current

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_ArrayObject_each, 0, 1, WServer\\ArrayObject, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_map, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, args, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_reduce, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, initial, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_keys, 0, 0, IS_STATIC, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_values, 0, 0, IS_STATIC, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_column, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, column_key, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, index, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_unique, 0, 0, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, sort_flags, IS_LONG, 0, "SORT_STRING")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_reverse, 0, 0, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, preserve_keys, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_chunk, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, size, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, preserve_keys, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_ArrayObject_flip arginfo_class_WServer_ArrayObject_values

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_filter, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, flag, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_ArrayObject_asort, 0, 0, WServer\\ArrayObject, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, sort_flags, IS_LONG, 0, "SORT_REGULAR")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_ArrayObject_arsort arginfo_class_WServer_ArrayObject_asort

#define arginfo_class_WServer_ArrayObject_krsort arginfo_class_WServer_ArrayObject_asort

#define arginfo_class_WServer_ArrayObject_ksort arginfo_class_WServer_ArrayObject_asort

#define arginfo_class_WServer_ArrayObject_natcasesort arginfo_class_WServer_ArrayObject_clear

#define arginfo_class_WServer_ArrayObject_natsort arginfo_class_WServer_ArrayObject_clear

#define arginfo_class_WServer_ArrayObject_rsort arginfo_class_WServer_ArrayObject_asort

#define arginfo_class_WServer_ArrayObject_shuffle arginfo_class_WServer_ArrayObject_clear

#define arginfo_class_WServer_ArrayObject_sort arginfo_class_WServer_ArrayObject_asort

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_ArrayObject_uasort, 0, 1, WServer\\ArrayObject, 0)
	ZEND_ARG_TYPE_INFO(0, value_compare_func, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_ArrayObject_uksort arginfo_class_WServer_ArrayObject_uasort

#define arginfo_class_WServer_ArrayObject_usort arginfo_class_WServer_ArrayObject_uasort

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_detectType, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_ArrayObject_detectStringType, 0, 1, WServer\\StringObject, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_ArrayObject_detectArrayType, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_FUNCTION(WServer_array_object);
ZEND_FUNCTION(WServer_array_list);
ZEND_FUNCTION(WServer_array_default_value);
ZEND_METHOD(WServer_ArrayObject, __construct);
ZEND_METHOD(WServer_ArrayObject, __toArray);
ZEND_METHOD(WServer_ArrayObject, __serialize);
ZEND_METHOD(WServer_ArrayObject, __unserialize);
ZEND_METHOD(WServer_ArrayObject, from);
ZEND_METHOD(WServer_ArrayObject, isEmpty);
ZEND_METHOD(WServer_ArrayObject, count);
ZEND_METHOD(WServer_ArrayObject, current);
ZEND_METHOD(WServer_ArrayObject, key);
ZEND_METHOD(WServer_ArrayObject, valid);
ZEND_METHOD(WServer_ArrayObject, rewind);
ZEND_METHOD(WServer_ArrayObject, next);
ZEND_METHOD(WServer_ArrayObject, get);
ZEND_METHOD(WServer_ArrayObject, getOr);
ZEND_METHOD(WServer_ArrayObject, last);
ZEND_METHOD(WServer_ArrayObject, firstKey);
ZEND_METHOD(WServer_ArrayObject, lastKey);
ZEND_METHOD(WServer_ArrayObject, first);
ZEND_METHOD(WServer_ArrayObject, set);
ZEND_METHOD(WServer_ArrayObject, delete);
ZEND_METHOD(WServer_ArrayObject, remove);
ZEND_METHOD(WServer_ArrayObject, clear);
ZEND_METHOD(WServer_ArrayObject, offsetGet);
ZEND_METHOD(WServer_ArrayObject, offsetSet);
ZEND_METHOD(WServer_ArrayObject, offsetUnset);
ZEND_METHOD(WServer_ArrayObject, offsetExists);
ZEND_METHOD(WServer_ArrayObject, exists);
ZEND_METHOD(WServer_ArrayObject, contains);
ZEND_METHOD(WServer_ArrayObject, indexOf);
ZEND_METHOD(WServer_ArrayObject, lastIndexOf);
ZEND_METHOD(WServer_ArrayObject, join);
ZEND_METHOD(WServer_ArrayObject, serialize);
ZEND_METHOD(WServer_ArrayObject, unserialize);
ZEND_METHOD(WServer_ArrayObject, sum);
ZEND_METHOD(WServer_ArrayObject, product);
ZEND_METHOD(WServer_ArrayObject, pushBack);
ZEND_METHOD(WServer_ArrayObject, pushFront);
ZEND_METHOD(WServer_ArrayObject, append);
ZEND_METHOD(WServer_ArrayObject, insert);
ZEND_METHOD(WServer_ArrayObject, popBack);
ZEND_METHOD(WServer_ArrayObject, popFront);
ZEND_METHOD(WServer_ArrayObject, slice);
ZEND_METHOD(WServer_ArrayObject, randomGet);
ZEND_METHOD(WServer_ArrayObject, each);
ZEND_METHOD(WServer_ArrayObject, map);
ZEND_METHOD(WServer_ArrayObject, reduce);
ZEND_METHOD(WServer_ArrayObject, keys);
ZEND_METHOD(WServer_ArrayObject, values);
ZEND_METHOD(WServer_ArrayObject, column);
ZEND_METHOD(WServer_ArrayObject, unique);
ZEND_METHOD(WServer_ArrayObject, reverse);
ZEND_METHOD(WServer_ArrayObject, chunk);
ZEND_METHOD(WServer_ArrayObject, flip);
ZEND_METHOD(WServer_ArrayObject, filter);
ZEND_METHOD(WServer_ArrayObject, asort);
ZEND_METHOD(WServer_ArrayObject, arsort);
ZEND_METHOD(WServer_ArrayObject, krsort);
ZEND_METHOD(WServer_ArrayObject, ksort);
ZEND_METHOD(WServer_ArrayObject, natcasesort);
ZEND_METHOD(WServer_ArrayObject, natsort);
ZEND_METHOD(WServer_ArrayObject, rsort);
ZEND_METHOD(WServer_ArrayObject, shuffle);
ZEND_METHOD(WServer_ArrayObject, sort);
ZEND_METHOD(WServer_ArrayObject, uasort);
ZEND_METHOD(WServer_ArrayObject, uksort);
ZEND_METHOD(WServer_ArrayObject, usort);
ZEND_METHOD(WServer_ArrayObject, detectType);
ZEND_METHOD(WServer_ArrayObject, detectStringType);
ZEND_METHOD(WServer_ArrayObject, detectArrayType);


static const zend_function_entry ext_functions[] = {
	ZEND_NS_FALIAS("WServer", array_object, WServer_array_object, arginfo_WServer_array_object)
	ZEND_NS_FALIAS("WServer", array_list, WServer_array_list, arginfo_WServer_array_list)
	ZEND_NS_FALIAS("WServer", array_default_value, WServer_array_default_value, arginfo_WServer_array_default_value)
	ZEND_FE_END
};


static const zend_function_entry class_WServer_Exception_ArrayKeyNotExists_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WServer_ArrayObject_methods[] = {
	ZEND_ME(WServer_ArrayObject, __construct, arginfo_class_WServer_ArrayObject___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, __toArray, arginfo_class_WServer_ArrayObject___toArray, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, __serialize, arginfo_class_WServer_ArrayObject___serialize, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, __unserialize, arginfo_class_WServer_ArrayObject___unserialize, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, from, arginfo_class_WServer_ArrayObject_from, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_MALIAS(WServer_ArrayObject, toArray, __toArray, arginfo_class_WServer_ArrayObject_toArray, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, isEmpty, arginfo_class_WServer_ArrayObject_isEmpty, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, count, arginfo_class_WServer_ArrayObject_count, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, current, arginfo_class_WServer_ArrayObject_current, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, key, arginfo_class_WServer_ArrayObject_key, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, valid, arginfo_class_WServer_ArrayObject_valid, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, rewind, arginfo_class_WServer_ArrayObject_rewind, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, next, arginfo_class_WServer_ArrayObject_next, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, get, arginfo_class_WServer_ArrayObject_get, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, getOr, arginfo_class_WServer_ArrayObject_getOr, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, last, arginfo_class_WServer_ArrayObject_last, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, firstKey, arginfo_class_WServer_ArrayObject_firstKey, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, lastKey, arginfo_class_WServer_ArrayObject_lastKey, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, first, arginfo_class_WServer_ArrayObject_first, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, set, arginfo_class_WServer_ArrayObject_set, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, delete, arginfo_class_WServer_ArrayObject_delete, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, remove, arginfo_class_WServer_ArrayObject_remove, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, clear, arginfo_class_WServer_ArrayObject_clear, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, offsetGet, arginfo_class_WServer_ArrayObject_offsetGet, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, offsetSet, arginfo_class_WServer_ArrayObject_offsetSet, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, offsetUnset, arginfo_class_WServer_ArrayObject_offsetUnset, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, offsetExists, arginfo_class_WServer_ArrayObject_offsetExists, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, exists, arginfo_class_WServer_ArrayObject_exists, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, contains, arginfo_class_WServer_ArrayObject_contains, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, indexOf, arginfo_class_WServer_ArrayObject_indexOf, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, lastIndexOf, arginfo_class_WServer_ArrayObject_lastIndexOf, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WServer_ArrayObject, search, indexOf, arginfo_class_WServer_ArrayObject_search, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, join, arginfo_class_WServer_ArrayObject_join, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, serialize, arginfo_class_WServer_ArrayObject_serialize, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, unserialize, arginfo_class_WServer_ArrayObject_unserialize, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, sum, arginfo_class_WServer_ArrayObject_sum, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, product, arginfo_class_WServer_ArrayObject_product, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WServer_ArrayObject, push, pushBack, arginfo_class_WServer_ArrayObject_push, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, pushFront, arginfo_class_WServer_ArrayObject_pushFront, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, append, arginfo_class_WServer_ArrayObject_append, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, pushBack, arginfo_class_WServer_ArrayObject_pushBack, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, insert, arginfo_class_WServer_ArrayObject_insert, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WServer_ArrayObject, pop, popBack, arginfo_class_WServer_ArrayObject_pop, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, popFront, arginfo_class_WServer_ArrayObject_popFront, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, popBack, arginfo_class_WServer_ArrayObject_popBack, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, slice, arginfo_class_WServer_ArrayObject_slice, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, randomGet, arginfo_class_WServer_ArrayObject_randomGet, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, each, arginfo_class_WServer_ArrayObject_each, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, map, arginfo_class_WServer_ArrayObject_map, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, reduce, arginfo_class_WServer_ArrayObject_reduce, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, keys, arginfo_class_WServer_ArrayObject_keys, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, values, arginfo_class_WServer_ArrayObject_values, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, column, arginfo_class_WServer_ArrayObject_column, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, unique, arginfo_class_WServer_ArrayObject_unique, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, reverse, arginfo_class_WServer_ArrayObject_reverse, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, chunk, arginfo_class_WServer_ArrayObject_chunk, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, flip, arginfo_class_WServer_ArrayObject_flip, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, filter, arginfo_class_WServer_ArrayObject_filter, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, asort, arginfo_class_WServer_ArrayObject_asort, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, arsort, arginfo_class_WServer_ArrayObject_arsort, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, krsort, arginfo_class_WServer_ArrayObject_krsort, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, ksort, arginfo_class_WServer_ArrayObject_ksort, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, natcasesort, arginfo_class_WServer_ArrayObject_natcasesort, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, natsort, arginfo_class_WServer_ArrayObject_natsort, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, rsort, arginfo_class_WServer_ArrayObject_rsort, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, shuffle, arginfo_class_WServer_ArrayObject_shuffle, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, sort, arginfo_class_WServer_ArrayObject_sort, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, uasort, arginfo_class_WServer_ArrayObject_uasort, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, uksort, arginfo_class_WServer_ArrayObject_uksort, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, usort, arginfo_class_WServer_ArrayObject_usort, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_ArrayObject, detectType, arginfo_class_WServer_ArrayObject_detectType, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(WServer_ArrayObject, detectStringType, arginfo_class_WServer_ArrayObject_detectStringType, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(WServer_ArrayObject, detectArrayType, arginfo_class_WServer_ArrayObject_detectArrayType, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_Exception_ArrayKeyNotExists(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Exception", "ArrayKeyNotExists", class_WServer_Exception_ArrayKeyNotExists_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);

	return class_entry;
}

static zend_class_entry *register_class_WServer_ArrayObject(zend_class_entry *class_entry_ArrayAccess, zend_class_entry *class_entry_Serializable, zend_class_entry *class_entry_Countable, zend_class_entry *class_entry_Iterator)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer", "ArrayObject", class_WServer_ArrayObject_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 4, class_entry_ArrayAccess, class_entry_Serializable, class_entry_Countable, class_entry_Iterator);

	zval property_array_default_value;
	ZVAL_EMPTY_ARRAY(&property_array_default_value);
	zend_string *property_array_name = zend_string_init("array", sizeof("array") - 1, 1);
	zend_declare_property_ex(class_entry, property_array_name, &property_array_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_array_name);

	return class_entry;
}
