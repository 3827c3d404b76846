/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 7e8336282fde06e7062ac86e8dc2c57c3cf375c0 */

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_WServer_string_object, 0, 0, WServer\\StringObject, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, string, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_WServer_mbstring_object, 0, 0, WServer\\MultibyteStringObject, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, string, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_StringObject___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, string, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_StringObject___toString, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_StringObject_from, 0, 0, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, string, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_StringObject_length, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_StringObject_indexOf, 0, 1, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, needle, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, offset, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_StringObject_lastIndexOf arginfo_class_WServer_StringObject_indexOf

#define arginfo_class_WServer_StringObject_pos arginfo_class_WServer_StringObject_indexOf

#define arginfo_class_WServer_StringObject_rpos arginfo_class_WServer_StringObject_indexOf

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_StringObject_reverse, 0, 0, IS_STATIC, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_StringObject_ipos, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, needle, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_StringObject_lower arginfo_class_WServer_StringObject_reverse

#define arginfo_class_WServer_StringObject_upper arginfo_class_WServer_StringObject_reverse

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_StringObject_trim, 0, 0, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, characters, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_StringObject_ltrim, 0, 0, WServer\\StringObject, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_StringObject_rtrim arginfo_class_WServer_StringObject_ltrim

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_StringObject_substr, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, offset, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, length, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_StringObject_repeat, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, times, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_StringObject_append, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, str, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_StringObject_replace, 0, 2, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, search, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, replace, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(1, count, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_StringObject_startsWith, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, needle, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_StringObject_endsWith arginfo_class_WServer_StringObject_startsWith

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_StringObject_equals, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, str, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, strict, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_StringObject_contains, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, subString, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_StringObject_split, 0, 1, WServer\\ArrayObject, 0)
	ZEND_ARG_TYPE_INFO(0, delimiter, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, limit, IS_LONG, 0, "PHP_INT_MAX")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_StringObject_char, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, index, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_StringObject_chunkSplit, 0, 0, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, length, IS_LONG, 0, "76")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, separator, IS_STRING, 0, "\"\\r\\n\"")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_StringObject_chunk, 0, 0, WServer\\ArrayObject, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, length, IS_LONG, 0, "1")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_StringObject_toString arginfo_class_WServer_StringObject___toString

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_StringObject_detectArrayType, 0, 1, WServer\\ArrayObject, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_MultibyteStringObject_length arginfo_class_WServer_StringObject_length

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_MultibyteStringObject_indexOf, 0, 1, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, needle, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, offset, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, encoding, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_MultibyteStringObject_lastIndexOf arginfo_class_WServer_MultibyteStringObject_indexOf

#define arginfo_class_WServer_MultibyteStringObject_pos arginfo_class_WServer_MultibyteStringObject_indexOf

#define arginfo_class_WServer_MultibyteStringObject_rpos arginfo_class_WServer_MultibyteStringObject_indexOf

#define arginfo_class_WServer_MultibyteStringObject_ipos arginfo_class_WServer_MultibyteStringObject_indexOf

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_MultibyteStringObject_substr, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, start, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, length, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, encoding, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_MultibyteStringObject_chunk arginfo_class_WServer_StringObject_chunk


ZEND_FUNCTION(WServer_string_object);
ZEND_FUNCTION(WServer_mbstring_object);
ZEND_METHOD(WServer_StringObject, __construct);
ZEND_METHOD(WServer_StringObject, __toString);
ZEND_METHOD(WServer_StringObject, from);
ZEND_METHOD(WServer_StringObject, length);
ZEND_METHOD(WServer_StringObject, indexOf);
ZEND_METHOD(WServer_StringObject, lastIndexOf);
ZEND_METHOD(WServer_StringObject, reverse);
ZEND_METHOD(WServer_StringObject, ipos);
ZEND_METHOD(WServer_StringObject, lower);
ZEND_METHOD(WServer_StringObject, upper);
ZEND_METHOD(WServer_StringObject, trim);
ZEND_METHOD(WServer_StringObject, ltrim);
ZEND_METHOD(WServer_StringObject, rtrim);
ZEND_METHOD(WServer_StringObject, substr);
ZEND_METHOD(WServer_StringObject, repeat);
ZEND_METHOD(WServer_StringObject, append);
ZEND_METHOD(WServer_StringObject, replace);
ZEND_METHOD(WServer_StringObject, startsWith);
ZEND_METHOD(WServer_StringObject, endsWith);
ZEND_METHOD(WServer_StringObject, equals);
ZEND_METHOD(WServer_StringObject, contains);
ZEND_METHOD(WServer_StringObject, split);
ZEND_METHOD(WServer_StringObject, char);
ZEND_METHOD(WServer_StringObject, chunkSplit);
ZEND_METHOD(WServer_StringObject, chunk);
ZEND_METHOD(WServer_StringObject, toString);
ZEND_METHOD(WServer_StringObject, detectArrayType);
ZEND_METHOD(WServer_MultibyteStringObject, length);
ZEND_METHOD(WServer_MultibyteStringObject, indexOf);
ZEND_METHOD(WServer_MultibyteStringObject, lastIndexOf);
ZEND_METHOD(WServer_MultibyteStringObject, ipos);
ZEND_METHOD(WServer_MultibyteStringObject, substr);
ZEND_METHOD(WServer_MultibyteStringObject, chunk);


static const zend_function_entry ext_functions[] = {
	ZEND_NS_FALIAS("WServer", string_object, WServer_string_object, arginfo_WServer_string_object)
	ZEND_NS_FALIAS("WServer", mbstring_object, WServer_mbstring_object, arginfo_WServer_mbstring_object)
	ZEND_FE_END
};


static const zend_function_entry class_WServer_StringObject_methods[] = {
	ZEND_ME(WServer_StringObject, __construct, arginfo_class_WServer_StringObject___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, __toString, arginfo_class_WServer_StringObject___toString, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, from, arginfo_class_WServer_StringObject_from, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WServer_StringObject, length, arginfo_class_WServer_StringObject_length, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, indexOf, arginfo_class_WServer_StringObject_indexOf, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, lastIndexOf, arginfo_class_WServer_StringObject_lastIndexOf, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WServer_StringObject, pos, indexOf, arginfo_class_WServer_StringObject_pos, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WServer_StringObject, rpos, lastIndexOf, arginfo_class_WServer_StringObject_rpos, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, reverse, arginfo_class_WServer_StringObject_reverse, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, ipos, arginfo_class_WServer_StringObject_ipos, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, lower, arginfo_class_WServer_StringObject_lower, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, upper, arginfo_class_WServer_StringObject_upper, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, trim, arginfo_class_WServer_StringObject_trim, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, ltrim, arginfo_class_WServer_StringObject_ltrim, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, rtrim, arginfo_class_WServer_StringObject_rtrim, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, substr, arginfo_class_WServer_StringObject_substr, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, repeat, arginfo_class_WServer_StringObject_repeat, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, append, arginfo_class_WServer_StringObject_append, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, replace, arginfo_class_WServer_StringObject_replace, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, startsWith, arginfo_class_WServer_StringObject_startsWith, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, endsWith, arginfo_class_WServer_StringObject_endsWith, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, equals, arginfo_class_WServer_StringObject_equals, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, contains, arginfo_class_WServer_StringObject_contains, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, split, arginfo_class_WServer_StringObject_split, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, char, arginfo_class_WServer_StringObject_char, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, chunkSplit, arginfo_class_WServer_StringObject_chunkSplit, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, chunk, arginfo_class_WServer_StringObject_chunk, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, toString, arginfo_class_WServer_StringObject_toString, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_StringObject, detectArrayType, arginfo_class_WServer_StringObject_detectArrayType, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_WServer_MultibyteStringObject_methods[] = {
	ZEND_ME(WServer_MultibyteStringObject, length, arginfo_class_WServer_MultibyteStringObject_length, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_MultibyteStringObject, indexOf, arginfo_class_WServer_MultibyteStringObject_indexOf, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_MultibyteStringObject, lastIndexOf, arginfo_class_WServer_MultibyteStringObject_lastIndexOf, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WServer_MultibyteStringObject, pos, indexOf, arginfo_class_WServer_MultibyteStringObject_pos, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WServer_MultibyteStringObject, rpos, lastIndexOf, arginfo_class_WServer_MultibyteStringObject_rpos, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_MultibyteStringObject, ipos, arginfo_class_WServer_MultibyteStringObject_ipos, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_MultibyteStringObject, substr, arginfo_class_WServer_MultibyteStringObject_substr, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_MultibyteStringObject, chunk, arginfo_class_WServer_MultibyteStringObject_chunk, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WServer_StringObject(zend_class_entry *class_entry_Stringable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer", "StringObject", class_WServer_StringObject_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_Stringable);

	zval property_string_default_value;
	ZVAL_EMPTY_STRING(&property_string_default_value);
	zend_string *property_string_name = zend_string_init("string", sizeof("string") - 1, 1);
	zend_declare_typed_property(class_entry, property_string_name, &property_string_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_string_name);

	return class_entry;
}

static zend_class_entry *register_class_WServer_MultibyteStringObject(zend_class_entry *class_entry_WServer_StringObject)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer", "MultibyteStringObject", class_WServer_MultibyteStringObject_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WServer_StringObject);

	return class_entry;
}
