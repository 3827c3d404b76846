/* WServer\table($size, "id:int, name:string:64, score:float"): Swoole's library swoole_table(),
 * a Table made and created in one call, through Table's own constructor, column() and create(). */
#include "php.h"
#include "table_function.h"
#include "ext/spl/spl_exceptions.h"
#include "zend_exceptions.h"

#include "stubs/table_function_arginfo.h"

typedef struct {
	const char *p;
	size_t len;
} span;

/* what PHP's trim() takes off by default */
static span trimmed(span s)
{
	static const char ws[] = " \t\n\r\v";
	while (s.len && (memchr(ws, s.p[0], sizeof(ws) - 1) || s.p[0] == '\0')) {
		s.p++;
		s.len--;
	}
	while (s.len && (memchr(ws, s.p[s.len - 1], sizeof(ws) - 1) || s.p[s.len - 1] == '\0')) {
		s.len--;
	}
	return s;
}

/* The part of s before sep (all of it when none); rest gets what follows, or NULL. */
static span cut(span s, char sep, span *rest)
{
	const char *at = memchr(s.p, sep, s.len);
	if (!at) {
		rest->p = NULL;
		rest->len = 0;
		return s;
	}
	rest->p = at + 1;
	rest->len = s.len - (size_t) (at - s.p) - 1;
	return (span){s.p, (size_t) (at - s.p)};
}

static bool is(span s, const char *a, const char *b)
{
	return (s.len == strlen(a) && memcmp(s.p, a, s.len) == 0) ||
	       (s.len == strlen(b) && memcmp(s.p, b, s.len) == 0);
}

static bool call(zend_object *table, const char *method, uint32_t argc, zval *argv, zval *ret)
{
	zend_function *fn = zend_hash_str_find_ptr(&table->ce->function_table, method, strlen(method));
	ZEND_ASSERT(fn);
	zend_call_known_instance_method(fn, table, ret, argc, argv);
	return !EG(exception);
}

/* $table->column() for one "name:type[:size]"; false with a RuntimeException for a bad one. */
static bool add_column(zend_object *table, span field)
{
	span rest, more, name = trimmed(cut(trimmed(field), ':', &rest));
	if (!rest.p) {
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "field [%.*s] has no type",
		                        (int) field.len, field.p);
		return false;
	}
	span type = trimmed(cut(rest, ':', &more));
	zend_long kind, size = 0;
	if (is(type, "i", "int")) {
		kind = 1;
	} else if (is(type, "f", "float")) {
		kind = 2;
	} else if (is(type, "s", "string")) {
		kind = 3;
		if (!more.p) {
			zend_throw_exception_ex(spl_ce_RuntimeException, 0,
			                        "string field [%.*s] needs a length (name:string:length)",
			                        (int) name.len, name.p);
			return false;
		}
		span digits = trimmed(more);
		char buf[32];
		snprintf(buf, sizeof(buf), "%.*s", (int) (digits.len < 31 ? digits.len : 31), digits.p);
		size = ZEND_STRTOL(buf, NULL, 10);
		if (size <= 0) {
			zend_throw_exception_ex(spl_ce_RuntimeException, 0,
			                        "invalid string length [%.*s] of field [%.*s]",
			                        (int) digits.len, digits.p, (int) name.len, name.p);
			return false;
		}
	} else {
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "unknown type [%.*s] of field [%.*s]",
		                        (int) type.len, type.p, (int) name.len, name.p);
		return false;
	}
	zval args[3], ok;
	ZVAL_STRINGL(&args[0], name.p, name.len);
	ZVAL_LONG(&args[1], kind);
	ZVAL_LONG(&args[2], size);
	bool done = call(table, "column", 3, args, &ok);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&ok);
	return done;
}

ZEND_FUNCTION(WServer_table)
{
	zend_long size;
	zend_string *fields;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_LONG(size)
	Z_PARAM_STR(fields)
	ZEND_PARSE_PARAMETERS_END();
	zend_class_entry *ce = zend_hash_str_find_ptr(CG(class_table), ZEND_STRL("wserver\\table"));
	ZEND_ASSERT(ce);
	if (object_init_ex(return_value, ce) != SUCCESS) {
		RETURN_THROWS();
	}
	zend_object *table = Z_OBJ_P(return_value);
	zval args[2], ok;
	ZVAL_LONG(&args[0], size);
	ZVAL_DOUBLE(&args[1], 0.25);
	ZVAL_UNDEF(&ok);
	bool made = call(table, "__construct", 2, args, &ok);
	span rest = trimmed((span){ZSTR_VAL(fields), ZSTR_LEN(fields)});
	while (made && rest.p) {
		made = add_column(table, cut(rest, ',', &rest));
	}
	made = made && call(table, "create", 0, NULL, &ok) && zend_is_true(&ok);
	zval_ptr_dtor(&ok);
	if (!made) {
		if (!EG(exception)) {
			zend_throw_exception(spl_ce_RuntimeException, "failed to create table", 0);
		}
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
	}
}

void wserver_table_function_minit(void)
{
	zend_register_functions(NULL, ext_functions, NULL, MODULE_PERSISTENT);
}
