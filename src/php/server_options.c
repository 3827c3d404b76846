/* Server::set(): the options of SPEC §1, checked by name and type, kept in $setting, and
 * applied to the Worker and the static defaults when the server starts. */
#include "binding.h"

#include "zend_exceptions.h"

typedef enum { OPT_INT, OPT_BOOL, OPT_STRING, OPT_NUMBER } opt_type;

static const struct {
	const char *name;
	opt_type type;
	bool applied; /* false: accepted, but not implemented yet (warned) */
} options[] = {
    {"worker_num", OPT_INT, true},
    {"daemonize", OPT_BOOL, true},
    {"log_file", OPT_STRING, true},
    {"pid_file", OPT_STRING, true},
    {"max_wait_time", OPT_NUMBER, true},
    {"reload_async", OPT_BOOL, true},
    {"package_max_length", OPT_INT, true},
    {"buffer_output_size", OPT_INT, true},
    {"enable_reuse_port", OPT_BOOL, true},
    {"enable_coroutine", OPT_BOOL, true},
    {"task_worker_num", OPT_INT, true},
    {"max_request", OPT_INT, false},
    {"max_conn", OPT_INT, false},
    {"log_level", OPT_INT, false},
    {"dispatch_mode", OPT_INT, false},
    {"open_eof_check", OPT_BOOL, false},
    {"open_eof_split", OPT_BOOL, false},
    {"package_eof", OPT_STRING, false},
    {"open_length_check", OPT_BOOL, false},
    {"package_length_type", OPT_STRING, false},
    {"package_length_offset", OPT_INT, false},
    {"package_body_offset", OPT_INT, false},
    {"heartbeat_check_interval", OPT_INT, false},
    {"heartbeat_idle_time", OPT_INT, false},
    {"socket_buffer_size", OPT_INT, false},
    {"user", OPT_STRING, false},
    {"group", OPT_STRING, false},
};

static const char *const type_names[] = {"int", "bool", "string", "int or float"};

static bool type_ok(opt_type t, zval *v)
{
	switch (t) {
	case OPT_INT:
		return Z_TYPE_P(v) == IS_LONG;
	case OPT_BOOL:
		/* Swoole scripts often write 'daemonize' => 1 */
		return Z_TYPE_P(v) == IS_TRUE || Z_TYPE_P(v) == IS_FALSE || Z_TYPE_P(v) == IS_LONG;
	case OPT_STRING:
		return Z_TYPE_P(v) == IS_STRING;
	case OPT_NUMBER:
		return Z_TYPE_P(v) == IS_LONG || Z_TYPE_P(v) == IS_DOUBLE;
	}
	return false;
}

static int option_index(zend_string *name)
{
	for (size_t i = 0; i < sizeof(options) / sizeof(options[0]); i++) {
		if (zend_string_equals_cstr(name, options[i].name, strlen(options[i].name))) {
			return (int) i;
		}
	}
	return -1;
}

ZEND_METHOD(WServer_Server, set)
{
	HashTable *settings;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(settings)
	ZEND_PARSE_PARAMETERS_END();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	if (wserver_server_from(obj)->worker) {
		php_error_docref(NULL, E_WARNING, "set() must be called before start()");
		RETURN_FALSE;
	}
	zval *setting = zend_read_property(wserver_server_ce, obj, ZEND_STRL("setting"), 1, NULL);
	zval merged;
	ZVAL_ARR(&merged, zend_array_dup(Z_ARRVAL_P(setting)));
	bool all_ok = true;
	zend_string *name;
	zval *v;
	ZEND_HASH_FOREACH_STR_KEY_VAL(settings, name, v) {
		ZVAL_DEREF(v);
		int i = name ? option_index(name) : -1;
		if (i < 0) {
			php_error_docref(NULL, E_WARNING, "unknown option \"%s\"",
			                 name ? ZSTR_VAL(name) : "(a numeric key)");
			all_ok = false;
			continue;
		}
		if (!type_ok(options[i].type, v)) {
			php_error_docref(NULL, E_WARNING, "option \"%s\" must be %s, %s given", options[i].name,
			                 type_names[options[i].type], zend_zval_type_name(v));
			all_ok = false;
			continue;
		}
		if (!options[i].applied) {
			php_error_docref(NULL, E_WARNING, "option \"%s\" is not supported yet: ignored",
			                 options[i].name);
		}
		Z_TRY_ADDREF_P(v);
		zend_hash_update(Z_ARRVAL(merged), name, v);
	}
	ZEND_HASH_FOREACH_END();
	zend_update_property(wserver_server_ce, obj, ZEND_STRL("setting"), &merged);
	zval_ptr_dtor(&merged);
	RETURN_BOOL(all_ok);
}

static zval *option(HashTable *settings, const char *name)
{
	return zend_hash_str_find(settings, name, strlen(name));
}

static void set_static(zend_class_entry *ce, const char *name, zval *v)
{
	zend_update_static_property(ce, name, strlen(name), v);
}

zend_result wserver_server_apply_settings(zend_object *server, zend_object *worker)
{
	HashTable *st =
	    Z_ARRVAL_P(zend_read_property(wserver_server_ce, server, ZEND_STRL("setting"), 1, NULL));
	zval *v;
	zend_long count = sysconf(_SC_NPROCESSORS_ONLN); /* Swoole's default: one per CPU */
	if ((v = option(st, "worker_num"))) {
		count = Z_LVAL_P(v);
	}
	if (count < 1) {
		zend_throw_exception(wserver_exception_ce, "worker_num must be at least 1", 0);
		return FAILURE;
	}
	zend_update_property_long(wserver_worker_ce, worker, ZEND_STRL("count"), count);
	zend_update_property_string(wserver_worker_ce, worker, ZEND_STRL("name"),
	                            ZSTR_VAL(server->ce->name));
	if ((v = option(st, "enable_reuse_port"))) {
		zend_update_property_bool(wserver_worker_ce, worker, ZEND_STRL("reusePort"),
		                          zend_is_true(v));
	}
	if ((v = option(st, "daemonize"))) {
		zval b;
		ZVAL_BOOL(&b, zend_is_true(v));
		set_static(wserver_worker_ce, "daemonize", &b);
	}
	if ((v = option(st, "log_file"))) {
		set_static(wserver_worker_ce, "logFile", v);
	}
	if ((v = option(st, "pid_file"))) {
		set_static(wserver_worker_ce, "pidFile", v);
	}
	if ((v = option(st, "max_wait_time"))) {
		zval d;
		ZVAL_DOUBLE(&d, zval_get_double(v));
		set_static(wserver_worker_ce, "stopTimeout", &d);
	}
	if ((v = option(st, "package_max_length"))) {
		set_static(wserver_tcp_connection_ce, "defaultMaxPackageSize", v);
	}
	if ((v = option(st, "buffer_output_size"))) {
		set_static(wserver_tcp_connection_ce, "defaultMaxSendBufferSize", v);
	}
	if ((v = option(st, "reload_async")) && !zend_is_true(v)) {
		php_error_docref(NULL, E_WARNING,
		                 "reload_async => false: workers always finish the requests under way "
		                 "before a reload (within max_wait_time)");
	}
	if ((v = option(st, "enable_coroutine")) && !zend_is_true(v)) {
		php_error_docref(NULL, E_WARNING,
		                 "enable_coroutine => false: callbacks always run in coroutines");
	}
	return SUCCESS;
}
