/* WServer\ArrayObject: Swoole's library array wrapper. Each method is the PHP array function
 * of the same job (array_slice(), sort()...) called on the protected $array, so behaviour and
 * errors are PHP's own; the few plain lookups are done here. */
#include "array_object.h"
#include "string_object.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/php_array.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "stubs/array_object_arginfo.h"

zend_class_entry *wserver_array_object_ce;
static zend_class_entry *key_not_exists_ce;

/* $this->array: the first declared property, in subclasses too; an Error if a subclass put
 * something else there. */
static zval *array_slot(zval *self)
{
	zval *slot = OBJ_PROP_NUM(Z_OBJ_P(self), 0);
	ZVAL_DEREF(slot);
	if (Z_TYPE_P(slot) != IS_ARRAY) {
		zend_throw_error(NULL, "%s::$array is not an array", ZSTR_VAL(Z_OBJCE_P(self)->name));
		return NULL;
	}
	return slot;
}

/* The array to change in place (copied first if shared), or NULL with an Error. */
static HashTable *writable(zval *self)
{
	zval *slot = array_slot(self);
	if (!slot) {
		return NULL;
	}
	SEPARATE_ARRAY(slot);
	return Z_ARRVAL_P(slot);
}

static void set_array(zval *self, zval *value)
{
	zval *slot = OBJ_PROP_NUM(Z_OBJ_P(self), 0);
	ZVAL_DEREF(slot);
	zval old;
	ZVAL_COPY_VALUE(&old, slot);
	ZVAL_COPY(slot, value);
	zval_ptr_dtor(&old);
}

/* A key as $array[$key] reads it: str, or num when str is NULL. */
typedef struct {
	zend_string *str;
	zend_ulong num;
} array_key;

static bool key_of(zval *key, array_key *out)
{
	ZVAL_DEREF(key);
	out->str = NULL;
	switch (Z_TYPE_P(key)) {
	case IS_STRING:
		if (!ZEND_HANDLE_NUMERIC_STR(Z_STRVAL_P(key), Z_STRLEN_P(key), out->num)) {
			out->str = Z_STR_P(key);
		}
		return true;
	case IS_LONG:
		out->num = (zend_ulong) Z_LVAL_P(key);
		return true;
	case IS_NULL:
		out->str = ZSTR_EMPTY_ALLOC();
		return true;
	case IS_FALSE:
		out->num = 0;
		return true;
	case IS_TRUE:
		out->num = 1;
		return true;
	case IS_DOUBLE:
		out->num = (zend_ulong) zend_dval_to_lval(Z_DVAL_P(key));
		return true;
	default:
		zend_type_error("Illegal offset type %s", zend_zval_type_name(key));
		return false;
	}
}

static zval *find(HashTable *ht, const array_key *k)
{
	zval *v = k->str ? zend_hash_find(ht, k->str) : zend_hash_index_find(ht, k->num);
	return v ? (Z_ISREF_P(v) ? Z_REFVAL_P(v) : v) : NULL;
}

/* The value at key, or NULL (no exception) when absent, or NULL with a TypeError for a key no
 * array takes. */
static zval *lookup(zval *self, zval *key)
{
	array_key k;
	zval *slot = array_slot(self);
	return slot && key_of(key, &k) ? find(Z_ARRVAL_P(slot), &k) : NULL;
}

static void delete_key(zval *self, zval *key)
{
	array_key k;
	HashTable *ht;
	if (key_of(key, &k) && (ht = writable(self))) {
		if (k.str) {
			zend_hash_del(ht, k.str);
		} else {
			zend_hash_index_del(ht, k.num);
		}
	}
}

static void set_key(zval *self, zval *key, zval *value)
{
	array_key k;
	HashTable *ht;
	if (key_of(key, &k) && (ht = writable(self))) {
		Z_TRY_ADDREF_P(value);
		if (k.str) {
			zend_hash_update(ht, k.str, value);
		} else {
			zend_hash_index_update(ht, k.num, value);
		}
	}
}

static void put_key(zval *out, zend_string *skey, zend_ulong nkey)
{
	if (skey) {
		ZVAL_STR_COPY(out, skey);
	} else {
		ZVAL_LONG(out, (zend_long) nkey);
	}
}

/* The first (or, reverse, the last) key holding value, == or ===; false when none. */
static bool search(HashTable *ht, zval *value, bool strict, bool reverse, zval *key_out)
{
	zend_string *skey;
	zend_ulong nkey;
	zval *v;
	if (reverse) {
		ZEND_HASH_REVERSE_FOREACH_KEY_VAL_IND(ht, nkey, skey, v)
		{
			ZVAL_DEREF(v);
			if (strict ? zend_is_identical(v, value) : zend_compare(v, value) == 0) {
				put_key(key_out, skey, nkey);
				return true;
			}
		}
		ZEND_HASH_FOREACH_END();
		return false;
	}
	ZEND_HASH_FOREACH_KEY_VAL_IND(ht, nkey, skey, v)
	{
		ZVAL_DEREF(v);
		if (strict ? zend_is_identical(v, value) : zend_compare(v, value) == 0) {
			put_key(key_out, skey, nkey);
			return true;
		}
	}
	ZEND_HASH_FOREACH_END();
	return false;
}

/* static::detectType($value): a string as a StringObject, an array as an ArrayObject. */
static void detect_type(zval *self, zval *value, zval *ret)
{
	zend_call_method_with_1_params(NULL, Z_OBJCE_P(self), NULL, "detecttype", ret, value);
}

/* fn($this->array, ...args) into ret; false when it threw. */
static bool call_on_array(zval *self, const char *fn, zval *ret, uint32_t argc, zval *args)
{
	zval *slot = array_slot(self);
	if (!slot) {
		ZVAL_UNDEF(ret);
		return false;
	}
	zval *params = safe_emalloc(argc + 1, sizeof(zval), 0);
	ZVAL_COPY_VALUE(&params[0], slot);
	memcpy(&params[1], args, argc * sizeof(zval));
	bool ok = wserver_call_php(fn, ret, argc + 1, params);
	efree(params);
	return ok;
}

/* fn(&$this->array, ...args): the array moves into a reference for the call and back, so a
 * sort or a push changes it with no copy. */
static bool call_on_array_ref(zval *self, const char *fn, zval *ret, uint32_t argc, zval *args)
{
	zval *slot = array_slot(self);
	if (!slot) {
		ZVAL_UNDEF(ret);
		return false;
	}
	zval *params = safe_emalloc(argc + 1, sizeof(zval), 0);
	ZVAL_NEW_REF(&params[0], slot);
	ZVAL_EMPTY_ARRAY(slot);
	memcpy(&params[1], args, argc * sizeof(zval));
	bool ok = wserver_call_php(fn, ret, argc + 1, params);
	set_array(self, Z_REFVAL(params[0]));
	zval_ptr_dtor(&params[0]);
	efree(params);
	return ok;
}

/* return new static(fn($this->array, ...args)) */
static void new_from_call(zend_execute_data *execute_data, zval *return_value, const char *fn,
                          uint32_t argc, zval *args)
{
	zval result;
	if (call_on_array(ZEND_THIS, fn, &result, argc, args)) {
		wserver_new_object(Z_OBJCE_P(ZEND_THIS), &result, return_value);
	}
	zval_ptr_dtor(&result);
}

/* return fn($this->array, ...args) as it is */
static void value_from_call(zend_execute_data *execute_data, zval *return_value, const char *fn,
                            uint32_t argc, zval *args)
{
	if (!call_on_array(ZEND_THIS, fn, return_value, argc, args)) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
	}
}

/* fn(&$this->array, ...args); return $this */
static void change_by_call(zend_execute_data *execute_data, zval *return_value, const char *fn,
                           uint32_t argc, zval *args)
{
	zval result;
	if (call_on_array_ref(ZEND_THIS, fn, &result, argc, args)) {
		RETVAL_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
	}
	zval_ptr_dtor(&result);
}

/* return fn(&$this->array, ...args) */
static void take_by_call(zend_execute_data *execute_data, zval *return_value, const char *fn,
                         uint32_t argc, zval *args)
{
	if (!call_on_array_ref(ZEND_THIS, fn, return_value, argc, args)) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
	}
}

ZEND_METHOD(WServer_ArrayObject, __construct)
{
	zval empty, *array = &empty;
	ZVAL_EMPTY_ARRAY(&empty);
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_ARRAY(array)
	ZEND_PARSE_PARAMETERS_END();
	set_array(ZEND_THIS, array);
}

ZEND_METHOD(WServer_ArrayObject, __toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *slot = array_slot(ZEND_THIS);
	if (slot) {
		RETURN_COPY(slot);
	}
}

ZEND_METHOD(WServer_ArrayObject, __serialize)
{
	ZEND_MN(WServer_ArrayObject___toArray)(execute_data, return_value);
}

ZEND_METHOD(WServer_ArrayObject, __unserialize)
{
	zval *data;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY(data)
	ZEND_PARSE_PARAMETERS_END();
	set_array(ZEND_THIS, data);
}

ZEND_METHOD(WServer_ArrayObject, from)
{
	zval empty, *array = &empty;
	ZVAL_EMPTY_ARRAY(&empty);
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_ARRAY(array)
	ZEND_PARSE_PARAMETERS_END();
	wserver_new_object(zend_get_called_scope(execute_data), array, return_value);
}

ZEND_METHOD(WServer_ArrayObject, isEmpty)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *slot = array_slot(ZEND_THIS);
	if (slot) {
		RETURN_BOOL(zend_hash_num_elements(Z_ARRVAL_P(slot)) == 0);
	}
}

ZEND_METHOD(WServer_ArrayObject, count)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *slot = array_slot(ZEND_THIS);
	if (slot) {
		RETURN_LONG(zend_hash_num_elements(Z_ARRVAL_P(slot)));
	}
}

/* Iterator: the array's own internal pointer, as current()/next()/reset() use. */
ZEND_METHOD(WServer_ArrayObject, current)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *slot = array_slot(ZEND_THIS);
	if (slot) {
		zval *v = zend_hash_get_current_data(Z_ARRVAL_P(slot));
		if (!v) {
			RETURN_FALSE;
		}
		RETURN_COPY_DEREF(v);
	}
}

ZEND_METHOD(WServer_ArrayObject, key)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *slot = array_slot(ZEND_THIS);
	if (slot) {
		zend_hash_get_current_key_zval(Z_ARRVAL_P(slot), return_value);
	}
}

ZEND_METHOD(WServer_ArrayObject, valid)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *slot = array_slot(ZEND_THIS);
	if (slot) {
		RETURN_BOOL(zend_hash_get_current_key_type(Z_ARRVAL_P(slot)) != HASH_KEY_NON_EXISTENT);
	}
}

ZEND_METHOD(WServer_ArrayObject, rewind)
{
	ZEND_PARSE_PARAMETERS_NONE();
	HashTable *ht = writable(ZEND_THIS);
	if (ht) {
		zend_hash_internal_pointer_reset(ht);
	}
}

ZEND_METHOD(WServer_ArrayObject, next)
{
	ZEND_PARSE_PARAMETERS_NONE();
	HashTable *ht = writable(ZEND_THIS);
	if (ht) {
		zend_hash_move_forward(ht);
	}
}

ZEND_METHOD(WServer_ArrayObject, get)
{
	zval *key;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(key)
	ZEND_PARSE_PARAMETERS_END();
	zval *v = lookup(ZEND_THIS, key);
	if (v) {
		detect_type(ZEND_THIS, v, return_value);
	} else if (!EG(exception)) {
		zend_string *name = zval_get_string(key);
		zend_throw_exception(key_not_exists_ce, ZSTR_VAL(name), 0);
		zend_string_release(name);
	}
}

ZEND_METHOD(WServer_ArrayObject, getOr)
{
	zval *key, *def = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ZVAL(key)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL(def)
	ZEND_PARSE_PARAMETERS_END();
	zval *v = lookup(ZEND_THIS, key);
	if (v) {
		detect_type(ZEND_THIS, v, return_value);
	} else if (def && !EG(exception)) {
		RETURN_COPY(def);
	}
}

/* first() and last(): the end's value, wrapped as get() does; null when empty. */
static void end_value(INTERNAL_FUNCTION_PARAMETERS, bool last)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *slot = array_slot(ZEND_THIS);
	if (!slot) {
		RETURN_THROWS();
	}
	HashPosition pos;
	last ? zend_hash_internal_pointer_end_ex(Z_ARRVAL_P(slot), &pos)
	     : zend_hash_internal_pointer_reset_ex(Z_ARRVAL_P(slot), &pos);
	zval *v = zend_hash_get_current_data_ex(Z_ARRVAL_P(slot), &pos);
	if (v) {
		ZVAL_DEREF(v);
		detect_type(ZEND_THIS, v, return_value);
	}
}

ZEND_METHOD(WServer_ArrayObject, first)
{
	end_value(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(WServer_ArrayObject, last)
{
	end_value(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

static void end_key(INTERNAL_FUNCTION_PARAMETERS, bool last)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *slot = array_slot(ZEND_THIS);
	if (!slot) {
		RETURN_THROWS();
	}
	HashPosition pos;
	last ? zend_hash_internal_pointer_end_ex(Z_ARRVAL_P(slot), &pos)
	     : zend_hash_internal_pointer_reset_ex(Z_ARRVAL_P(slot), &pos);
	zend_hash_get_current_key_zval_ex(Z_ARRVAL_P(slot), return_value, &pos);
}

ZEND_METHOD(WServer_ArrayObject, firstKey)
{
	end_key(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(WServer_ArrayObject, lastKey)
{
	end_key(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(WServer_ArrayObject, set)
{
	zval *key, *value;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_ZVAL(key)
	Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	set_key(ZEND_THIS, key, value);
	if (!EG(exception)) {
		RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
	}
}

ZEND_METHOD(WServer_ArrayObject, delete)
{
	zval *key;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(key)
	ZEND_PARSE_PARAMETERS_END();
	delete_key(ZEND_THIS, key);
	if (!EG(exception)) {
		RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
	}
}

ZEND_METHOD(WServer_ArrayObject, remove)
{
	zval *value, key;
	bool strict = true, loop = false;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_ZVAL(value)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(strict)
	Z_PARAM_BOOL(loop)
	ZEND_PARSE_PARAMETERS_END();
	HashTable *ht = writable(ZEND_THIS);
	if (!ht) {
		RETURN_THROWS();
	}
	do {
		if (!search(ht, value, strict, false, &key)) {
			break;
		}
		if (Z_TYPE(key) == IS_STRING) {
			zend_hash_del(ht, Z_STR(key));
		} else {
			zend_hash_index_del(ht, (zend_ulong) Z_LVAL(key));
		}
		zval_ptr_dtor(&key);
	} while (loop);
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(WServer_ArrayObject, clear)
{
	zval empty;
	ZEND_PARSE_PARAMETERS_NONE();
	ZVAL_EMPTY_ARRAY(&empty);
	set_array(ZEND_THIS, &empty);
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(WServer_ArrayObject, offsetGet)
{
	zval *key;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(key)
	ZEND_PARSE_PARAMETERS_END();
	zval *v = lookup(ZEND_THIS, key);
	if (v) {
		RETURN_COPY(v);
	}
}

ZEND_METHOD(WServer_ArrayObject, offsetSet)
{
	zval *key, *value;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_ZVAL(key)
	Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	if (Z_TYPE_P(key) != IS_NULL) {
		set_key(ZEND_THIS, key, value);
		return;
	}
	HashTable *ht = writable(ZEND_THIS);
	if (ht) {
		Z_TRY_ADDREF_P(value);
		if (!zend_hash_next_index_insert(ht, value)) {
			zval_ptr_dtor(value);
			zend_throw_error(NULL, "Cannot add element to the array as the next element is "
			                       "already occupied");
		}
	}
}

ZEND_METHOD(WServer_ArrayObject, offsetUnset)
{
	zval *key;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(key)
	ZEND_PARSE_PARAMETERS_END();
	delete_key(ZEND_THIS, key);
}

/* isset($object[$key]): there, and not null */
ZEND_METHOD(WServer_ArrayObject, offsetExists)
{
	zval *key;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(key)
	ZEND_PARSE_PARAMETERS_END();
	zval *v = lookup(ZEND_THIS, key);
	RETURN_BOOL(v && Z_TYPE_P(v) != IS_NULL);
}

ZEND_METHOD(WServer_ArrayObject, exists)
{
	zval *key;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(key)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(lookup(ZEND_THIS, key) != NULL);
}

/* contains(), indexOf(), lastIndexOf(): where value is */
static void find_value(INTERNAL_FUNCTION_PARAMETERS, bool reverse, zval *none)
{
	zval *value;
	bool strict = true;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ZVAL(value)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(strict)
	ZEND_PARSE_PARAMETERS_END();
	zval *slot = array_slot(ZEND_THIS);
	if (slot && !search(Z_ARRVAL_P(slot), value, strict, reverse, return_value)) {
		RETVAL_COPY_VALUE(none);
	}
}

ZEND_METHOD(WServer_ArrayObject, contains)
{
	zval none;
	ZVAL_FALSE(&none);
	find_value(INTERNAL_FUNCTION_PARAM_PASSTHRU, false, &none);
	if (Z_TYPE_P(return_value) != IS_FALSE && !EG(exception)) {
		zval_ptr_dtor(return_value);
		RETVAL_TRUE;
	}
}

ZEND_METHOD(WServer_ArrayObject, indexOf)
{
	zval none;
	ZVAL_FALSE(&none);
	find_value(INTERNAL_FUNCTION_PARAM_PASSTHRU, false, &none);
}

ZEND_METHOD(WServer_ArrayObject, lastIndexOf)
{
	zval none;
	ZVAL_NULL(&none);
	find_value(INTERNAL_FUNCTION_PARAM_PASSTHRU, true, &none);
}

ZEND_METHOD(WServer_ArrayObject, join)
{
	zval result;
	zend_string *s = ZSTR_EMPTY_ALLOC();
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR(s)
	ZEND_PARSE_PARAMETERS_END();
	zval *slot = array_slot(ZEND_THIS);
	if (!slot) {
		RETURN_THROWS();
	}
	zval params[2];
	ZVAL_STR(&params[0], s);
	ZVAL_COPY_VALUE(&params[1], slot);
	if (wserver_call_php("implode", &result, 2, params)) {
		wserver_new_object(wserver_string_object_ce, &result, return_value);
	}
	zval_ptr_dtor(&result);
}

ZEND_METHOD(WServer_ArrayObject, serialize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	value_from_call(execute_data, return_value, "serialize", 0, NULL);
}

/* As Swoole's: what the string unserializes to, cast to an array. */
ZEND_METHOD(WServer_ArrayObject, unserialize)
{
	zval param, result;
	zend_object *obj = NULL;
	zend_string *str = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJ_OF_CLASS_OR_STR(obj, zend_ce_stringable, str)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *s =
	    obj ? zval_try_get_string(ZEND_CALL_ARG(execute_data, 1)) : zend_string_copy(str);
	if (!s) {
		RETURN_THROWS();
	}
	ZVAL_STR(&param, s);
	if (wserver_call_php("unserialize", &result, 1, &param)) {
		convert_to_array(&result);
		set_array(ZEND_THIS, &result);
		RETVAL_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
	}
	zval_ptr_dtor(&result);
	zend_string_release(s);
}

ZEND_METHOD(WServer_ArrayObject, sum)
{
	ZEND_PARSE_PARAMETERS_NONE();
	value_from_call(execute_data, return_value, "array_sum", 0, NULL);
}

ZEND_METHOD(WServer_ArrayObject, product)
{
	ZEND_PARSE_PARAMETERS_NONE();
	value_from_call(execute_data, return_value, "array_product", 0, NULL);
}

ZEND_METHOD(WServer_ArrayObject, pushBack)
{
	zval *value;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	take_by_call(execute_data, return_value, "array_push", 1, value);
}

ZEND_METHOD(WServer_ArrayObject, pushFront)
{
	zval *value;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	take_by_call(execute_data, return_value, "array_unshift", 1, value);
}

ZEND_METHOD(WServer_ArrayObject, append)
{
	zval *values = NULL;
	uint32_t n = 0;
	ZEND_PARSE_PARAMETERS_START(0, -1)
	Z_PARAM_VARIADIC('*', values, n)
	ZEND_PARSE_PARAMETERS_END();
	change_by_call(execute_data, return_value, "array_push", n, values);
}

/* value goes in at offset as one entry, whatever its type */
ZEND_METHOD(WServer_ArrayObject, insert)
{
	zend_long offset;
	zval *value, args[3];
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_LONG(offset)
	Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_LONG(&args[0], offset);
	ZVAL_LONG(&args[1], 0);
	array_init_size(&args[2], 1);
	Z_TRY_ADDREF_P(value);
	zend_hash_next_index_insert(Z_ARRVAL(args[2]), value);
	change_by_call(execute_data, return_value, "array_splice", 3, args);
	zval_ptr_dtor(&args[2]);
}

ZEND_METHOD(WServer_ArrayObject, popFront)
{
	ZEND_PARSE_PARAMETERS_NONE();
	take_by_call(execute_data, return_value, "array_shift", 0, NULL);
}

ZEND_METHOD(WServer_ArrayObject, popBack)
{
	ZEND_PARSE_PARAMETERS_NONE();
	take_by_call(execute_data, return_value, "array_pop", 0, NULL);
}

ZEND_METHOD(WServer_ArrayObject, slice)
{
	zval args[3];
	zend_long offset, length = 0;
	bool length_null = true, preserve_keys = false;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_LONG(offset)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG_OR_NULL(length, length_null)
	Z_PARAM_BOOL(preserve_keys)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_LONG(&args[0], offset);
	ZVAL_LONG(&args[1], length); /* a value set in full, even when null */
	if (length_null) {
		ZVAL_NULL(&args[1]);
	}
	ZVAL_BOOL(&args[2], preserve_keys);
	new_from_call(execute_data, return_value, "array_slice", 3, args);
}

ZEND_METHOD(WServer_ArrayObject, randomGet)
{
	zval key;
	ZEND_PARSE_PARAMETERS_NONE();
	if (call_on_array(ZEND_THIS, "array_rand", &key, 0, NULL)) {
		zval *v = lookup(ZEND_THIS, &key);
		if (v) {
			detect_type(ZEND_THIS, v, return_value);
		}
	}
	zval_ptr_dtor(&key);
}

ZEND_METHOD(WServer_ArrayObject, each)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_FUNC(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();
	change_by_call(execute_data, return_value, "array_walk", 1, &fci.function_name);
}

/* array_map() takes the callback first */
ZEND_METHOD(WServer_ArrayObject, map)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	zval *more = NULL, result;
	uint32_t n = 0;
	ZEND_PARSE_PARAMETERS_START(1, -1)
	Z_PARAM_FUNC(fci, fcc)
	Z_PARAM_VARIADIC('*', more, n)
	ZEND_PARSE_PARAMETERS_END();
	for (uint32_t i = 0; i < n; i++) {
		if (Z_TYPE(more[i]) != IS_ARRAY) {
			zend_argument_type_error(i + 2, "must be of type array, %s given",
			                         zend_zval_type_name(&more[i]));
			RETURN_THROWS();
		}
	}
	zval *slot = array_slot(ZEND_THIS);
	if (!slot) {
		RETURN_THROWS();
	}
	zval *params = safe_emalloc(n + 2, sizeof(zval), 0);
	ZVAL_COPY_VALUE(&params[0], &fci.function_name);
	ZVAL_COPY_VALUE(&params[1], slot);
	memcpy(&params[2], more, n * sizeof(zval));
	if (wserver_call_php("array_map", &result, n + 2, params)) {
		wserver_new_object(Z_OBJCE_P(ZEND_THIS), &result, return_value);
	}
	zval_ptr_dtor(&result);
	efree(params);
}

ZEND_METHOD(WServer_ArrayObject, reduce)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	zval args[2];
	ZVAL_NULL(&args[1]);
	zval *initial = &args[1];
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_FUNC(fci, fcc)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL(initial)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_COPY_VALUE(&args[0], &fci.function_name);
	ZVAL_COPY_VALUE(&args[1], initial);
	value_from_call(execute_data, return_value, "array_reduce", 2, args);
}

ZEND_METHOD(WServer_ArrayObject, keys)
{
	zval *args = NULL;
	uint32_t n = 0;
	ZEND_PARSE_PARAMETERS_START(0, -1)
	Z_PARAM_VARIADIC('*', args, n)
	ZEND_PARSE_PARAMETERS_END();
	new_from_call(execute_data, return_value, "array_keys", n, args);
}

ZEND_METHOD(WServer_ArrayObject, values)
{
	ZEND_PARSE_PARAMETERS_NONE();
	new_from_call(execute_data, return_value, "array_values", 0, NULL);
}

ZEND_METHOD(WServer_ArrayObject, flip)
{
	ZEND_PARSE_PARAMETERS_NONE();
	new_from_call(execute_data, return_value, "array_flip", 0, NULL);
}

ZEND_METHOD(WServer_ArrayObject, column)
{
	zval args[2];
	ZVAL_NULL(&args[1]);
	zval *column, *index = &args[1];
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ZVAL(column)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL(index)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_COPY_VALUE(&args[0], column);
	ZVAL_COPY_VALUE(&args[1], index);
	new_from_call(execute_data, return_value, "array_column", 2, args);
}

ZEND_METHOD(WServer_ArrayObject, unique)
{
	zval arg;
	zend_long flags = PHP_SORT_STRING;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_LONG(&arg, flags);
	new_from_call(execute_data, return_value, "array_unique", 1, &arg);
}

ZEND_METHOD(WServer_ArrayObject, reverse)
{
	zval arg;
	bool preserve_keys = false;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(preserve_keys)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_BOOL(&arg, preserve_keys);
	new_from_call(execute_data, return_value, "array_reverse", 1, &arg);
}

ZEND_METHOD(WServer_ArrayObject, chunk)
{
	zval args[2];
	zend_long size;
	bool preserve_keys = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_LONG(size)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(preserve_keys)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_LONG(&args[0], size);
	ZVAL_BOOL(&args[1], preserve_keys);
	new_from_call(execute_data, return_value, "array_chunk", 2, args);
}

ZEND_METHOD(WServer_ArrayObject, filter)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	zval args[2];
	zend_long flag = 0;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_FUNC(fci, fcc)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(flag)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_COPY_VALUE(&args[0], &fci.function_name);
	ZVAL_LONG(&args[1], flag);
	new_from_call(execute_data, return_value, "array_filter", 2, args);
}

/* sort() and kin with their flags; return $this */
#define SORT_WITH_FLAGS(method, fn)                                                                \
	ZEND_METHOD(WServer_ArrayObject, method)                                                       \
	{                                                                                              \
		zval arg;                                                                                  \
		zend_long flags = PHP_SORT_REGULAR;                                                        \
		ZEND_PARSE_PARAMETERS_START(0, 1)                                                          \
		Z_PARAM_OPTIONAL                                                                           \
		Z_PARAM_LONG(flags)                                                                        \
		ZEND_PARSE_PARAMETERS_END();                                                               \
		ZVAL_LONG(&arg, flags);                                                                    \
		change_by_call(execute_data, return_value, fn, 1, &arg);                                   \
	}

SORT_WITH_FLAGS(asort, "asort")
SORT_WITH_FLAGS(arsort, "arsort")
SORT_WITH_FLAGS(krsort, "krsort")
SORT_WITH_FLAGS(ksort, "ksort")
SORT_WITH_FLAGS(rsort, "rsort")
SORT_WITH_FLAGS(sort, "sort")

#define SORT_PLAIN(method, fn)                                                                     \
	ZEND_METHOD(WServer_ArrayObject, method)                                                       \
	{                                                                                              \
		ZEND_PARSE_PARAMETERS_NONE();                                                              \
		change_by_call(execute_data, return_value, fn, 0, NULL);                                   \
	}

SORT_PLAIN(natcasesort, "natcasesort")
SORT_PLAIN(natsort, "natsort")
SORT_PLAIN(shuffle, "shuffle")

#define SORT_BY_CALLBACK(method, fn)                                                               \
	ZEND_METHOD(WServer_ArrayObject, method)                                                       \
	{                                                                                              \
		zend_fcall_info fci;                                                                       \
		zend_fcall_info_cache fcc;                                                                 \
		ZEND_PARSE_PARAMETERS_START(1, 1)                                                          \
		Z_PARAM_FUNC(fci, fcc)                                                                     \
		ZEND_PARSE_PARAMETERS_END();                                                               \
		change_by_call(execute_data, return_value, fn, 1, &fci.function_name);                     \
	}

SORT_BY_CALLBACK(uasort, "uasort")
SORT_BY_CALLBACK(uksort, "uksort")
SORT_BY_CALLBACK(usort, "usort")

ZEND_METHOD(WServer_ArrayObject, detectType)
{
	zval *value;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	zend_class_entry *scope = zend_get_called_scope(execute_data);
	if (Z_TYPE_P(value) == IS_STRING) {
		zend_call_method_with_1_params(NULL, scope, NULL, "detectstringtype", return_value, value);
	} else if (Z_TYPE_P(value) == IS_ARRAY) {
		zend_call_method_with_1_params(NULL, scope, NULL, "detectarraytype", return_value, value);
	} else {
		RETURN_COPY(value);
	}
}

ZEND_METHOD(WServer_ArrayObject, detectStringType)
{
	zval arg;
	zend_string *s;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(s)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_STR(&arg, s);
	wserver_new_object(wserver_string_object_ce, &arg, return_value);
}

ZEND_METHOD(WServer_ArrayObject, detectArrayType)
{
	zval *array;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY(array)
	ZEND_PARSE_PARAMETERS_END();
	wserver_new_object(zend_get_called_scope(execute_data), array, return_value);
}

ZEND_FUNCTION(WServer_array_object)
{
	zval empty, *array = &empty;
	ZVAL_EMPTY_ARRAY(&empty);
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_ARRAY(array)
	ZEND_PARSE_PARAMETERS_END();
	wserver_new_object(wserver_array_object_ce, array, return_value);
}

ZEND_FUNCTION(WServer_array_list)
{
	zval *values = NULL, list;
	uint32_t n = 0;
	ZEND_PARSE_PARAMETERS_START(0, -1)
	Z_PARAM_VARIADIC('*', values, n)
	ZEND_PARSE_PARAMETERS_END();
	array_init_size(&list, n);
	for (uint32_t i = 0; i < n; i++) {
		Z_TRY_ADDREF(values[i]);
		zend_hash_next_index_insert(Z_ARRVAL(list), &values[i]);
	}
	wserver_new_object(wserver_array_object_ce, &list, return_value);
	zval_ptr_dtor(&list);
}

ZEND_FUNCTION(WServer_array_default_value)
{
	zval *array, *key, *def = NULL;
	array_key k;
	ZEND_PARSE_PARAMETERS_START(2, 3)
	Z_PARAM_ARRAY(array)
	Z_PARAM_ZVAL(key)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL(def)
	ZEND_PARSE_PARAMETERS_END();
	if (!key_of(key, &k)) {
		RETURN_THROWS();
	}
	zval *v = find(Z_ARRVAL_P(array), &k);
	if (v) {
		RETURN_COPY(v);
	}
	if (def) {
		RETURN_COPY(def);
	}
}

void wserver_array_object_minit(void)
{
	key_not_exists_ce = register_class_WServer_Exception_ArrayKeyNotExists(spl_ce_RuntimeException);
	wserver_array_object_ce = register_class_WServer_ArrayObject(
	    zend_ce_arrayaccess, zend_ce_serializable, zend_ce_countable, zend_ce_iterator);
	zend_register_functions(NULL, ext_functions, NULL, MODULE_PERSISTENT);
}
