/* WServer\Server: the Swoole API as a thin layer over Worker. start() makes one Worker (the
 * group) for the server's sockets and installs the Server's front end on it: C functions,
 * below, that turn the group's events into Swoole's (fd numbers, event signatures). */
#include "server.h"
#include "http_concurrency.h"
#include "send_yield.h"
#include "errors.h"
#include "system.h"
#include "core/log.h"
#include "aliases.h"
#include "frontend.h"
#include "http_server.h"
#include "master.h"
#include "run_all.h"
#include "runtime.h"
#include "process.h"
#include "server_connections.h"
#include "server_ipc.h"
#include "errors.h"
#include "system.h"
#include "coro.h"
#include "event.h"
#include "server_options.h"
#include "server_port.h"
#include "server_event_object.h"
#include "server_task_queue.h"
#include "server_stats_file.h"
#include "server_task.h"
#include "tcp_connection.h"
#include "timer.h"
#include "tls_options.h"
#include "udp_connection.h"
#include "websocket_server.h"
#include "aliases.h"
#include "exception.h"
#include "socket_export.h"
#include "worker.h"
#include "core/listener.h"
#include "core/log.h"
#include "core/websocket.h"
#include "proto/http.h"

#include <arpa/inet.h>
#include <sys/un.h>

#include "zend_closures.h"
#include "zend_interfaces.h"
#include "ext/spl/spl_array.h"
#include "zend_exceptions.h"
#include "zend_attributes.h"
#include "stubs/server_arginfo.h"

#include <errno.h>
#include <signal.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

zend_class_entry *wserver_server_ce;
static zend_object_handlers server_handlers;
static const wserver_frontend server_frontend; /* defined with its functions, below */

/* The getClientInfo() array from a connection's entry in the shared table, owned by worker_id. */
static void wserver_server_entry_info(wserver_server_obj *s, const ws_conn_entry *e, zend_long fd,
                                      zend_long worker_id, const char *unix_path, double recv_ts,
                                      zval *out);

/* The shared status: a worker's, else the master's or the manager's (start, shutdown...). */
static const ws_shm *server_shm(void)
{
	const ws_shm *shm = wserver_runtime_shm();
	return shm ? shm : wserver_master_shm();
}

static inline wserver_server_obj *server_from_obj(zend_object *obj)
{
	return (wserver_server_obj *) ((char *) obj - XtOffsetOf(wserver_server_obj, std));
}

wserver_server_obj *wserver_server_from(zend_object *obj)
{
	return server_from_obj(obj);
}

/* Every event of SPEC §1, lower-case (on() is case-insensitive, as Swoole's). The ones with a
 * dispatcher fire; the others are accepted and reported at start(). */
static const struct {
	const char *name;
	bool fires;
} events[] = {
    {"start", true},        {"shutdown", true},       {"managerstart", true},
    {"managerstop", true},  {"workerstart", true},    {"workerstop", true},
    {"workerexit", true},   {"workererror", true},    {"connect", true},
    {"receive", true},      {"packet", true},         {"close", true},
    {"task", true},         {"finish", true},         {"pipemessage", true},
    {"beforereload", true}, {"afterreload", true},    {"request", true},
    {"open", true},         {"message", true},        {"handshake", true},
    {"disconnect", true},   {"beforeshutdown", true}, {"beforehandshakeresponse", true},
};

static zend_object *server_create(zend_class_entry *ce)
{
	wserver_server_obj *s = zend_object_alloc(sizeof(*s), ce);
	zend_object_std_init(&s->std, ce);
	object_properties_init(&s->std, ce);
	s->std.handlers = &server_handlers;
	zend_hash_init(&s->events, 8, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&s->closing, 0, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&s->uids, 0, NULL, NULL, 0);
	zend_hash_init(&s->processes, 0, NULL, ZVAL_PTR_DTOR, 0);
	s->user_group = -1;
	s->process_index = -1;
	s->worker_id = -1;
	s->group = s->task_group = -1;
	s->early_fd = -1;
	wserver_server_config_init(&s->config);
	return &s->std;
}

static void server_free(zend_object *obj)
{
	wserver_server_obj *s = server_from_obj(obj);
	zend_hash_destroy(&s->events);
	zend_hash_destroy(&s->closing);
	zend_hash_destroy(&s->uids);
	zend_hash_destroy(&s->processes);
	if (s->early_fd >= 0) {
		close(s->early_fd);
	}
	if (s->user_worker) {
		OBJ_RELEASE(s->user_worker);
	}
	wserver_server_config_free(&s->config);
	if (s->bad_options) {
		zend_hash_destroy(s->bad_options);
		FREE_HASHTABLE(s->bad_options);
	}
	if (s->worker) {
		OBJ_RELEASE(s->worker);
	}
	if (s->task_worker) {
		OBJ_RELEASE(s->task_worker);
	}
	zend_object_std_dtor(obj);
}

/* Callbacks and the Worker: the cycle collector must see them. */
static HashTable *server_get_gc(zend_object *obj, zval **table, int *n)
{
	wserver_server_obj *s = server_from_obj(obj);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
	zval *cb;
	ZEND_HASH_FOREACH_VAL(&s->events, cb) {
		zend_get_gc_buffer_add_zval(buf, cb);
	}
	ZEND_HASH_FOREACH_END();
	ZEND_HASH_FOREACH_VAL(&s->closing, cb) {
		zend_get_gc_buffer_add_zval(buf, cb);
	}
	ZEND_HASH_FOREACH_END();
	ZEND_HASH_FOREACH_VAL(&s->processes, cb) {
		zend_get_gc_buffer_add_zval(buf, cb);
	}
	ZEND_HASH_FOREACH_END();
	if (s->user_worker) {
		zend_get_gc_buffer_add_obj(buf, s->user_worker);
	}
	if (s->worker) {
		zend_get_gc_buffer_add_obj(buf, s->worker);
	}
	if (s->task_worker) {
		zend_get_gc_buffer_add_obj(buf, s->task_worker);
	}
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(obj);
}

zval *wserver_server_event(wserver_server_obj *s, const char *name)
{
	return zend_hash_str_find(&s->events, name, strlen(name));
}

/* Call cb (checked callable by on()) with args. A Closure, the common case, is called without
 * resolving it by name again. Exceptions stay pending. */
static void call_event(zval *cb, uint32_t argc, zval *argv)
{
	zval rv;
	ZVAL_UNDEF(&rv);
	zend_fcall_info_cache fcc;
	zend_object *obj = Z_TYPE_P(cb) == IS_OBJECT ? Z_OBJ_P(cb) : NULL;
	if (obj && obj->ce == zend_ce_closure &&
	    obj->handlers->get_closure(obj, &fcc.called_scope, &fcc.function_handler, &fcc.object, 0) ==
	        SUCCESS) {
		zend_call_known_function(fcc.function_handler, fcc.object, fcc.called_scope, &rv, argc,
		                         argv, NULL);
	} else {
		call_user_function(NULL, NULL, cb, &rv, argc, argv);
	}
	zval_ptr_dtor(&rv);
}

/* Call the event's callback with args; false when it is not set. Exceptions stay pending. */
bool wserver_server_fire(wserver_server_obj *s, const char *name, uint32_t argc, zval *argv)
{
	zval *cb = wserver_server_event(s, name);
	if (!cb) {
		return false;
	}
	call_event(cb, argc, argv);
	return true;
}

/* ---- fd numbers: unique across workers (server.h) ---- */

zend_long wserver_server_fd(wserver_server_obj *s, ws_conn *c)
{
	return s->config.start_session_id + (zend_long) c->id;
}

/* This worker's TcpConnection of fd, or NULL. */
static zend_object *local_conn(wserver_server_obj *s, zend_long fd)
{
	zval *conns = s->worker ? WPROP(s->worker, WP_CONNECTIONS) : NULL;
	if (!conns || Z_TYPE_P(conns) != IS_ARRAY || fd - s->config.start_session_id < 1) {
		return NULL;
	}
	zval *conn = zend_hash_index_find(Z_ARRVAL_P(conns), (zend_ulong) wserver_fd_conn_id(s, fd));
	return conn && Z_TYPE_P(conn) == IS_OBJECT ? Z_OBJ_P(conn) : NULL;
}

/* The worker that owns fd: this one when it holds fd, else the one the shared table lists it
 * for; -1 when none (or no worker runs here). */
static zend_long fd_owner(wserver_server_obj *s, zend_long fd)
{
	if (!s->worker || (s->worker_id < 0 && !wserver_ipc_outsider())) {
		return -1;
	}
	return local_conn(s, fd) ? s->worker_id : wserver_ipc_fd_worker(s, fd);
}

/* The TcpConnection of fd in this worker, or NULL; warns (unless quiet) when fd belongs to
 * another worker, which cannot be reached for this. */
zend_object *wserver_server_conn(wserver_server_obj *s, zend_long fd, bool quiet)
{
	if (!s->worker || s->worker_id < 0) {
		return NULL;
	}
	zend_object *conn = local_conn(s, fd);
	if (!conn && !quiet) {
		zend_long owner = wserver_ipc_fd_worker(s, fd);
		if (owner >= 0 && owner != s->worker_id) {
			php_error_docref(NULL, E_WARNING,
			                 "fd %ld belongs to worker %ld: reaching another worker's connections "
			                 "is not supported yet",
			                 (long) fd, (long) owner);
		}
	}
	return conn;
}

/* ---- the PHP API ---- */

/* As Swoole, a TCP server's port is bound by the constructor: clients may connect (and wait in
 * the backlog) as soon as it returns, and port 0 is the port picked. If the bind fails (a bad
 * address, the port busy: a running server asked to stop) start() tries again and reports it. */
static void early_bind(zend_object *obj, zend_string *host, zend_long port, zend_long type)
{
	if ((type != 1 && type != 3) || port < 0 || port > 65535) { /* TCP, TCP6 */
		return;
	}
	bool v6 = memchr(ZSTR_VAL(host), ':', ZSTR_LEN(host)) != NULL;
	char name[600], err[300];
	snprintf(name, sizeof(name), "tcp://%s%s%s:%ld", v6 ? "[" : "", ZSTR_VAL(host), v6 ? "]" : "",
	         (long) port);
	ws_listener l;
	if (ws_listener_parse(&l, name, err, sizeof(err)) != WS_OK) {
		return;
	}
	if (ws_listener_bind(&l) != WS_OK) {
		/* an address this machine does not have cannot be a running server's (whose busy port
		 * start() reports, so that "php app.php stop" works): as Swoole, the constructor
		 * throws, errno as the code */
		if (errno == EADDRNOTAVAIL) {
			zend_throw_exception_ex(wserver_exception_ce, errno,
			                        "failed to listen server port[%s:%ld], Error: %s[%d]",
			                        ZSTR_VAL(host), (long) port, strerror(errno), errno);
		}
		return;
	}
	server_from_obj(obj)->early_fd = l.fd;
	if (port == 0) {
		char ip[64];
		int bound;
		ws_sockaddr_split((struct sockaddr *) &l.addr, ip, sizeof(ip), &bound);
		zend_update_property_long(obj->ce, obj, ZEND_STRL("port"), bound);
	}
}

ZEND_METHOD(WServer_Server, __construct)
{
	zend_string *host;
	zend_long port = 0, mode = 1, type = 1;
	ZEND_PARSE_PARAMETERS_START(1, 4)
	Z_PARAM_STR(host)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(port)
	Z_PARAM_LONG(mode)
	Z_PARAM_LONG(type)
	ZEND_PARSE_PARAMETERS_END();
	/* a bad host, port, mode or type is reported by start (one line, exit code 1), as a busy
	 * port is: the server object stays usable, and stop, status... still work */
	zend_update_property_str(wserver_server_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("host"), host);
	zend_update_property_long(wserver_server_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("port"), port);
	zend_update_property_long(wserver_server_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("mode"), mode);
	zend_update_property_long(wserver_server_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("type"), type);
	early_bind(Z_OBJ_P(ZEND_THIS), host, port, type);
}

bool wserver_events_on(HashTable *table, zend_string *name, zval *cb)
{
	zend_string *lc = zend_string_tolower(name);
	bool known = false;
	for (size_t i = 0; i < sizeof(events) / sizeof(events[0]); i++) {
		known = known || zend_string_equals_cstr(lc, events[i].name, strlen(events[i].name));
	}
	if (!known) {
		zend_string_release(lc);
		/* as Swoole: a warning and false, the script goes on */
		php_error_docref(NULL, E_WARNING, "\"%s\" is not a server event: ignored", ZSTR_VAL(name));
		return false;
	}
	/* resolved here, in the caller's scope, as Swoole does: a private method the class itself
	 * passes works later, called from the loop; one that is not callable here is refused now */
	char *error = NULL;
	zend_string *cb_name = NULL;
	zend_fcall_info_cache fcc;
	if (!zend_is_callable_ex(cb, NULL, 0, &cb_name, &fcc, &error)) {
		zend_string_release(lc);
		if (wserver_aliases_swoole()) {
			/* Swoole's words: its Server::on() hands the callback to its port's on() */
			zend_error(E_WARNING, "Swoole\\Server\\Port::on(): function '%s' is not callable",
			           ZSTR_VAL(cb_name));
		} else {
			php_error_docref(NULL, E_WARNING, "the \"%s\" callback is not callable: %s",
			                 ZSTR_VAL(name), error ? error : "");
		}
		zend_string_release(cb_name);
		if (error) {
			efree(error);
		}
		return false;
	}
	zend_string_release(cb_name);
	if (error) {
		efree(error);
	}
	zval closure;
	if (Z_TYPE_P(cb) == IS_OBJECT && Z_OBJCE_P(cb) == zend_ce_closure) {
		ZVAL_COPY(&closure, cb);
	} else {
		zval this_zv;
		if (fcc.object) {
			ZVAL_OBJ(&this_zv, fcc.object);
		}
		zend_create_fake_closure(&closure, fcc.function_handler, fcc.calling_scope,
		                         fcc.called_scope, fcc.object ? &this_zv : NULL);
	}
	zend_hash_update(table, lc, &closure);
	zend_string_release(lc);
	return true;
}

void wserver_events_get(HashTable *table, zend_string *name, zval *return_value)
{
	zend_string *lc = zend_string_tolower(name);
	zval *cb = zend_hash_find(table, lc);
	zend_string_release(lc);
	if (!cb) {
		RETURN_NULL();
	}
	if (Z_TYPE_P(cb) == IS_OBJECT && Z_OBJCE_P(cb) == zend_ce_closure) {
		RETURN_COPY(cb);
	}
	zend_call_method_with_1_params(NULL, zend_ce_closure, NULL, "fromcallable", return_value, cb);
}

ZEND_METHOD(WServer_Server, on)
{
	zend_string *name;
	zval *cb;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(name)
	Z_PARAM_ZVAL(cb)
	ZEND_PARSE_PARAMETERS_END();
	wserver_server_obj *s = server_from_obj(Z_OBJ_P(ZEND_THIS));
	if (!wserver_events_on(&s->events, name, cb)) {
		RETURN_FALSE; /* warned */
	}
	s->on_request = wserver_server_event(s, "request"); /* on() may have moved them */
	s->on_receive = wserver_server_event(s, "receive");
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Server, getCallback)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	wserver_events_get(&server_from_obj(Z_OBJ_P(ZEND_THIS))->events, name, return_value);
}

/* The Worker socket name for obj (a Server or a Port): the scheme, the address by its host,
 * port and socket type. NULL after a configuration error naming who (start reports it). */
static zend_string *socket_name(zend_object *obj, const char *scheme, const char *who)
{
	zval *host = zend_read_property(obj->ce, obj, ZEND_STRL("host"), 1, NULL);
	zend_long port = zval_get_long(zend_read_property(obj->ce, obj, ZEND_STRL("port"), 1, NULL));
	zend_long type = wserver_sock_type(obj);
	if (type < 1 || type > 6) {
		wserver_run_all_config_error("%s: the socket type must be one of the WSERVER_SOCK_* "
		                             "constants, " ZEND_LONG_FMT " given",
		                             who, type);
		return NULL;
	}
	if (type == 2 || type == 4 || type == 6) { /* UDP, UDP6, UNIX_DGRAM */
		if (strcmp(scheme, "tcp") != 0) {
			wserver_run_all_config_error("%s: a %s server cannot run over UDP", who, scheme);
			return NULL;
		}
		if (type == 6) {
			return zend_strpprintf(0, "udg://%s", Z_STRVAL_P(host));
		}
		scheme = "udp";
	}
	if (type == 5) { /* UNIX_STREAM: an http or websocket one gets its codec in start() */
		return zend_strpprintf(0, "unix://%s", Z_STRVAL_P(host));
	}
	bool v6 = strchr(Z_STRVAL_P(host), ':') != NULL;
	return zend_strpprintf(0, "%s://%s%s%s:%ld", scheme, v6 ? "[" : "", Z_STRVAL_P(host),
	                       v6 ? "]" : "", (long) port);
}

/* Whether the script was run with one of the control words (php app.php stop, ...) or
 * Worker::$command: then they apply to a Server too. */
static bool command_given(void)
{
	static const char *const verbs[] = {"start",  "stop",   "restart",
	                                    "reload", "status", "connections"};
	zval *cmd = zend_read_static_property(wserver_worker_ce, ZEND_STRL("command"), 1);
	if (cmd && Z_TYPE_P(cmd) == IS_STRING && Z_STRLEN_P(cmd) > 0) {
		return true;
	}
	zval *argv = zend_hash_str_find_ind(&EG(symbol_table), ZEND_STRL("argv"));
	zval *word = NULL;
	if (argv) {
		ZVAL_DEREF(argv);
		word = Z_TYPE_P(argv) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(argv), 1) : NULL;
	}
	for (size_t i = 0; word && Z_TYPE_P(word) == IS_STRING && i < sizeof(verbs) / sizeof(verbs[0]);
	     i++) {
		if (strcmp(Z_STRVAL_P(word), verbs[i]) == 0) {
			return true;
		}
	}
	return false;
}

/* Whether this run starts the server: no control word, or start / restart (stop, status...
 * work whatever the script's callbacks). */
static bool starting(void)
{
	if (!command_given()) {
		return true;
	}
	zval *cmd = zend_read_static_property(wserver_worker_ce, ZEND_STRL("command"), 1);
	const char *word =
	    cmd && Z_TYPE_P(cmd) == IS_STRING && Z_STRLEN_P(cmd) ? Z_STRVAL_P(cmd) : NULL;
	if (!word) {
		zval *argv = zend_hash_str_find_ind(&EG(symbol_table), ZEND_STRL("argv"));
		zval *w = NULL;
		if (argv) {
			ZVAL_DEREF(argv);
			w = Z_TYPE_P(argv) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(argv), 1) : NULL;
		}
		word = w && Z_TYPE_P(w) == IS_STRING ? Z_STRVAL_P(w) : "";
	}
	return strcmp(word, "start") == 0 || strcmp(word, "restart") == 0;
}

/* task_worker_num > 0: a Worker without a socket whose processes run the task callback. */
static zend_result start_task_workers(zend_object *obj, wserver_server_obj *s)
{
	s->task_worker_num = s->config.task_worker_num;
	if (s->task_worker_num <= 0) {
		s->task_worker_num = 0;
		return SUCCESS;
	}
	if (!wserver_server_event(s, "task")) {
		wserver_run_all_config_error("task_worker_num is " ZEND_LONG_FMT
		                             " but there is no \"task\" callback",
		                             s->task_worker_num);
		s->task_worker_num = 0;
		return SUCCESS;
	}
	s->task_worker = wserver_worker_new(NULL);
	wserver_worker_mark_task(s->task_worker);
	wserver_worker_mark_server(s->task_worker);
	zend_update_property_long(wserver_worker_ce, s->task_worker, ZEND_STRL("count"),
	                          s->task_worker_num);
	zend_string *name = zend_strpprintf(0, "%s task", ZSTR_VAL(obj->ce->name));
	zend_update_property_str(wserver_worker_ce, s->task_worker, ZEND_STRL("name"), name);
	zend_string_release(name);
	wserver_worker_set_frontend(s->task_worker, &server_frontend, obj);
	/* as Swoole's: replaced after task_max_request tasks (server_task.c counts them) */
	wserver_worker_limits_of(s->task_worker)->max_request = (uint64_t) s->config.task_max_request;
	return SUCCESS;
}

/* addProcess(): a Worker without a socket, one process per Process, each running its
 * callback (restarted by the manager when it ends, as Swoole's user processes). */
static void start_user_processes(zend_object *obj, wserver_server_obj *s)
{
	uint32_t n = zend_hash_num_elements(&s->processes);
	if (n == 0) {
		return;
	}
	s->user_worker = wserver_worker_new(NULL);
	wserver_worker_mark_server(s->user_worker);
	zend_update_property_long(wserver_worker_ce, s->user_worker, ZEND_STRL("count"), n);
	zend_string *name = zend_strpprintf(0, "%s user process", ZSTR_VAL(obj->ce->name));
	zend_update_property_str(wserver_worker_ce, s->user_worker, ZEND_STRL("name"), name);
	zend_string_release(name);
	wserver_worker_set_frontend(s->user_worker, &server_frontend, obj);
}

ZEND_METHOD(WServer_Server, addProcess)
{
	zval *process;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJECT_OF_CLASS(process, wserver_process_ce)
	ZEND_PARSE_PARAMETERS_END();
	wserver_server_obj *s = server_from_obj(Z_OBJ_P(ZEND_THIS));
	if (s->worker) {
		php_error_docref(NULL, E_WARNING, "addProcess() must be called before start()");
		RETURN_FALSE;
	}
	if (!wserver_process_open_for_server(Z_OBJ_P(process))) {
		RETURN_FALSE;
	}
	zend_long id = zend_hash_num_elements(&s->processes);
	Z_ADDREF_P(process);
	zend_hash_next_index_insert(&s->processes, process);
	zend_update_property_long(Z_OBJCE_P(process), Z_OBJ_P(process), ZEND_STRL("id"), id);
	RETURN_LONG(id);
}

/* The Ports of $ports, in order (listener index = position + 1). */
static HashTable *ports_of(zend_object *obj)
{
	return Z_ARRVAL_P(zend_read_property(wserver_server_ce, obj, ZEND_STRL("ports"), 1, NULL));
}

/* The port number listener (0: the server's own socket; then the Ports) listens on. */
static zend_long listener_port(wserver_server_obj *s, uint16_t listener)
{
	zval *p = listener > 0 ? zend_hash_index_find(ports_of(&s->std), listener - 1) : NULL;
	zend_object *obj = p && Z_TYPE_P(p) == IS_OBJECT ? Z_OBJ_P(p) : &s->std;
	return zval_get_long(zend_read_property(obj->ce, obj, ZEND_STRL("port"), 1, NULL));
}

/* The callback of event (lower-case) for connections of listener port (0: the server's own
 * socket; then the Ports in order): the Port's, else the server's; NULL when neither. */
zval *wserver_server_event_at(wserver_server_obj *s, uint16_t port, const char *name)
{
	if (port > 0) {
		zval *p = zend_hash_index_find(ports_of(&s->std), port - 1);
		zval *cb = p && Z_TYPE_P(p) == IS_OBJECT ? wserver_port_event(Z_OBJ_P(p), name) : NULL;
		if (cb) {
			return cb;
		}
	}
	return wserver_server_event(s, name);
}

bool wserver_server_fire_at(wserver_server_obj *s, uint16_t port, const char *name, uint32_t argc,
                            zval *argv)
{
	zval *cb = wserver_server_event_at(s, port, name);
	if (!cb) {
		return false;
	}
	call_event(cb, argc, argv);
	return true;
}

/* Whether the server or one of its ports has event name. */
static bool any_event(wserver_server_obj *s, const char *name)
{
	zval *p;
	if (wserver_server_event(s, name)) {
		return true;
	}
	ZEND_HASH_FOREACH_VAL(ports_of(&s->std), p) {
		if (wserver_port_event(Z_OBJ_P(p), name)) {
			return true;
		}
	}
	ZEND_HASH_FOREACH_END();
	return false;
}

/* Warn about events set on the server or a port that do not fire yet. */
static void check_port_events(wserver_server_obj *s)
{
	for (size_t i = 0; i < sizeof(events) / sizeof(events[0]); i++) {
		if (!events[i].fires && any_event(s, events[i].name)) {
			php_error_docref(NULL, E_WARNING,
			                 "the \"%s\" event is not supported yet: it will not fire",
			                 events[i].name);
		}
	}
}

/* The event a stream listener's connections cannot do without, by its scheme (NULL for a
 * datagram socket, which check_packet_events() checks). */
static const char *required_event(zend_long type, const char *scheme)
{
	if (type == 2 || type == 4 || type == 6) {
		return NULL; /* a datagram socket: check_packet_events() */
	}
	return strcmp(scheme, "websocket") == 0 ? "message"
	       : strcmp(scheme, "http") == 0    ? "request"
	                                        : "receive";
}

/* As Swoole: start() is a fatal error when a stream listener has no callback for what arrives
 * on it (a TCP socket without receive, HTTP without request, WebSocket without message). */
static bool check_required_events(zend_object *obj, wserver_server_obj *s, const char *scheme)
{
	static const char *const names[] = {"Receive", "Request", "Message"};
	zend_long type = wserver_sock_type(obj);
	const char *need = required_event(type, scheme);
	uint16_t port = 0;
	zval *p;
	bool ok = !need || wserver_server_event(s, need) != NULL;
	ZEND_HASH_FOREACH_VAL(ports_of(obj), p) {
		if (!ok) {
			break;
		}
		port++;
		zend_long ptype = wserver_sock_type(Z_OBJ_P(p));
		need = required_event(ptype, wserver_port_scheme(Z_OBJ_P(p), scheme));
		ok = !need || wserver_server_event_at(s, port, need) != NULL;
	}
	ZEND_HASH_FOREACH_END();
	if (!ok) {
		const char *name = need;
		for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
			if (strcasecmp(names[i], need) == 0) {
				name = names[i];
			}
		}
		zend_error_noreturn(E_ERROR,
		                    "%s::start(): require on%s callback: nothing would handle "
		                    "what arrives on %s",
		                    ZSTR_VAL(obj->ce->name), name,
		                    port ? "one of its addListener() ports" : "its socket");
	}
	return ok;
}

static bool is_datagram_type(zend_object *obj)
{
	zend_long type = wserver_sock_type(obj);
	return type == 2 || type == 4 || type == 6; /* UDP, UDP6, UNIX_DGRAM */
}

/* A datagram socket hands its messages to "packet" only: without one they would be dropped
 * unseen (a client waits for nothing), so start() is a fatal error naming the callback, as
 * Swoole's (its tests look for "require onPacket callback" and exit code 255). */
static void check_packet_events(zend_object *obj, wserver_server_obj *s)
{
	uint16_t i = 0;
	/* (an HTTP or WebSocket server over UDP is refused with its own reason at start) */
	if (s->kind == WSERVER_SERVER_TCP && is_datagram_type(obj) &&
	    !wserver_server_event_at(s, 0, "packet")) {
		zend_error_noreturn(E_ERROR,
		                    "%s::start(): require onPacket callback: nothing would handle what "
		                    "arrives on its datagram socket",
		                    ZSTR_VAL(obj->ce->name));
	}
	zval *p;
	ZEND_HASH_FOREACH_VAL(ports_of(obj), p) {
		i++;
		if (Z_TYPE_P(p) == IS_OBJECT && is_datagram_type(Z_OBJ_P(p)) &&
		    !wserver_server_event_at(s, i, "packet")) {
			zend_error_noreturn(E_ERROR,
			                    "%s::start(): require onPacket callback: nothing would handle "
			                    "what arrives on one of its addListener() datagram ports",
			                    ZSTR_VAL(obj->ce->name));
		}
	}
	ZEND_HASH_FOREACH_END();
}

/* Each Port becomes one more socket of the Worker; a bad one is a configuration error. */
static void add_ports(zend_object *obj, wserver_server_obj *s, const char *scheme)
{
	zval *p;
	char who[200];
	snprintf(who, sizeof(who), "%s::addListener()", ZSTR_VAL(obj->ce->name));
	ZEND_HASH_FOREACH_VAL(ports_of(obj), p) {
		zend_string *name = socket_name(Z_OBJ_P(p), wserver_port_scheme(Z_OBJ_P(p), scheme), who);
		if (!name) {
			return;
		}
		char err[300];
		bool ok = wserver_worker_add_listener(s->worker, ZSTR_VAL(name), err, sizeof(err));
		zend_string_release(name);
		if (!ok) {
			wserver_run_all_config_error("%s: %s", who, err);
			return;
		}
	}
	ZEND_HASH_FOREACH_END();
}

/* The TLS context of listener l for sock (the Server or a Port) given WSERVER_SSL: from the
 * ssl_* settings, own (a Port's) before inherited (the Server's). false after a configuration
 * error naming who and the option. */
static bool tls_for(zend_object *sock, HashTable *own, HashTable *inherited, ws_listener *l,
                    const char *scheme, const char *who)
{
	if (!wserver_sock_ssl(sock)) {
		return true;
	}
	char err[600];
	bool ok = true;
	if (!ws_tls_available()) {
		snprintf(err, sizeof(err),
		         "WSERVER_SSL: wserver was built without OpenSSL (--without-wserver-openssl)");
		ok = false;
	} else if (l->transport == WS_TRANSPORT_UDP) {
		snprintf(err, sizeof(err), "WSERVER_SSL: a datagram socket cannot have TLS");
		ok = false;
	}
	wserver_tls_spec spec;
	if (ok) {
		ok = wserver_tls_from_swoole(&spec, own, inherited, false, err, sizeof(err));
		if (ok && !spec.opts.cert_file) {
			snprintf(err, sizeof(err), "WSERVER_SSL on %s needs ssl_cert_file (and ssl_key_file)",
			         l->name);
			ok = false;
		}
		if (ok) {
			spec.opts.alpn_http = strcmp(scheme, "http") == 0 || strcmp(scheme, "websocket") == 0;
			l->tls = wserver_tls_server_ctx(&spec, err, sizeof(err));
			ok = l->tls != NULL;
		}
		wserver_tls_spec_free(&spec);
	}
	if (!ok) {
		wserver_run_all_config_error("%s: %s", who, err);
	}
	return ok;
}

/* The WSERVER_SSL sockets (the server's own, its Ports) get their TLS contexts. */
static void setup_tls(zend_object *obj, wserver_server_obj *s, const char *scheme)
{
	wserver_worker_obj *wo = wserver_worker_from(s->worker);
	if (!wo->has_listener) {
		return;
	}
	HashTable *server_set =
	    Z_ARRVAL_P(zend_read_property(obj->ce, obj, ZEND_STRL("setting"), 1, NULL));
	ws_listener *l = &wo->listener;
	if (!tls_for(obj, server_set, NULL, l, scheme, ZSTR_VAL(obj->ce->name))) {
		return;
	}
	char who[200];
	snprintf(who, sizeof(who), "%s::addListener()", ZSTR_VAL(obj->ce->name));
	zval *p;
	ZEND_HASH_FOREACH_VAL(ports_of(obj), p) {
		l = l->next;
		if (!l || Z_TYPE_P(p) != IS_OBJECT) {
			return; /* a bad port: already a configuration error */
		}
		zval *own = zend_read_property(wserver_port_ce, Z_OBJ_P(p), ZEND_STRL("setting"), 1, NULL);
		if (!tls_for(Z_OBJ_P(p), Z_TYPE_P(own) == IS_ARRAY ? Z_ARRVAL_P(own) : NULL, server_set, l,
		             wserver_port_scheme(Z_OBJ_P(p), scheme), who)) {
			return;
		}
	}
	ZEND_HASH_FOREACH_END();
}

ZEND_METHOD(WServer_Server, addListener)
{
	zend_string *host;
	zend_long port, type = 1;
	ZEND_PARSE_PARAMETERS_START(2, 3)
	Z_PARAM_STR(host)
	Z_PARAM_LONG(port)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(type)
	ZEND_PARSE_PARAMETERS_END();
	wserver_server_obj *s = server_from_obj(Z_OBJ_P(ZEND_THIS));
	if (s->worker) {
		php_error_docref(NULL, E_WARNING, "addListener() must be called before start()");
		RETURN_FALSE;
	}
	/* a bad port or type is reported by start, as the server's own */
	zend_object *p = wserver_port_create(host, port, type);
	zval pz, *ports = zend_read_property(wserver_server_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("ports"),
	                                     1, NULL);
	ZVAL_OBJ(&pz, p);
	zval copy;
	ZVAL_ARR(&copy, zend_array_dup(Z_ARRVAL_P(ports)));
	Z_ADDREF(pz);
	add_next_index_zval(&copy, &pz);
	zend_update_property(wserver_server_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("ports"), &copy);
	zval_ptr_dtor(&copy);
	RETURN_OBJ(p);
}

ZEND_METHOD(WServer_Server, start)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	wserver_server_obj *s = server_from_obj(obj);
	if (s->worker) {
		php_error_docref(NULL, E_WARNING, "the server is already started");
		RETURN_FALSE;
	}
	if (wserver_coro_cid() > 0 && !wserver_runtime_worker()) {
		/* as Swoole: in a script's coroutine its loop runs already; a server needs its own */
		wserver_aliases_warning(obj->ce,
		                        "The event-loop has already been created, unable to start %s",
		                        wserver_aliases_class_name(obj->ce));
		RETURN_FALSE;
	}
	if (s->served && wserver_aliases_swoole()) {
		/* as Swoole, whose programs and tests read this wording (ours follows otherwise) */
		wserver_aliases_warning(obj->ce,
		                        "The server have been shutdown, unable to execute %s->start()",
		                        wserver_aliases_class_name(obj->ce));
		RETURN_FALSE;
	}
	if (wserver_run_all_entered()) {
		/* as Swoole: a server that ran and stopped does not start again */
		php_error_docref(NULL, E_WARNING,
		                 "a server ran in this process already and has stopped: "
		                 "start() cannot run one again");
		RETURN_FALSE;
	}
	s->kind = instanceof_function(obj->ce, wserver_websocket_server_ce) ? WSERVER_SERVER_WEBSOCKET
	          : instanceof_function(obj->ce, wserver_http_server_ce)    ? WSERVER_SERVER_HTTP
	                                                                    : WSERVER_SERVER_TCP;
	/* configuration mistakes are kept for start to report, so that a Worker is made anyway
	 * and stop, status... work whatever the script says */
	const char *who = ZSTR_VAL(obj->ce->name);
	zend_long mode = zval_get_long(zend_read_property(obj->ce, obj, ZEND_STRL("mode"), 1, NULL));
	if (mode != 1 && mode != 2) {
		wserver_run_all_config_error(
		    "%s: the mode must be WSERVER_BASE or WSERVER_PROCESS, " ZEND_LONG_FMT " given", who,
		    mode);
	}
	wserver_server_report_bad_options(obj);
	static const char *const schemes[] = {"tcp", "http", "websocket"};
	if (starting()) {
		check_required_events(obj, s, schemes[s->kind]);
	}
	zend_string *name = socket_name(obj, schemes[s->kind], who);
	check_port_events(s);
	check_packet_events(obj, s);
	s->worker = wserver_worker_new(name);
	if (name) {
		zend_string_release(name);
	}
	wserver_worker_obj *own = wserver_worker_from(s->worker);
	if (s->early_fd >= 0 && own->has_listener && own->listener.fd < 0) {
		own->listener.fd =
		    s->early_fd; /* the backlog set() asks for is applied when the groups start */
		s->early_fd = -1;
	}
	wserver_worker_mark_server(s->worker);
	if (own->has_listener && own->listener.transport == WS_TRANSPORT_UNIX &&
	    s->kind != WSERVER_SERVER_TCP) {
		/* an Http or WebSocket server on a Unix socket: the codec the scheme would give */
		own->listener.proto =
		    s->kind == WSERVER_SERVER_WEBSOCKET ? &ws_proto_websocket : &ws_proto_http;
	}
	add_ports(obj, s, schemes[s->kind]);
	if (starting()) {
		setup_tls(obj, s, schemes[s->kind]);
	}
	if (wserver_server_apply_settings(obj, s->worker) != SUCCESS) {
		RETURN_THROWS();
	}
	if (start_task_workers(obj, s) != SUCCESS) {
		RETURN_THROWS();
	}
	start_user_processes(obj, s);
	s->fires[WSERVER_EV_MESSAGE] = true;
	s->fires[WSERVER_EV_CONNECT] = any_event(s, "connect");
	s->fires[WSERVER_EV_CLOSE] = any_event(s, "close") || any_event(s, "disconnect");
	/* as Swoole: a handshake callback answers the handshake, and open does not fire */
	/* beforeHandshakeResponse: our handshake, shown to it before it is sent; open follows */
	bool handshake_cb = wserver_server_event(s, "handshake") != NULL;
	s->fires[WSERVER_EV_WS_CONNECT] =
	    s->kind == WSERVER_SERVER_WEBSOCKET &&
	    (handshake_cb || wserver_server_event(s, "beforehandshakeresponse"));
	s->fires[WSERVER_EV_WS_CONNECTED] = !handshake_cb && any_event(s, "open");
	s->fires_exit = wserver_server_event(s, "workerexit") != NULL;
	wserver_worker_set_frontend(s->worker, &server_frontend, obj);
	if (s->kind == WSERVER_SERVER_WEBSOCKET && wserver_server_event(s, "request")) {
		wserver_worker_set_http_fallback(s->worker);
	}
	s->worker_num = zval_get_long(WPROP(s->worker, WP_COUNT));
	s->group = wserver_worker_group_index(s->worker);
	s->task_group = s->task_worker ? wserver_worker_group_index(s->task_worker) : -1;
	s->user_group = s->user_worker ? wserver_worker_group_index(s->user_worker) : -1;
	wserver_server_fill_setting(obj, s->worker_num, s->task_worker_num);
	wserver_ipc_want(obj);
	if (!command_given()) {
		zval cmd;
		ZVAL_STRING(&cmd, "start"); /* a Swoole script runs with no words: it starts */
		zend_update_static_property(wserver_worker_ce, ZEND_STRL("command"), &cmd);
		zval_ptr_dtor(&cmd);
	}
	wserver_master_server = obj; /* its master and manager events */
	/* a Swoole program's server logs in Swoole's line format */
	ws_log_swoole_format(wserver_aliases_swoole());
	ws_log_set_process('#', 0);
	bool returned = wserver_run_all("Server::start()", true);
	s->served = true;
	ws_log_swoole_format(false);
	wserver_master_server = NULL;
	/* served: drop the Workers (runAll() keeps its own references while it serves them) */
	OBJ_RELEASE(s->worker);
	s->worker = NULL;
	if (s->task_worker) {
		OBJ_RELEASE(s->task_worker);
		s->task_worker = NULL;
	}
	if (s->user_worker) {
		OBJ_RELEASE(s->user_worker);
		s->user_worker = NULL;
	}
	RETURN_BOOL(returned);
}

static wserver_server_obj *this_server(zval *this_zv)
{
	return server_from_obj(Z_OBJ_P(this_zv));
}

/* A datagram to the socket path of a unix datagram client (what its packet's $clientInfo
 * names); false with a warning when path cannot be a socket address. */
static bool send_to_path(zend_string *path, zend_string *data, int fd)
{
	struct sockaddr_un un;
	if (ZSTR_LEN(path) >= sizeof(un.sun_path)) {
		php_error_docref(NULL, E_WARNING, "socket path \"%s\" is too long", ZSTR_VAL(path));
		return false;
	}
	memset(&un, 0, sizeof(un));
	un.sun_family = AF_UNIX;
	memcpy(un.sun_path, ZSTR_VAL(path), ZSTR_LEN(path) + 1);
	return wserver_runtime_sendto_from(fd, (struct sockaddr *) &un, sizeof(un), ZSTR_VAL(data),
	                                   ZSTR_LEN(data));
}

ZEND_METHOD(WServer_Server, send)
{
	zend_long fd;
	zend_string *data;
	zend_long server_socket = -1;
	zval *fd_zv;
	ZEND_PARSE_PARAMETERS_START(2, 3)
	Z_PARAM_ZVAL(fd_zv)
	Z_PARAM_STR(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(server_socket)
	ZEND_PARSE_PARAMETERS_END();
	if (Z_TYPE_P(fd_zv) == IS_STRING && Z_STRVAL_P(fd_zv)[0] == '/') {
		/* a unix datagram server answers a client by its socket path, as Swoole's send() */
		if (server_socket != -1 && !wserver_runtime_is_datagram_fd((int) server_socket)) {
			RETURN_FALSE; /* as Swoole: no such server socket, no warning */
		}
		RETURN_BOOL(send_to_path(Z_STR_P(fd_zv), data, (int) server_socket));
	}
	/* as Swoole's send(): a null or non-positive fd is the caller's mistake, said aloud */
	if (Z_TYPE_P(fd_zv) == IS_NULL) {
		wserver_aliases_warning(wserver_server_ce, "fd can not be null");
		RETURN_FALSE;
	}
	fd = zval_get_long(fd_zv);
	if (fd <= 0) {
		wserver_aliases_warning(wserver_server_ce, "invalid fd[" ZEND_LONG_FMT "]", fd);
		RETURN_FALSE;
	}
	wserver_server_obj *s = this_server(ZEND_THIS);
	zend_long owner = fd_owner(s, fd);
	if (owner >= 0 && owner != s->worker_id) {
		RETURN_BOOL(wserver_ipc_fd_send(s, fd, data)); /* the owner sends it */
	}
	zend_object *conn = wserver_server_conn(s, fd, false);
	if (!conn) {
		RETURN_FALSE;
	}
	if (wserver_server_output_too_large(ZSTR_LEN(data))) {
		RETURN_FALSE;
	}
	zval d;
	ZVAL_STR(&d, data);
	wserver_send_yield_wait(wserver_tcp_connection_get(conn));
	RETURN_BOOL(wserver_tcp_connection_send(conn, &d, true) != WS_SEND_FAILED);
}

ZEND_METHOD(WServer_Server, sendto)
{
	zend_string *ip, *data;
	zend_long port, server_socket = -1;
	ZEND_PARSE_PARAMETERS_START(3, 4)
	Z_PARAM_STR(ip)
	Z_PARAM_LONG(port)
	Z_PARAM_STR(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(server_socket)
	ZEND_PARSE_PARAMETERS_END();
	/* $clientInfo['server_socket'] of packet: answer from the socket the datagram came to */
	if (server_socket != -1 && !wserver_runtime_is_datagram_fd((int) server_socket)) {
		RETURN_FALSE; /* as Swoole: no such server socket, no warning */
	}
	struct sockaddr_storage ss;
	memset(&ss, 0, sizeof(ss));
	socklen_t len;
	struct sockaddr_in *in4 = (struct sockaddr_in *) &ss;
	struct sockaddr_in6 *in6 = (struct sockaddr_in6 *) &ss;
	if (port < 0 || port > 65535) {
		zend_argument_value_error(2, "must be between 0 and 65535");
		RETURN_THROWS();
	}
	if (ZSTR_VAL(ip)[0] == '/') {
		RETURN_BOOL(send_to_path(ip, data, (int) server_socket)); /* a unix datagram client */
	}
	if (inet_pton(AF_INET, ZSTR_VAL(ip), &in4->sin_addr) == 1) {
		in4->sin_family = AF_INET;
		in4->sin_port = htons((uint16_t) port);
		len = sizeof(*in4);
	} else if (inet_pton(AF_INET6, ZSTR_VAL(ip), &in6->sin6_addr) == 1) {
		in6->sin6_family = AF_INET6;
		in6->sin6_port = htons((uint16_t) port);
		len = sizeof(*in6);
	} else {
		zend_argument_value_error(
		    1, "must be an IPv4 or IPv6 address or a socket path, \"%s\" given", ZSTR_VAL(ip));
		RETURN_THROWS();
	}
	RETURN_BOOL(wserver_runtime_sendto_from((int) server_socket, (struct sockaddr *) &ss, len,
	                                        ZSTR_VAL(data), ZSTR_LEN(data)));
}

bool wserver_server_local_control(wserver_server_obj *s, zend_long fd, int op)
{
	zend_object *conn = wserver_server_conn(s, fd, true);
	ws_conn *c = conn ? wserver_tcp_connection_get(conn) : NULL;
	if (!c) {
		return false;
	}
	if (c->status != WS_CONN_ESTABLISHED) {
		/* as Swoole: closing (its queued bytes still going out), a reset drops them now; a
		 * second close() is false with SESSION_CLOSED */
		if (op == WSERVER_FD_RESET && c->status == WS_CONN_CLOSING) {
			ws_conn_destroy(c);
			return true;
		}
		wserver_set_errno(WSERVER_ERROR_SESSION_CLOSED);
		return false;
	}
	switch (op) {
	case WSERVER_FD_CLOSE:
		ws_conn_close(c);
		break;
	case WSERVER_FD_RESET:
		ws_conn_destroy(c);
		break;
	case WSERVER_FD_PAUSE:
		ws_conn_pause_recv(c);
		break;
	case WSERVER_FD_RESUME:
		ws_conn_resume_recv(c);
		break;
	case WSERVER_FD_REPLIED:
		ws_conn_replied(c);
		break;
	}
	return true;
}

/* close/pause/resume fd, here or in the worker that owns it. */
static bool fd_control(zval *this_zv, zend_long fd, int op)
{
	wserver_server_obj *s = this_server(this_zv);
	zend_long owner = fd_owner(s, fd);
	if (owner >= 0 && owner != s->worker_id) {
		return wserver_ipc_fd_control(s, fd, op);
	}
	if (wserver_server_local_control(s, fd, op)) {
		return true;
	}
	if (owner < 0) {
		wserver_set_errno(WSERVER_ERROR_SESSION_NOT_EXIST); /* as Swoole: getLastError() */
	}
	return false;
}

ZEND_METHOD(WServer_Server, close)
{
	zend_long fd;
	bool reset = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_LONG(fd)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(reset)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(fd_control(ZEND_THIS, fd, reset ? WSERVER_FD_RESET : WSERVER_FD_CLOSE));
}

ZEND_METHOD(WServer_Server, exist)
{
	zend_long fd;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(fd)
	ZEND_PARSE_PARAMETERS_END();
	wserver_server_obj *s = this_server(ZEND_THIS);
	zend_long owner = fd_owner(s, fd);
	if (owner >= 0 && owner != s->worker_id) {
		ws_conn_entry e;
		int found = wserver_ipc_fd_lookup(s, fd, &e);
		if (found != WS_CONNTAB_UNKNOWN) {
			RETURN_BOOL(found == WS_CONNTAB_FOUND && e.status == WS_CONN_ESTABLISHED);
		}
		zval info; /* a connection the table had no room for: its owner knows */
		wserver_ipc_fd_info(s, fd, &info);
		RETVAL_BOOL(Z_TYPE(info) == IS_ARRAY);
		zval_ptr_dtor(&info);
		return;
	}
	zend_object *conn = wserver_server_conn(s, fd, false);
	ws_conn *c = conn ? wserver_tcp_connection_get(conn) : NULL;
	RETURN_BOOL(c && c->status == WS_CONN_ESTABLISHED);
}

ZEND_METHOD(WServer_Server, getClientInfo)
{
	zend_long fd, reactor_id = -1;
	bool ignore_error = false;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_LONG(fd)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(reactor_id)
	Z_PARAM_BOOL(ignore_error)
	ZEND_PARSE_PARAMETERS_END();
	(void) reactor_id;
	wserver_server_obj *s = this_server(ZEND_THIS);
	zend_long owner = fd_owner(s, fd);
	if (owner >= 0 && owner != s->worker_id) {
		ws_conn_entry e;
		int found = wserver_ipc_fd_lookup(s, fd, &e);
		if (found == WS_CONNTAB_UNKNOWN) {
			wserver_ipc_fd_info(s, fd, return_value); /* its owner knows */
		} else if (found == WS_CONNTAB_FOUND && (e.status == WS_CONN_ESTABLISHED || ignore_error)) {
			wserver_server_entry_info(s, &e, fd, owner, NULL, (double) e.last_time, return_value);
		} else {
			RETVAL_FALSE;
		}
		return;
	}
	zval *closing = zend_hash_index_find(&s->closing, fd);
	if (closing) { /* its close callback runs: the info stays until it returns */
		wserver_server_client_info(s, wserver_tcp_connection_get(Z_OBJ_P(closing)), return_value);
		return;
	}
	zend_object *conn = wserver_server_conn(s, fd, false);
	ws_conn *c = conn ? wserver_tcp_connection_get(conn) : NULL;
	if (!c || (c->status != WS_CONN_ESTABLISHED && !ignore_error)) {
		RETURN_FALSE;
	}
	wserver_server_client_info(s, c, return_value);
}

void wserver_server_client_info(wserver_server_obj *s, ws_conn *c, zval *return_value)
{
	ws_conn_entry e;
	ws_conntab_describe(c, &e);
	const char *path =
	    c->peer.ss_family == AF_UNIX ? ((struct sockaddr_un *) &c->peer)->sun_path : NULL;
	wserver_server_entry_info(s, &e, wserver_server_fd(s, c), s->worker_id, path, c->recv_ts,
	                          return_value);
	size_t len;
	char *pem = c->tls ? ws_tls_peer_cert_pem(c->tls, &len) : NULL;
	if (pem) {
		/* as Swoole: the client's certificate, when ssl_verify_peer asked for one */
		add_assoc_stringl(return_value, "ssl_client_cert", pem, len);
		free(pem);
	}
	/* its closing handshake, seen from this worker: Swoole's CLOSING status, and what the
	 * client's close frame said (also in the close callback) */
	unsigned code;
	const char *reason;
	size_t rlen;
	if (ws_conn_ws_open(c) && (ws_websocket_closing(c) || c->status != WS_CONN_ESTABLISHED)) {
		add_assoc_long(return_value, "websocket_status", 4);
	}
	if (ws_websocket_peer_close(c, &code, &reason, &rlen)) {
		add_assoc_long(return_value, "websocket_close_code", code);
		add_assoc_stringl(return_value, "websocket_close_reason", reason, rlen);
	}
}

static void wserver_server_entry_info(wserver_server_obj *s, const ws_conn_entry *e, zend_long fd,
                                      zend_long worker_id, const char *unix_path, double recv_ts,
                                      zval *return_value)
{
	char ip[INET6_ADDRSTRLEN] = "";
	if (e->family == AF_INET || e->family == AF_INET6) {
		inet_ntop(e->family, e->addr, ip, sizeof(ip));
	}
	array_init(return_value);
	/* the port of the listener that accepted it: the server's own, else one of its Ports */
	zval *p = e->listener > 0 ? zend_hash_index_find(ports_of(&s->std), e->listener - 1) : NULL;
	zend_object *listener = p && Z_TYPE_P(p) == IS_OBJECT ? Z_OBJ_P(p) : &s->std;
	add_assoc_long(
	    return_value, "server_port",
	    zval_get_long(zend_read_property(listener->ce, listener, ZEND_STRL("port"), 1, NULL)));
	add_assoc_long(return_value, "server_fd", 0);
	add_assoc_long(return_value, "socket_fd", e->fd);
	add_assoc_long(return_value, "socket_type", e->family == AF_INET6 ? 3 : 1);
	add_assoc_long(return_value, "remote_port", e->remote_port);
	add_assoc_string(return_value, "remote_ip", unix_path ? unix_path : ip);
	add_assoc_long(return_value, "reactor_id", 0);
	add_assoc_long(return_value, "connect_time", (zend_long) e->connect_time);
	add_assoc_long(return_value, "last_time", (zend_long) e->last_time);
	/* as Swoole's: when its latest bytes were read, and so handed to the worker (the same
	 * here, where the worker reads them) */
	add_assoc_double(return_value, "last_recv_time", recv_ts);
	add_assoc_double(return_value, "last_dispatch_time", recv_ts);
	add_assoc_long(return_value, "close_errno", 0);
	add_assoc_long(return_value, "worker_id", worker_id);
	zval *uid = zend_hash_index_find(&s->uids, fd);
	if (uid) {
		add_assoc_long(return_value, "uid", Z_LVAL_P(uid));
	}
	if (e->websocket != WS_CONNTAB_NOT_WS) {
		add_assoc_long(return_value, "websocket_status", e->websocket == WS_CONNTAB_OPEN ? 3 : 2);
	}
}

void wserver_server_local_fds(wserver_server_obj *s, zend_long start_fd, zend_long page, zval *out)
{
	array_init(out);
	zval *conns = WPROP(s->worker, WP_CONNECTIONS);
	if (Z_TYPE_P(conns) != IS_ARRAY) {
		return;
	}
	zval *conn;
	/* ids ascend in insertion order, and so do this worker's fds */
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(conns), conn) {
		ws_conn *c = wserver_tcp_connection_get(Z_OBJ_P(conn));
		zend_long fd = c ? wserver_server_fd(s, c) : 0;
		if (fd > start_fd && zend_hash_num_elements(Z_ARRVAL_P(out)) < (uint32_t) page) {
			add_next_index_long(out, fd);
		}
	}
	ZEND_HASH_FOREACH_END();
}

static int fd_order(Bucket *a, Bucket *b)
{
	zend_long x = Z_LVAL(a->val), y = Z_LVAL(b->val);
	return x < y ? -1 : x > y;
}

/* Up to page fds above start_fd of every worker (the others are asked), ascending. */
static bool all_fds(wserver_server_obj *s, zend_long start_fd, zend_long page, zval *out)
{
	wserver_server_local_fds(s, start_fd, page, out);
	for (zend_long w = 0; w < s->worker_num; w++) {
		if (w == s->worker_id) {
			continue;
		}
		zval theirs, *fd;
		wserver_ipc_fd_list(s, w, start_fd, page, &theirs);
		if (EG(exception)) {
			zval_ptr_dtor(&theirs);
			return false;
		}
		if (Z_TYPE(theirs) == IS_ARRAY) {
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL(theirs), fd) {
				add_next_index_long(out, zval_get_long(fd));
			}
			ZEND_HASH_FOREACH_END();
		}
		zval_ptr_dtor(&theirs);
	}
	zend_hash_sort(Z_ARRVAL_P(out), fd_order, true);
	while (zend_hash_num_elements(Z_ARRVAL_P(out)) > (uint32_t) page) {
		zend_hash_index_del(Z_ARRVAL_P(out), zend_hash_num_elements(Z_ARRVAL_P(out)) - 1);
	}
	return true;
}

ZEND_METHOD(WServer_Server, getClientList)
{
	zend_long start_fd = 0, page = 10;
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(start_fd)
	Z_PARAM_LONG(page)
	ZEND_PARSE_PARAMETERS_END();
	wserver_server_obj *s = this_server(ZEND_THIS);
	if (!s->worker || s->worker_id < 0 || s->taskworker || page <= 0) {
		RETURN_FALSE;
	}
	if (!all_fds(s, start_fd, page, return_value)) {
		RETURN_THROWS();
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(return_value)) == 0) {
		zval_ptr_dtor(return_value);
		RETURN_FALSE; /* as Swoole: no more */
	}
}

/* $server->connections: every fd of every worker, in a ConnectionIterator. */
static zval *server_read_property(zend_object *obj, zend_string *name, int type, void **cache,
                                  zval *rv)
{
	wserver_server_obj *s = server_from_obj(obj);
	if (!zend_string_equals_literal(name, "connections")) {
		return zend_std_read_property(obj, name, type, cache, rv);
	}
	zval fds;
	ZVAL_UNDEF(rv);
	if (!s->worker) {
		array_init(&fds);
	} else if (s->worker_id < 0 || s->taskworker) {
		wserver_ipc_table_fds(s, &fds); /* no connections here, nor a worker to ask */
	} else if (!all_fds(s, 0, ZEND_LONG_MAX, &fds)) {
		zval_ptr_dtor(&fds);
		return &EG(uninitialized_zval);
	}
	wserver_connection_iterator_new(obj, &fds, rv);
	zval_ptr_dtor(&fds);
	return rv;
}

static void pause_or_resume(INTERNAL_FUNCTION_PARAMETERS, bool pause)
{
	zend_long fd;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(fd)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(fd_control(ZEND_THIS, fd, pause ? WSERVER_FD_PAUSE : WSERVER_FD_RESUME));
}

ZEND_METHOD(WServer_Server, pause)
{
	pause_or_resume(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(WServer_Server, resume)
{
	pause_or_resume(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

/* The connection of fd in this worker, open; NULL with a warning naming why when it is not
 * here (another worker's cannot be reached for this). */
static ws_conn *local_open_conn(wserver_server_obj *s, zend_long fd, const char *what)
{
	zend_long owner = fd_owner(s, fd);
	if (owner >= 0 && owner != s->worker_id) {
		php_error_docref(NULL, E_WARNING,
		                 "fd %ld belongs to worker %ld: %s works in the worker that owns it",
		                 (long) fd, (long) owner, what);
		return NULL;
	}
	zend_object *conn = wserver_server_conn(s, fd, true);
	ws_conn *c = conn ? wserver_tcp_connection_get(conn) : NULL;
	return c && c->status == WS_CONN_ESTABLISHED ? c : NULL;
}

ZEND_METHOD(WServer_Server, protect)
{
	zend_long fd;
	bool value = true;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_LONG(fd)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(value)
	ZEND_PARSE_PARAMETERS_END();
	ws_conn *c = local_open_conn(this_server(ZEND_THIS), fd, "protect()");
	if (!c) {
		RETURN_FALSE;
	}
	c->protect = value;
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Server, bind)
{
	zend_long fd, uid;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_LONG(fd)
	Z_PARAM_LONG(uid)
	ZEND_PARSE_PARAMETERS_END();
	if (uid <= 0 || uid > UINT32_MAX) {
		zend_argument_value_error(2, "must be between 1 and %u", UINT32_MAX);
		RETURN_THROWS();
	}
	wserver_server_obj *s = this_server(ZEND_THIS);
	if (!local_open_conn(s, fd, "bind()") || zend_hash_index_exists(&s->uids, fd)) {
		RETURN_FALSE; /* as Swoole: a connection is bound once */
	}
	zval v;
	ZVAL_LONG(&v, uid);
	zend_hash_index_update(&s->uids, fd, &v);
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Server, sendfile)
{
	zend_long fd, offset = 0, length = 0;
	zend_string *path;
	ZEND_PARSE_PARAMETERS_START(2, 4)
	Z_PARAM_LONG(fd)
	Z_PARAM_PATH_STR(path)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(offset)
	Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();
	if (offset < 0 || length < 0) {
		zend_argument_value_error(offset < 0 ? 3 : 4, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	ws_conn *c = local_open_conn(this_server(ZEND_THIS), fd, "sendfile()");
	if (!c) {
		RETURN_FALSE;
	}
	int file = open(ZSTR_VAL(path), O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (file < 0 || fstat(file, &st) != 0 || !S_ISREG(st.st_mode)) {
		php_error_docref(NULL, E_WARNING, "sendfile(%s): %s", ZSTR_VAL(path),
		                 file < 0 ? strerror(errno) : "not a regular file");
		if (file >= 0) {
			close(file);
		}
		RETURN_FALSE;
	}
	if (offset > st.st_size || (length > 0 && offset + length > st.st_size)) {
		php_error_docref(NULL, E_WARNING,
		                 "sendfile(%s): offset " ZEND_LONG_FMT " and length " ZEND_LONG_FMT
		                 " go past its end (%lld bytes)",
		                 ZSTR_VAL(path), offset, length, (long long) st.st_size);
		close(file);
		RETURN_FALSE;
	}
	size_t len = length > 0 ? (size_t) length : (size_t) (st.st_size - offset);
	/* ws_conn_send_file() takes the descriptor */
	RETURN_BOOL(ws_conn_send_file(c, "", 0, file, (off_t) offset, len) != WS_SEND_FAILED);
}

/* Swoole's is swoole_last_error(): ours, WServer\last_error(). */
ZEND_METHOD(WServer_Server, getLastError)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval fn;
	ZVAL_STRING(&fn, "WServer\\last_error");
	call_user_function(NULL, NULL, &fn, return_value, 0, NULL);
	zval_ptr_dtor(&fn);
}

ZEND_METHOD(WServer_Server, getReceivedTime)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_server_obj *s = this_server(ZEND_THIS);
	if (s->received_at <= 0) {
		RETURN_FALSE;
	}
	RETURN_DOUBLE(s->received_at);
}

/* heartbeat(): this worker's connections idle for longer than heartbeat_idle_time (closed
 * unless told otherwise); protected ones stay. */
ZEND_METHOD(WServer_Server, heartbeat)
{
	bool close_them = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(close_them)
	ZEND_PARSE_PARAMETERS_END();
	wserver_server_obj *s = this_server(ZEND_THIS);
	double idle =
	    s->config.heartbeat_idle > 0 ? s->config.heartbeat_idle : 2 * s->config.heartbeat_interval;
	if (idle <= 0 || !s->worker || s->worker_id < 0 || s->taskworker) {
		RETURN_FALSE; /* as Swoole: no heartbeat set, or not in a worker */
	}
	zval *conns = WPROP(s->worker, WP_CONNECTIONS), *conn;
	array_init(return_value);
	if (Z_TYPE_P(conns) != IS_ARRAY) {
		return;
	}
	zval idle_ones;
	array_init(&idle_ones);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(conns), conn) {
		ws_conn *c = wserver_tcp_connection_get(Z_OBJ_P(conn));
		if (c && c->status == WS_CONN_ESTABLISHED && !c->protect &&
		    ev_now(c->worker->loop) - c->recv_ts >= idle) {
			Z_ADDREF_P(conn);
			add_next_index_zval(&idle_ones, conn);
		}
	}
	ZEND_HASH_FOREACH_END();
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(idle_ones), conn) {
		ws_conn *c = wserver_tcp_connection_get(Z_OBJ_P(conn));
		add_next_index_long(return_value, wserver_server_fd(s, c));
		if (close_them && c->status == WS_CONN_ESTABLISHED) {
			ws_conn_close(c);
		}
	}
	ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&idle_ones);
}

enum { WORKER_BUSY = 1, WORKER_IDLE = 2, WORKER_EXIT = 3 }; /* WSERVER_WORKER_* */

ZEND_METHOD(WServer_Server, getWorkerStatus)
{
	zend_long worker_id = -1;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(worker_id)
	ZEND_PARSE_PARAMETERS_END();
	wserver_server_obj *s = this_server(ZEND_THIS);
	int32_t slot = wserver_ipc_slot_of_worker(s, worker_id < 0 ? s->worker_id : worker_id);
	const ws_shm *shm = server_shm();
	if (slot < 0 || !shm) {
		RETURN_FALSE;
	}
	if (s->worker_id >= 0 && (worker_id < 0 || worker_id == s->worker_id)) {
		/* its own, as Swoole's: not busy in workerStart or a timer's callback, and EXIT once
		 * its stop began */
		if (s->exiting) {
			RETURN_LONG(WORKER_EXIT);
		}
		if (s->starting || wserver_timer_firing()) {
			RETURN_LONG(WORKER_IDLE);
		}
	}
	const ws_slot *sl = &shm->slots[slot];
	if (sl->pid <= 0) {
		RETURN_LONG(WORKER_EXIT);
	}
	RETURN_LONG(sl->state == WS_SLOT_BUSY ? WORKER_BUSY : WORKER_IDLE);
}

ZEND_METHOD(WServer_Server, stats)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	const ws_shm *shm = server_shm();
	if (!shm) {
		return;
	}
	uint64_t conns = 0, requests = 0, coroutines = 0, accepted = 0, closed = 0, tasking = 0;
	uint32_t idle = 0, task_idle = 0; /* live workers not inside a callback now, as Swoole's */
	zval workers;
	array_init(&workers);
	for (uint32_t i = 0; i < shm->nslots; i++) {
		const ws_slot *slot = &shm->slots[i];
		conns += slot->connections;
		requests += slot->total_request;
		coroutines += slot->coroutines;
		accepted += slot->accepted;
		closed += slot->closed;
		tasking += slot->tasking;
		if (slot->pid > 0 && slot->state == WS_SLOT_IDLE) {
			bool task = slot->group < shm->ngroups && shm->groups[slot->group].task;
			*(task ? &task_idle : &idle) += 1;
		}
		zval w;
		array_init(&w);
		add_assoc_long(&w, "worker_id", wserver_ipc_worker_of_slot(this_server(ZEND_THIS), i));
		add_assoc_long(&w, "pid", slot->pid);
		add_assoc_long(&w, "connection_num", slot->connections);
		add_assoc_long(&w, "request_count", (zend_long) slot->total_request);
		add_assoc_long(&w, "coroutine_num", slot->coroutines);
		add_assoc_long(&w, "memory", (zend_long) slot->memory);
		add_next_index_zval(&workers, &w);
	}
	add_assoc_long(return_value, "start_time", (zend_long) shm->start_time);
	add_assoc_long(return_value, "connection_num", (zend_long) conns);
	add_assoc_long(return_value, "accept_count", (zend_long) accepted);
	add_assoc_long(return_value, "close_count", (zend_long) closed);
	add_assoc_long(return_value, "worker_num", this_server(ZEND_THIS)->worker_num);
	add_assoc_long(return_value, "task_worker_num", this_server(ZEND_THIS)->task_worker_num);
	add_assoc_long(return_value, "request_count", (zend_long) requests);
	add_assoc_long(return_value, "idle_worker_num", idle);
	add_assoc_long(return_value, "task_idle_worker_num", task_idle);
	add_assoc_long(return_value, "tasking_num", (zend_long) tasking);
	add_assoc_long(return_value, "coroutine_num", (zend_long) coroutines);
	add_assoc_long(return_value, "concurrency", wserver_http_concurrency_now());
	const ws_slot *slot = wserver_runtime_slot();
	add_assoc_long(return_value, "worker_request_count",
	               (zend_long) (slot ? slot->total_request : 0));
	add_assoc_long(return_value, "worker_concurrency", wserver_http_concurrency_worker());
	add_assoc_long(return_value, "coroutine_peek_num", wserver_coro_peak()); /* Swoole's spelling */
	add_assoc_zval(return_value, "workers", &workers);
}

bool wserver_server_output_too_large(size_t len)
{
	wserver_server_obj *s = wserver_server_serving();
	if (!s || s->config.buffer_output_size <= 0 || len <= (size_t) s->config.buffer_output_size) {
		return false;
	}
	zval *mode = zend_read_property(s->std.ce, &s->std, ZEND_STRL("mode"), 1, NULL);
	if (zval_get_long(mode) != 2) {
		return false; /* SWOOLE_BASE sends it, queued as it must */
	}
	ws_log("ProcessFactory::finish() (ERRNO %d): The length of data [%zu] exceeds the output "
	       "buffer size[" ZEND_LONG_FMT "], please use the sendfile, chunked transfer mode or "
	       "adjust the output_buffer_size",
	       WSERVER_ERROR_DATA_LENGTH_TOO_LARGE, len, s->config.buffer_output_size);
	wserver_set_errno(WSERVER_ERROR_DATA_LENGTH_TOO_LARGE);
	return true;
}

ZEND_METHOD(WServer_Server, getSocket)
{
	zend_long port = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(port)
	ZEND_PARSE_PARAMETERS_END();
	wserver_server_obj *s = this_server(ZEND_THIS);
	zend_long own = zval_get_long(
	    zend_read_property(wserver_server_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("port"), 1, NULL));
	if ((port != 0 && port != own) || !wserver_socket_export(s->early_fd, return_value)) {
		RETURN_FALSE;
	}
}

/* reload(), shutdown(): the same signals as the command line, to the master. */
static bool signal_master(int sig)
{
	const ws_shm *shm = server_shm();
	/* a worker's shm, else the master's own (shutdown() in onStart or a master timer) */
	pid_t master = shm ? shm->master_pid : wserver_master_pid();
	return master > 0 && kill(master, sig) == 0;
}

ZEND_METHOD(WServer_Server, reload)
{
	bool only_task = false;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(only_task)
	ZEND_PARSE_PARAMETERS_END();
	ws_shm *shm = (ws_shm *) server_shm();
	if (only_task && shm) {
		shm->reload_only_task = 1; /* the manager replaces the task workers only */
	}
	RETURN_BOOL(signal_master(SIGUSR1));
}

ZEND_METHOD(WServer_Server, shutdown)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(signal_master(SIGTERM));
}

ZEND_METHOD(WServer_Server, stop)
{
	zend_long worker_id = -1;
	bool wait_event = false;
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(worker_id)
	Z_PARAM_BOOL(wait_event)
	ZEND_PARSE_PARAMETERS_END();
	(void) wait_event;
	wserver_server_obj *s = this_server(ZEND_THIS);
	if (worker_id == -1 || worker_id == s->worker_id) {
		/* this worker ends gracefully; the manager starts a new one */
		RETURN_BOOL(wserver_runtime_slot() && kill(getpid(), SIGTERM) == 0);
	}
	const ws_shm *shm = server_shm();
	int32_t slot = wserver_ipc_slot_of_worker(s, worker_id);
	if (!shm || slot < 0 || shm->slots[slot].pid <= 0) {
		RETURN_FALSE;
	}
	RETURN_BOOL(kill(shm->slots[slot].pid, SIGTERM) == 0);
}

ZEND_METHOD(WServer_Server, getWorkerId)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_server_obj *s = this_server(ZEND_THIS);
	if (s->worker_id < 0) {
		RETURN_FALSE;
	}
	RETURN_LONG(s->worker_id);
}

ZEND_METHOD(WServer_Server, getWorkerPid)
{
	zend_long worker_id = -1;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(worker_id)
	ZEND_PARSE_PARAMETERS_END();
	wserver_server_obj *s = this_server(ZEND_THIS);
	if (worker_id < 0 || worker_id == s->worker_id) {
		if (s->worker_id < 0) {
			RETURN_FALSE;
		}
		RETURN_LONG(getpid());
	}
	const ws_shm *shm = server_shm();
	int32_t slot = wserver_ipc_slot_of_worker(s, worker_id);
	if (!shm || slot < 0) {
		RETURN_FALSE;
	}
	RETURN_LONG(shm->slots[slot].pid);
}

ZEND_METHOD(WServer_Server, getManagerPid)
{
	ZEND_PARSE_PARAMETERS_NONE();
	const ws_shm *shm = server_shm();
	RETURN_LONG(shm ? shm->manager_pid : 0);
}

ZEND_METHOD(WServer_Server, getMasterPid)
{
	ZEND_PARSE_PARAMETERS_NONE();
	const ws_shm *shm = server_shm();
	RETURN_LONG(shm ? shm->master_pid : 0);
}

/* Swoole's Server::tick() and after() are its Timer::tick() and after() */
ZEND_METHOD(WServer_Server, tick)
{
	wserver_timer_swoole_add(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(WServer_Server, after)
{
	wserver_timer_swoole_add(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(WServer_Server, clearTimer)
{
	zend_long id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(wserver_timer_del(id));
}

/* ---- tasks and messages between workers ---- */

ZEND_METHOD(WServer_Server, task)
{
	zval *data, *cb = NULL;
	zend_long dst = -1;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_ZVAL(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(dst)
	Z_PARAM_ZVAL_OR_NULL(cb)
	ZEND_PARSE_PARAMETERS_END();
	zend_long id = wserver_task_send(this_server(ZEND_THIS), data, dst, cb, false);
	if (id < 0) {
		RETURN_FALSE;
	}
	RETURN_LONG(id);
}

ZEND_METHOD(WServer_Server, taskwait)
{
	zval *data;
	double timeout = 0.5;
	zend_long dst = -1;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_ZVAL(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	Z_PARAM_LONG(dst)
	ZEND_PARSE_PARAMETERS_END();
	wserver_taskwait(this_server(ZEND_THIS), data, timeout, dst, return_value);
}

static void wait_multi(INTERNAL_FUNCTION_PARAMETERS, bool false_for_missing)
{
	HashTable *tasks;
	double timeout = 0.5;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ARRAY_HT(tasks)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	wserver_task_wait_multi(this_server(ZEND_THIS), tasks, timeout, false_for_missing,
	                        return_value);
}

ZEND_METHOD(WServer_Server, taskWaitMulti)
{
	wait_multi(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(WServer_Server, taskCo)
{
	wait_multi(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(WServer_Server, finish)
{
	zval *data;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(data)
	ZEND_PARSE_PARAMETERS_END();
	if (this_server(ZEND_THIS)->config.task_enable_coroutine) {
		/* the task callback got a Task: its finish() answers (Swoole's fatal error) */
		php_error_docref(NULL, E_ERROR,
		                 "please use %s->finish instead when task_enable_coroutine is enable",
		                 ZSTR_VAL(wserver_task_ce->name));
		RETURN_FALSE;
	}
	RETURN_BOOL(wserver_task_finish(data));
}

ZEND_METHOD(WServer_Server, sendMessage)
{
	zval *message;
	zend_long dst;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_ZVAL(message)
	Z_PARAM_LONG(dst)
	ZEND_PARSE_PARAMETERS_END();
	wserver_server_obj *s = this_server(ZEND_THIS);
	if (dst == s->worker_id) {
		php_error_docref(NULL, E_WARNING, "a worker cannot send a message to itself");
		RETURN_FALSE;
	}
	RETURN_BOOL(wserver_ipc_pipe_message(s, message, dst)); /* it warns */
}

/* ---- the front end: the group's events become the Server's, run in its coroutines ---- */

/* The Server whose front end serves group. */
static wserver_server_obj *server_of(zend_object *group)
{
	return server_from_obj(wserver_worker_from(group)->frontend_owner);
}

wserver_server_obj *wserver_server_serving(void)
{
	zend_object *group = wserver_runtime_self();
	zend_object *owner = group ? wserver_worker_from(group)->frontend_owner : NULL;
	return owner ? server_from_obj(owner) : NULL;
}

static void fire_with_worker_id(wserver_server_obj *s, const char *event)
{
	zval args[2];
	ZVAL_OBJ(&args[0], &s->std);
	ZVAL_LONG(&args[1], s->worker_id);
	wserver_server_fire(s, event, 2, args);
}

/* A user process whose callback returned lives on while it has timers, coroutines or Event
 * watchers (as Swoole's, whose loop runs on after it): looked at every 10 ms, then it ends as
 * by exit(0). */
static wserver_native user_exit_native;
static ev_timer user_idle_check;

static ZEND_NAMED_FUNCTION(user_process_exit)
{
	(void) execute_data;
	RETVAL_NULL();
	EG(exit_status) = 0;
	zend_throw_unwind_exit();
}

static bool user_ending; /* Event::exit() was called: end whatever is left */

static void user_idle_cb(struct ev_loop *loop, ev_timer *w, int revents)
{
	(void) revents;
	if (!user_ending &&
	    (wserver_coro_live() > 0 || wserver_timer_count() > 0 || wserver_event_has_work())) {
		return;
	}
	ev_timer_stop(loop, w);
	wserver_coro_run("{Server user process}", wserver_native_callable(&user_exit_native), 0, NULL,
	                 NULL, NULL);
}

bool wserver_server_in_user_process(void)
{
	wserver_server_obj *s = wserver_runtime_worker() ? wserver_server_serving() : NULL;
	return s && s->process_index >= 0;
}

void wserver_server_user_process_end(void)
{
	struct ev_loop *loop = wserver_runtime_loop();
	if (!loop || !wserver_server_in_user_process()) {
		return;
	}
	user_ending = true;
	ev_timer_stop(loop, &user_idle_check);
	ev_timer_init(&user_idle_check, user_idle_cb, 0, 0.01);
	ev_timer_start(loop, &user_idle_check);
}

/* A user process (addProcess()): its Process's callback runs; when it returns and nothing is
 * left to run (above), the process ends, and the manager starts it again (as Swoole's). */
static void run_user_process(wserver_server_obj *s)
{
	zval *proc = zend_hash_index_find(&s->processes, s->process_index);
	if (!proc) {
		return;
	}
	/* as Swoole's: the stop signals end it at once, wherever its callback is (a blocking
	 * read() of its pipe, mostly), unless it sets handlers of its own (Process::signal()) */
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGTERM);
	sigaddset(&stop, SIGINT);
	signal(SIGTERM, SIG_DFL);
	signal(SIGINT, SIG_DFL);
	sigprocmask(SIG_UNBLOCK, &stop, NULL);
	wserver_process_run_for_server(Z_OBJ_P(proc));
	struct ev_loop *loop = wserver_runtime_loop();
	if (!EG(exception) && loop) {
		ev_timer_init(&user_idle_check, user_idle_cb, 0.01, 0.01);
		ev_timer_start(loop, &user_idle_check);
	} else if (!EG(exception)) {
		EG(exit_status) = 0;
		zend_throw_unwind_exit();
	}
}

/* workerStart($server, $workerId): the process learns who it is first. */
static ZEND_NAMED_FUNCTION(server_worker_start)
{
	(void) execute_data;
	zend_object *group = wserver_runtime_self();
	wserver_server_obj *s = server_of(group);
	zend_object *obj = &s->std;
	s->worker_id = zval_get_long(WPROP(group, WP_ID));
	s->taskworker = group == s->task_worker;
	if (s->taskworker) {
		s->worker_id += s->worker_num; /* as Swoole: task workers number after the others */
	}
	if (group == s->user_worker && group) {
		s->process_index = s->worker_id;
		s->worker_id += s->worker_num + s->task_worker_num; /* and user processes last */
	}
	zend_update_property_long(wserver_server_ce, obj, ZEND_STRL("worker_id"), s->worker_id);
	zend_update_property_bool(wserver_server_ce, obj, ZEND_STRL("taskworker"), s->taskworker);
	ws_log_set_process(s->process_index >= 0 ? '@' : s->taskworker ? '^' : '*', (int) s->worker_id);
	zend_update_property_long(wserver_server_ce, obj, ZEND_STRL("worker_pid"), getpid());
	const ws_shm *shm = server_shm();
	if (shm) {
		zend_update_property_long(wserver_server_ce, obj, ZEND_STRL("master_pid"), shm->master_pid);
		zend_update_property_long(wserver_server_ce, obj, ZEND_STRL("manager_pid"),
		                          shm->manager_pid);
	}
	RETVAL_NULL();
	if (s->process_index >= 0) {
		wserver_ipc_write_through();
		run_user_process(s);
		return;
	}
	ws_worker *w = wserver_runtime_worker();
	if (w && s->kind == WSERVER_SERVER_TCP && !s->taskworker) {
		w->eager_send = true; /* as Swoole's: each send() leaves before the next message */
	}
	if (w && !s->taskworker) {
		w->close_after_callback = true; /* as Swoole's: close runs before the peer sees it */
	}
	wserver_stats_file_start(obj, s->worker_id);
	if (s->taskworker) {
		wserver_task_queue_start(s, s->worker_id - s->worker_num);
	}
	s->starting = true;
	fire_with_worker_id(s, "workerstart");
	s->starting = false;
}

static ZEND_NAMED_FUNCTION(server_worker_stop)
{
	(void) execute_data;
	wserver_server_obj *s = wserver_server_serving();
	wserver_task_queue_stop();
	if (s->process_index < 0) { /* a user process has no worker events */
		fire_with_worker_id(s, "workerstop");
	}
	RETVAL_NULL();
}

static ZEND_NAMED_FUNCTION(server_worker_exit)
{
	(void) execute_data;
	wserver_server_obj *s = wserver_server_serving();
	s->exiting = true;
	if (s->process_index < 0) {
		fire_with_worker_id(s, "workerexit");
	}
	RETVAL_NULL();
}

/* The core connection of the callback's first argument (a TcpConnection), or NULL. */
static ws_conn *arg_conn(zend_execute_data *execute_data)
{
	zval *conn = ZEND_NUM_ARGS() > 0 ? ZEND_CALL_ARG(execute_data, 1) : NULL;
	return conn && Z_TYPE_P(conn) == IS_OBJECT ? wserver_tcp_connection_get(Z_OBJ_P(conn)) : NULL;
}

/* $server, $fd, $reactorId: the arguments of connect and close. */
static void fire_fd_event(wserver_server_obj *s, ws_conn *c, const char *event)
{
	zval args[3];
	ZVAL_OBJ(&args[0], &s->std);
	if (s->config.event_object) {
		wserver_event_object_event(&args[1], wserver_server_fd(s, c), 0, NULL);
		wserver_server_fire_at(s, c->port, event, 2, args);
		zval_ptr_dtor(&args[1]);
		return;
	}
	ZVAL_LONG(&args[1], wserver_server_fd(s, c));
	ZVAL_LONG(&args[2], 0);
	wserver_server_fire_at(s, c->port, event, 3, args);
}

static ZEND_NAMED_FUNCTION(server_connect)
{
	ws_conn *c = arg_conn(execute_data);
	if (c) {
		fire_fd_event(wserver_server_serving(), c, "connect");
	}
	RETVAL_NULL();
}

static ZEND_NAMED_FUNCTION(server_close)
{
	ws_conn *c = arg_conn(execute_data);
	wserver_server_obj *s = wserver_server_serving();
	/* as Swoole: a WebSocket connection closed before its handshake was done is a
	 * disconnect, when that event is set */
	if (c && ws_conn_is_websocket(c) && !ws_conn_ws_open(c) &&
	    wserver_server_event_at(s, c->port, "disconnect")) {
		fire_fd_event(s, c, "disconnect");
	} else if (c) {
		zend_long fd = wserver_server_fd(s, c);
		zval *conn = ZEND_CALL_ARG(execute_data, 1);
		Z_ADDREF_P(conn);
		zend_hash_index_update(&s->closing, fd, conn);
		fire_fd_event(s, c, "close");
		zend_hash_index_del(&s->closing, fd);
		zend_hash_index_del(&s->uids, fd);
	}
	RETVAL_NULL();
}

/* udp: packet($server, $data, $clientInfo) */
static void fire_packet(wserver_server_obj *s, zval *data, struct sockaddr_storage *peer,
                        uint16_t listener)
{
	char ip[128];
	int port;
	ws_sockaddr_split((struct sockaddr *) peer, ip, sizeof(ip), &port);
	zval args[3];
	ZVAL_OBJ(&args[0], &s->std);
	if (s->config.event_object) {
		wserver_event_object_packet(&args[1], data, ip, port, wserver_runtime_datagram_fd(listener),
		                            listener_port(s, listener));
		wserver_server_fire_at(s, listener, "packet", 2, args);
		zval_ptr_dtor(&args[1]);
		return;
	}
	ZVAL_COPY_VALUE(&args[1], data);
	array_init(&args[2]);
	add_assoc_string(&args[2], "address", ip);
	add_assoc_long(&args[2], "port", port);
	add_assoc_long(&args[2], "server_socket", wserver_runtime_datagram_fd(listener));
	wserver_server_fire_at(s, listener, "packet", 3, args);
	zval_ptr_dtor(&args[2]);
}

/* ($connection, $data): receive, message or packet, by the connection's protocol (ports of one
 * server may speak different ones); HTTP requests go to http_message. */
static ZEND_NAMED_FUNCTION(server_message)
{
	RETVAL_NULL();
	if (ZEND_NUM_ARGS() < 2) {
		return;
	}
	zval *conn = ZEND_CALL_ARG(execute_data, 1), *data = ZEND_CALL_ARG(execute_data, 2);
	wserver_server_obj *s = wserver_server_serving();
	struct sockaddr_storage peer;
	socklen_t plen;
	uint16_t port;
	if (wserver_udp_peer(Z_OBJ_P(conn), &peer, &plen, &port)) {
		fire_packet(s, data, &peer, port);
		return;
	}
	ws_conn *c = wserver_tcp_connection_get(Z_OBJ_P(conn));
	if (!c) {
		return;
	}
	if (ws_conn_is_websocket(c)) {
		wserver_websocket_server_dispatch(s, c, data);
	} else {
		s->received_at = c->recv_ts;
		zval args[4];
		ZVAL_OBJ(&args[0], &s->std);
		if (s->config.event_object) {
			wserver_event_object_event(&args[1], wserver_server_fd(s, c), 0, data);
			wserver_server_fire_at(s, c->port, "receive", 2, args);
			zval_ptr_dtor(&args[1]);
			return;
		}
		ZVAL_LONG(&args[1], wserver_server_fd(s, c));
		ZVAL_LONG(&args[2], 0);
		ZVAL_COPY_VALUE(&args[3], data);
		wserver_server_fire_at(s, c->port, "receive", 4, args);
	}
}

/* ($connection, $request): the handshake callback answers it. */
static ZEND_NAMED_FUNCTION(server_handshake)
{
	RETVAL_NULL();
	if (ZEND_NUM_ARGS() == 2) {
		wserver_http_server_handshake(wserver_server_serving(),
		                              Z_OBJ_P(ZEND_CALL_ARG(execute_data, 1)),
		                              ZEND_CALL_ARG(execute_data, 2));
	}
}

/* ($connection, $request): open($server, $request). */
static ZEND_NAMED_FUNCTION(server_open)
{
	RETVAL_NULL();
	if (ZEND_NUM_ARGS() < 2) {
		return;
	}
	ws_conn *c = arg_conn(execute_data);
	wserver_server_obj *s = wserver_server_serving();
	zval args[2];
	ZVAL_OBJ(&args[0], &s->std);
	ZVAL_COPY_VALUE(&args[1], ZEND_CALL_ARG(execute_data, 2)); /* an Http\Request */
	wserver_server_fire_at(s, c ? c->port : 0, "open", 2, args);
}

/* The C function of each connection event a Server fires (the others have none), and of its
 * worker events. */
static wserver_native conn_natives[WSERVER_EV_CONN_COUNT], worker_natives[WSERVER_EV_WORKER_COUNT];

static zval *fe_conn_event(zend_object *group, ws_conn *c, wserver_conn_event ev)
{
	return server_of(group)->fires[ev] ? wserver_native_callable(&conn_natives[ev]) : NULL;
}

/* workerStart and workerStop always run (workerStart tells the process who it is). */
static zval *fe_worker_event(zend_object *group, wserver_worker_event ev)
{
	bool runs = ev == WSERVER_EV_WORKER_START || ev == WSERVER_EV_WORKER_STOP ||
	            (ev == WSERVER_EV_WORKER_EXIT && server_of(group)->fires_exit);
	return runs ? wserver_native_callable(&worker_natives[ev]) : NULL;
}

/* A request on an http:// or websocket:// port: Swoole's Request, the one object it becomes. */
static zend_object *fe_http_request(zend_object *group, ws_conn *c, zend_string *raw)
{
	return wserver_swoole_request_create(server_of(group), c, raw);
}

/* request($request, $response), queued straight: no C function between. */
static void fe_http_message(zend_object *group, ws_conn *c, zval *cb, zend_string *raw,
                            wserver_coro_done_fn done, void *arg)
{
	(void) cb; /* conn_event's: the C function for the other protocols */
	wserver_http_server_queue(server_of(group), c, raw, done, arg);
}

/* A stream message: receive($server, $fd, $reactorId, $data) queued straight; WebSocket frames
 * go through server_message (message, ping, close by opcode). */
static zval *fe_message(zend_object *group, ws_conn *c, zval *cb, zval *args, uint32_t *argc)
{
	wserver_server_obj *s = server_of(group);
	zval *receive = ws_conn_is_websocket(c) ? NULL
	                : c->port == 0          ? s->on_receive
	                                        : wserver_server_event_at(s, c->port, "receive");
	if (!receive) {
		return cb;
	}
	s->received_at = c->recv_ts; /* getReceivedTime() */
	zval_ptr_dtor(&args[0]);     /* the TcpConnection: Swoole's callback gets the fd */
	ZVAL_OBJ_COPY(&args[0], &s->std);
	if (s->config.event_object) {
		zval data;
		ZVAL_COPY_VALUE(&data, &args[1]);
		wserver_event_object_event(&args[1], wserver_server_fd(s, c), 0, &data);
		zval_ptr_dtor(&data);
		*argc = 2;
		return receive;
	}
	ZVAL_COPY_VALUE(&args[3], &args[1]);
	ZVAL_LONG(&args[1], wserver_server_fd(s, c));
	ZVAL_LONG(&args[2], 0);
	*argc = 4;
	return receive;
}

static const wserver_frontend server_frontend = {
    .message = fe_message,
    .conn_event = fe_conn_event,
    .worker_event = fe_worker_event,
    .http_request = fe_http_request,
    .http_message = fe_http_message,
};

void wserver_server_minit(int module_number)
{
	register_server_symbols(module_number);
	wserver_native_init(&worker_natives[WSERVER_EV_WORKER_START], "{Server workerStart}",
	                    server_worker_start);
	wserver_native_init(&worker_natives[WSERVER_EV_WORKER_STOP], "{Server workerStop}",
	                    server_worker_stop);
	wserver_native_init(&worker_natives[WSERVER_EV_WORKER_EXIT], "{Server workerExit}",
	                    server_worker_exit);
	wserver_native_init(&user_exit_native, "{Server user process}", user_process_exit);
	wserver_native_init(&conn_natives[WSERVER_EV_CONNECT], "{Server connect}", server_connect);
	wserver_native_init(&conn_natives[WSERVER_EV_MESSAGE], "{Server message}", server_message);
	wserver_native_init(&conn_natives[WSERVER_EV_CLOSE], "{Server close}", server_close);
	wserver_native_init(&conn_natives[WSERVER_EV_WS_CONNECT], "{Server handshake}",
	                    server_handshake);
	wserver_native_init(&conn_natives[WSERVER_EV_WS_CONNECTED], "{Server open}", server_open);
	wserver_task_minit();
	wserver_stats_file_minit();
	wserver_server_ce = register_class_WServer_Server();
	wserver_port_setup(register_class_WServer_Server_Port());
	wserver_task_setup(register_class_WServer_Server_Task());
	register_class_WServer_Constant();
	wserver_connection_iterator_setup(register_class_WServer_Server_ConnectionIterator(
	    zend_ce_iterator, zend_ce_countable, zend_ce_arrayaccess));
	wserver_server_ce->create_object = server_create;
	memcpy(&server_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	server_handlers.offset = XtOffsetOf(wserver_server_obj, std);
	server_handlers.free_obj = server_free;
	server_handlers.get_gc = server_get_gc;
	server_handlers.read_property = server_read_property;
	server_handlers.clone_obj = NULL;
}
