/* Server::set(): the options of SPEC §1, checked by name and type, kept in $setting (as
 * Swoole shows them) and in the Server's config struct, which start() applies to the Server's
 * own Worker and the launcher reads. */
#include "server_options.h"
#include "length_func.h"
#include "aliases.h"
#include "run_all.h"
#include "server.h"
#include "hooks.h"
#include "http_static.h"
#include "websocket_server.h"
#include "worker.h"
#include "tcp_connection.h"
#include "core/log.h"

#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "zend_exceptions.h"
#include "zend_ini.h"
#include "zend_smart_str.h"

typedef enum { OPT_INT, OPT_BOOL, OPT_STRING, OPT_NUMBER, OPT_SIZE, OPT_ARRAY } opt_type;

/* Numbers must lie in [min, max] when max > 0. */
static const struct {
	const char *name;
	opt_type type;
	bool applied; /* false: accepted, but not implemented yet (logged at start) */
	double min, max;
} options[] = {
    {"worker_num", OPT_INT, true, 1, 4096},
    {"daemonize", OPT_BOOL, true, 0, 0},
    {"log_file", OPT_STRING, true, 0, 0},
    {"pid_file", OPT_STRING, true, 0, 0},
    {"max_wait_time", OPT_NUMBER, true, 0, 86400},
    {"reload_async", OPT_BOOL, true, 0, 0},
    {"package_max_length", OPT_SIZE, true, 1, 4294967295.0},
    {"buffer_output_size", OPT_SIZE, true, 1, 4294967295.0},
    {"output_buffer_size", OPT_SIZE, true, 1, 4294967295.0}, /* the name $setting shows */
    {"enable_reuse_port", OPT_BOOL, true, 0, 0},
    {"enable_coroutine", OPT_BOOL, true, 0, 0},
    {"hook_flags", OPT_INT, true, 0, 2147483647.0},
    {"task_worker_num", OPT_INT, true, 0, 4096},
    {"task_enable_coroutine", OPT_BOOL, true, 0, 0}, /* the task callback gets a Task */
    {"task_use_object", OPT_BOOL, true, 0, 0},       /* so does it with these */
    {"task_object", OPT_BOOL, true, 0, 0},
    {"task_ipc_mode", OPT_INT, true, 1, 4}, /* server_task_queue.c */
    {"message_queue_key", OPT_INT, true, 0, 4294967295.0},
    {"event_object", OPT_BOOL, true, 0, 0},              /* server_event_object.c */
    {"max_idle_time", OPT_NUMBER, true, 0, 86400 * 365}, /* closes a connection idle this long */
    {"max_request", OPT_INT, true, 0, 1e15},
    {"task_max_request", OPT_INT, true, 0, 1e15}, /* a task worker's max_request, in tasks */
    {"max_conn", OPT_INT, true, 0, 4294967295.0},
    {"send_yield", OPT_BOOL, true, 0, 0},                /* send_yield.c */
    {"send_timeout", OPT_NUMBER, true, 0, 86400},        /* send_yield.c: its wait, at most */
    {"max_concurrency", OPT_INT, true, 0, 4294967295.0}, /* http_concurrency.c */
    {"worker_max_concurrency", OPT_INT, true, 0, 4294967295.0}, /* http_concurrency.c */
    {"start_session_id", OPT_INT, true, 0, 4.6e18},             /* the fds count from it + 1 */
    {"stats_file", OPT_STRING, true, 0, 0},                     /* server_stats_file.c */
    {"stats_timer_interval", OPT_INT, true, 1, 86400000.0},     /* ms */
    {"max_connection", OPT_INT, true, 0, 4294967295.0}, /* Swoole's other name of max_conn */
    {"ipc_queue_max", OPT_INT, true, 1, 4294967295.0},
    {"log_level", OPT_INT, true, 0, 6},
    {"dispatch_mode", OPT_INT, false, 1, 10},
    {"open_eof_check", OPT_BOOL, true, 0, 0},
    {"open_eof_split", OPT_BOOL, true, 0, 0},
    {"package_eof", OPT_STRING, true, 0, 0},
    {"open_length_check", OPT_BOOL, true, 0, 0},
    {"package_length_type", OPT_STRING, true, 0, 0},
    {"package_length_offset", OPT_INT, true, 0, 65535},
    {"package_body_offset", OPT_INT, true, 0, 65535},
    {"open_mqtt_protocol", OPT_BOOL, true, 0, 0},
    {"heartbeat_check_interval", OPT_NUMBER, true, 0, 86400},
    {"heartbeat_idle_time", OPT_NUMBER, true, 0, 86400 * 365},
    {"socket_buffer_size", OPT_SIZE, false, 1, 4294967295.0},
    {"user", OPT_STRING, true, 0, 0},
    {"group", OPT_STRING, true, 0, 0},
    /* Http\Server and WebSocket\Server (http_server.c, websocket_server.c read them) */
    {"http_parse_post", OPT_BOOL, true, 0, 0},
    {"http_parse_cookie", OPT_BOOL, true, 0, 0},
    {"http_parse_files", OPT_BOOL, true, 0, 0},
    {"upload_max_filesize", OPT_SIZE, true, 0, 1e15}, /* bodies past package_max_length: spooled */
    {"upload_tmp_dir", OPT_STRING, true, 0, 0},
    {"http_compression", OPT_BOOL, true, 0, 0},
    /* each codec clamps it: gzip/deflate to 1-9, br to 0-11, zstd to 1-22 */
    {"http_compression_level", OPT_INT, true, 0, 22},
    {"compression_level", OPT_INT, true, 0, 22},
    {"http_gzip_level", OPT_INT, true, 0, 22},
    {"compression_min_length", OPT_SIZE, true, 0, 4294967295.0},
    {"http_compression_min_length", OPT_SIZE, true, 0, 4294967295.0},
    {"http_compression_types", OPT_ARRAY, true, 0, 0},
    {"compression_types", OPT_ARRAY, true, 0, 0},
    {"open_websocket_ping_frame", OPT_BOOL, true, 0, 0},
    {"open_websocket_pong_frame", OPT_BOOL, true, 0, 0},
    {"open_websocket_close_frame", OPT_BOOL, true, 0, 0},
    /* WSERVER_SSL sockets (tls_options.c reads them from $setting, a Port's too) */
    {"ssl_cert_file", OPT_STRING, true, 0, 0},
    {"ssl_key_file", OPT_STRING, true, 0, 0},
    {"ssl_passphrase", OPT_STRING, true, 0, 0},
    {"ssl_cafile", OPT_STRING, true, 0, 0},
    {"ssl_capath", OPT_STRING, true, 0, 0},
    {"ssl_client_cert_file", OPT_STRING, true, 0, 0},
    {"ssl_ciphers", OPT_STRING, true, 0, 0},
    {"ssl_protocols", OPT_INT, true, 0, 0},
    {"ssl_verify_peer", OPT_BOOL, true, 0, 0},
    {"ssl_allow_self_signed", OPT_BOOL, true, 0, 0},
    {"ssl_verify_depth", OPT_INT, true, 0, 100},
    {"ssl_handshake_timeout", OPT_NUMBER, true, 0.001, 3600}, /* ours; 10 s when not set */
    {"websocket_compression", OPT_BOOL, true, 0, 0},
};

/* The rest of the options Swoole's set() takes. They are kept in $setting without a warning,
 * as Swoole keeps them, but have no effect here (threads, reactors, TLS, HTTP/2... that
 * wserver does not have, or not as options); start() names the ones given in the log. */
static const char *const swoole_accepted[] = {
    "admin_server",
    "aio_core_worker_num",
    "aio_max_idle_time",
    "aio_max_wait_time",
    "aio_worker_num",
    "backlog",
    "bootstrap",
    "buffer_high_watermark",
    "buffer_input_size",
    "buffer_low_watermark",
    "c_stack_size",
    "chroot",
    "cpu_affinity_ignore",
    "debug_mode",
    "discard_timeout_request",
    "dispatch_func",
    "display_errors",
    "dns_cache_capacity",
    "dns_cache_expire",
    "dns_cache_refresh_time",
    "dns_lookup_random",
    "dns_server",
    "document_root",
    "enable_deadlock_check",
    "enable_delay_receive",
    "enable_preemptive_scheduler",
    "enable_signalfd",
    "enable_static_handler",
    "enable_unsafe_event",
    "hook_flags",
    "http2_enable_push",
    "http2_header_table_size",
    "http2_init_window_size",
    "http2_max_concurrent_streams",
    "http2_max_frame_size",
    "http2_max_header_list_size",
    "http2_max_headers",
    "http_autoindex",
    "http_index_files",
    "http_parse_cookie",
    "http_parse_files",
    "http_parse_post",
    "init_arguments",
    "input_buffer_size",
    "iouring_entries",
    "iouring_flag",
    "iouring_workers",
    "kernel_socket_recv_buffer_size",
    "kernel_socket_send_buffer_size",
    "log_date_format",
    "log_date_with_microseconds",
    "log_rotation",
    "max_coro_num",
    "max_coroutine",
    "max_queued_bytes",
    "max_request_grace",
    "max_thread_num",
    "min_thread_num",
    "name_resolver",
    "open_cpu_affinity",
    "open_http2_protocol",
    "open_http_protocol",
    "open_redis_protocol",
    "open_tcp_keepalive",
    "open_tcp_nodelay",
    "open_websocket_close_frame",
    "open_websocket_ping_frame",
    "open_websocket_pong_frame",
    "open_websocket_protocol",
    "package_body_start",
    "package_length_func",
    "reactor_num",
    "single_thread",
    "socket_connect_timeout",
    "socket_dns_timeout",
    "socket_dontwait",
    "socket_read_timeout",
    "socket_recv_timeout",
    "socket_send_timeout",
    "socket_timeout",
    "socket_write_timeout",
    "ssl_compress",
    "ssl_dhparam",
    "ssl_ecdh_curve",
    "ssl_prefer_server_ciphers",
    "ssl_sni_certs", /* an array: checked when the TLS socket is set up (tls_options.c) */
    "stack_size",
    "static_handler_locations",
    "task_max_request_grace",
    "task_tmpdir",
    "tcp_defer_accept",
    "tcp_fastopen",
    "tcp_keepcount",
    "tcp_keepidle",
    "tcp_keepinterval",
    "tcp_user_timeout",
    "thread_num",
    "trace_flags",
    "use_async_resolver",
    "wait_signal",
    "websocket_subprotocol",
};

static bool swoole_accepts(zend_string *name);

/* A WARNING line in Swoole's words and log format, where Swoole logs it rather than raising a
 * PHP warning: to the server log, or stderr before there is one (as Swoole's). */
static void swoole_warning_line(const char *fmt, const char *arg)
    __attribute__((format(printf, 1, 0)));
static void swoole_warning_line(const char *fmt, const char *arg)
{
	char msg[600];
	snprintf(msg, sizeof(msg), fmt, arg);
	if (ws_log_has_file() || ws_log_get_stderr()) {
		ws_log("%s", msg); /* a warning: Swoole's line format says so */
		return;
	}
	char when[32];
	time_t now = time(NULL);
	strftime(when, sizeof(when), "%Y-%m-%d %H:%M:%S", localtime(&now));
	fprintf(stderr, "[%s *%d.0]\tWARNING\t%s\n", when, (int) getpid(), msg);
}
static int option_index(zend_string *name);

bool wserver_server_option_known(zend_string *name)
{
	return option_index(name) >= 0 || swoole_accepts(name);
}

static bool swoole_accepts(zend_string *name)
{
	for (size_t i = 0; i < sizeof(swoole_accepted) / sizeof(swoole_accepted[0]); i++) {
		if (zend_string_equals_cstr(name, swoole_accepted[i], strlen(swoole_accepted[i]))) {
			return true;
		}
	}
	return false;
}

static const char *const type_names[] = {
    "int", "bool", "string", "int or float", "int or a size string (\"2M\")", "array"};

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
	case OPT_SIZE:
		return Z_TYPE_P(v) == IS_LONG || Z_TYPE_P(v) == IS_STRING;
	case OPT_ARRAY:
		return Z_TYPE_P(v) == IS_ARRAY;
	}
	return false;
}

/* What is wrong with a value of the right type, or NULL. */
static const char *value_problem(int i, zval *v, char *buf, size_t buflen)
{
	if (options[i].max > 0) {
		double d = zval_get_double(v);
		if (d < options[i].min || d > options[i].max) {
			char given[32];
			if (Z_TYPE_P(v) == IS_LONG) {
				snprintf(given, sizeof(given), ZEND_LONG_FMT, Z_LVAL_P(v));
			} else {
				snprintf(given, sizeof(given), "%g", d);
			}
			snprintf(buf, buflen, "must be between %.0f and %.0f, %s given", options[i].min,
			         options[i].max, given);
			return buf;
		}
	}
	if (options[i].type == OPT_ARRAY) {
		/* http_compression_types: checked on a scratch config, stored by store_option() */
		wserver_http_compress_cfg scratch = {0};
		const char *why = NULL;
		bool ok = wserver_http_compress_cfg_types(&scratch, Z_ARRVAL_P(v), &why);
		wserver_http_compress_cfg_free(&scratch);
		return ok ? NULL : why;
	}
	if (strcmp(options[i].name, "dispatch_mode") == 0 && Z_LVAL_P(v) == 6) {
		return "must be one of Swoole's modes 1, 2, 3, 4, 5, 7, 8, 9, 10";
	}
	if (strcmp(options[i].name, "package_eof") == 0 &&
	    (Z_STRLEN_P(v) < 1 || Z_STRLEN_P(v) > WS_EOF_MAX)) {
		return "must be 1 to 8 bytes long";
	}
	if (strcmp(options[i].name, "package_length_type") == 0 &&
	    (Z_STRLEN_P(v) != 1 || ws_length_type_size(Z_STRVAL_P(v)[0]) == 0)) {
		return "must be one of the pack() letters c C s S n v l L N V q Q J P";
	}
	return NULL;
}

/* A known option set() refused (its message) or accepted (why NULL): start() refuses to run
 * while one stays refused, since the server would not run as the script says. */
static void note_option(wserver_server_obj *s, const char *name, const char *why)
{
	if (!why) {
		if (s->bad_options) {
			zend_hash_str_del(s->bad_options, name, strlen(name));
		}
		return;
	}
	if (!s->bad_options) {
		ALLOC_HASHTABLE(s->bad_options);
		zend_hash_init(s->bad_options, 4, NULL, ZVAL_PTR_DTOR, 0);
	}
	zval msg;
	ZVAL_STRING(&msg, why);
	zend_hash_str_update(s->bad_options, name, strlen(name), &msg);
}

void wserver_server_report_bad_options(zend_object *server)
{
	HashTable *bad = wserver_server_from(server)->bad_options;
	zval *msg;
	if (bad) {
		ZEND_HASH_FOREACH_VAL(bad, msg) {
			wserver_run_all_config_error("%s::set(): %s", ZSTR_VAL(server->ce->name),
			                             Z_STRVAL_P(msg));
			return;
		}
		ZEND_HASH_FOREACH_END();
	}
}

void wserver_server_config_init(wserver_server_config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->daemonize = cfg->reuse_port = -1;
	cfg->max_wait_time = -1;
	cfg->log_level = WS_LOG_INFO;
	cfg->length = (ws_length_param){'N', 4, 0, 0};        /* Swoole's defaults */
	cfg->eof = (ws_eof_param){"\r\n", 2, false};          /* Swoole's default package_eof */
	wserver_http_compress_cfg_init(&cfg->compress, true); /* Swoole compresses by default */
}

static void release_str(zend_string **p)
{
	if (*p) {
		zend_string_release(*p);
		*p = NULL;
	}
}

void wserver_server_config_free(wserver_server_config *cfg)
{
	release_str(&cfg->log_file);
	release_str(&cfg->pid_file);
	release_str(&cfg->user);
	release_str(&cfg->group);
	release_str(&cfg->upload_tmp_dir);
	wserver_http_compress_cfg_free(&cfg->compress);
}

const wserver_server_config *wserver_server_config_of(zend_object *server)
{
	return &wserver_server_from(server)->config;
}

static void keep_str(zend_string **p, zval *v)
{
	release_str(p);
	*p = zend_string_copy(Z_STR_P(v));
}

/* An option set() accepted (checked by type and range) into the config. */
static void store_option(wserver_server_config *cfg, const char *name, zval *v)
{
#define IS(n) (strcmp(name, n) == 0)
	if (IS("worker_num")) {
		cfg->worker_num = Z_LVAL_P(v);
	} else if (IS("task_worker_num")) {
		cfg->task_worker_num = Z_LVAL_P(v);
	} else if (IS("daemonize")) {
		cfg->daemonize = zend_is_true(v);
	} else if (IS("enable_reuse_port")) {
		cfg->reuse_port = zend_is_true(v);
	} else if (IS("log_file")) {
		keep_str(&cfg->log_file, v);
	} else if (IS("log_level")) {
		cfg->log_level = Z_LVAL_P(v);
	} else if (IS("pid_file")) {
		keep_str(&cfg->pid_file, v);
	} else if (IS("user")) {
		keep_str(&cfg->user, v);
	} else if (IS("group")) {
		keep_str(&cfg->group, v);
	} else if (IS("max_wait_time")) {
		cfg->max_wait_time = zval_get_double(v);
	} else if (IS("package_max_length")) {
		cfg->package_max_length = Z_LVAL_P(v);
	} else if (IS("upload_max_filesize")) {
		cfg->upload_max_filesize = Z_LVAL_P(v);
	} else if (IS("upload_tmp_dir")) {
		keep_str(&cfg->upload_tmp_dir, v);
	} else if (IS("buffer_output_size") || IS("output_buffer_size")) {
		cfg->buffer_output_size = Z_LVAL_P(v);
	} else if (IS("ipc_queue_max")) {
		cfg->ipc_queue_max = Z_LVAL_P(v);
	} else if (IS("max_request")) {
		cfg->max_request = Z_LVAL_P(v);
	} else if (IS("task_max_request")) {
		cfg->task_max_request = Z_LVAL_P(v);
	} else if (IS("send_yield")) {
		cfg->send_yield = zend_is_true(v);
	} else if (IS("send_timeout")) {
		cfg->send_timeout = zval_get_double(v);
	} else if (IS("max_concurrency")) {
		cfg->max_concurrency = Z_LVAL_P(v);
	} else if (IS("worker_max_concurrency")) {
		cfg->worker_max_concurrency = Z_LVAL_P(v);
	} else if (IS("max_conn") || IS("max_connection")) {
		cfg->max_conn = Z_LVAL_P(v);
	} else if (IS("heartbeat_check_interval")) {
		cfg->heartbeat_interval = zval_get_double(v);
	} else if (IS("max_idle_time")) {
		cfg->max_idle_time = zval_get_double(v);
	} else if (IS("heartbeat_idle_time")) {
		cfg->heartbeat_idle = zval_get_double(v);
	} else if (IS("open_length_check")) {
		cfg->open_length_check = zend_is_true(v);
	} else if (IS("open_eof_check")) {
		cfg->open_eof_check = zend_is_true(v);
	} else if (IS("open_eof_split")) {
		cfg->open_eof_split = zend_is_true(v);
	} else if (IS("open_mqtt_protocol")) {
		cfg->open_mqtt_protocol = zend_is_true(v);
	} else if (IS("package_eof")) {
		memcpy(cfg->eof.eof, Z_STRVAL_P(v), Z_STRLEN_P(v));
		cfg->eof.len = (uint8_t) Z_STRLEN_P(v);
	} else if (IS("package_length_type")) {
		cfg->length.type = Z_STRVAL_P(v)[0];
		cfg->length.size = ws_length_type_size(cfg->length.type);
	} else if (IS("package_length_offset")) {
		cfg->length.offset = (uint32_t) Z_LVAL_P(v);
	} else if (IS("package_body_offset")) {
		cfg->length.body_offset = (uint32_t) Z_LVAL_P(v);
	} else if (IS("reload_async")) {
		cfg->reload_async_off = !zend_is_true(v);
	} else if (IS("start_session_id")) {
		cfg->start_session_id = Z_LVAL_P(v);
	} else if (IS("task_ipc_mode")) {
		cfg->task_ipc_mode = Z_LVAL_P(v);
	} else if (IS("message_queue_key")) {
		cfg->message_queue_key = Z_LVAL_P(v);
	} else if (IS("event_object")) {
		cfg->event_object = zend_is_true(v);
	} else if (IS("task_enable_coroutine") || IS("task_use_object") || IS("task_object")) {
		cfg->task_enable_coroutine = zend_is_true(v);
		cfg->task_return_to_defers =
		    IS("task_enable_coroutine") ? zend_is_true(v) : cfg->task_return_to_defers;
	} else if (IS("enable_coroutine")) {
		cfg->coroutine_off = !zend_is_true(v);
	} else if (IS("http_compression")) {
		cfg->compress.on = zend_is_true(v);
	} else if (IS("http_compression_level") || IS("compression_level") || IS("http_gzip_level")) {
		cfg->compress.level = (int) Z_LVAL_P(v);
	} else if (IS("compression_min_length") || IS("http_compression_min_length")) {
		cfg->compress.min_length = (size_t) Z_LVAL_P(v);
	} else if (IS("http_compression_types") || IS("compression_types")) {
		const char *why;
		wserver_http_compress_cfg_types(&cfg->compress, Z_ARRVAL_P(v), &why);
	} else if (IS("hook_flags")) {
		wserver_hooks_set(Z_LVAL_P(v)); /* the process's, inherited by the workers */
	}
#undef IS
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
	wserver_server_obj *s = wserver_server_from(obj);
	if (s->worker) {
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
		if (name && wserver_http_static_is_option(name)) {
			/* the static handler's: checked here, read at start() from $setting */
			char why[400];
			if (wserver_http_static_check(name, v, why, sizeof(why))) {
				struct stat st;
				if (wserver_aliases_swoole() && zend_string_equals_literal(name, "document_root") &&
				    Z_TYPE_P(v) == IS_STRING && stat(Z_STRVAL_P(v), &st) != 0) {
					swoole_warning_line(
					    "Server::set_document_root(): document_root[%s] does not exist",
					    Z_STRVAL_P(v));
				} else {
					php_error_docref(NULL, E_WARNING, "%s", why);
				}
				note_option(s, ZSTR_VAL(name), why);
				all_ok = false;
				continue;
			}
			note_option(s, ZSTR_VAL(name), NULL);
			Z_TRY_ADDREF_P(v);
			zend_hash_update(Z_ARRVAL(merged), name, v);
			continue;
		}
		int i = name ? option_index(name) : -1;
		if (i < 0 && name && swoole_accepts(name)) {
			Z_TRY_ADDREF_P(v);
			zend_hash_update(Z_ARRVAL(merged), name, v);
			continue;
		}
		if (i < 0) {
			php_error_docref(NULL, E_WARNING, "unknown option \"%s\"",
			                 name ? ZSTR_VAL(name) : "(a numeric key)");
			all_ok = false;
			continue;
		}
		char buf[200], why[300];
		const char *problem = NULL;
		zval size;
		if (options[i].type == OPT_SIZE && Z_TYPE_P(v) == IS_STRING) {
			/* as Swoole: a size may be written as php.ini writes one */
			zend_string *err = NULL;
			ZVAL_LONG(&size, (zend_long) zend_ini_parse_uquantity(Z_STR_P(v), &err));
			if (err) {
				/* as Swoole's: a fatal error, worded as its own */
				zend_error_noreturn(E_ERROR, "%s::%s(): failed to parse '%s' to size, Error: %s",
				                    wserver_aliases_class_name(wserver_server_ce),
				                    get_active_function_name(), Z_STRVAL_P(v), ZSTR_VAL(err));
			}
			v = &size;
		}
		if (wserver_aliases_swoole() && strcmp(options[i].name, "package_eof") == 0 &&
		    Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) == 0) {
			/* as Swoole's: a fatal error, worded as its own (other lengths: the warning below) */
			zend_error_noreturn(E_ERROR, "%s::%s(): package_eof cannot be an empty string",
			                    wserver_aliases_class_name(wserver_server_ce),
			                    get_active_function_name());
		}
		if (problem) {
			/* reported below */
		} else if (!type_ok(options[i].type, v)) {
			snprintf(buf, sizeof(buf), "must be %s, %s given", type_names[options[i].type],
			         zend_zval_type_name(v));
			problem = buf;
		} else {
			problem = value_problem(i, v, buf, sizeof(buf));
		}
		if (problem) {
			snprintf(why, sizeof(why), "option \"%s\" %s", options[i].name, problem);
			php_error_docref(NULL, E_WARNING, "%s", why);
			note_option(s, options[i].name, why);
			all_ok = false;
			continue;
		}
		note_option(s, options[i].name, NULL);
		store_option(&s->config, options[i].name, v);
		Z_TRY_ADDREF_P(v);
		zend_hash_update(Z_ARRVAL(merged), name, v);
	}
	ZEND_HASH_FOREACH_END();
	zend_update_property(wserver_server_ce, obj, ZEND_STRL("setting"), &merged);
	zval_ptr_dtor(&merged);
	RETURN_BOOL(all_ok);
}

/* open_length_check, open_eof_split, open_eof_check, open_mqtt_protocol: a codec on the
 * Worker's tcp socket. */
static void apply_framing(const wserver_server_config *cfg, zend_object *server,
                          zend_object *worker)
{
	bool length = cfg->open_length_check;
	bool eof = cfg->open_eof_split || cfg->open_eof_check;
	if (!length && !eof && !cfg->open_mqtt_protocol) {
		return;
	}
	if (wserver_server_from(server)->kind != WSERVER_SERVER_TCP) {
		php_error_docref(NULL, E_WARNING,
		                 "open_length_check, open_eof_check, open_eof_split and "
		                 "open_mqtt_protocol apply to a TCP server only: ignored");
		return;
	}
	bool ok;
	if (!length && !eof) {
		/* open_mqtt_protocol: as Swoole, only without the EOF and length options */
		if (!wserver_worker_set_framing(worker, &ws_proto_mqtt, NULL, 0)) {
			php_error_docref(NULL, E_WARNING, "framing options need a TCP or Unix stream socket");
		}
		return;
	}
	zval *setting = zend_read_property(wserver_server_ce, server, ZEND_STRL("setting"), 1, NULL);
	zval *fn = Z_TYPE_P(setting) == IS_ARRAY
	               ? zend_hash_str_find(Z_ARRVAL_P(setting), ZEND_STRL("package_length_func"))
	               : NULL;
	if (length) {
		if (eof) {
			php_error_docref(NULL, E_WARNING,
			                 "open_length_check and open_eof_* together: length framing is used");
		}
		if (fn && zend_is_callable(fn, 0, NULL)) {
			/* as Swoole's: the callable measures each package instead of a length field */
			wserver_length_func_set(fn);
			ok = wserver_worker_set_framing(worker, &wserver_proto_length_func, &cfg->length,
			                                sizeof(cfg->length));
		} else {
			ok = wserver_worker_set_framing(worker, &ws_proto_length, &cfg->length,
			                                sizeof(cfg->length));
		}
	} else {
		ws_eof_param p = cfg->eof;
		p.split = cfg->open_eof_split;
		ok = wserver_worker_set_framing(worker, &ws_proto_eof, &p, sizeof(p));
	}
	if (!ok) {
		php_error_docref(NULL, E_WARNING, "framing options need a TCP or Unix stream socket");
	}
}

/* max_request, max_conn, the heartbeat and the connections' buffers: the Worker's C limits. */
static void apply_limits(const wserver_server_config *cfg, zend_object *worker)
{
	wserver_worker_limits *lim = wserver_worker_limits_of(worker);
	lim->max_request = (uint64_t) cfg->max_request;
	lim->max_conn = (uint32_t) cfg->max_conn;
	lim->max_package = (uint64_t) cfg->package_max_length;
	lim->max_send_buffer = (uint64_t) cfg->buffer_output_size;
	lim->upload_max = (uint64_t) cfg->upload_max_filesize;
	lim->upload_dir = cfg->upload_tmp_dir;
	double interval = cfg->heartbeat_interval, idle = cfg->heartbeat_idle;
	if (interval > 0 && idle <= 0) {
		idle = 2 * interval; /* Swoole's default */
	} else if (idle > 0 && interval <= 0) {
		interval = idle / 2; /* an idle time alone still closes idle connections */
	}
	if (cfg->max_idle_time > 0) {
		/* as Swoole's, a write counts as activity, unless the heartbeat (reads only) is set */
		lim->idle_counts_sends = idle <= 0;
		/* checked often enough that a connection is closed soon after its idle time */
		idle = idle > 0 ? MIN(idle, cfg->max_idle_time) : cfg->max_idle_time;
		interval = interval > 0 ? MIN(interval, idle / 10) : idle / 10;
	}
	lim->heartbeat_interval = interval;
	lim->heartbeat_idle = idle;
	lim->compress = &cfg->compress;
}

/* document_root, enable_static_handler...: the static handler of an HTTP or WebSocket server. */
static void apply_static_handler(zend_object *server, zend_object *worker)
{
	if (wserver_server_from(server)->kind == WSERVER_SERVER_TCP) {
		return;
	}
	zval *setting = zend_read_property(wserver_server_ce, server, ZEND_STRL("setting"), 1, NULL);
	char why[400];
	wserver_worker_obj *w = wserver_worker_from(worker);
	wserver_http_static_free(w->static_files);
	w->static_files = wserver_http_static_new(Z_ARRVAL_P(setting), true, why, sizeof(why));
	if (why[0]) {
		wserver_run_all_config_error("%s::set(): %s", ZSTR_VAL(server->ce->name), why);
	}
}

zend_result wserver_server_apply_settings(zend_object *server, zend_object *worker)
{
	const wserver_server_config *cfg = wserver_server_config_of(server);
	/* unset: one worker in SWOOLE_BASE mode, one per CPU in SWOOLE_PROCESS mode, as Swoole */
	zend_long mode =
	    zval_get_long(zend_read_property(server->ce, server, ZEND_STRL("mode"), 1, NULL));
	zend_long count = cfg->worker_num > 0 ? cfg->worker_num
	                  : mode == 1         ? 1
	                                      : sysconf(_SC_NPROCESSORS_ONLN);
	if (count < 1) {
		count = 1;
	}
	zend_update_property_long(wserver_worker_ce, worker, ZEND_STRL("count"), count);
	zend_update_property_string(wserver_worker_ce, worker, ZEND_STRL("name"),
	                            ZSTR_VAL(server->ce->name));
	if (cfg->reuse_port >= 0) {
		zend_update_property_bool(wserver_worker_ce, worker, ZEND_STRL("reusePort"),
		                          cfg->reuse_port);
	}
	if (cfg->user) {
		zend_update_property_str(wserver_worker_ce, worker, ZEND_STRL("user"), cfg->user);
	}
	if (cfg->group) {
		zend_update_property_str(wserver_worker_ce, worker, ZEND_STRL("group"), cfg->group);
	}
	apply_limits(cfg, worker);
	apply_framing(cfg, server, worker);
	apply_static_handler(server, worker);
	wserver_websocket_server_apply(server, worker);
	return SUCCESS;
}

static void add_default_long(HashTable *ht, const char *key, zend_long v)
{
	if (!zend_hash_str_exists(ht, key, strlen(key))) {
		zval z;
		ZVAL_LONG(&z, v);
		zend_hash_str_update(ht, key, strlen(key), &z);
	}
}

static void add_bool(HashTable *ht, const char *key, bool v)
{
	zval z;
	ZVAL_BOOL(&z, v);
	zend_hash_str_update(ht, key, strlen(key), &z);
}

void wserver_server_fill_setting(zend_object *server, zend_long worker_num,
                                 zend_long task_worker_num)
{
	wserver_server_obj *s = wserver_server_from(server);
	const wserver_server_config *cfg = &s->config;
	zval *setting = zend_read_property(wserver_server_ce, server, ZEND_STRL("setting"), 1, NULL);
	zval filled;
	ZVAL_ARR(&filled, zend_array_dup(Z_ARRVAL_P(setting)));
	HashTable *ht = Z_ARRVAL(filled);
	add_default_long(ht, "worker_num", worker_num);
	add_default_long(ht, "task_worker_num", task_worker_num);
	zval *out = zend_read_static_property(wserver_tcp_connection_ce,
	                                      ZEND_STRL("defaultMaxSendBufferSize"), 1);
	add_default_long(ht, "output_buffer_size",
	                 cfg->buffer_output_size > 0 ? cfg->buffer_output_size
	                 : out                       ? zval_get_long(out)
	                                             : 0);
	/* without max_conn, the open-files limit bounds the connections */
	struct rlimit rl;
	zend_long files = getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY
	                      ? (zend_long) rl.rlim_cur
	                      : 0;
	add_default_long(ht, "max_connection", cfg->max_conn > 0 ? cfg->max_conn : files);
	if (s->kind != WSERVER_SERVER_TCP) {
		add_bool(ht, "open_http_protocol", true);
		add_bool(ht, "open_mqtt_protocol", false);
		add_bool(ht, "open_eof_check", false);
		add_bool(ht, "open_length_check", false);
		if (s->kind == WSERVER_SERVER_WEBSOCKET) {
			add_bool(ht, "open_websocket_protocol", true);
		}
	}
	zend_update_property(wserver_server_ce, server, ZEND_STRL("setting"), &filled);
	zval_ptr_dtor(&filled);
}

zend_string *wserver_server_options_without_effect(zend_object *server)
{
	zval *setting = zend_read_property(wserver_server_ce, server, ZEND_STRL("setting"), 1, NULL);
	smart_str out = {0};
	zend_string *name;
	ZEND_HASH_FOREACH_STR_KEY(Z_ARRVAL_P(setting), name) {
		int i = name ? option_index(name) : -1;
		/* workers always finish the requests under way before a reload (within
		 * max_wait_time), and callbacks always run in coroutines: false changes nothing */
		bool off_ignored = (zend_string_equals_literal(name, "reload_async") &&
		                    wserver_server_from(server)->config.reload_async_off) ||
		                   (zend_string_equals_literal(name, "enable_coroutine") &&
		                    wserver_server_from(server)->config.coroutine_off);
		bool applied_array = zend_string_equals_literal(name, "ssl_sni_certs") ||
		                     zend_string_equals_literal(name, "package_length_func");
		if (off_ignored || (i >= 0 && !options[i].applied) ||
		    (i < 0 && name && swoole_accepts(name) && !applied_array &&
		     !wserver_http_static_is_option(name))) {
			if (out.s) {
				smart_str_appends(&out, ", ");
			}
			smart_str_append(&out, name);
		}
	}
	ZEND_HASH_FOREACH_END();
	smart_str_0(&out);
	return out.s;
}
