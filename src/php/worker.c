/* WServer\Worker: the Workerman-style class. Its constructor parses the socket name, its
 * properties hold the callbacks; runAll() is run_all.c and what a worker process does with
 * the Worker is runtime.c. */
#include "worker.h"
#include "coro.h"
#include "exception.h"
#include "frontend.h"
#include "http_request.h"
#include "http_static.h"
#include "master.h"
#include "protocols.h"
#include "run_all.h"
#include "runtime.h"
#include "tcp_connection.h"
#include "tls_options.h"
#include "user_protocol.h"
#include "core/log.h"
#include "php_wserver.h"

#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "php_network.h"
#include "zend_attributes.h"
#include "stubs/worker_arginfo.h"

#include <ctype.h>
#include <errno.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>

zend_class_entry *wserver_worker_ce;
static zend_object_handlers worker_handlers;

const char *const wserver_worker_prop_names[WP_LAST] = {
    "id",
    "name",
    "count",
    "reloadable",
    "reusePort",
    "transport",
    "protocol",
    "socket",
    "connections",
    "onWorkerStart",
    "onWorkerStop",
    "onWorkerReload",
    "onConnect",
    "onMessage",
    "onClose",
    "onError",
    "onBufferFull",
    "onBufferDrain",
    "onWebSocketConnect",
    "onWebSocketConnected",
    "user",
    "group",
    "onWebSocketPing",
    "onWebSocketPong",
    "onWebSocketClose",
    "websocketCompression",
};
uint32_t wserver_worker_prop_off[WP_LAST];

/* Every Worker made in this request, in order; runAll() serves them all. */
static HashTable all_workers;
static bool all_workers_ready;

HashTable *wserver_worker_all(void)
{
	return all_workers_ready ? &all_workers : NULL;
}

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

/* The class $worker->protocol names (a user's, or one of ours), else NULL. */
static zend_class_entry *protocol_class_of(zend_object *obj)
{
	zval *p = WPROP(obj, WP_PROTOCOL);
	return Z_TYPE_P(p) == IS_STRING ? wserver_user_protocol_find(Z_STRVAL_P(p), Z_STRLEN_P(p))
	                                : NULL;
}

/* $worker->protocol set to a user protocol class (as Workerman allows). Our own protocol
 * classes (Workerman's names with wserver.aliases) are the built-in codecs, not this. */
zend_class_entry *wserver_worker_user_protocol(zend_object *obj)
{
	zend_class_entry *ce = protocol_class_of(obj);
	return ce && ce->type == ZEND_USER_CLASS ? ce : NULL;
}

const ws_proto *wserver_worker_protocol_codec(zend_object *obj)
{
	zend_class_entry *ce = protocol_class_of(obj);
	if (!ce) {
		return NULL;
	}
	/* one of our classes ($protocol = '\Workerman\Protocols\Text') is its C codec */
	return ce->type == ZEND_USER_CLASS ? &wserver_proto_user : wserver_protocols_codec(ce);
}

bool wserver_worker_add_listener(zend_object *worker, const char *name, char *err, size_t errlen)
{
	wserver_worker_obj *o = wserver_worker_from(worker);
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
	wserver_worker_from(worker)->task = true;
}

void wserver_worker_mark_server(zend_object *worker)
{
	wserver_worker_from(worker)->of_server = true;
}

void wserver_worker_set_frontend(zend_object *worker, const wserver_frontend *fe,
                                 zend_object *owner)
{
	wserver_worker_obj *o = wserver_worker_from(worker);
	o->frontend = fe;
	o->frontend_owner = owner;
}

/* ---- the Worker's front end: its callback properties, or the connection's own ---- */

static zval *set_or_null(zval *cb)
{
	return cb && Z_TYPE_P(cb) != IS_NULL ? cb : NULL;
}

_Static_assert(WSERVER_EV_BUFFER_DRAIN == (int) WSERVER_CB_BUFFER_DRAIN &&
                   WSERVER_EV_CONNECT == (int) WSERVER_CB_COUNT,
               "a connection's own callbacks are the first connection events");

/* The connection's own callback (a property; websocket:// ones are dynamic ones), else the
 * Worker's property. A new connection and a datagram have none of their own. */
static zval *fe_conn_event(zend_object *group, ws_conn *c, wserver_conn_event ev)
{
	static const int props[WSERVER_EV_CONN_COUNT] = {WP_ON_MESSAGE,
	                                                 WP_ON_CLOSE,
	                                                 WP_ON_ERROR,
	                                                 WP_ON_BUFFER_FULL,
	                                                 WP_ON_BUFFER_DRAIN,
	                                                 WP_ON_CONNECT,
	                                                 WP_ON_WEBSOCKET_CONNECT,
	                                                 WP_ON_WEBSOCKET_CONNECTED,
	                                                 WP_ON_WEBSOCKET_PING,
	                                                 WP_ON_WEBSOCKET_PONG,
	                                                 WP_ON_WEBSOCKET_CLOSE};
	zval *own = NULL;
	if (c && ev < (int) WSERVER_CB_COUNT) {
		own = wserver_tcp_connection_callback(c->user, (wserver_conn_cb) ev);
	} else if (c && ev >= WSERVER_EV_WS_CONNECT) {
		own = wserver_tcp_connection_prop(c->user, wserver_worker_prop_names[props[ev]]);
	}
	own = set_or_null(own);
	return own ? own : set_or_null(WPROP(group, props[ev]));
}

/* Workerman has no event for the start of a graceful stop. */
static zval *fe_worker_event(zend_object *group, wserver_worker_event ev)
{
	static const int props[WSERVER_EV_WORKER_COUNT] = {WP_ON_WORKER_START, WP_ON_WORKER_STOP,
	                                                   WP_ON_WORKER_RELOAD, -1};
	return props[ev] < 0 ? NULL : set_or_null(WPROP(group, props[ev]));
}

static zend_object *fe_http_request(zend_object *group, ws_conn *c, zend_string *raw)
{
	(void) group;
	return wserver_http_request_create_for(raw, c->user);
}

/* onMessage($connection, $request) */
static void fe_http_message(zend_object *group, ws_conn *c, zval *cb, zend_string *raw,
                            wserver_coro_done_fn done, void *arg)
{
	(void) group;
	zval args[2];
	ZVAL_OBJ_COPY(&args[0], c->user);
	ZVAL_OBJ(&args[1], wserver_http_request_create_for(raw, c->user));
	zend_string_release(raw);
	wserver_coro_queue("onMessage", cb, 2, args, done, arg);
}

const wserver_frontend wserver_worker_frontend = {
    .conn_event = fe_conn_event,
    .worker_event = fe_worker_event,
    .http_request = fe_http_request,
    .http_message = fe_http_message,
};

static void worker_free(zend_object *obj)
{
	wserver_worker_obj *o = wserver_worker_from(obj);
	if (o->socket_error) {
		zend_string_release(o->socket_error);
	}
	if (o->ssl_context) {
		zend_array_release(o->ssl_context);
	}
	ws_tls_ctx_free(o->listener.tls);
	for (ws_listener *l = o->listener.next, *next; l; l = next) {
		next = l->next;
		ws_tls_ctx_free(l->tls);
		free(l);
	}
	o->listener.next = NULL;
	wserver_http_static_free(o->static_files);
	zend_object_std_dtor(obj);
}

static zend_object *worker_create(zend_class_entry *ce)
{
	wserver_worker_obj *o = zend_object_alloc(sizeof(*o), ce);
	zend_object_std_init(&o->std, ce);
	object_properties_init(&o->std, ce);
	o->std.handlers = &worker_handlers;
	o->listener.fd = -1;
	o->frontend = &wserver_worker_frontend;
	return &o->std;
}

/* Parse the socket name into the listener and set socket, transport and protocol. false with
 * why in o->socket_error. */
bool wserver_worker_parse_socket(zend_object *obj, zend_string *name)
{
	wserver_worker_obj *o = wserver_worker_from(obj);
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
		zend_string *cls = wserver_protocols_class_name(o->listener.proto);
		if (cls) {
			ZVAL_STR(p, cls);
		} else {
			ZVAL_NULL(p);
		}
	}
	return true;
}

/* The socket (name, NULL: none) and the place among the Workers runAll() serves. */
static void worker_init(zend_object *obj, zend_string *name)
{
	if (name && ZSTR_LEN(name) > 0) {
		zval *p = WPROP(obj, WP_SOCKET);
		zval_ptr_dtor(p);
		ZVAL_STR_COPY(p, name);
		wserver_worker_parse_socket(obj, name);
	}
	if (!all_workers_ready) {
		zend_hash_init(&all_workers, 4, NULL, ZVAL_PTR_DTOR, 0);
		all_workers_ready = true;
	}
	zval zv;
	ZVAL_OBJ_COPY(&zv, obj);
	zend_hash_next_index_insert(&all_workers, &zv);
}

/* A socket name that does not parse is not an error here, as in Workerman: runAll() reports it
 * when it starts (one line, exit code 1), and stop, status... still work with such a script. */
ZEND_METHOD(WServer_Worker, __construct)
{
	zend_string *name = NULL;
	HashTable *context = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR_OR_NULL(name) /* null: no socket, as in Workerman (webman's processes) */
	Z_PARAM_ARRAY_HT(context)
	ZEND_PARSE_PARAMETERS_END();
	wserver_worker_obj *o = wserver_worker_from(Z_OBJ_P(ZEND_THIS));
	zval *ssl = context ? zend_hash_str_find_deref(context, ZEND_STRL("ssl")) : NULL;
	if (ssl && Z_TYPE_P(ssl) == IS_ARRAY && !o->ssl_context) {
		o->ssl_context = zend_array_dup(Z_ARRVAL_P(ssl)); /* used once $transport is 'ssl' */
	}
	worker_init(Z_OBJ_P(ZEND_THIS), name);
}

bool wserver_worker_prepare_tls(zend_object *worker, char *err, size_t errlen)
{
	wserver_worker_obj *o = wserver_worker_from(worker);
	zval *t = WPROP(worker, WP_TRANSPORT);
	if (!o->has_listener || o->listener.tls || Z_TYPE_P(t) != IS_STRING ||
	    !zend_string_equals_literal_ci(Z_STR_P(t), "ssl")) {
		return true;
	}
	if (o->listener.transport == WS_TRANSPORT_UDP) {
		snprintf(err, errlen, "transport ssl: a udp:// socket cannot have TLS");
		return false;
	}
	if (!ws_tls_available()) {
		snprintf(err, errlen,
		         "transport ssl: wserver was built without OpenSSL "
		         "(--without-wserver-openssl)");
		return false;
	}
	wserver_tls_spec spec;
	bool ok = wserver_tls_from_stream(&spec, o->ssl_context, false, err, errlen);
	if (ok && !spec.opts.cert_file) {
		snprintf(err, errlen,
		         "transport ssl needs a certificate: new Worker($socket, ['ssl' => ['local_cert' "
		         "=> ..., 'local_pk' => ...]])");
		ok = false;
	}
	if (ok) {
		/* ALPN http/1.1 where HTTP is spoken (a WebSocket handshake is HTTP/1.1 too) */
		const ws_proto *p = wserver_worker_protocol_codec(worker);
		p = p ? p : o->listener.proto;
		spec.opts.alpn_http = p && (p->kind == WS_PROTO_HTTP || p->kind == WS_PROTO_WEBSOCKET);
		o->listener.tls = wserver_tls_server_ctx(&spec, err, errlen);
		o->listener.tls_early = true; /* Workerman: onConnect at accept, then the handshake */
		ok = o->listener.tls != NULL;
	}
	wserver_tls_spec_free(&spec);
	return ok;
}

zend_object *wserver_worker_new(zend_string *name)
{
	zend_object *obj = worker_create(wserver_worker_ce);
	worker_init(obj, name);
	return obj;
}

wserver_worker_limits *wserver_worker_limits_of(zend_object *worker)
{
	return &wserver_worker_from(worker)->limits;
}

bool wserver_worker_set_framing(zend_object *worker, const ws_proto *proto, const void *param,
                                size_t len)
{
	wserver_worker_obj *o = wserver_worker_from(worker);
	if (!o->has_listener || o->listener.proto || len > sizeof(o->framing)) {
		return false;
	}
	if (len) {
		memcpy(&o->framing, param, len);
	}
	o->listener.proto = proto;
	o->listener.proto_param = &o->framing;
	return true;
}

void wserver_worker_set_http_fallback(zend_object *worker)
{
	wserver_worker_from(worker)->http_fallback = true;
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
	wserver_run_all("Worker::runAll()", false);
}

/* ---- a Worker inside a running worker process ---- */

/* The core worker of this process, when this process is a worker; else NULL. */
static ws_worker *running_worker(void)
{
	return wserver_runtime_self() ? wserver_runtime_worker() : NULL;
}

/* The listeners of obj in this process: the group's own for the Worker it serves. */
static bool is_self(zend_object *obj)
{
	return obj == wserver_runtime_self();
}

ZEND_METHOD(WServer_Worker, run)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	if (!running_worker()) {
		zend_throw_exception(wserver_exception_ce,
		                     "Worker::run() runs in a worker process: runAll() calls it there", 0);
		RETURN_THROWS();
	}
	if (is_self(obj)) {
		wserver_runtime_start_self();
		return;
	}
	/* another Worker, as Workerman's run(): it listens here, then its onWorkerStart */
	zend_call_method_with_0_params(obj, obj->ce, NULL, "listen", NULL);
	zval *cb = WPROP(obj, WP_ON_WORKER_START);
	if (!EG(exception) && Z_TYPE_P(cb) != IS_NULL) {
		zval w;
		ZVAL_OBJ(&w, obj);
		wserver_coro_run("onWorkerStart", cb, 1, &w, NULL, NULL);
	}
}

ZEND_METHOD(WServer_Worker, listen)
{
	bool auto_accept = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(auto_accept)
	ZEND_PARSE_PARAMETERS_END();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	wserver_worker_obj *o = wserver_worker_from(obj);
	ws_worker *w = running_worker();
	zval *socket = WPROP(obj, WP_SOCKET);
	if (!w || Z_TYPE_P(socket) != IS_STRING || Z_STRLEN_P(socket) == 0) {
		return; /* no socket; or not in a worker: runAll() binds every Worker's */
	}
	/* a user protocol class may exist by now (GatewayWorker aliases it just before) */
	if (o->socket_error && !wserver_worker_parse_socket(obj, Z_STR_P(socket))) {
		zend_throw_exception_ex(wserver_exception_ce, 0, "cannot listen on %s: %s",
		                        Z_STRVAL_P(socket), ZSTR_VAL(o->socket_error));
		RETURN_THROWS();
	}
	if (is_self(obj)) {
		for (ws_listener *l = &o->listener; l; l = l->next) {
			if (l->fd < 0) {
				/* unlisten()ed: bound anew (its watcher is stopped) */
				bool ending = w->stopping || w->draining;
				if (ending || ws_listener_bind(l) != WS_OK) {
					zend_throw_exception_ex(wserver_exception_ce, 0, "cannot listen on %s: %s",
					                        l->name,
					                        ending ? "this worker is stopping" : strerror(errno));
					RETURN_THROWS();
				}
				if (l->worker == w) {
					ev_io_set(&l->io, l->fd, EV_READ);
				}
			}
			ws_worker_pause_listener(w, l, !auto_accept);
		}
		return;
	}
	if (o->listener.transport == WS_TRANSPORT_UDP || o->of_server) {
		zend_throw_exception_ex(wserver_exception_ce, 0,
		                        "cannot listen on %s inside a worker process: only stream "
		                        "sockets of a Worker can",
		                        Z_STRVAL_P(socket));
		RETURN_THROWS();
	}
	if (o->listener.added) {
		if (auto_accept) {
			ws_worker_pause_listener(w, &o->listener, false);
		}
		return;
	}
	uint16_t index = wserver_runtime_adopt(obj);
	if (index == 0) {
		zend_throw_exception(wserver_exception_ce, "too many Workers listen in this process", 0);
		RETURN_THROWS();
	}
	o->listener.index = index;
	o->listener.reuse_port = zend_is_true(WPROP(obj, WP_REUSE_PORT));
	o->listener.paused = !auto_accept;
	const ws_proto *codec = wserver_worker_protocol_codec(obj);
	if (codec) {
		o->listener.proto = codec;
	}
	char tls_err[600];
	if (!wserver_worker_prepare_tls(obj, tls_err, sizeof(tls_err))) {
		zend_throw_exception_ex(wserver_exception_ce, 0, "cannot listen on %s: %s",
		                        Z_STRVAL_P(socket), tls_err);
		RETURN_THROWS();
	}
	if (ws_worker_add_listener(w, &o->listener) != WS_OK) {
		zend_throw_exception_ex(wserver_exception_ce, 0, "cannot listen on %s: %s",
		                        Z_STRVAL_P(socket),
		                        errno == EBUSY ? "this worker is stopping" : strerror(errno));
		RETURN_THROWS();
	}
}

/* Stop accepting on obj's sockets in this process and close them there. */
static void unlisten(zend_object *obj)
{
	wserver_worker_obj *o = wserver_worker_from(obj);
	ws_worker *w = running_worker();
	if (!w || !o->has_listener) {
		return;
	}
	if (o->listener.added) {
		ws_worker_remove_listener(w, &o->listener);
		return;
	}
	if (!is_self(obj)) {
		return; /* never listen()ed here */
	}
	for (ws_listener *l = &o->listener; l; l = l->next) {
		ws_worker_pause_listener(w, l, true);
		if (l->reuse_port) {
			ws_listener_close(l); /* its own socket; a shared one stays open in the master */
		}
	}
}

ZEND_METHOD(WServer_Worker, unlisten)
{
	ZEND_PARSE_PARAMETERS_NONE();
	unlisten(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(WServer_Worker, stop)
{
	bool force = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(force)
	ZEND_PARSE_PARAMETERS_END();
	(void) force; /* a connection with a callback under way finishes it either way */
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	if (!running_worker()) {
		return;
	}
	unlisten(obj);
	wserver_runtime_stop_worker(obj);
}

/* pauseAccept() / resumeAccept() of obj's sockets in this process. */
static void pause_accept(zend_object *obj, bool pause)
{
	wserver_worker_obj *o = wserver_worker_from(obj);
	ws_worker *w = running_worker();
	if (!w || !o->has_listener || (!is_self(obj) && !o->listener.added)) {
		return;
	}
	for (ws_listener *l = &o->listener; l; l = l->next) {
		ws_worker_pause_listener(w, l, pause);
	}
}

ZEND_METHOD(WServer_Worker, pauseAccept)
{
	ZEND_PARSE_PARAMETERS_NONE();
	pause_accept(Z_OBJ_P(ZEND_THIS), true);
}

ZEND_METHOD(WServer_Worker, resumeAccept)
{
	ZEND_PARSE_PARAMETERS_NONE();
	pause_accept(Z_OBJ_P(ZEND_THIS), false);
}

ZEND_METHOD(WServer_Worker, getSocketName)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *socket = WPROP(Z_OBJ_P(ZEND_THIS), WP_SOCKET);
	if (Z_TYPE_P(socket) != IS_STRING || Z_STRLEN_P(socket) == 0) {
		RETURN_STRING("none");
	}
	zend_string *s = zend_string_init(Z_STRVAL_P(socket), Z_STRLEN_P(socket), 0);
	ZSTR_VAL(s)[0] = (char) tolower((unsigned char) ZSTR_VAL(s)[0]);
	RETURN_NEW_STR(s);
}

ZEND_METHOD(WServer_Worker, getMainSocket)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_worker_obj *o = wserver_worker_from(Z_OBJ_P(ZEND_THIS));
	int fd = o->has_listener && o->listener.fd >= 0 ? dup(o->listener.fd) : -1;
	if (fd < 0) {
		RETURN_NULL();
	}
	php_stream *stream = php_stream_sock_open_from_socket(fd, NULL);
	if (!stream) {
		close(fd);
		RETURN_NULL();
	}
	php_stream_to_zval(stream, return_value);
}

/* Workerman's status of this process. */
static zend_long process_status(void)
{
	ws_worker *w = running_worker();
	if (w) {
		return w->draining || w->stopping ? 4 /* SHUTDOWN */ : 2 /* RUNNING */;
	}
	if (wserver_in_master) {
		return 2;
	}
	return wserver_run_all_entered() ? 1 /* STARTING */ : 0 /* INITIAL */;
}

ZEND_METHOD(WServer_Worker, getStatus)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(process_status());
}

ZEND_METHOD(WServer_Worker, getGracefulStop)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ws_worker *w = running_worker();
	RETURN_BOOL(w && (w->draining || w->stop_announced) && !w->stopping);
}

ZEND_METHOD(WServer_Worker, isRunning)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(process_status() != 0);
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
	if (!wserver_runtime_loop()) {
		zend_throw_exception(wserver_exception_ce,
		                     "Worker::stopAll() stops the server once it runs: call it in a "
		                     "callback",
		                     0);
		RETURN_THROWS();
	}
	wserver_runtime_stop((int) code);
}

ZEND_METHOD(WServer_Worker, getAllWorkers)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (!all_workers_ready) {
		RETURN_EMPTY_ARRAY();
	}
	if (!running_worker()) {
		RETURN_ARR(zend_array_dup(&all_workers));
	}
	/* in a worker process, as Workerman's: the Worker it serves and those made in it, not the
	 * other groups' */
	array_init(return_value);
	zend_ulong i;
	zval *zv;
	ZEND_HASH_FOREACH_NUM_KEY_VAL(&all_workers, i, zv)
	{
		if (Z_OBJ_P(zv) == wserver_runtime_self() || i >= wserver_runtime_ngroups()) {
			Z_ADDREF_P(zv);
			zend_hash_index_update(Z_ARRVAL_P(return_value), i, zv);
		}
	}
	ZEND_HASH_FOREACH_END();
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
	if (!wserver_run_all_entered()) {
		ws_log_open(wserver_worker_static_string("logFile"), true);
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
	if (wserver_run_all_daemon()) {
		RETURN_FALSE;
	}
	PHPWRITE(ZSTR_VAL(msg), ZSTR_LEN(msg));
	RETURN_TRUE;
}

void wserver_worker_rshutdown(void)
{
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
		                                                wserver_worker_prop_names[i],
		                                                strlen(wserver_worker_prop_names[i]));
		ZEND_ASSERT(pi);
		wserver_worker_prop_off[i] = pi->offset;
	}
}
