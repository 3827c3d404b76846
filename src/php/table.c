/* WServer\Table: the PHP face of src/core/shm_table.c. PHP values are converted (which may
 * run user code: __toString, an error handler) before the core takes a row lock, and rows are
 * copied out under the lock and turned into PHP values after it, so no PHP code and no
 * allocation that can bail out ever runs while a row is locked. */
#include "table.h"
#include "aliases.h"
#include "errors.h"
#include "core/shm_table.h"

#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/standard/php_array.h" /* PHP_COUNT_NORMAL, PHP_COUNT_RECURSIVE */

#include "stubs/table_arginfo.h"

static zend_class_entry *table_ce;
static zend_object_handlers table_handlers;

typedef struct {
	ws_table *t;            /* owned; NULL before the constructor and after destroy() */
	zend_string **names;    /* the columns' names, as array keys (owned) */
	uint32_t converting;    /* > 0 while PHP values are converted: destroy() must wait */
	ws_table_cursor cursor; /* where foreach is */
	zend_string *cur_key;   /* the row foreach is on; NULL past the end */
	zval cur_row;
	zend_object std;
} wserver_table_obj;

#define PROP_SIZE        0
#define PROP_MEMORY_SIZE 1
#define SMALL_ROW        512 /* rows up to this size are copied to the C stack */

static inline wserver_table_obj *table_from_obj(zend_object *obj)
{
	return (wserver_table_obj *) ((char *) obj - XtOffsetOf(wserver_table_obj, std));
}
#define Z_WSERVER_TABLE_P(zv) table_from_obj(Z_OBJ_P(zv))

static zend_object *table_create(zend_class_entry *ce)
{
	wserver_table_obj *o = zend_object_alloc(sizeof(*o), ce);
	zend_object_std_init(&o->std, ce);
	object_properties_init(&o->std, ce);
	o->std.handlers = &table_handlers;
	ZVAL_UNDEF(&o->cur_row);
	return &o->std;
}

static void cursor_clear(wserver_table_obj *o)
{
	if (o->cur_key) {
		zend_string_release(o->cur_key);
		o->cur_key = NULL;
	}
	zval_ptr_dtor(&o->cur_row);
	ZVAL_UNDEF(&o->cur_row);
}

static void table_release(wserver_table_obj *o)
{
	if (!o->t) {
		return;
	}
	for (uint32_t i = 0; i < ws_table_ncolumns(o->t); i++) {
		zend_string_release(o->names[i]);
	}
	efree(o->names);
	o->names = NULL;
	ws_table_free(o->t);
	o->t = NULL;
}

static void table_free(zend_object *obj)
{
	wserver_table_obj *o = table_from_obj(obj);
	cursor_clear(o);
	table_release(o); /* unmaps here only: other processes keep the rows */
	zend_object_std_dtor(obj);
}

/* The object's table, or NULL after throwing. ready: it must also be created (and not
 * destroyed by any process). */
static ws_table *table_of(zval *this, bool ready)
{
	ws_table *t = Z_WSERVER_TABLE_P(this)->t;
	if (!t) {
		zend_throw_error(NULL, "%s: must call constructor first",
		                 wserver_aliases_class_name(table_ce));
		return NULL;
	}
	if (ready && !ws_table_ready(t)) {
		zend_throw_error(NULL, "%s: the table is not created or has been destroyed",
		                 wserver_aliases_class_name(table_ce));
		return NULL;
	}
	return t;
}

static bool key_ok(size_t len)
{
	if (len == 0) {
		wserver_aliases_warning(table_ce, "key must not be empty");
		return false;
	}
	if (len > WS_TABLE_KEY_MAX) {
		wserver_aliases_warning(table_ce, "key length exceeds the limit of %d bytes",
		                        WS_TABLE_KEY_MAX);
		return false;
	}
	return true;
}

/* The value of column c stored at p. */
static void value_to_zval(const ws_table_column *c, const char *p, zval *zv)
{
	if (c->type == WS_TABLE_INT) {
		int64_t v;
		memcpy(&v, p, sizeof(v));
		ZVAL_LONG(zv, (zend_long) v);
	} else if (c->type == WS_TABLE_FLOAT) {
		double v;
		memcpy(&v, p, sizeof(v));
		ZVAL_DOUBLE(zv, v);
	} else {
		uint32_t len;
		memcpy(&len, p, sizeof(len));
		ZVAL_STRINGL(zv, p + sizeof(len), len);
	}
}

static void row_to_array(wserver_table_obj *o, const char *data, zval *arr)
{
	uint32_t n = ws_table_ncolumns(o->t);
	array_init_size(arr, n);
	for (uint32_t i = 0; i < n; i++) {
		zval v;
		const ws_table_column *c = ws_table_column_at(o->t, i);
		value_to_zval(c, data + c->offset, &v);
		zend_hash_add_new(Z_ARRVAL_P(arr), o->names[i], &v);
	}
}

/* Converted values of a PHP array, ready for the core: strings are held until release. */
typedef struct {
	ws_table_value *v;
	zend_string **held;
	size_t n;
} values;

static void values_release(values *vs)
{
	for (size_t i = 0; i < vs->n; i++) {
		if (vs->held[i]) {
			zend_string_release(vs->held[i]);
		}
	}
	efree(vs->v);
	efree(vs->held);
	vs->v = NULL;
	vs->held = NULL;
	vs->n = 0;
}

/* Convert ht's entries naming columns (others are skipped, as Swoole does). expected: every
 * entry must name a column and there must be one at least (a compare of nothing would always
 * succeed), and strings are not cut to the column (so a longer one never matches). false after
 * a warning or an exception; vs is then empty. */
static bool values_from_array(wserver_table_obj *o, HashTable *ht, const char *key, bool expected,
                              values *vs)
{
	ws_table *t = o->t;
	zend_string *name;
	zval *zv;
	vs->n = 0;
	vs->v = NULL;
	vs->held = NULL;
	if (expected) {
		if (zend_hash_num_elements(ht) == 0) {
			wserver_aliases_warning(table_ce, "expected values must not be empty");
			return false;
		}
		ZEND_HASH_FOREACH_STR_KEY(ht, name) {
			if (!name) {
				wserver_aliases_warning(table_ce, "expected values must use column names");
				return false;
			}
			if (!ws_table_column_find(t, ZSTR_VAL(name), ZSTR_LEN(name))) {
				wserver_aliases_warning(table_ce, "column[%s] does not exist", ZSTR_VAL(name));
				return false;
			}
		}
		ZEND_HASH_FOREACH_END();
	}
	size_t max = MIN(zend_hash_num_elements(ht), ws_table_ncolumns(t));
	vs->v = ecalloc(max ? max : 1, sizeof(*vs->v));
	vs->held = ecalloc(max ? max : 1, sizeof(*vs->held));
	o->converting++;
	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, name, zv) {
		const ws_table_column *c =
		    name ? ws_table_column_find(t, ZSTR_VAL(name), ZSTR_LEN(name)) : NULL;
		if (!c) {
			continue;
		}
		ws_table_value *v = &vs->v[vs->n];
		v->col = c;
		if (c->type == WS_TABLE_STRING) {
			zend_string *s = zval_get_string(zv);
			vs->held[vs->n] = s;
			v->s = ZSTR_VAL(s);
			v->len = ZSTR_LEN(s);
			if (!expected && v->len > WS_TABLE_STRING_CAPACITY(c) && wserver_aliases_swoole()) {
				/* Swoole logs it, in its words */
				wserver_swoole_log(
				    WSERVER_LOG_WARNING, 0,
				    "table_marshal_values(): [key=%s,field=%s]string value is too long", key,
				    c->name);
				v->len = WS_TABLE_STRING_CAPACITY(c);
			} else if (!expected && v->len > WS_TABLE_STRING_CAPACITY(c)) {
				wserver_aliases_warning(table_ce,
				                        "[key=%s,field=%s]string value is too long: %zu bytes, the "
				                        "column holds %u; cut to its size",
				                        key, c->name, v->len, WS_TABLE_STRING_CAPACITY(c));
				v->len = WS_TABLE_STRING_CAPACITY(c);
			}
		} else if (c->type == WS_TABLE_FLOAT) {
			v->d = zval_get_double(zv);
		} else {
			v->i = zval_get_long(zv);
		}
		vs->n++;
		if (EG(exception) || vs->n == max) {
			break;
		}
	}
	ZEND_HASH_FOREACH_END();
	o->converting--;
	if (EG(exception)) {
		values_release(vs);
		return false;
	}
	return true;
}

ZEND_METHOD(WServer_Table, __construct)
{
	zend_long size;
	double conflict_proportion = 0.2;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_LONG(size)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(conflict_proportion)
	ZEND_PARSE_PARAMETERS_END();
	wserver_table_obj *o = Z_WSERVER_TABLE_P(ZEND_THIS);
	/* checked after parsing, which may have run an error handler that constructed it */
	if (o->t) {
		zend_throw_error(NULL, "Constructor of %s can only be called once",
		                 wserver_aliases_class_name(table_ce));
		RETURN_THROWS();
	}
	if (size < 0) {
		zend_argument_value_error(1, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	o->t = ws_table_new((uint64_t) size, conflict_proportion);
	if (!o->t) {
		zend_throw_error(NULL, "WServer\\Table: out of memory");
		RETURN_THROWS();
	}
	o->names = emalloc(sizeof(zend_string *));
}

ZEND_METHOD(WServer_Table, column)
{
	zend_string *name;
	zend_long type, size = 0;
	ZEND_PARSE_PARAMETERS_START(2, 3)
	Z_PARAM_STR(name)
	Z_PARAM_LONG(type)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(size)
	ZEND_PARSE_PARAMETERS_END();
	wserver_table_obj *o = Z_WSERVER_TABLE_P(ZEND_THIS);
	ws_table *t = table_of(ZEND_THIS, false);
	if (!t) {
		RETURN_THROWS();
	}
	if (type == WS_TABLE_STRING && size < 1) {
		wserver_aliases_warning(table_ce,
		                        "the length of string type values has to be more than zero");
		RETURN_FALSE;
	}
	if (ws_table_add_column(t, ZSTR_VAL(name), ZSTR_LEN(name), (ws_table_type) type,
	                        type == WS_TABLE_STRING ? (uint64_t) size : 0) != 0) {
		if (errno == EBUSY) {
			wserver_aliases_warning(table_ce, "unable to add column after table has been created");
		} else if (errno == EEXIST && wserver_aliases_swoole()) {
			wserver_swoole_log(WSERVER_LOG_WARNING, 0,
			                   "Table::add_column(): column[%s] already exists", ZSTR_VAL(name));
		} else if (errno == EEXIST) {
			wserver_aliases_warning(table_ce, "column[%s] already exists", ZSTR_VAL(name));
		} else if (errno == EINVAL) {
			wserver_aliases_warning(
			    table_ce,
			    "unknown column type " ZEND_LONG_FMT
			    " for column[%s]: use Table::TYPE_INT, TYPE_FLOAT or TYPE_STRING",
			    type, ZSTR_VAL(name));
		} else if (errno == EFBIG) {
			wserver_aliases_warning(table_ce, "column[%s] size is too large", ZSTR_VAL(name));
		} else {
			wserver_aliases_warning(table_ce, "column[%s]: %s", ZSTR_VAL(name), strerror(errno));
		}
		RETURN_FALSE;
	}
	uint32_t n = ws_table_ncolumns(t);
	o->names = erealloc(o->names, n * sizeof(zend_string *));
	o->names[n - 1] = zend_string_copy(name);
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Table, create)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ws_table *t = table_of(ZEND_THIS, false);
	if (!t) {
		RETURN_THROWS();
	}
	if (ws_table_create(t) != 0) {
		if (errno == EBUSY) {
			wserver_aliases_warning(table_ce, "the table is created already");
			RETURN_FALSE;
		}
		zend_throw_error(NULL, "WServer\\Table::create(): unable to map the shared memory: %s",
		                 strerror(errno));
		RETURN_THROWS();
	}
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	ZVAL_LONG(OBJ_PROP_NUM(obj, PROP_SIZE), (zend_long) ws_table_size(t));
	ZVAL_LONG(OBJ_PROP_NUM(obj, PROP_MEMORY_SIZE), (zend_long) ws_table_memory_size(t));
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Table, destroy)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_table_obj *o = Z_WSERVER_TABLE_P(ZEND_THIS);
	if (o->converting) {
		zend_throw_error(NULL, "Cannot destroy %s during value conversion",
		                 wserver_aliases_class_name(table_ce));
		RETURN_THROWS();
	}
	ws_table *t = table_of(ZEND_THIS, true);
	if (!t) {
		RETURN_THROWS();
	}
	cursor_clear(o);
	ws_table_destroy(t);
	table_release(o);
	RETURN_TRUE;
}

/* Warn about row locks this process took over from a dead process during the last call. */
static void report_recovered(ws_table *t)
{
	uint32_t n = ws_table_take_recovered(t);
	if (n) {
		wserver_aliases_warning(
		    table_ce,
		    "a process died holding a lock of this table; %u lock(s) taken over "
		    "(the rows it was writing may be half written)",
		    n);
	}
}

/* The start of a call on one row given as an array: the created table, the key checked, the
 * array made values. false after throwing or after a warning (the call then returns false). */
static bool row_values(zval *this_zv, zend_string *key, HashTable *ht, bool expected, ws_table **t,
                       values *vs)
{
	*t = table_of(this_zv, true);
	return *t && key_ok(ZSTR_LEN(key)) &&
	       values_from_array(Z_WSERVER_TABLE_P(this_zv), ht, ZSTR_VAL(key), expected, vs);
}

/* A call that row_values() refused: false, or the exception it threw. */
#define RETURN_REFUSED()                                                                           \
	do {                                                                                           \
		if (EG(exception)) {                                                                       \
			RETURN_THROWS();                                                                       \
		}                                                                                          \
		RETURN_FALSE;                                                                              \
	} while (0)

static void write_values(INTERNAL_FUNCTION_PARAMETERS, ws_table_write_mode mode, const char *op)
{
	zend_string *key;
	HashTable *ht;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(key)
	Z_PARAM_ARRAY_HT(ht)
	ZEND_PARSE_PARAMETERS_END();
	ws_table *t;
	values vs;
	if (!row_values(ZEND_THIS, key, ht, false, &t, &vs)) {
		RETURN_REFUSED();
	}
	ws_table_result r = ws_table_write(t, ZSTR_VAL(key), ZSTR_LEN(key), mode, vs.v, vs.n);
	values_release(&vs);
	report_recovered(t);
	if (r == WS_TABLE_FULL) {
		ws_table_stats s;
		ws_table_get_stats(t, &s);
		wserver_aliases_warning(
		    table_ce,
		    "failed to %s('%s'): the table is full (its bucket is taken and all "
		    "%u spare rows are in use; %" PRIu64 " rows in a table of size %" PRIu64 ")",
		    op, ZSTR_VAL(key), s.total_slice_num, s.num, ws_table_size(t));
	}
	RETURN_BOOL(r == WS_TABLE_OK);
}

ZEND_METHOD(WServer_Table, set)
{
	write_values(INTERNAL_FUNCTION_PARAM_PASSTHRU, WS_TABLE_SET, "set");
}

ZEND_METHOD(WServer_Table, add)
{
	write_values(INTERNAL_FUNCTION_PARAM_PASSTHRU, WS_TABLE_ADD, "add");
}

ZEND_METHOD(WServer_Table, update)
{
	write_values(INTERNAL_FUNCTION_PARAM_PASSTHRU, WS_TABLE_UPDATE, "update");
}

ZEND_METHOD(WServer_Table, cmpset)
{
	zend_string *key;
	HashTable *expected_ht, *values_ht;
	ZEND_PARSE_PARAMETERS_START(3, 3)
	Z_PARAM_STR(key)
	Z_PARAM_ARRAY_HT(expected_ht)
	Z_PARAM_ARRAY_HT(values_ht)
	ZEND_PARSE_PARAMETERS_END();
	ws_table *t;
	values expected, vs;
	if (!row_values(ZEND_THIS, key, expected_ht, true, &t, &expected)) {
		RETURN_REFUSED();
	}
	if (!values_from_array(Z_WSERVER_TABLE_P(ZEND_THIS), values_ht, ZSTR_VAL(key), false, &vs)) {
		values_release(&expected);
		RETURN_REFUSED();
	}
	ws_table_result r =
	    ws_table_cmpset(t, ZSTR_VAL(key), ZSTR_LEN(key), expected.v, expected.n, vs.v, vs.n);
	values_release(&expected);
	values_release(&vs);
	report_recovered(t);
	RETURN_BOOL(r == WS_TABLE_OK);
}

/* get() and getdel(): a row (or one field of it) copied out, deleted too when del. */
static void read_row(INTERNAL_FUNCTION_PARAMETERS, bool del)
{
	zend_string *key, *field = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(key)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR_OR_NULL(field)
	ZEND_PARSE_PARAMETERS_END();
	wserver_table_obj *o = Z_WSERVER_TABLE_P(ZEND_THIS);
	ws_table *t = table_of(ZEND_THIS, true);
	if (!t) {
		RETURN_THROWS();
	}
	if (!key_ok(ZSTR_LEN(key))) {
		RETURN_FALSE;
	}
	const ws_table_column *c = NULL;
	if (field && !(c = ws_table_column_find(t, ZSTR_VAL(field), ZSTR_LEN(field)))) {
		RETURN_FALSE;
	}
	size_t offset = c ? c->offset : 0;
	size_t len = c ? c->size : ws_table_data_size(t);
	char small[SMALL_ROW];
	/* allocated before the lock: a failure here bails out with no lock held */
	char *buf = len <= sizeof(small) ? small : emalloc(len);
	ws_table_result r =
	    del ? ws_table_delete(t, ZSTR_VAL(key), ZSTR_LEN(key), NULL, 0, offset, len, buf)
	        : ws_table_read(t, ZSTR_VAL(key), ZSTR_LEN(key), offset, len, buf);
	report_recovered(t);
	if (r != WS_TABLE_OK) {
		RETVAL_FALSE;
	} else if (c) {
		value_to_zval(c, buf, return_value);
	} else {
		row_to_array(o, buf, return_value);
	}
	if (buf != small) {
		efree(buf);
	}
}

ZEND_METHOD(WServer_Table, get)
{
	read_row(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(WServer_Table, getdel)
{
	read_row(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(WServer_Table, exists)
{
	zend_string *key;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(key)
	ZEND_PARSE_PARAMETERS_END();
	ws_table *t = table_of(ZEND_THIS, true);
	if (!t) {
		RETURN_THROWS();
	}
	if (!key_ok(ZSTR_LEN(key))) {
		RETURN_FALSE;
	}
	ws_table_result r = ws_table_read(t, ZSTR_VAL(key), ZSTR_LEN(key), 0, 0, NULL);
	report_recovered(t);
	RETURN_BOOL(r == WS_TABLE_OK);
}

ZEND_METHOD(WServer_Table, del)
{
	zend_string *key;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(key)
	ZEND_PARSE_PARAMETERS_END();
	ws_table *t = table_of(ZEND_THIS, true);
	if (!t) {
		RETURN_THROWS();
	}
	if (!key_ok(ZSTR_LEN(key))) {
		RETURN_FALSE;
	}
	ws_table_result r = ws_table_delete(t, ZSTR_VAL(key), ZSTR_LEN(key), NULL, 0, 0, 0, NULL);
	report_recovered(t);
	RETURN_BOOL(r == WS_TABLE_OK);
}

ZEND_METHOD(WServer_Table, cmpdel)
{
	zend_string *key;
	HashTable *expected_ht;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(key)
	Z_PARAM_ARRAY_HT(expected_ht)
	ZEND_PARSE_PARAMETERS_END();
	ws_table *t;
	values expected;
	if (!row_values(ZEND_THIS, key, expected_ht, true, &t, &expected)) {
		RETURN_REFUSED();
	}
	ws_table_result r =
	    ws_table_delete(t, ZSTR_VAL(key), ZSTR_LEN(key), expected.v, expected.n, 0, 0, NULL);
	values_release(&expected);
	report_recovered(t);
	RETURN_BOOL(r == WS_TABLE_OK);
}

static void add_to_column(INTERNAL_FUNCTION_PARAMETERS, int sign, const char *op)
{
	zend_string *key, *column;
	zval *by = NULL;
	ZEND_PARSE_PARAMETERS_START(2, 3)
	Z_PARAM_STR(key)
	Z_PARAM_STR(column)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL(by) /* any value, converted as Swoole does (a warning for an object) */
	ZEND_PARSE_PARAMETERS_END();
	wserver_table_obj *o = Z_WSERVER_TABLE_P(ZEND_THIS);
	ws_table *t = table_of(ZEND_THIS, true);
	if (!t) {
		RETURN_THROWS();
	}
	if (!key_ok(ZSTR_LEN(key))) {
		RETURN_FALSE;
	}
	const ws_table_column *c = ws_table_column_find(t, ZSTR_VAL(column), ZSTR_LEN(column));
	if (!c) {
		wserver_aliases_warning(table_ce, "column[%s] does not exist", ZSTR_VAL(column));
		RETURN_FALSE;
	}
	if (c->type == WS_TABLE_STRING) {
		wserver_aliases_warning(table_ce, "can't execute '%s' on a string type column", op);
		RETURN_FALSE;
	}
	ws_table_value v = {.col = c, .i = 1, .d = 1};
	if (by) {
		/* may run an error handler: the table must outlive it */
		o->converting++;
		if (c->type == WS_TABLE_FLOAT) {
			v.d = zval_get_double(by);
		} else {
			v.i = zval_get_long(by);
		}
		o->converting--;
		if (EG(exception)) {
			RETURN_THROWS();
		}
	}
	v.i = (int64_t) ((uint64_t) v.i * (uint64_t) (int64_t) sign);
	v.d *= sign;
	ws_table_value sum;
	ws_table_result r = ws_table_incr(t, ZSTR_VAL(key), ZSTR_LEN(key), c, &v, &sum);
	report_recovered(t);
	if (r == WS_TABLE_FULL) {
		wserver_aliases_warning(table_ce,
		                        "failed to %s('%s'): the table is full (its bucket is taken and no "
		                        "spare row is left)",
		                        op, ZSTR_VAL(key));
		RETURN_FALSE;
	}
	if (c->type == WS_TABLE_FLOAT) {
		RETURN_DOUBLE(sum.d);
	}
	RETURN_LONG((zend_long) sum.i);
}

ZEND_METHOD(WServer_Table, incr)
{
	add_to_column(INTERNAL_FUNCTION_PARAM_PASSTHRU, 1, "incr");
}

ZEND_METHOD(WServer_Table, decr)
{
	add_to_column(INTERNAL_FUNCTION_PARAM_PASSTHRU, -1, "decr");
}

ZEND_METHOD(WServer_Table, count)
{
	zend_long mode = PHP_COUNT_NORMAL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(mode)
	ZEND_PARSE_PARAMETERS_END();
	ws_table *t = Z_WSERVER_TABLE_P(ZEND_THIS)->t;
	if (!t) {
		RETURN_LONG(0);
	}
	zend_long n = (zend_long) ws_table_count(t);
	RETURN_LONG(mode == PHP_COUNT_RECURSIVE ? n * (zend_long) ws_table_ncolumns(t) : n);
}

ZEND_METHOD(WServer_Table, getSize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ws_table *t = Z_WSERVER_TABLE_P(ZEND_THIS)->t;
	RETURN_LONG(t ? (zend_long) ws_table_size(t) : 0);
}

ZEND_METHOD(WServer_Table, getMemorySize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ws_table *t = Z_WSERVER_TABLE_P(ZEND_THIS)->t;
	RETURN_LONG(t ? (zend_long) ws_table_memory_size(t) : 0);
}

ZEND_METHOD(WServer_Table, stats)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ws_table *t = Z_WSERVER_TABLE_P(ZEND_THIS)->t;
	if (!t || !ws_table_ready(t)) {
		RETURN_FALSE;
	}
	ws_table_stats s;
	ws_table_get_stats(t, &s);
	array_init(return_value);
	add_assoc_long(return_value, "num", (zend_long) s.num);
	add_assoc_long(return_value, "conflict_count", (zend_long) s.conflict_count);
	add_assoc_long(return_value, "conflict_max_level", (zend_long) s.conflict_max_level);
	add_assoc_long(return_value, "insert_count", (zend_long) s.insert_count);
	add_assoc_long(return_value, "update_count", (zend_long) s.update_count);
	add_assoc_long(return_value, "delete_count", (zend_long) s.delete_count);
	add_assoc_long(return_value, "available_slice_num", (zend_long) s.available_slice_num);
	add_assoc_long(return_value, "total_slice_num", (zend_long) s.total_slice_num);
}

/* Move foreach to the next row: copied out under its bucket's lock, converted after. */
static void cursor_advance(wserver_table_obj *o)
{
	cursor_clear(o);
	size_t len = ws_table_data_size(o->t);
	char small[SMALL_ROW];
	char *buf = len <= sizeof(small) ? small : emalloc(len);
	char key[WS_TABLE_KEY_MAX + 1];
	size_t klen;
	if (ws_table_next(o->t, &o->cursor, key, &klen, buf)) {
		o->cur_key = zend_string_init(key, klen, 0);
		row_to_array(o, buf, &o->cur_row);
	}
	report_recovered(o->t);
	if (buf != small) {
		efree(buf);
	}
}

ZEND_METHOD(WServer_Table, rewind)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_table_obj *o = Z_WSERVER_TABLE_P(ZEND_THIS);
	if (!table_of(ZEND_THIS, true)) {
		RETURN_THROWS();
	}
	memset(&o->cursor, 0, sizeof(o->cursor));
	cursor_advance(o);
}

ZEND_METHOD(WServer_Table, next)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_table_obj *o = Z_WSERVER_TABLE_P(ZEND_THIS);
	if (!table_of(ZEND_THIS, true)) {
		RETURN_THROWS();
	}
	cursor_advance(o);
}

ZEND_METHOD(WServer_Table, current)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_table_obj *o = Z_WSERVER_TABLE_P(ZEND_THIS);
	if (!table_of(ZEND_THIS, true)) {
		RETURN_THROWS();
	}
	if (!o->cur_key) {
		RETURN_NULL();
	}
	RETURN_COPY(&o->cur_row);
}

ZEND_METHOD(WServer_Table, key)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_table_obj *o = Z_WSERVER_TABLE_P(ZEND_THIS);
	if (!table_of(ZEND_THIS, true)) {
		RETURN_THROWS();
	}
	if (!o->cur_key) {
		RETURN_NULL();
	}
	RETURN_STR_COPY(o->cur_key);
}

ZEND_METHOD(WServer_Table, valid)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_table_obj *o = Z_WSERVER_TABLE_P(ZEND_THIS);
	if (!table_of(ZEND_THIS, true)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(o->cur_key != NULL);
}

static HashTable *table_get_gc(zend_object *obj, zval **table, int *n)
{
	wserver_table_obj *o = table_from_obj(obj);
	*table = &o->cur_row;
	*n = 1;
	return zend_std_get_properties(obj);
}

void wserver_table_minit(void)
{
	table_ce = register_class_WServer_Table(zend_ce_iterator, zend_ce_countable);
	table_ce->create_object = table_create;
	memcpy(&table_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	table_handlers.offset = XtOffsetOf(wserver_table_obj, std);
	table_handlers.free_obj = table_free;
	table_handlers.get_gc = table_get_gc;
	table_handlers.clone_obj = NULL;
}
