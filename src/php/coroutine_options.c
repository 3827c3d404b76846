/* Coroutine::set() / getOptions() and swoole_async_set(): the process-wide options of the
 * coroutine runtime. Applied: the socket timeouts (csock.c asks for them when a call passes
 * none), hook_flags (Runtime::setHookFlags()), c_stack_size (coro.c sizes new stacks by it) and
 * max_coroutine (go() and Http\Server's requests past it are refused); the rest are kept so that
 * getOptions() answers what was set, as Swoole does with the options it has no use for here. */
#include "php.h"
#include "coroutine_options.h"
#include "coro.h"
#include "hooks.h"
#include "core/log.h"

static zval options; /* the merged array, IS_UNDEF until the first set() */

static zend_long max_coroutine; /* 0: no limit */

zend_long wserver_coroutine_max(void)
{
	return max_coroutine;
}

/* connect, read, write: 0 while not set, < 0 no limit */
static double socket_timeouts[3];
static size_t c_stack_size; /* 0: not set */

#define C_STACK_MIN (64 * 1024)
#define C_STACK_MAX (16 * 1024 * 1024)

size_t wserver_coroutine_c_stack_size(void)
{
	return c_stack_size;
}

/* As Swoole: a size below the minimum is raised to it, above the maximum (or negative, taken
 * as a huge unsigned value) cut to it, and the rest rounded up to whole pages. */
static size_t stack_size_of(zend_long v)
{
	if (v < 0 || v > C_STACK_MAX) {
		return C_STACK_MAX;
	}
	if (v < C_STACK_MIN) {
		return C_STACK_MIN;
	}
	size_t page = 4096;
	return ((size_t) v + page - 1) / page * page;
}

double wserver_coroutine_socket_timeout(wserver_socket_op op)
{
	return socket_timeouts[op];
}

/* A timeout option: seconds as a number, <= 0 meaning no limit as in Swoole. */
static bool read_timeout(zend_string *key, zval *v, double *out)
{
	if (Z_TYPE_P(v) != IS_LONG && Z_TYPE_P(v) != IS_DOUBLE) {
		zend_value_error("Coroutine option \"%s\" must be a number of seconds, %s given",
		                 ZSTR_VAL(key), zend_zval_type_name(v));
		return false;
	}
	double t = zval_get_double(v);
	*out = t > 0 ? t : -1;
	return true;
}

/* Apply the options known to matter here; false after throwing. */
static bool apply(HashTable *ht)
{
	zend_string *key;
	zval *v;
	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, key, v) {
		if (!key) {
			continue;
		}
		if (zend_string_equals_literal(key, "socket_timeout")) {
			double t;
			if (!read_timeout(key, v, &t)) {
				return false;
			}
			socket_timeouts[0] = socket_timeouts[1] = socket_timeouts[2] = t;
		} else if (zend_string_equals_literal(key, "socket_connect_timeout")) {
			if (!read_timeout(key, v, &socket_timeouts[WSERVER_SOCKET_CONNECT])) {
				return false;
			}
		} else if (zend_string_equals_literal(key, "socket_read_timeout")) {
			if (!read_timeout(key, v, &socket_timeouts[WSERVER_SOCKET_READ])) {
				return false;
			}
		} else if (zend_string_equals_literal(key, "socket_write_timeout")) {
			if (!read_timeout(key, v, &socket_timeouts[WSERVER_SOCKET_WRITE])) {
				return false;
			}
		} else if (zend_string_equals_literal(key, "max_coroutine") ||
		           zend_string_equals_literal(key, "max_coro_num")) {
			max_coroutine = zval_get_long(v) > 0 ? zval_get_long(v) : 0;
		} else if (zend_string_equals_literal(key, "hook_flags")) {
			if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 0) {
				zend_value_error("Coroutine option \"hook_flags\" must be 0 or a combination of "
				                 "WSERVER_HOOK_* flags");
				return false;
			}
			wserver_hooks_set(Z_LVAL_P(v));
		} else if (zend_string_equals_literal(key, "c_stack_size") ||
		           zend_string_equals_literal(key, "stack_size")) {
			c_stack_size = stack_size_of(zval_get_long(v));
		} else if (zend_string_equals_literal(key, "log_file")) {
			/* the process's log from now on (a server sets its own at start) */
			zend_string *path = zval_try_get_string(v);
			if (!path) {
				return false;
			}
			ws_log_open(ZSTR_VAL(path), ws_log_get_stderr());
			zend_string_release(path);
		}
	}
	ZEND_HASH_FOREACH_END();
	return true;
}

void wserver_coroutine_options_set(HashTable *ht)
{
	if (!apply(ht)) {
		return;
	}
	if (Z_TYPE(options) == IS_UNDEF) {
		array_init(&options);
	}
	zend_hash_merge(Z_ARRVAL(options), ht, zval_add_ref, true);
}

void wserver_coroutine_options_get(zval *return_value)
{
	if (Z_TYPE(options) == IS_UNDEF) {
		RETURN_NULL();
	}
	RETURN_COPY(&options);
}

bool wserver_coroutine_options_has_hook_flags(void)
{
	return Z_TYPE(options) == IS_ARRAY &&
	       zend_hash_str_exists(Z_ARRVAL(options), ZEND_STRL("hook_flags"));
}

bool wserver_coroutine_options_enabled(void)
{
	zval *v = Z_TYPE(options) == IS_ARRAY
	              ? zend_hash_str_find(Z_ARRVAL(options), ZEND_STRL("enable_coroutine"))
	              : NULL;
	return !v || zend_is_true(v);
}

void wserver_coroutine_options_rshutdown(void)
{
	zval_ptr_dtor(&options);
	ZVAL_UNDEF(&options);
	socket_timeouts[0] = socket_timeouts[1] = socket_timeouts[2] = 0;
	c_stack_size = 0;
	max_coroutine = 0;
}

bool wserver_coroutine_max_reached(void)
{
	if (max_coroutine <= 0 || (zend_long) wserver_coro_live() < max_coroutine) {
		return false;
	}
	php_error_docref(NULL, E_WARNING, "exceed max number of coroutine " ZEND_LONG_FMT,
	                 max_coroutine);
	return true;
}
