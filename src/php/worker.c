/* WServer\Worker: the Workerman-style front-end. runAll() turns the command line into a
 * master (core/process.c); in each worker process it runs the loop and turns core events
 * into PHP callbacks, each in a coroutine. */
#include "binding.h"
#include "core/cli.h"
#include "core/drain.h"
#include "core/log.h"
#include "core/pidfile.h"
#include "core/process.h"
#include "core/privileges.h"
#include "php_wserver.h"
#include "core/websocket.h"
#include "proto/http.h"

#include "SAPI.h"
#include "zend_exceptions.h"
#include "zend_attributes.h"
#include "stubs/worker_arginfo.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <libgen.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

zend_class_entry *wserver_worker_ce;
static zend_object_handlers worker_handlers;

typedef struct {
	ws_listener listener; /* parsed in the constructor */
	bool has_listener;
	bool http_fallback; /* websocket://: a request that is no upgrade goes to onMessage as HTTP */
	wserver_worker_limits limits; /* set by Server::start(); zero: none */
	union {
		ws_eof_param eof;
		ws_length_param length;
	} framing;            /* listener.proto_param points here once set */
	bool drop_privileges; /* $user resolved by the master, which runs as root */
	uid_t uid;
	gid_t gid;
	zval on_drain; /* Server's workerExit, run when a graceful stop begins; IS_UNDEF: none */
	bool task;     /* a Server's task workers: their own process title */
	/* made by a Server's start(): errors name the Server, and onWorkerStop runs when the
	 * worker ends, as Swoole's (a Worker's runs when a graceful stop begins, as Workerman's,
	 * so that it can close long-lived client connections the stop would wait for) */
	bool of_server;
	zend_string *socket_error; /* why the socket name did not parse; runAll() reports it */
	zend_object std;
} wserver_worker_obj;

static inline wserver_worker_obj *worker_from_obj(zend_object *obj)
{
	return (wserver_worker_obj *) ((char *) obj - XtOffsetOf(wserver_worker_obj, std));
}

enum {
	WP_ID,
	WP_NAME,
	WP_COUNT,
	WP_RELOADABLE,
	WP_REUSE_PORT,
	WP_TRANSPORT,
	WP_PROTOCOL,
	WP_SOCKET,
	WP_CONNECTIONS,
	WP_ON_WORKER_START,
	WP_ON_WORKER_STOP,
	WP_ON_WORKER_RELOAD,
	WP_ON_CONNECT,
	WP_ON_MESSAGE, /* the five below follow wserver_conn_cb's order */
	WP_ON_CLOSE,
	WP_ON_ERROR,
	WP_ON_BUFFER_FULL,
	WP_ON_BUFFER_DRAIN,
	WP_ON_WEBSOCKET_CONNECT,
	WP_ON_WEBSOCKET_CONNECTED,
	WP_USER,
	WP_GROUP,
	WP_LAST
};
static const char *const wp_names[WP_LAST] = {
    "id",           "name",           "count",         "reloadable",         "reusePort",
    "transport",    "protocol",       "socket",        "connections",        "onWorkerStart",
    "onWorkerStop", "onWorkerReload", "onConnect",     "onMessage",          "onClose",
    "onError",      "onBufferFull",   "onBufferDrain", "onWebSocketConnect", "onWebSocketConnected",
    "user",         "group",
};
static uint32_t wp_off[WP_LAST];
#define WPROP(obj, p) OBJ_PROP((obj), wp_off[(p)])

/* Every Worker made in this request, in order; runAll() serves them all. */
static HashTable all_workers;
static bool all_workers_ready;

/* State of this process once runAll() has forked it into a worker. */
struct ev_loop *wserver_loop;
bool wserver_exiting;
ws_slot *wserver_slot;
ws_shm *wserver_shm;
static ws_worker runtime;
static zend_object *self; /* the Worker this process serves */
static bool run_all_entered, daemon_mode;

/* ---- object ---- */

/* "jsonNL://host:port" with a user protocol class \Protocols\JsonNL: a tcp:// listener whose
 * codec calls the class. */
static bool parse_user_protocol(wserver_worker_obj *o, zend_string *name, zend_class_entry **ce)
{
	const char *sep = strstr(ZSTR_VAL(name), "://");
	if (!sep ||
	    !(*ce = wserver_user_protocol_find(ZSTR_VAL(name), (size_t) (sep - ZSTR_VAL(name))))) {
		return false;
	}
	char tcp[600], err[256];
	snprintf(tcp, sizeof(tcp), "tcp%s", sep);
	if (ws_listener_parse(&o->listener, tcp, err, sizeof(err)) != WS_OK) {
		return false;
	}
	snprintf(o->listener.name, sizeof(o->listener.name), "%s", ZSTR_VAL(name));
	o->listener.proto = &wserver_proto_user;
	return true;
}

/* $worker->protocol set to a user protocol class (as Workerman allows): its codec. */
static zend_class_entry *user_protocol_of(zend_object *obj)
{
	zval *p = WPROP(obj, WP_PROTOCOL);
	return Z_TYPE_P(p) == IS_STRING ? wserver_user_protocol_find(Z_STRVAL_P(p), Z_STRLEN_P(p))
	                                : NULL;
}

static void close_chain(ws_listener *l)
{
	for (; l; l = l->next) {
		ws_listener_close(l);
	}
}

bool wserver_worker_add_listener(zend_object *worker, const char *name, char *err, size_t errlen)
{
	wserver_worker_obj *o = worker_from_obj(worker);
	if (!o->has_listener) {
		snprintf(err, errlen, "a Worker without a socket cannot take more");
		return false;
	}
	ws_listener *l = malloc(sizeof(*l));
	if (!l) {
		snprintf(err, errlen, "out of memory");
		return false;
	}
	if (ws_listener_parse(l, name, err, errlen) != WS_OK) {
		free(l);
		return false;
	}
	ws_listener *last = &o->listener;
	while (last->next) {
		last = last->next;
	}
	l->index = (uint16_t) (last->index + 1);
	last->next = l;
	return true;
}

void wserver_worker_mark_task(zend_object *worker)
{
	worker_from_obj(worker)->task = true;
}

void wserver_worker_mark_server(zend_object *worker)
{
	worker_from_obj(worker)->of_server = true;
}

void wserver_worker_set_drain_callback(zend_object *worker, zval *cb)
{
	wserver_worker_obj *o = worker_from_obj(worker);
	zval_ptr_dtor(&o->on_drain);
	ZVAL_COPY(&o->on_drain, cb);
}

static void worker_free(zend_object *obj)
{
	wserver_worker_obj *o = worker_from_obj(obj);
	zval_ptr_dtor(&o->on_drain);
	if (o->socket_error) {
		zend_string_release(o->socket_error);
	}
	for (ws_listener *l = o->listener.next, *next; l; l = next) {
		next = l->next;
		free(l);
	}
	o->listener.next = NULL;
	zend_object_std_dtor(obj);
}

static zend_object *worker_create(zend_class_entry *ce)
{
	wserver_worker_obj *o = zend_object_alloc(sizeof(*o), ce);
	zend_object_std_init(&o->std, ce);
	object_properties_init(&o->std, ce);
	o->std.handlers = &worker_handlers;
	o->listener.fd = -1;
	return &o->std;
}

/* Parse the socket name into the listener and set socket, transport and protocol. false with
 * why in o->socket_error. */
static bool parse_socket(zend_object *obj, zend_string *name)
{
	wserver_worker_obj *o = worker_from_obj(obj);
	char err[300];
	zend_class_entry *user = NULL;
	if (ws_listener_parse(&o->listener, ZSTR_VAL(name), err, sizeof(err)) != WS_OK &&
	    !parse_user_protocol(o, name, &user)) {
		if (strncmp(err, "unsupported scheme", 18) == 0) {
			const char *sep = strstr(ZSTR_VAL(name), "://");
			size_t n = sep ? (size_t) (sep - ZSTR_VAL(name)) : 0;
			snprintf(err + strlen(err), sizeof(err) - strlen(err),
			         ": no built-in protocol nor class Protocols\\%c%.*s",
			         toupper((unsigned char) ZSTR_VAL(name)[0]), (int) (n ? n - 1 : 0),
			         ZSTR_VAL(name) + 1);
		}
		if (o->socket_error) {
			zend_string_release(o->socket_error);
		}
		o->socket_error = zend_string_init(err, strlen(err), 0);
		return false;
	}
	if (o->socket_error) {
		zend_string_release(o->socket_error);
		o->socket_error = NULL;
	}
	o->has_listener = true;
	zval *p = WPROP(obj, WP_TRANSPORT);
	zval_ptr_dtor(p);
	ZVAL_STRING(p, o->listener.transport == WS_TRANSPORT_UNIX  ? "unix"
	               : o->listener.transport == WS_TRANSPORT_UDP ? "udp"
	                                                           : "tcp");
	if (user) {
		p = WPROP(obj, WP_PROTOCOL);
		zval_ptr_dtor(p);
		ZVAL_STR_COPY(p, user->name);
	} else if (o->listener.proto) {
		p = WPROP(obj, WP_PROTOCOL);
		zval_ptr_dtor(p);
		ZVAL_STR(p, zend_strpprintf(0, "WServer\\Protocols\\%c%s",
		                            o->listener.proto->name[0] - 'a' + 'A',
		                            o->listener.proto->name + 1));
	}
	return true;
}

/* A socket name that does not parse is not an error here, as in Workerman: runAll() reports it
 * when it starts (one line, exit code 1), and stop, status... still work with such a script. */
ZEND_METHOD(WServer_Worker, __construct)
{
	zend_string *name = NULL;
	HashTable *context = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR(name)
	Z_PARAM_ARRAY_HT(context)
	ZEND_PARSE_PARAMETERS_END();
	(void) context;
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	if (name && ZSTR_LEN(name) > 0) {
		zval *p = WPROP(obj, WP_SOCKET);
		zval_ptr_dtor(p);
		ZVAL_STR_COPY(p, name);
		parse_socket(obj, name);
	}
	if (!all_workers_ready) {
		zend_hash_init(&all_workers, 4, NULL, ZVAL_PTR_DTOR, 0);
		all_workers_ready = true;
	}
	Z_ADDREF_P(ZEND_THIS);
	zend_hash_next_index_insert(&all_workers, ZEND_THIS);
}

wserver_worker_limits *wserver_worker_limits_of(zend_object *worker)
{
	return &worker_from_obj(worker)->limits;
}

bool wserver_worker_set_framing(zend_object *worker, const ws_proto *proto, const void *param,
                                size_t len)
{
	wserver_worker_obj *o = worker_from_obj(worker);
	if (!o->has_listener || o->listener.proto || len > sizeof(o->framing)) {
		return false;
	}
	memcpy(&o->framing, param, len);
	o->listener.proto = proto;
	o->listener.proto_param = &o->framing;
	return true;
}

/* ---- core hooks: connection events become callbacks ---- */

static zval *callback_or_null(zval *cb)
{
	return cb && Z_TYPE_P(cb) != IS_NULL ? cb : NULL;
}

/* The connection's own callback if set, else the Worker's. */
static zval *conn_callback(ws_conn *c, wserver_conn_cb which)
{
	zval *cb = callback_or_null(wserver_tcp_connection_callback(c->user, which));
	if (cb || c->outgoing) {
		return cb; /* an AsyncTcpConnection has only its own */
	}
	return callback_or_null(WPROP(self, WP_ON_MESSAGE + which));
}

static void conn_callback_done(void *arg, bool threw)
{
	ws_conn *c = arg;
	if (threw && ws_conn_is_http(c) && c->user) {
		wserver_tcp_connection_http_fail(c->user);
	}
	ws_conn_callback_done(c);
	ws_conn_unref(c);
}

/* Run a callback of c in order: a suspended one holds back c's next messages. */
static bool run_ordered(ws_conn *c, const char *name, zval *cb, uint32_t argc, zval *argv)
{
	if (wserver_coro_run(name, cb, argc, argv, conn_callback_done, c)) {
		return true;
	}
	ws_conn_ref(c); /* dropped in conn_callback_done */
	return false;
}

static void run_unordered(ws_conn *c, wserver_conn_cb which, uint32_t argc, zval *argv)
{
	zval *cb = conn_callback(c, which);
	if (cb) {
		wserver_coro_run(wserver_conn_cb_names[which], cb, argc, argv, NULL, NULL);
	}
}

/* An AsyncTcpConnection got connected: ws:// sends its handshake, then onConnect. */
static bool outgoing_connect(ws_conn *c)
{
	wserver_async_connected(c);
	zval *cb = c->status == WS_CONN_ESTABLISHED ? wserver_async_callback(c, false) : NULL;
	if (!cb) {
		return true;
	}
	zval conn;
	ZVAL_OBJ(&conn, c->user);
	return run_ordered(c, "onConnect", cb, 1, &conn);
}

static bool hook_connect(ws_conn *c)
{
	if (c->outgoing) {
		return outgoing_connect(c);
	}
	zend_object *obj = wserver_tcp_connection_create_for(c, self, WPROP(self, WP_PROTOCOL),
	                                                     WPROP(self, WP_TRANSPORT));
	c->user = obj; /* the connection's reference, dropped in hook_close */
	zval conn, *conns = WPROP(self, WP_CONNECTIONS);
	ZVAL_OBJ(&conn, obj);
	if (Z_TYPE_P(conns) == IS_ARRAY) {
		SEPARATE_ARRAY(conns);
		Z_ADDREF(conn);
		zend_hash_index_update(Z_ARRVAL_P(conns), (zend_long) c->id, &conn);
	}
	zval *cb = callback_or_null(WPROP(self, WP_ON_CONNECT));
	return cb ? run_ordered(c, "onConnect", cb, 1, &conn) : true;
}

/* An http:// message becomes a Request; the codec, which just measured it, says whether the
 * reply keeps the connection. */
static void http_message(ws_conn *c, zval *msg, const ws_msg_info *info)
{
	c->reply_pending = true;
	wserver_tcp_connection_set_keep_alive(c->user, info->keep_alive);
	zend_object *req = wserver_http_request_create_for(Z_STR_P(msg), c->user);
	zval_ptr_dtor(msg);
	ZVAL_OBJ(msg, req);
}

/* A websocket:// callback: the connection's own (a dynamic property), else the Worker's. */
static zval *websocket_callback(ws_conn *c, const char *name, int which)
{
	zend_object *conn = c->user;
	zval *own = conn->properties ? zend_hash_str_find(conn->properties, name, strlen(name)) : NULL;
	zval *cb = callback_or_null(own);
	return cb ? cb : callback_or_null(WPROP(self, which));
}

/* After the 101: onWebSocketConnected($connection, $request), before any message. Takes the
 * hold on c (a reference and busy) and request. */
static void websocket_connected(ws_conn *c, zval *request)
{
	zval *cb = ws_conn_ws_open(c) && c->status == WS_CONN_ESTABLISHED
	               ? websocket_callback(c, "onWebSocketConnected", WP_ON_WEBSOCKET_CONNECTED)
	               : NULL;
	if (!cb) {
		zval_ptr_dtor(request);
		conn_callback_done(c, false);
		return;
	}
	zval args[2];
	ZVAL_OBJ_COPY(&args[0], c->user);
	ZVAL_COPY_VALUE(&args[1], request);
	wserver_coro_queue("onWebSocketConnected", cb, 2, args, conn_callback_done, c);
}

typedef struct {
	ws_conn *c;
	zend_string *accept; /* Sec-WebSocket-Accept */
	zval request;
} handshake;

static void handshake_done(void *arg, bool threw)
{
	handshake *h = arg;
	wserver_websocket_finish(h->c, h->accept, threw);
	zend_string_release(h->accept);
	websocket_connected(h->c, &h->request);
	efree(h);
}

/* The handshake request of a websocket:// connection: onWebSocketConnect($connection,
 * $request) may refuse it by closing; then 101, then onWebSocketConnected. The connection
 * stays busy (its frames wait) until both are done. */
static bool websocket_handshake(ws_conn *c, const char *data, size_t len)
{
	zend_string *accept = wserver_websocket_check(c, data, len);
	if (!accept) {
		return true;
	}
	zval *cb = websocket_callback(c, "onWebSocketConnect", WP_ON_WEBSOCKET_CONNECT);
	if (!cb && !websocket_callback(c, "onWebSocketConnected", WP_ON_WEBSOCKET_CONNECTED)) {
		wserver_websocket_finish(c, accept, false);
		zend_string_release(accept);
		return true;
	}
	handshake *h = emalloc(sizeof(*h));
	h->c = c;
	h->accept = accept;
	zend_string *raw = zend_string_init(data, len, 0);
	ZVAL_OBJ(&h->request, wserver_http_request_create_for(raw, c->user));
	zend_string_release(raw);
	ws_conn_ref(c); /* dropped in conn_callback_done */
	if (!cb) {
		handshake_done(h, false);
		return false;
	}
	zval args[2];
	ZVAL_OBJ_COPY(&args[0], c->user);
	ZVAL_COPY(&args[1], &h->request);
	wserver_coro_queue("onWebSocketConnect", cb, 2, args, handshake_done, h);
	return false;
}

/* The server's answer to our ws:// handshake: onWebSocketConnect($connection, $head) once
 * accepted; frames that came with it wait until it is done. */
static bool websocket_answer(ws_conn *c, const char *data, size_t len)
{
	if (!wserver_async_handshake(c, data, len)) {
		return true;
	}
	zval *cb = wserver_async_callback(c, true);
	if (!cb) {
		return true;
	}
	zval args[2];
	ZVAL_OBJ(&args[0], c->user);
	ZVAL_STRINGL(&args[1], data, len);
	bool finished = run_ordered(c, "onWebSocketConnect", cb, 2, args);
	zval_ptr_dtor(&args[1]);
	return finished;
}

static bool hook_message(ws_conn *c, const char *data, size_t len, const ws_msg_info *info)
{
	if (UNEXPECTED(ws_conn_is_websocket(c) && !ws_conn_ws_open(c))) {
		if (c->outgoing) {
			return websocket_answer(c, data, len); /* our ws:// client's upgrade answered */
		}
		if (!worker_from_obj(self)->http_fallback || wserver_websocket_is_upgrade(data, len)) {
			return websocket_handshake(c, data, len);
		}
		/* a plain HTTP request on a WebSocket\Server with a request callback: from now on
		 * this connection speaks HTTP (leaving WebSocket allocates nothing: it cannot fail) */
		ws_conn_switch_proto(c, &ws_proto_http);
	}
	zend_object *to = wserver_tcp_connection_pipe_target(c->user);
	if (to) {
		/* pipe(): straight to the other connection, no callback */
		zval d;
		ZVAL_STRINGL_FAST(&d, data, len);
		wserver_tcp_connection_send(to, &d, false);
		zval_ptr_dtor(&d);
		return true;
	}
	zval *cb = conn_callback(c, WSERVER_CB_MESSAGE);
	if (!cb) {
		return true;
	}
	ws_proto_kind kind = ws_conn_kind(c);
	if (kind == WS_PROTO_USER) {
		zval pkg, run;
		ZVAL_STRINGL_FAST(&pkg, data, len);
		ZVAL_OBJ_COPY(&run, c->user);
		/* decode() runs now, in order; onMessage gets what it returns */
		wserver_user_protocol_decode(c->user, &pkg);
		zval args[2] = {run, pkg};
		ws_conn_ref(c);
		wserver_coro_queue("onMessage", cb, 2, args, conn_callback_done, c);
		return false;
	}
	/* queued, not run now: the messages of one loop round share one Fiber switch. The
	 * connection waits (busy) until its callback is done, which keeps its messages in order. */
	zval args[2];
	ZVAL_OBJ_COPY(&args[0], c->user);
	ZVAL_STRINGL_FAST(&args[1], data, len);
	if (kind == WS_PROTO_HTTP) {
		http_message(c, &args[1], info);
	}
	ws_conn_ref(c); /* dropped in conn_callback_done */
	wserver_coro_queue("onMessage", cb, 2, args, conn_callback_done, c);
	return false;
}

/* udp://: onMessage($connection, $data) with a UdpConnection for the sender. */
static void hook_packet(const char *data, size_t len, const struct sockaddr *peer, socklen_t plen,
                        uint16_t port)
{
	zval *cb = callback_or_null(WPROP(self, WP_ON_MESSAGE));
	if (!cb) {
		return;
	}
	zval args[2];
	ZVAL_OBJ(&args[0],
	         wserver_udp_connection_create_for(peer, plen, port, self, WPROP(self, WP_PROTOCOL)));
	ZVAL_STRINGL_FAST(&args[1], data, len);
	wserver_coro_queue("onMessage", cb, 2, args, NULL, NULL);
}

bool wserver_worker_sendto(const struct sockaddr *peer, socklen_t plen, const char *data,
                           size_t len)
{
	if (!wserver_loop) {
		php_error_docref(NULL, E_WARNING, "datagrams are sent by udp:// workers only");
		return false;
	}
	if (ws_worker_sendto(&runtime, peer, plen, data, len) != WS_OK) {
		php_error_docref(NULL, E_WARNING, "sendto: %s", strerror(errno));
		return false;
	}
	return true;
}

int wserver_worker_udp_fd(void)
{
	return wserver_loop ? ws_worker_udp_fd(&runtime) : -1;
}

static void hook_close(ws_conn *c)
{
	zend_object *obj = c->user;
	zval conn, *conns = WPROP(self, WP_CONNECTIONS);
	if (Z_TYPE_P(conns) == IS_ARRAY && !c->outgoing) {
		SEPARATE_ARRAY(conns);
		zend_hash_index_del(Z_ARRVAL_P(conns), (zend_long) c->id);
	}
	ZVAL_OBJ(&conn, obj);
	run_unordered(c, WSERVER_CB_CLOSE, 1, &conn);
	zend_object *to = wserver_tcp_connection_pipe_target(obj);
	ws_conn *dest = to ? wserver_tcp_connection_get(to) : NULL;
	if (dest) {
		ws_conn_close(dest); /* pipe(): the other side closes once it has sent what it has */
	}
	wserver_tcp_connection_unpipe(obj);
	c->user = NULL;
	OBJ_RELEASE(obj);
}

static void hook_error(ws_conn *c, int code, const char *msg)
{
	zval args[3];
	ZVAL_OBJ(&args[0], c->user);
	ZVAL_LONG(&args[1], code);
	ZVAL_STRING(&args[2], msg);
	run_unordered(c, WSERVER_CB_ERROR, 3, args);
	zval_ptr_dtor(&args[2]);
}

/* pipe() back-pressure: the connection piping into c waits while c's queue is full. */
static void pipe_pause(ws_conn *c, bool pause)
{
	zend_object *from = wserver_tcp_connection_pipe_source(c->user);
	ws_conn *src = from ? wserver_tcp_connection_get(from) : NULL;
	if (src && pause) {
		ws_conn_pause_recv(src);
	} else if (src) {
		ws_conn_resume_recv(src);
	}
}

static void hook_buffer_full(ws_conn *c)
{
	pipe_pause(c, true);
	zval conn;
	ZVAL_OBJ(&conn, c->user);
	run_unordered(c, WSERVER_CB_BUFFER_FULL, 1, &conn);
}

static void hook_buffer_drain(ws_conn *c)
{
	pipe_pause(c, false);
	zval conn;
	ZVAL_OBJ(&conn, c->user);
	run_unordered(c, WSERVER_CB_BUFFER_DRAIN, 1, &conn);
}

static void run_worker_callback(int which, wserver_coro_done_fn done, bool *finished)
{
	zval *cb = callback_or_null(WPROP(self, which));
	*finished = true;
	if (cb) {
		zval w;
		ZVAL_OBJ(&w, self);
		*finished = wserver_coro_run(wp_names[which], cb, 1, &w, done, NULL);
	}
}

static zval *static_prop(const char *name)
{
	return zend_read_static_property(wserver_worker_ce, name, strlen(name), 1);
}

static bool stop_callback_ran;

static void run_stop_callback(void)
{
	if (!stop_callback_ran) {
		stop_callback_ran = true;
		bool finished;
		run_worker_callback(WP_ON_WORKER_STOP, NULL, &finished);
	}
}

static void hook_drain(void)
{
	if (!worker_from_obj(self)->of_server) {
		run_stop_callback();
	}
	zval *cb = &worker_from_obj(self)->on_drain;
	if (Z_TYPE_P(cb) != IS_UNDEF) {
		zval w;
		ZVAL_OBJ(&w, self);
		wserver_coro_run("workerExit", cb, 1, &w, NULL, NULL);
	}
}

/* A task worker of a stopping server finishes last: the other workers may still send it
 * tasks until they are gone. */
static uint32_t task_senders_alive(void)
{
	const ws_shm *shm = wserver_shm;
	if (!worker_from_obj(self)->task || !shm || !shm->stopping) {
		return 0;
	}
	uint32_t n = 0;
	for (uint32_t i = 0; i < shm->nslots; i++) {
		const ws_slot *s = &shm->slots[i];
		n += s->pid > 0 && s->group < shm->ngroups && !shm->groups[s->group].task;
	}
	return n;
}

/* What a graceful stop waits for, beyond the connections the core sees. */
static void hook_count_pending(ws_pending *p)
{
	p->timers = wserver_timer_oneshot_count();
	wserver_coro_count_pending(&p->coroutines, &p->local_waits);
	p->clients = wserver_async_pending();
	p->replies = wserver_task_awaited();
	p->unsent = wserver_ipc_unsent();
	p->inbox = wserver_ipc_has_input();
	p->senders = task_senders_alive();
}

static void hook_stop(void)
{
	run_stop_callback();
	wserver_coro_cancel_waits(); /* Channel and WaitGroup waits return false, CANCELED */
	ev_break(wserver_loop, EVBREAK_ALL);
}

static bool hook_reload(bool graceful)
{
	bool finished;
	(void) graceful;
	run_worker_callback(WP_ON_WORKER_RELOAD, NULL, &finished);
	return zend_is_true(WPROP(self, WP_RELOADABLE));
}

static const ws_hooks worker_hooks = {
    .on_connect = hook_connect,
    .on_message = hook_message,
    .on_packet = hook_packet,
    .on_close = hook_close,
    .on_error = hook_error,
    .on_buffer_full = hook_buffer_full,
    .on_buffer_drain = hook_buffer_drain,
    .on_drain = hook_drain,
    .on_stop = hook_stop,
    .on_reload = hook_reload,
    .count_pending = hook_count_pending,
    .on_drain_idle = wserver_coro_cancel_waits,
};

ws_worker *wserver_worker_runtime(void)
{
	return wserver_loop && runtime.loop == wserver_loop ? &runtime : NULL;
}

void wserver_worker_poke(void)
{
	if (wserver_loop) {
		ws_worker_poke_drain(&runtime);
	}
}

void wserver_request_exit(void)
{
	zend_clear_exception(); /* the unwind_exit; EG(exit_status) keeps exit()'s code */
	wserver_exiting = true;
	if (wserver_loop) {
		ev_break(wserver_loop, EVBREAK_ALL);
	}
}

/* ---- the worker process ---- */

static void (*php_error_cb)(int, zend_string *, const uint32_t, zend_string *);

/* Present only when LeakSanitizer is loaded (scripts/asan). */
extern void __lsan_do_leak_check(void) __attribute__((weak));

/* Fatal errors end the worker: put them in the log as well, with where they happened. */
static void worker_error_cb(int type, zend_string *file, const uint32_t line, zend_string *message)
{
	if (type & (E_ERROR | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR | E_PARSE)) {
		ws_log("PHP Fatal error in worker: %s in %s:%u", ZSTR_VAL(message),
		       file ? ZSTR_VAL(file) : "?", line);
		if (__lsan_do_leak_check) {
			/* the bailout abandons every frame, whose memory PHP's own allocator reclaims
			 * at exit: check for leaks now, while those frames are still reachable */
			__lsan_do_leak_check();
		}
	}
	php_error_cb(type, file, line, message);
}

static void call_php_function(const char *name, const char *arg)
{
	zend_function *fn = zend_hash_str_find_ptr(EG(function_table), name, strlen(name));
	if (!fn) {
		return;
	}
	zval a, rv;
	ZVAL_UNDEF(&rv);
	if (arg) {
		ZVAL_STRING(&a, arg);
	}
	zend_call_known_function(fn, NULL, NULL, &rv, arg ? 1 : 0, arg ? &a : NULL, NULL);
	if (arg) {
		zval_ptr_dtor(&a);
	}
	zval_ptr_dtor(&rv);
	if (EG(exception)) {
		zend_clear_exception();
	}
}

static void set_title(const char *title)
{
	call_php_function("cli_set_process_title", title);
}

static void start_accepting(void *arg, bool threw)
{
	(void) arg;
	(void) threw;
	if (runtime.stopping || wserver_exiting) {
		return;
	}
	if (ws_worker_listen(&runtime) != WS_OK) {
		ws_log("worker %s: cannot listen on %s: %s", Z_STRVAL_P(WPROP(self, WP_NAME)),
		       runtime.listener->name, strerror(errno));
		EG(exit_status) = 1;
		wserver_exiting = true;
		ev_break(wserver_loop, EVBREAK_ALL);
	}
}

/* Runs in a forked worker; returns its exit status. */
static int worker_main(ws_app *app, zend_object **group_objs, int slot_index)
{
	ws_slot *slot = &app->shm->slots[slot_index];
	ws_group *g = &app->groups[slot->group];
	self = group_objs[slot->group];
	GC_ADDREF(self);
	wserver_slot = slot;
	wserver_shm = app->shm;
	for (uint32_t i = 0; i < app->ngroups; i++) {
		if (i != slot->group) {
			close_chain(app->groups[i].listener); /* serve only our own sockets */
		}
	}
	char title[700];
	if (worker_from_obj(self)->task) {
		snprintf(title, sizeof(title), "WServer: task worker process");
	} else {
		snprintf(title, sizeof(title), "WServer: worker process  %s %s", g->name,
		         g->listener ? g->listener->name : "none");
	}
	set_title(title);
	call_php_function("mt_srand", NULL); /* children must not share the master's sequence */
	php_error_cb = zend_error_cb;
	zend_error_cb = worker_error_cb;
	wserver_http_request_apply_limits();
	wserver_user_protocol_use(user_protocol_of(self));
	ZVAL_LONG(WPROP(self, WP_ID), slot->id);

	wserver_worker_obj *wo = worker_from_obj(self);
	if (wo->drop_privileges &&
	    ws_privileges_drop(Z_STRVAL_P(WPROP(self, WP_USER)), wo->uid, wo->gid) != WS_OK) {
		ws_log("worker %s: cannot run as user %s: %s", g->name, Z_STRVAL_P(WPROP(self, WP_USER)),
		       strerror(errno));
		return 1; /* never serve as root when told not to */
	}
	if (ws_worker_init(&runtime, g->listener, slot, &worker_hooks) != WS_OK) {
		ws_log("worker %s: cannot create its event loop", g->name);
		return 1;
	}
	zval *timeout = static_prop("stopTimeout");
	runtime.stop_timeout = timeout ? zval_get_double(timeout) : 2.0;
	uint64_t max_request = wo->limits.max_request;
	if (max_request == 0) {
		/* Worker::$maxRequest: the same recycling for Worker::runAll() */
		zval *v = zend_read_static_property(wserver_worker_ce, ZEND_STRL("maxRequest"), 1);
		max_request = v && Z_TYPE_P(v) == IS_LONG && Z_LVAL_P(v) > 0 ? (uint64_t) Z_LVAL_P(v) : 0;
	}
	if (max_request > 0) {
		ws_worker_set_max_request(&runtime, max_request);
	}
	zval *max_memory = zend_read_static_property(wserver_worker_ce, ZEND_STRL("maxMemory"), 1);
	if (max_memory && Z_TYPE_P(max_memory) == IS_LONG && Z_LVAL_P(max_memory) > 0) {
		ws_worker_set_max_memory(&runtime, (uint64_t) Z_LVAL_P(max_memory));
	}
	runtime.max_conn = wo->limits.max_conn;
	runtime.peers = &app->shm->slots[g->first_slot];
	runtime.npeers = g->count;
	if (wo->limits.heartbeat_interval > 0) {
		ws_worker_set_heartbeat(&runtime, wo->limits.heartbeat_interval, wo->limits.heartbeat_idle);
	}
	char conn_file[4200];
	snprintf(conn_file, sizeof(conn_file), "%s.conn.%d", app->status_file, slot_index);
	runtime.conn_file = conn_file;
	wserver_loop = runtime.loop;
	wserver_coro_attach(wserver_loop);
	wserver_ipc_start(wserver_loop, (uint32_t) slot_index);
	bool finished;
	run_worker_callback(WP_ON_WORKER_START, start_accepting, &finished);
	if (finished) {
		start_accepting(NULL, false);
	}
	if (!wserver_exiting) {
		ev_run(wserver_loop, 0);
	}
	/* on the way out: a second stop signal (the manager's, after one sent to the whole process
	 * group) must not kill us once the loop's handlers are gone */
	sigset_t stops;
	sigemptyset(&stops);
	sigaddset(&stops, SIGTERM);
	sigaddset(&stops, SIGINT);
	sigaddset(&stops, SIGQUIT);
	sigaddset(&stops, SIGUSR1);
	sigprocmask(SIG_BLOCK, &stops, NULL);
	if (!runtime.stopping) {
		ws_worker_stop(&runtime); /* exit() in a callback: close what is open */
	}
	wserver_ipc_release();
	wserver_async_shutdown();
	wserver_async_udp_shutdown();
	wserver_coro_shutdown();
	wserver_task_shutdown();
	wserver_timer_shutdown();
	ws_worker_free(&runtime);
	wserver_loop = NULL;
	wserver_slot = NULL;
	OBJ_RELEASE(self);
	self = NULL;
	return wserver_exiting ? EG(exit_status) : 0;
}

/* ---- runAll: command line, master, daemon ---- */

static const char *static_string(const char *name)
{
	zval *v = static_prop(name);
	return v && Z_TYPE_P(v) == IS_STRING ? Z_STRVAL_P(v) : "";
}

/* The command words: Worker::$command when set, else $argv after the script. */
static int command_words(const char **words, int max, char *store, size_t storelen)
{
	int n = 0;
	const char *cmd = static_string("command");
	if (*cmd) {
		snprintf(store, storelen, "%s", cmd);
		for (char *tok = strtok(store, " \t"); tok && n < max; tok = strtok(NULL, " \t")) {
			words[n++] = tok;
		}
		return n;
	}
	/* _ind: once the script reads $argv, its symbol table slot points to a compiled variable */
	zval *argv = zend_hash_str_find_ind(&EG(symbol_table), ZEND_STRL("argv"));
	if (argv) {
		ZVAL_DEREF(argv);
	}
	if (!argv || Z_TYPE_P(argv) != IS_ARRAY) {
		return 0;
	}
	zval *v;
	int i = 0;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(argv), v) {
		if (i++ > 0 && n < max && Z_TYPE_P(v) == IS_STRING) {
			words[n++] = Z_STRVAL_P(v);
		}
	}
	ZEND_HASH_FOREACH_END();
	return n;
}

static void start_file_path(char *out, size_t outlen)
{
	const char *p = SG(request_info).path_translated;
	char resolved[PATH_MAX];
	if (p && realpath(p, resolved)) {
		snprintf(out, outlen, "%s", resolved);
	} else {
		snprintf(out, outlen, "%s", p ? p : "-");
	}
}

/* Daemonize: returns 1 in the first process (it then exits with *code), 0 in the daemon.
 * The first process waits until the daemon reports it is up, so `start -d` returns when the
 * server is ready. */
static int daemonize(int *ready_fd, int *code)
{
	int pfd[2];
	if (pipe(pfd) < 0) {
		ws_cli_print("cannot daemonize: %s", strerror(errno));
		*code = 1;
		return 1;
	}
	pid_t pid = fork();
	if (pid < 0) {
		ws_cli_print("cannot daemonize: %s", strerror(errno));
		*code = 1;
		return 1;
	}
	if (pid > 0) {
		close(pfd[1]);
		char c = 0;
		ssize_t n;
		while ((n = read(pfd[0], &c, 1)) < 0 && errno == EINTR) {
		}
		close(pfd[0]);
		waitpid(pid, NULL, 0);
		*code = n == 1 && c == '1' ? 0 : 1;
		return 1;
	}
	close(pfd[0]);
	setsid();
	pid = fork();
	if (pid != 0) {
		_exit(pid < 0 ? 1 : 0); /* the session leader goes: the daemon can never get a tty */
	}
	umask(0);
	const char *out = static_string("stdoutFile");
	int in = open("/dev/null", O_RDONLY);
	int o = open(*out ? out : "/dev/null", O_WRONLY | O_APPEND | O_CREAT, 0644);
	if (in >= 0) {
		dup2(in, STDIN_FILENO);
		close(in);
	}
	if (o >= 0) {
		dup2(o, STDOUT_FILENO);
		dup2(o, STDERR_FILENO);
		close(o);
	}
	*ready_fd = pfd[1];
	return 0;
}

static void daemon_ready(int *ready_fd, bool ok)
{
	if (*ready_fd >= 0) {
		if (write(*ready_fd, ok ? "1" : "0", 1) < 0) {
		}
		close(*ready_fd);
		*ready_fd = -1;
	}
}

static void close_listeners(ws_group *groups, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		close_chain(groups[i].listener);
	}
}

/* $user and $group: resolved here, in the master, so that a wrong name stops the start; only
 * root can switch users, anyone else runs on as itself (said once on the terminal). */
static zend_result check_user(zend_object *obj, const char *script)
{
	wserver_worker_obj *o = worker_from_obj(obj);
	zval *user = WPROP(obj, WP_USER), *group = WPROP(obj, WP_GROUP);
	const char *name = Z_TYPE_P(user) == IS_STRING ? Z_STRVAL_P(user) : "";
	const char *gname = Z_TYPE_P(group) == IS_STRING ? Z_STRVAL_P(group) : "";
	o->drop_privileges = false;
	if (!*name) {
		if (*gname) {
			ws_cli_print("WServer[%s] group \"%s\" ignored: it needs a user as well", script,
			             gname);
		}
		return SUCCESS;
	}
	if (geteuid() != 0) {
		ws_cli_print("WServer[%s] user \"%s\" ignored: not started as root", script, name);
		return SUCCESS;
	}
	char err[256];
	if (ws_privileges_lookup(name, gname, &o->uid, &o->gid, err, sizeof(err)) != WS_OK) {
		ws_cli_print("WServer[%s] cannot start: %s", script, err);
		return FAILURE;
	}
	o->drop_privileges = true;
	return SUCCESS;
}

/* ---- runAll: the configuration is checked before anything is bound or forked ---- */

/* A mistake found before runAll() by a Server's start() or set(): start reports the first one.
 * Kept until then, so that stop, status... still work with such a script. */
static char config_error[512];
/* Worker::$logFile was not set: its default, beside the script, may fail without stopping us */
static bool log_file_default;

void wserver_worker_config_error(const char *fmt, ...)
{
	if (config_error[0]) {
		return;
	}
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(config_error, sizeof(config_error), fmt, ap);
	va_end(ap);
}

/* The name of a setting as the script wrote it: a Server's set() option, else Worker's. */
static const char *setting_name(const char *worker_name, const char *server_option)
{
	return wserver_master_server ? server_option : worker_name;
}

/* Whether cb names a method of a class that is not loaded ("Events::onMessage" or
 * ['Events', 'onMessage']). */
static bool class_not_loaded(zval *cb)
{
	zend_string *cls = NULL;
	if (Z_TYPE_P(cb) == IS_STRING) {
		const char *sep = strstr(Z_STRVAL_P(cb), "::");
		if (sep) {
			cls = zend_string_init(Z_STRVAL_P(cb), (size_t) (sep - Z_STRVAL_P(cb)), 0);
		}
	} else if (Z_TYPE_P(cb) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(cb)) == 2) {
		zval *c = zend_hash_index_find(Z_ARRVAL_P(cb), 0);
		if (c && Z_TYPE_P(c) == IS_STRING) {
			cls = zend_string_copy(Z_STR_P(c));
		}
	}
	if (!cls) {
		return false;
	}
	bool loaded = zend_lookup_class_ex(cls, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD) != NULL;
	zend_string_release(cls);
	return !loaded;
}

/* Whether cb is null (not set) or callable; else why not in why. A class that is not loaded
 * yet is not autoloaded for this: the master would keep it, and a reload could not replace
 * it (its workers load it); only the form of such a callback is checked. */
static bool callable_or_null(zval *cb, char *why, size_t whylen)
{
	if (Z_TYPE_P(cb) == IS_NULL) {
		return true;
	}
	char *error = NULL;
	uint32_t flags = class_not_loaded(cb) ? IS_CALLABLE_CHECK_SYNTAX_ONLY : 0;
	bool ok = zend_is_callable_ex(cb, NULL, flags, NULL, NULL, &error);
	snprintf(why, whylen, "%s", error ? error : "not a callable");
	if (error) {
		efree(error);
	}
	return ok;
}

/* One Worker's socket, count and callbacks. false with the problem in err. */
static bool check_worker(zend_object *obj, char *err, size_t errlen)
{
	wserver_worker_obj *o = worker_from_obj(obj);
	zval *name = WPROP(obj, WP_NAME), *socket = WPROP(obj, WP_SOCKET);
	char who[160];
	if (o->of_server) {
		snprintf(who, sizeof(who), "%s", Z_STRVAL_P(name));
	} else {
		snprintf(who, sizeof(who), "Worker \"%s\"", Z_STRVAL_P(name));
	}
	/* a user protocol class may exist by now (defined or autoloadable after new Worker) */
	if (o->socket_error && !parse_socket(obj, Z_STR_P(socket))) {
		snprintf(err, errlen, "%s: %s", who, ZSTR_VAL(o->socket_error));
		return false;
	}
	zend_long count = Z_LVAL_P(WPROP(obj, WP_COUNT));
	if (count < 1 || count > 4096) {
		snprintf(err, errlen, "%s: %s must be between 1 and 4096, " ZEND_LONG_FMT " given", who,
		         setting_name("count", o->task ? "task_worker_num" : "worker_num"), count);
		return false;
	}
	for (int p = WP_ON_WORKER_START; p <= WP_ON_WEBSOCKET_CONNECTED; p++) {
		char why[256];
		if (!callable_or_null(WPROP(obj, p), why, sizeof(why))) {
			snprintf(err, errlen, "%s: %s is not callable: %s", who, wp_names[p], why);
			return false;
		}
	}
	return true;
}

/* Whether the master can open path for appending, creating it: tried without leaving a file. */
static bool can_append(const char *path)
{
	if (access(path, F_OK) < 0) {
		return ws_pidfile_probe(path) == WS_OK; /* a temp file beside it, removed */
	}
	int fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC);
	if (fd < 0) {
		return false;
	}
	close(fd);
	return true;
}

/* The static settings and the files. false with the problem in err. */
static bool check_settings(ws_app *app, bool daemon, char *err, size_t errlen)
{
	if (config_error[0]) {
		snprintf(err, errlen, "%s", config_error);
		return false;
	}
	static const char *const statics[] = {"onMasterReload", "onMasterStop", "onWorkerExit"};
	for (size_t i = 0; i < sizeof(statics) / sizeof(statics[0]); i++) {
		char why[256];
		zval *cb = static_prop(statics[i]);
		if (cb && !callable_or_null(cb, why, sizeof(why))) {
			snprintf(err, errlen, "Worker::$%s is not callable: %s", statics[i], why);
			return false;
		}
	}
	double stop_timeout = zval_get_double(static_prop("stopTimeout"));
	if (!isfinite(stop_timeout) || stop_timeout < 0) {
		snprintf(err, errlen, "%s must be 0 or more seconds, %g given",
		         setting_name("Worker::$stopTimeout", "max_wait_time"), stop_timeout);
		return false;
	}
	zend_long max_request = zval_get_long(static_prop("maxRequest"));
	if (max_request < 0) {
		snprintf(err, errlen,
		         "Worker::$maxRequest must be 0 (no limit) or more, " ZEND_LONG_FMT " given",
		         max_request);
		return false;
	}
	/* each worker starts as a copy of this process, and its limit may be drawn 10 % lower */
	zend_long max_memory = zval_get_long(static_prop("maxMemory"));
	long pages = 0, rss = 0;
	FILE *f = fopen("/proc/self/statm", "r");
	if (f) {
		if (fscanf(f, "%ld %ld", &pages, &rss) != 2) {
			rss = 0;
		}
		fclose(f);
	}
	double held = (double) rss * (double) sysconf(_SC_PAGESIZE);
	if (max_memory < 0 || (max_memory > 0 && (double) max_memory * 0.9 <= held)) {
		snprintf(err, errlen,
		         "Worker::$maxMemory is " ZEND_LONG_FMT " bytes: it must be 0 (no limit) or well "
		         "over the %.0f MB a worker holds at start",
		         max_memory, held / (1 << 20));
		return false;
	}
	const char *pid_name = setting_name("Worker::$pidFile", "pid_file");
	if (ws_pidfile_probe(app->pid_file) != WS_OK) {
		snprintf(err, errlen, "%s %s cannot be written: %s", pid_name, app->pid_file,
		         strerror(errno));
		return false;
	}
	if (ws_pidfile_probe(app->status_file) != WS_OK) {
		snprintf(err, errlen, "Worker::$statusFile %s cannot be written: %s", app->status_file,
		         strerror(errno));
		return false;
	}
	const char *log = static_string("logFile");
	if (!can_append(log)) {
		if (!log_file_default) {
			snprintf(err, errlen, "%s %s cannot be opened: %s",
			         setting_name("Worker::$logFile", "log_file"), log, strerror(errno));
			return false;
		}
		ws_cli_print("WServer note: the default log file %s cannot be opened (%s): set "
		             "Worker::$logFile",
		             log, strerror(errno));
	}
	const char *out = static_string("stdoutFile");
	if (daemon && *out && !can_append(out)) {
		snprintf(err, errlen, "Worker::$stdoutFile %s cannot be opened: %s", out, strerror(errno));
		return false;
	}
	return true;
}

/* Every check before the sockets are bound; prints the first problem. */
static bool check_config(ws_app *app, bool daemon, const char *script)
{
	char err[1024];
	zval *zv;
	ZEND_HASH_FOREACH_VAL(&all_workers, zv) {
		if (!check_worker(Z_OBJ_P(zv), err, sizeof(err))) {
			ws_cli_print("WServer[%s] cannot start: %s", script, err);
			return false;
		}
	}
	ZEND_HASH_FOREACH_END();
	if (!check_settings(app, daemon, err, sizeof(err))) {
		ws_cli_print("WServer[%s] cannot start: %s", script, err);
		return false;
	}
	ZEND_HASH_FOREACH_VAL(&all_workers, zv) {
		if (check_user(Z_OBJ_P(zv), script) != SUCCESS) {
			return false;
		}
	}
	ZEND_HASH_FOREACH_END();
	return true;
}

/* Bind every socket, fill groups. Returns the number of slots, or -1 (message printed). */
static int prepare_groups(ws_group *groups, zend_object **objs, const char *script)
{
	uint32_t i = 0, slots = 0;
	zval *zv;
	ZEND_HASH_FOREACH_VAL(&all_workers, zv) {
		zend_object *obj = Z_OBJ_P(zv);
		wserver_worker_obj *o = worker_from_obj(obj);
		ws_group *g = &groups[i];
		zval *name = WPROP(obj, WP_NAME);
		memset(g, 0, sizeof(*g));
		objs[i] = obj;
		g->count = (uint32_t) Z_LVAL_P(WPROP(obj, WP_COUNT)); /* checked by check_worker() */
		snprintf(g->name, sizeof(g->name), "%s",
		         Z_TYPE_P(name) == IS_STRING ? Z_STRVAL_P(name) : "none");
		g->reloadable = zend_is_true(WPROP(obj, WP_RELOADABLE));
		g->task = o->task;
		g->first_slot = slots;
		slots += g->count;
		if (o->has_listener) {
			g->listener = &o->listener;
			if (user_protocol_of(obj)) {
				o->listener.proto = &wserver_proto_user;
			}
		}
		bool reuse_port = zend_is_true(WPROP(obj, WP_REUSE_PORT));
		for (ws_listener *l = g->listener; l; l = l->next) {
			l->reuse_port = reuse_port;
			if (l->fd < 0 && ws_listener_bind(l) != WS_OK) {
				ws_cli_print("WServer[%s] failed to listen on %s: %s", script, l->name,
				             strerror(errno));
				close_listeners(groups, i + 1);
				return -1;
			}
			if (l->reuse_port) {
				/* the bind only proved the port free: a socket of the group that nobody
				 * accepts on would get its share of connections. Each worker binds its own. */
				ws_listener_close(l);
			}
		}
		i++;
	}
	ZEND_HASH_FOREACH_END();
	return (int) slots;
}

/* Raise the open-files limit as far as allowed; returns the effective limit. */
static long raise_open_files(void)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) < 0) {
		return -1;
	}
	if (rl.rlim_cur < rl.rlim_max) {
		rlim_t want = rl.rlim_max;
		rl.rlim_cur = want;
		if (setrlimit(RLIMIT_NOFILE, &rl) < 0) {
			getrlimit(RLIMIT_NOFILE, &rl);
		}
	}
	return rl.rlim_cur == RLIM_INFINITY ? -1 : (long) rl.rlim_cur;
}

static void fill_slots(ws_app *app)
{
	ws_shm *shm = app->shm;
	snprintf(shm->version, sizeof(shm->version), "%s", PHP_WSERVER_VERSION);
	snprintf(shm->event_loop, sizeof(shm->event_loop), "libev %d.%d %s", ev_version_major(),
	         ev_version_minor(), wserver_backend_name());
	shm->open_files = raise_open_files();
	shm->ngroups = app->ngroups < WS_MAX_GROUPS ? app->ngroups : WS_MAX_GROUPS;
	for (uint32_t g = 0; g < shm->ngroups; g++) {
		snprintf(shm->groups[g].name, sizeof(shm->groups[g].name), "%s", app->groups[g].name);
		snprintf(shm->groups[g].socket, sizeof(shm->groups[g].socket), "%s",
		         app->groups[g].listener ? app->groups[g].listener->name : "none");
		shm->groups[g].count = app->groups[g].count;
		shm->groups[g].task = app->groups[g].task;
	}
	for (uint32_t g = 0; g < app->ngroups; g++) {
		for (uint32_t k = 0; k < app->groups[g].count; k++) {
			ws_slot *s = &app->shm->slots[app->groups[g].first_slot + k];
			s->group = g;
			s->id = k;
		}
	}
}

static int run_start(const char *script, ws_app *app, bool daemon)
{
	pid_t pid;
	ws_pidfile_state state = ws_pidfile_check(app->pid_file, script, &pid);
	switch (state) {
	case WS_PIDFILE_RUNNING:
		ws_cli_print("WServer[%s] already running (pid %d)", script, (int) pid);
		return 1;
	case WS_PIDFILE_GONE:
	case WS_PIDFILE_NOT_OURS:
		ws_cli_print("WServer[%s] removing stale pid file %s: pid %d %s", script, app->pid_file,
		             (int) pid, state == WS_PIDFILE_GONE ? "is gone" : "is not a wserver master");
		ws_pidfile_remove_stale(app->pid_file, pid);
		break;
	case WS_PIDFILE_ABSENT:
		break;
	}
	uint32_t ngroups = all_workers_ready ? zend_hash_num_elements(&all_workers) : 0;
	if (ngroups > WS_MAX_GROUPS) {
		ws_cli_print("WServer[%s] at most %d Workers per script", script, WS_MAX_GROUPS);
		return 1;
	}
	if (ngroups == 0) {
		ws_cli_print("WServer[%s] no Worker to run: create one before runAll()", script);
		return 1;
	}
	if (!check_config(app, daemon, script)) {
		return 1;
	}
	ws_group *groups = ecalloc(ngroups, sizeof(ws_group));
	zend_object **objs = ecalloc(ngroups, sizeof(zend_object *));
	int code = 1, ready_fd = -1;
	int nslots = prepare_groups(groups, objs, script);
	if (nslots < 0) {
		goto out;
	}
	app->groups = groups;
	app->ngroups = ngroups;
	app->nslots = (uint32_t) nslots;
	daemon_mode = daemon;
	if (daemon && daemonize(&ready_fd, &code)) {
		close_listeners(groups, ngroups);
		if (code == 0) {
			ws_cli_print("WServer[%s] started as a daemon, master pid %d", script,
			             (int) ws_pidfile_alive(app->pid_file, script));
		}
		goto out;
	}
	ws_log_open(static_string("logFile"), !daemon);
	app->pid_fd = ws_pidfile_write(app->pid_file);
	app->shm = app->pid_fd >= 0 ? ws_stats_create(app->status_file, app->nslots) : NULL;
	if (!app->shm) {
		ws_log("WServer[%s] cannot start: %s %s: %s", script,
		       app->pid_fd < 0 ? "pid file" : "status file",
		       app->pid_fd < 0 ? app->pid_file : app->status_file, strerror(errno));
		daemon_ready(&ready_fd, false);
		close_listeners(groups, ngroups);
		if (app->pid_fd >= 0) {
			ws_pidfile_remove(app->pid_file, app->pid_fd);
		}
		goto out;
	}
	fill_slots(app);
	wserver_ipc_prepare(app->nslots, app->shm->open_files);
	ws_log("WServer[%s] start: %u worker process(es), master pid %d, libev %s", script, app->nslots,
	       (int) getpid(), wserver_backend_name());
	daemon_ready(&ready_fd, true);

	wserver_master_prepare(app, objs);
	int slot = ws_master_run(app);
	wserver_master_release();
	if (slot >= 0) {
		code = worker_main(app, objs, slot);
	} else {
		wserver_ipc_release();
		close_listeners(groups, ngroups);
		unlink(app->status_file);
		ws_pidfile_remove(app->pid_file, app->pid_fd);
		ws_log("WServer[%s] stopped", script);
		code = 0;
	}
	ws_stats_close(app->shm);
	ws_log_close();
out:
	efree(groups);
	efree(objs);
	return code;
}

static int run_all(void)
{
	ws_app app;
	memset(&app, 0, sizeof(app));
	app.pid_fd = -1;
	app.set_title = set_title;
	start_file_path(app.start_file, sizeof(app.start_file));
	char script_buf[4096];
	snprintf(script_buf, sizeof(script_buf), "%s", app.start_file);
	const char *script = basename(script_buf);

	const char *words[16];
	char store[1024];
	int n = command_words(words, 16, store, sizeof(store));
	ws_cmd cmd;
	char err[256];
	if (n == 0 || ws_cli_parse(n, words, &cmd, err, sizeof(err)) != WS_OK) {
		if (n > 0) {
			ws_cli_print("WServer[%s] %s", script, err);
		}
		ws_cli_usage(script);
		return 1;
	}
	const char *pid_file = static_string("pidFile");
	if (*pid_file) {
		snprintf(app.pid_file, sizeof(app.pid_file), "%s", pid_file);
	} else {
		snprintf(app.pid_file, sizeof(app.pid_file), "%s.pid", app.start_file);
	}
	log_file_default = !*static_string("logFile");
	if (log_file_default) {
		char dir[4096];
		snprintf(dir, sizeof(dir), "%s", app.start_file);
		zval path;
		ZVAL_STR(&path, zend_strpprintf(0, "%s/wserver.log", dirname(dir)));
		zend_update_static_property(wserver_worker_ce, ZEND_STRL("logFile"), &path);
		zval_ptr_dtor(&path);
	}
	const char *status_file = static_string("statusFile");
	if (*status_file) {
		snprintf(app.status_file, sizeof(app.status_file), "%s", status_file);
	} else {
		snprintf(app.status_file, sizeof(app.status_file), "%s.status", app.start_file);
	}
	zval *timeout = static_prop("stopTimeout");
	app.stop_timeout = timeout ? zval_get_double(timeout) : 2.0;
	if (app.stop_timeout <= 0) {
		app.stop_timeout = 2.0;
	}
	zval *daemonize_prop = static_prop("daemonize");
	bool daemon = cmd.daemon || (daemonize_prop && zend_is_true(daemonize_prop));

	switch (cmd.kind) {
	case WS_CMD_STOP:
		return ws_cli_stop(app.pid_file, script, cmd.graceful, app.stop_timeout, false);
	case WS_CMD_RELOAD:
		return ws_cli_reload(app.pid_file, app.status_file, script, cmd.graceful, app.stop_timeout);
	case WS_CMD_STATUS:
		return ws_cli_status(app.pid_file, app.status_file, script, cmd.json, cmd.daemon);
	case WS_CMD_CONNECTIONS:
		return ws_cli_connections(app.pid_file, app.status_file, script);
	case WS_CMD_RESTART:
		if (ws_pidfile_alive(app.pid_file, script) &&
		    ws_cli_stop(app.pid_file, script, cmd.graceful, app.stop_timeout, true) != 0) {
			return 1;
		}
		return run_start(script, &app, daemon);
	case WS_CMD_START:
		return run_start(script, &app, daemon);
	}
	return 1;
}

void wserver_worker_run_all(const char *who)
{
	if (run_all_entered) {
		zend_throw_error(NULL, "%s can only be called once", who);
		return;
	}
	run_all_entered = true;
	int code = run_all();
	if (EG(exception)) {
		return;
	}
	/* like exit(): code after runAll() never runs, shutdown functions and destructors do */
	EG(exit_status) = code;
	zend_throw_unwind_exit();
}

void wserver_worker_set_http_fallback(zend_object *worker)
{
	worker_from_obj(worker)->http_fallback = true;
}

int32_t wserver_worker_group_index(zend_object *worker)
{
	int32_t i = 0;
	zval *zv;
	if (!all_workers_ready) {
		return -1;
	}
	ZEND_HASH_FOREACH_VAL(&all_workers, zv) {
		if (Z_OBJ_P(zv) == worker) {
			return i;
		}
		i++;
	}
	ZEND_HASH_FOREACH_END();
	return -1;
}

ZEND_METHOD(WServer_Worker, runAll)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_worker_run_all("Worker::runAll()");
}

ZEND_METHOD(WServer_Worker, stopAll)
{
	zend_long code = 0;
	zval *log = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(code)
	Z_PARAM_ZVAL(log)
	ZEND_PARSE_PARAMETERS_END();
	if (log && Z_TYPE_P(log) == IS_STRING && Z_STRLEN_P(log) > 0) {
		ws_log("%s", Z_STRVAL_P(log));
	}
	if (wserver_in_master) {
		kill(getpid(), SIGINT); /* from onMasterReload or onWorkerExit: stop everything */
		return;
	}
	if (!wserver_loop) {
		zend_throw_exception(wserver_exception_ce,
		                     "Worker::stopAll() stops the server once it runs: call it in a "
		                     "callback",
		                     0);
		RETURN_THROWS();
	}
	if (code == 0) {
		ws_worker_drain(&runtime); /* gracefully: what is under way finishes first */
		return;
	}
	EG(exit_status) = (int) code;
	wserver_exiting = true;
	ws_worker_stop(&runtime);
}

ZEND_METHOD(WServer_Worker, getAllWorkers)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (!all_workers_ready) {
		RETURN_EMPTY_ARRAY();
	}
	RETURN_ARR(zend_array_dup(&all_workers));
}

ZEND_METHOD(WServer_Worker, log)
{
	zval *msg;
	bool decorated = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ZVAL(msg)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(decorated)
	ZEND_PARSE_PARAMETERS_END();
	(void) decorated;
	zend_string *s = zval_try_get_string(msg);
	if (!s) {
		RETURN_THROWS();
	}
	if (!run_all_entered) {
		ws_log_open(static_string("logFile"), true);
	}
	ws_log("%s", ZSTR_VAL(s));
	zend_string_release(s);
}

ZEND_METHOD(WServer_Worker, safeEcho)
{
	zend_string *msg;
	bool decorated = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(msg)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(decorated)
	ZEND_PARSE_PARAMETERS_END();
	(void) decorated;
	if (daemon_mode) {
		RETURN_FALSE;
	}
	PHPWRITE(ZSTR_VAL(msg), ZSTR_LEN(msg));
	RETURN_TRUE;
}

void wserver_worker_rshutdown(void)
{
	config_error[0] = 0;
	if (all_workers_ready) {
		zend_hash_destroy(&all_workers);
		all_workers_ready = false;
	}
}

void wserver_worker_minit(void)
{
	zval version;
	(void) version;
	wserver_worker_ce = register_class_WServer_Worker();
	wserver_worker_ce->create_object = worker_create;
	memcpy(&worker_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	worker_handlers.offset = XtOffsetOf(wserver_worker_obj, std);
	worker_handlers.clone_obj = NULL;
	worker_handlers.free_obj = worker_free;
	for (int i = 0; i < WP_LAST; i++) {
		zend_property_info *pi = zend_hash_str_find_ptr(&wserver_worker_ce->properties_info,
		                                                wp_names[i], strlen(wp_names[i]));
		ZEND_ASSERT(pi);
		wp_off[i] = pi->offset;
	}
}
