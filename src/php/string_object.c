/* WServer\StringObject and WServer\MultibyteStringObject: Swoole's library string wrappers.
 * Each method is the PHP string function of the same job (strpos(), mb_substr()...) called
 * on the protected $string, so behaviour and errors are PHP's own. */
#include "string_object.h"
#include "array_object.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "stubs/string_object_arginfo.h"

zend_class_entry *wserver_string_object_ce;
static zend_class_entry *mb_string_object_ce;

bool wserver_call_php(const char *name, zval *ret, uint32_t argc, zval *argv)
{
	zend_function *fn = zend_hash_str_find_ptr(EG(function_table), name, strlen(name));
	ZVAL_UNDEF(ret);
	if (!fn) {
		zend_throw_error(NULL, "%s() is not available: its extension is not loaded", name);
		return false;
	}
	zend_call_known_function(fn, NULL, NULL, ret, argc, argv, NULL);
	return !EG(exception);
}

void wserver_new_object(zend_class_entry *ce, zval *arg, zval *ret)
{
	if (object_init_ex(ret, ce) != SUCCESS) {
		ZVAL_NULL(ret);
		return;
	}
	if (ce->constructor) {
		zend_call_known_instance_method_with_1_params(ce->constructor, Z_OBJ_P(ret), NULL, arg);
		if (EG(exception)) {
			zval_ptr_dtor(ret);
			ZVAL_NULL(ret);
		}
	}
}

/* $this->string: the first declared property, in subclasses too. */
static zval *string_slot(zval *self)
{
	zval *slot = OBJ_PROP_NUM(Z_OBJ_P(self), 0);
	ZVAL_DEREF(slot);
	if (Z_TYPE_P(slot) != IS_STRING) { /* a subclass unset() it */
		zend_throw_error(NULL, "%s::$string must not be accessed before initialization",
		                 ZSTR_VAL(Z_OBJCE_P(self)->name));
		return NULL;
	}
	return slot;
}

/* fn($this->string, ...args) into ret; false when it threw. */
static bool call_on_string(zval *self, const char *fn, zval *ret, uint32_t argc, zval *args)
{
	zval params[5];
	zval *s = string_slot(self);
	ZEND_ASSERT(argc < 5);
	if (!s) {
		ZVAL_UNDEF(ret);
		return false;
	}
	ZVAL_COPY_VALUE(&params[0], s);
	for (uint32_t i = 0; i < argc; i++) {
		ZVAL_COPY_VALUE(&params[i + 1], &args[i]);
	}
	return wserver_call_php(fn, ret, argc + 1, params);
}

/* return new static(fn($this->string, ...args)) */
static void new_from_call(zend_execute_data *execute_data, zval *return_value, const char *fn,
                          uint32_t argc, zval *args)
{
	zval result;
	if (call_on_string(ZEND_THIS, fn, &result, argc, args)) {
		wserver_new_object(Z_OBJCE_P(ZEND_THIS), &result, return_value);
	}
	zval_ptr_dtor(&result);
}

/* return static::detectArrayType(fn($this->string, ...args)), so a subclass picks the class */
static void array_from_call(zend_execute_data *execute_data, zval *return_value, const char *fn,
                            uint32_t argc, zval *args)
{
	zval result;
	if (call_on_string(ZEND_THIS, fn, &result, argc, args)) {
		zend_call_method_with_1_params(NULL, Z_OBJCE_P(ZEND_THIS), NULL, "detectarraytype",
		                               return_value, &result);
	}
	zval_ptr_dtor(&result);
}

/* return fn($this->string, ...args) as it is */
static void value_from_call(zend_execute_data *execute_data, zval *return_value, const char *fn,
                            uint32_t argc, zval *args)
{
	if (!call_on_string(ZEND_THIS, fn, return_value, argc, args)) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
	}
}

ZEND_METHOD(WServer_StringObject, __construct)
{
	zend_string *s = ZSTR_EMPTY_ALLOC();
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR(s)
	ZEND_PARSE_PARAMETERS_END();
	zval *slot = OBJ_PROP_NUM(Z_OBJ_P(ZEND_THIS), 0);
	ZVAL_DEREF(slot);
	zval_ptr_dtor(slot);
	ZVAL_STR_COPY(slot, s);
}

ZEND_METHOD(WServer_StringObject, __toString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *s = string_slot(ZEND_THIS);
	if (s) {
		RETURN_COPY(s);
	}
}

ZEND_METHOD(WServer_StringObject, toString)
{
	ZEND_MN(WServer_StringObject___toString)(execute_data, return_value);
}

static void new_string_object(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *ce)
{
	zval arg;
	zend_string *s = ZSTR_EMPTY_ALLOC();
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR(s)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_STR(&arg, s);
	wserver_new_object(ce, &arg, return_value);
}

ZEND_METHOD(WServer_StringObject, from)
{
	new_string_object(INTERNAL_FUNCTION_PARAM_PASSTHRU, zend_get_called_scope(execute_data));
}

ZEND_METHOD(WServer_StringObject, length)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *s = string_slot(ZEND_THIS);
	if (s) {
		RETURN_LONG((zend_long) Z_STRLEN_P(s));
	}
}

/* indexOf() and kin: fn($this->string, $needle, $offset) */
static void find(INTERNAL_FUNCTION_PARAMETERS, const char *fn)
{
	zval args[2];
	zend_string *needle;
	zend_long offset = 0;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(needle)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(offset)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_STR(&args[0], needle);
	ZVAL_LONG(&args[1], offset);
	value_from_call(execute_data, return_value, fn, 2, args);
}

ZEND_METHOD(WServer_StringObject, indexOf)
{
	find(INTERNAL_FUNCTION_PARAM_PASSTHRU, "strpos");
}

ZEND_METHOD(WServer_StringObject, lastIndexOf)
{
	find(INTERNAL_FUNCTION_PARAM_PASSTHRU, "strrpos");
}

ZEND_METHOD(WServer_StringObject, ipos)
{
	zval arg;
	zend_string *needle;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(needle)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_STR(&arg, needle);
	value_from_call(execute_data, return_value, "stripos", 1, &arg);
}

/* reverse(), lower(), upper() and the like: new static(fn($this->string)) */
#define NEW_FROM_PLAIN_CALL(method, fn)                                                            \
	ZEND_METHOD(WServer_StringObject, method)                                                      \
	{                                                                                              \
		ZEND_PARSE_PARAMETERS_NONE();                                                              \
		new_from_call(execute_data, return_value, fn, 0, NULL);                                    \
	}

NEW_FROM_PLAIN_CALL(reverse, "strrev")
NEW_FROM_PLAIN_CALL(lower, "strtolower")
NEW_FROM_PLAIN_CALL(upper, "strtoupper")
NEW_FROM_PLAIN_CALL(ltrim, "ltrim")
NEW_FROM_PLAIN_CALL(rtrim, "rtrim")

ZEND_METHOD(WServer_StringObject, trim)
{
	zval arg;
	zend_string *characters = ZSTR_EMPTY_ALLOC();
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR(characters)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_STR(&arg, characters);
	new_from_call(execute_data, return_value, "trim", ZSTR_LEN(characters) ? 1 : 0, &arg);
}

ZEND_METHOD(WServer_StringObject, substr)
{
	zval args[2];
	zend_long offset, length = 0;
	bool length_null = true;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_LONG(offset)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG_OR_NULL(length, length_null)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_LONG(&args[0], offset);
	ZVAL_LONG(&args[1], length); /* a value set in full, even when null */
	if (length_null) {
		ZVAL_NULL(&args[1]);
	}
	new_from_call(execute_data, return_value, "substr", 2, args);
}

ZEND_METHOD(WServer_StringObject, repeat)
{
	zval arg;
	zend_long times;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(times)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_LONG(&arg, times);
	new_from_call(execute_data, return_value, "str_repeat", 1, &arg);
}

/* As Swoole's: $this->string grows too, and the result is a new object of it. Any scalar or
 * Stringable appends as PHP's . would. */
ZEND_METHOD(WServer_StringObject, append)
{
	zval *str;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(str)
	ZEND_PARSE_PARAMETERS_END();
	zval *slot = string_slot(ZEND_THIS);
	if (!slot) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(str) == IS_ARRAY) { /* "Array" is never what was meant */
		zend_argument_type_error(1, "must be a string or Stringable, array given");
		RETURN_THROWS();
	}
	zend_string *tail = zval_try_get_string(str);
	if (!tail) {
		RETURN_THROWS();
	}
	zend_string *joined =
	    zend_string_concat2(Z_STRVAL_P(slot), Z_STRLEN_P(slot), ZSTR_VAL(tail), ZSTR_LEN(tail));
	zend_string_release(tail);
	zval_ptr_dtor(slot);
	ZVAL_STR(slot, joined);
	wserver_new_object(Z_OBJCE_P(ZEND_THIS), slot, return_value);
}

ZEND_METHOD(WServer_StringObject, replace)
{
	zval args[4], *count = NULL, result;
	zend_string *search, *replace;
	ZEND_PARSE_PARAMETERS_START(2, 3)
	Z_PARAM_STR(search)
	Z_PARAM_STR(replace)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL(count)
	ZEND_PARSE_PARAMETERS_END();
	zval *s = string_slot(ZEND_THIS);
	if (!s) {
		RETURN_THROWS();
	}
	ZVAL_STR(&args[0], search);
	ZVAL_STR(&args[1], replace);
	ZVAL_COPY_VALUE(&args[2], s);
	ZVAL_NEW_REF(&args[3], &EG(uninitialized_zval));
	if (wserver_call_php("str_replace", &result, 4, args)) {
		if (count) {
			ZEND_TRY_ASSIGN_REF_COPY(count, Z_REFVAL(args[3]));
		}
		if (!EG(exception)) {
			wserver_new_object(Z_OBJCE_P(ZEND_THIS), &result, return_value);
		}
	}
	zval_ptr_dtor(&result);
	zval_ptr_dtor(&args[3]);
}

ZEND_METHOD(WServer_StringObject, startsWith)
{
	zend_string *needle;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(needle)
	ZEND_PARSE_PARAMETERS_END();
	zval *s = string_slot(ZEND_THIS);
	if (s) {
		RETURN_BOOL(zend_string_starts_with(Z_STR_P(s), needle));
	}
}

ZEND_METHOD(WServer_StringObject, endsWith)
{
	zend_string *needle;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(needle)
	ZEND_PARSE_PARAMETERS_END();
	zval *s = string_slot(ZEND_THIS);
	if (s) {
		size_t len = Z_STRLEN_P(s), n = ZSTR_LEN(needle);
		RETURN_BOOL(len >= n && memcmp(Z_STRVAL_P(s) + len - n, ZSTR_VAL(needle), n) == 0);
	}
}

/* == (or === when $strict) against a string, or against another StringObject's string */
ZEND_METHOD(WServer_StringObject, equals)
{
	zval *other;
	bool strict = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ZVAL(other)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(strict)
	ZEND_PARSE_PARAMETERS_END();
	zval *s = string_slot(ZEND_THIS);
	if (!s) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(other) == IS_OBJECT &&
	    instanceof_function(Z_OBJCE_P(other), wserver_string_object_ce)) {
		other = string_slot(other);
		if (!other) {
			RETURN_THROWS();
		}
	}
	RETURN_BOOL(strict ? zend_is_identical(s, other) : zend_compare(s, other) == 0);
}

ZEND_METHOD(WServer_StringObject, contains)
{
	zend_string *needle;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(needle)
	ZEND_PARSE_PARAMETERS_END();
	zval *s = string_slot(ZEND_THIS);
	if (s) {
		RETURN_BOOL(ZSTR_LEN(needle) == 0 ||
		            php_memnstr(Z_STRVAL_P(s), ZSTR_VAL(needle), ZSTR_LEN(needle),
		                        Z_STRVAL_P(s) + Z_STRLEN_P(s)) != NULL);
	}
}

ZEND_METHOD(WServer_StringObject, split)
{
	zend_string *delimiter;
	zend_long limit = ZEND_LONG_MAX;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(delimiter)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(limit)
	ZEND_PARSE_PARAMETERS_END();
	zval *s = string_slot(ZEND_THIS);
	if (!s) {
		RETURN_THROWS();
	}
	/* explode() takes the delimiter first */
	zval params[3], result;
	ZVAL_STR(&params[0], delimiter);
	ZVAL_COPY_VALUE(&params[1], s);
	ZVAL_LONG(&params[2], limit);
	if (wserver_call_php("explode", &result, 3, params)) {
		zend_call_method_with_1_params(NULL, Z_OBJCE_P(ZEND_THIS), NULL, "detectarraytype",
		                               return_value, &result);
	}
	zval_ptr_dtor(&result);
}

ZEND_METHOD(WServer_StringObject, char)
{
	zend_long index;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(index)
	ZEND_PARSE_PARAMETERS_END();
	zval *s = string_slot(ZEND_THIS);
	if (!s) {
		RETURN_THROWS();
	}
	zend_long len = (zend_long) Z_STRLEN_P(s);
	if (index < 0) {
		index += len;
	}
	if (index < 0 || index >= len) {
		RETURN_EMPTY_STRING();
	}
	RETURN_CHAR((unsigned char) Z_STRVAL_P(s)[index]);
}

ZEND_METHOD(WServer_StringObject, chunkSplit)
{
	zval args[2];
	zend_long length = 76;
	zend_string *separator = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(length)
	Z_PARAM_STR(separator)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_LONG(&args[0], length);
	if (separator) {
		ZVAL_STR(&args[1], separator);
	} else {
		ZVAL_STRINGL(&args[1], "\r\n", 2);
	}
	new_from_call(execute_data, return_value, "chunk_split", 2, args);
	zval_ptr_dtor(&args[1]);
}

/* chunk(): fn($this->string, $length) as an ArrayObject */
static void chunk(INTERNAL_FUNCTION_PARAMETERS, const char *fn)
{
	zval arg;
	zend_long length = 1;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_LONG(&arg, length);
	array_from_call(execute_data, return_value, fn, 1, &arg);
}

ZEND_METHOD(WServer_StringObject, chunk)
{
	chunk(INTERNAL_FUNCTION_PARAM_PASSTHRU, "str_split");
}

/* The class split() and chunk() return: a subclass may name another. */
ZEND_METHOD(WServer_StringObject, detectArrayType)
{
	zval *value;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY(value)
	ZEND_PARSE_PARAMETERS_END();
	wserver_new_object(wserver_array_object_ce, value, return_value);
}

ZEND_METHOD(WServer_MultibyteStringObject, length)
{
	ZEND_PARSE_PARAMETERS_NONE();
	value_from_call(execute_data, return_value, "mb_strlen", 0, NULL);
}

/* indexOf() and kin: fn($this->string, $needle, $offset, $encoding) */
static void mb_find(INTERNAL_FUNCTION_PARAMETERS, const char *fn)
{
	zval args[3];
	zend_string *needle, *encoding = NULL;
	zend_long offset = 0;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_STR(needle)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(offset)
	Z_PARAM_STR_OR_NULL(encoding)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_STR(&args[0], needle);
	ZVAL_LONG(&args[1], offset);
	if (encoding) {
		ZVAL_STR(&args[2], encoding);
	} else {
		ZVAL_NULL(&args[2]);
	}
	value_from_call(execute_data, return_value, fn, 3, args);
}

ZEND_METHOD(WServer_MultibyteStringObject, indexOf)
{
	mb_find(INTERNAL_FUNCTION_PARAM_PASSTHRU, "mb_strpos");
}

ZEND_METHOD(WServer_MultibyteStringObject, lastIndexOf)
{
	mb_find(INTERNAL_FUNCTION_PARAM_PASSTHRU, "mb_strrpos");
}

ZEND_METHOD(WServer_MultibyteStringObject, ipos)
{
	mb_find(INTERNAL_FUNCTION_PARAM_PASSTHRU, "mb_stripos");
}

ZEND_METHOD(WServer_MultibyteStringObject, substr)
{
	zval args[3];
	zend_long start, length = 0;
	bool length_null = true;
	zend_string *encoding = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_LONG(start)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG_OR_NULL(length, length_null)
	Z_PARAM_STR_OR_NULL(encoding)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_LONG(&args[0], start);
	ZVAL_LONG(&args[1], length); /* a value set in full, even when null */
	if (length_null) {
		ZVAL_NULL(&args[1]);
	}
	if (encoding) {
		ZVAL_STR(&args[2], encoding);
	} else {
		ZVAL_NULL(&args[2]);
	}
	new_from_call(execute_data, return_value, "mb_substr", 3, args);
}

ZEND_METHOD(WServer_MultibyteStringObject, chunk)
{
	chunk(INTERNAL_FUNCTION_PARAM_PASSTHRU, "mb_str_split");
}

ZEND_FUNCTION(WServer_string_object)
{
	new_string_object(INTERNAL_FUNCTION_PARAM_PASSTHRU, wserver_string_object_ce);
}

ZEND_FUNCTION(WServer_mbstring_object)
{
	new_string_object(INTERNAL_FUNCTION_PARAM_PASSTHRU, mb_string_object_ce);
}

void wserver_string_object_minit(void)
{
	wserver_string_object_ce = register_class_WServer_StringObject(zend_ce_stringable);
	mb_string_object_ce = register_class_WServer_MultibyteStringObject(wserver_string_object_ce);
	zend_register_functions(NULL, ext_functions, NULL, MODULE_PERSISTENT);
}
