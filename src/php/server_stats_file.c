/* Server option stats_file: worker 0 writes stats() to the file every stats_timer_interval ms
 * (1000 by default), as Swoole does: JSON for a name ending in .json, a PHP file returning the
 * array for .php, else one "key: value" line per entry. */
#include "server_stats_file.h"
#include "frontend.h"
#include "timer.h"

#include "ext/json/php_json.h"
#include "ext/standard/php_var.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

static wserver_native native_write;

static bool ends_with(zend_string *s, const char *tail)
{
	size_t n = strlen(tail);
	return ZSTR_LEN(s) >= n && memcmp(ZSTR_VAL(s) + ZSTR_LEN(s) - n, tail, n) == 0;
}

/* The stats array as the file's name asks. */
static void format_stats(zend_string *path, zval *stats, smart_str *out)
{
	if (ends_with(path, ".json")) {
		php_json_encode(out, stats, 0);
	} else if (ends_with(path, ".php")) {
		smart_str_appends(out, "<?php\nreturn ");
		php_var_export_ex(stats, 1, out);
		smart_str_appends(out, ";\n");
	} else {
		zend_string *key;
		zval *v;
		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(stats), key, v) {
			if (!key) {
				continue;
			}
			if (out->s) {
				smart_str_appendc(out, '\n');
			}
			smart_str_append(out, key);
			smart_str_appends(out, ": ");
			if (Z_TYPE_P(v) == IS_ARRAY) {
				php_json_encode(out, v, 0); /* the per-worker list */
			} else {
				smart_str_append_scalar(out, v, 0);
			}
		}
		ZEND_HASH_FOREACH_END();
	}
	smart_str_0(out);
}

/* The timer's callback: ($server). */
static ZEND_NAMED_FUNCTION(write_stats)
{
	RETVAL_NULL();
	if (ZEND_NUM_ARGS() < 1) {
		return;
	}
	zend_object *server = Z_OBJ_P(ZEND_CALL_ARG(execute_data, 1));
	zval *setting = zend_read_property(server->ce, server, ZEND_STRL("setting"), 1, NULL);
	zval *path = Z_TYPE_P(setting) == IS_ARRAY
	                 ? zend_hash_str_find(Z_ARRVAL_P(setting), ZEND_STRL("stats_file"))
	                 : NULL;
	if (!path || Z_TYPE_P(path) != IS_STRING) {
		return;
	}
	zval stats;
	ZVAL_UNDEF(&stats);
	zend_call_method_with_0_params(server, server->ce, NULL, "stats", &stats);
	if (Z_TYPE(stats) != IS_ARRAY) {
		zval_ptr_dtor(&stats);
		return;
	}
	smart_str out = {0};
	format_stats(Z_STR_P(path), &stats, &out);
	zval_ptr_dtor(&stats);
	int fd = open(Z_STRVAL_P(path), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	ssize_t n = fd >= 0 && out.s ? write(fd, ZSTR_VAL(out.s), ZSTR_LEN(out.s)) : 0;
	if (fd < 0 || n < 0) {
		php_error_docref(NULL, E_WARNING, "stats_file %s: %s", Z_STRVAL_P(path), strerror(errno));
	}
	if (fd >= 0) {
		close(fd);
	}
	smart_str_free(&out);
}

void wserver_stats_file_start(zend_object *server, zend_long worker_id)
{
	zval *setting = zend_read_property(server->ce, server, ZEND_STRL("setting"), 1, NULL);
	if (worker_id != 0 || Z_TYPE_P(setting) != IS_ARRAY) {
		return;
	}
	zval *path = zend_hash_str_find(Z_ARRVAL_P(setting), ZEND_STRL("stats_file"));
	if (!path || !zend_is_true(path)) {
		return;
	}
	zval *ms = zend_hash_str_find(Z_ARRVAL_P(setting), ZEND_STRL("stats_timer_interval"));
	zend_long interval = ms && zval_get_long(ms) > 0 ? zval_get_long(ms) : 1000;
	zval args;
	array_init(&args);
	GC_ADDREF(server);
	add_next_index_object(&args, server);
	wserver_timer_add((double) interval / 1000.0, wserver_native_callable(&native_write), &args,
	                  true, false);
	zval_ptr_dtor(&args);
}

void wserver_stats_file_minit(void)
{
	wserver_native_init(&native_write, "{Server stats_file}", write_stats);
}
