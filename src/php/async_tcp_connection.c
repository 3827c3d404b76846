/* WServer\Connection\AsyncTcpConnection: a connection this worker makes. The socket is the
 * core's (ws_conn_connect(): the same read, framing, send queue and back-pressure as accepted
 * ones); this file parses the address, resolves names off the loop, schedules reconnects and
 * does the ws:// handshake's client side. Callbacks are the object's own, never the Worker's. */
#include "async_tcp_connection.h"
#include "callback.h"
#include "coro.h"
#include "exception.h"
#include "protocols.h"
#include "runtime.h"
#include "tcp_connection.h"
#include "tls_options.h"
#include "user_protocol.h"
#include "websocket.h"
#include "core/log.h"
#include "core/resolve.h"
#include "core/websocket.h"

#include "zend_exceptions.h"
#include "stubs/async_tcp_connection_arginfo.h"

#include <ctype.h>
#include <errno.h>
#include <netdb.h>
#include <strings.h>
#include <sys/un.h>

static zend_class_entry *async_ce;
static zend_object_handlers async_handlers;

typedef struct wserver_async_obj wserver_async_obj;
struct wserver_async_obj {
	char host[256];        /* ro: name or address (the path for unix://) */
	int port;              /* ro */
	char target[1024];     /* ro: ws:// request target ("/chat?x=1") */
	char remote[1400];     /* ro: the address as given */
	const ws_proto *proto; /* ro */
	bool unix_socket;      /* ro */
	bool tls_scheme;       /* ro: ssl://, tls://, wss:// */
	ws_resolve *resolve;   /* a name lookup under way; NULL: none */
	ev_io resolve_w;
	ev_timer reconnect_w;   /* reconnect($after) pending */
	zend_string *ws_accept; /* ws://: what the answer's Sec-WebSocket-Accept must be */
	zval pending;           /* [data, raw] pairs sent before the socket existed; UNDEF: none */
	HashTable *ssl_context; /* the constructor's $context['ssl']; NULL: none */
	ws_tls_ctx *tls;        /* made at the first TLS connect, kept for reconnects */
	wserver_async_obj *prev, *next; /* pinned: a lookup or a timer holds a reference */
	bool pinned;
	wserver_tcp_connection_obj tcp; /* last: its std is the object's */
};

/* Objects a pending lookup or timer keeps alive, released at worker end. */
static wserver_async_obj *pinned_list;

static inline wserver_async_obj *async_from_obj(zend_object *obj)
{
	return (wserver_async_obj *) ((char *) obj - XtOffsetOf(wserver_async_obj, tcp.std));
}

static zend_object *async_create(zend_class_entry *ce)
{
	wserver_async_obj *o = zend_object_alloc(sizeof(*o), ce);
	zend_object_std_init(&o->tcp.std, ce);
	object_properties_init(&o->tcp.std, ce);
	o->tcp.std.handlers = &async_handlers;
	return &o->tcp.std;
}

static void pin(wserver_async_obj *o)
{
	if (!o->pinned) {
		o->pinned = true;
		GC_ADDREF(&o->tcp.std);
		o->next = pinned_list;
		if (pinned_list) {
			pinned_list->prev = o;
		}
		pinned_list = o;
	}
}

/* Stop the lookup and the timer and drop their reference (may free o). */
static void unpin(wserver_async_obj *o)
{
	if (o->resolve) {
		if (wserver_runtime_loop()) {
			ev_io_stop(wserver_runtime_loop(), &o->resolve_w);
		}
		ws_resolve_free(o->resolve);
		o->resolve = NULL;
	}
	if (wserver_runtime_loop() && ev_is_active(&o->reconnect_w)) {
		ev_timer_stop(wserver_runtime_loop(), &o->reconnect_w);
	}
	if (o->pinned) {
		o->pinned = false;
		if (o->prev) {
			o->prev->next = o->next;
		} else {
			pinned_list = o->next;
		}
		if (o->next) {
			o->next->prev = o->prev;
		}
		o->prev = o->next = NULL;
		OBJ_RELEASE(&o->tcp.std);
	}
}

static HashTable *async_get_gc(zend_object *obj, zval **table, int *n)
{
	*table = &async_from_obj(obj)->pending;
	*n = 1;
	return zend_std_get_properties(obj);
}

static void async_free(zend_object *obj)
{
	wserver_async_obj *o = async_from_obj(obj);
	zval_ptr_dtor(&o->pending);
	if (o->ws_accept) {
		zend_string_release(o->ws_accept);
	}
	if (o->ssl_context) {
		zend_array_release(o->ssl_context);
	}
	ws_tls_ctx_free(o->tls);
	wserver_tcp_connection_free(obj);
}

/* Declared property slots, looked up once: read directly, so no __get of a subclass runs. */
enum { AP_ON_CONNECT, AP_ON_WEBSOCKET_CONNECT, AP_HEADERS, AP_ON_ERROR, AP_ON_CLOSE, AP_COUNT };
static const char *const ap_names[AP_COUNT] = {"onConnect", "onWebSocketConnect", "headers",
                                               "onError", "onClose"};
static uint32_t ap_off[AP_COUNT];

/* A property's value; NULL when null or unset. */
static zval *prop(wserver_async_obj *o, int which)
{
	zval *v = OBJ_PROP(&o->tcp.std, ap_off[which]);
	ZVAL_DEREF(v);
	return Z_TYPE_P(v) != IS_NULL && Z_TYPE_P(v) != IS_UNDEF ? v : NULL;
}

/* What send() kept goes out now, in order, on the new connection (or is dropped: NULL). */
static void flush_pending(wserver_async_obj *o, bool send)
{
	if (Z_TYPE(o->pending) != IS_ARRAY) {
		return;
	}
	zval pending, *pair;
	ZVAL_COPY_VALUE(&pending, &o->pending);
	ZVAL_UNDEF(&o->pending);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(pending), pair) {
		if (send && !EG(exception)) {
			zval *data = zend_hash_index_find(Z_ARRVAL_P(pair), 0);
			zval *raw = zend_hash_index_find(Z_ARRVAL_P(pair), 1);
			wserver_tcp_connection_send(&o->tcp.std, data, zend_is_true(raw));
		}
	}
	ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&pending);
}

/* Run the object's own onError($conn, CONNECT_FAIL, why) then onClose($conn): a connection
 * that never got a socket (bad name). */
static void connect_failed(wserver_async_obj *o, const char *why)
{
	flush_pending(o, false);
	zval args[3];
	ZVAL_OBJ(&args[0], &o->tcp.std);
	ZVAL_LONG(&args[1], WS_ERR_CONNECT_FAIL);
	ZVAL_STRING(&args[2], why);
	zval *cb = prop(o, AP_ON_ERROR);
	if (cb) {
		wserver_coro_run("onError", cb, 3, args, NULL, NULL);
	}
	zval_ptr_dtor(&args[2]);
	cb = prop(o, AP_ON_CLOSE);
	if (cb) {
		wserver_coro_run("onClose", cb, 1, args, NULL, NULL);
	}
}

/* A stopping worker makes no new connections. */
static bool worker_leaving(void)
{
	ws_worker *w = wserver_runtime_worker();
	return !w || w->stopping || wserver_runtime_exiting();
}

/* A draining one still connects for the work it finishes (a request that calls a backend),
 * but does not reconnect: an onClose that reconnects must not keep it alive (or loop). */
static bool worker_draining(void)
{
	ws_worker *w = wserver_runtime_worker();
	return w && w->draining;
}

static void start_connect(wserver_async_obj *o, struct sockaddr_storage *ss, socklen_t len)
{
	if (worker_leaving()) {
		return;
	}
	/* a user protocol class set on $protocol (before connect(), or before a reconnect) frames it */
	const ws_proto *proto = o->tcp.proto_ce ? &wserver_proto_user : o->proto;
	/* $transport = 'ssl' (or an ssl://, wss:// address): TLS, with the context's ssl options */
	zval *t = zend_read_property(o->tcp.std.ce, &o->tcp.std, ZEND_STRL("transport"), 1, NULL);
	bool tls = Z_TYPE_P(t) == IS_STRING && zend_string_equals_literal_ci(Z_STR_P(t), "ssl");
	if (tls && !o->tls) {
		char err[600];
		wserver_tls_spec spec;
		if (!ws_tls_available()) {
			snprintf(err, sizeof(err), "wserver was built without OpenSSL");
		} else if (wserver_tls_from_stream(&spec, o->ssl_context, true, err, sizeof(err))) {
			spec.opts.alpn_http = o->proto == &ws_proto_websocket_client;
			o->tls = wserver_tls_client_ctx(&spec, err, sizeof(err));
			wserver_tls_spec_free(&spec);
		}
		if (!o->tls) {
			char why[800];
			snprintf(why, sizeof(why), "connect %s failed: ssl context: %s", o->remote, err);
			connect_failed(o, why);
			return;
		}
	}
	ws_conn *c = ws_conn_connect_tls(wserver_runtime_worker(), (struct sockaddr *) ss, len, proto,
	                                 &o->tcp.std, tls ? o->tls : NULL, o->host, true);
	if (!c) {
		char why[160];
		snprintf(why, sizeof(why), "connect %s failed: %s", o->remote, strerror(errno));
		connect_failed(o, why);
		return;
	}
	GC_ADDREF(&o->tcp.std); /* c->user's reference, dropped when the connection closes */
	wserver_tcp_connection_attach(&o->tcp.std, c);
	flush_pending(o, true);
	if (EG(exception) && !EG(current_execute_data)) {
		wserver_log_exception("AsyncTcpConnection::send()"); /* from the loop: nobody to throw to */
	}
}

static void on_resolved(struct ev_loop *loop, ev_io *io, int revents)
{
	wserver_async_obj *o = io->data;
	(void) loop;
	(void) revents;
	struct sockaddr_storage ss;
	socklen_t len;
	int rc = ws_resolve_result(o->resolve, o->port, &ss, &len);
	GC_ADDREF(&o->tcp.std); /* o lives through what follows */
	unpin(o);
	if (rc == 0) {
		start_connect(o, &ss, len);
	} else {
		char why[400];
		snprintf(why, sizeof(why), "connect %s failed: DNS lookup of \"%s\" failed: %s", o->remote,
		         o->host, gai_strerror(rc));
		connect_failed(o, why);
	}
	OBJ_RELEASE(&o->tcp.std);
}

static bool is_open(wserver_async_obj *o)
{
	ws_conn *c = o->tcp.conn;
	return o->resolve ||
	       (c && (c->status == WS_CONN_CONNECTING || c->status == WS_CONN_ESTABLISHED));
}

static void do_connect(wserver_async_obj *o)
{
	if (is_open(o) || worker_leaving()) {
		return; /* as Workerman: connect() on a live connection does nothing */
	}
	if (o->ws_accept) {
		zend_string_release(o->ws_accept);
		o->ws_accept = NULL;
	}
	struct sockaddr_storage ss;
	socklen_t len;
	memset(&ss, 0, sizeof(ss));
	if (o->unix_socket) {
		struct sockaddr_un *un = (struct sockaddr_un *) &ss;
		un->sun_family = AF_UNIX;
		strcpy(un->sun_path, o->host);
		start_connect(o, &ss, sizeof(*un));
		return;
	}
	if (ws_resolve_literal(o->host, AF_UNSPEC, o->port, &ss, &len)) {
		start_connect(o, &ss, len);
		return;
	}
	o->resolve = ws_resolve_start(o->host, AF_UNSPEC);
	if (!o->resolve) {
		char why[160];
		snprintf(why, sizeof(why), "connect %s failed: %s", o->remote, strerror(errno));
		connect_failed(o, why);
		return;
	}
	ev_io_init(&o->resolve_w, on_resolved, ws_resolve_fd(o->resolve), EV_READ);
	o->resolve_w.data = o;
	ev_io_start(wserver_runtime_loop(), &o->resolve_w);
	pin(o);
}

static void on_reconnect_timer(struct ev_loop *loop, ev_timer *t, int revents)
{
	wserver_async_obj *o = t->data;
	(void) loop;
	(void) revents;
	GC_ADDREF(&o->tcp.std);
	unpin(o);
	if (!worker_draining()) {
		do_connect(o);
	}
	OBJ_RELEASE(&o->tcp.std);
}

static const struct {
	const char *scheme;
	const ws_proto *proto;
	bool tls; /* $transport starts as 'ssl' */
} schemes[] = {
    {"tcp", NULL, false},
    {"text", &ws_proto_text, false},
    {"frame", &ws_proto_frame, false},
    {"ws", &ws_proto_websocket_client, false},
    {"websocket", &ws_proto_websocket_client, false},
    {"unix", NULL, false},
    {"ssl", NULL, true}, /* as Workerman's: ssl:// and tls:// are TCP with TLS */
    {"tls", NULL, true},
    {"wss", &ws_proto_websocket_client, true},
};

/* scheme://host:port/target into o; false with a message in err. */
static bool parse_remote(wserver_async_obj *o, const char *addr, char *err, size_t errlen)
{
	const char *sep = strstr(addr, "://");
	size_t i, n = sep ? (size_t) (sep - addr) : 0;
	for (i = 0; sep && i < sizeof(schemes) / sizeof(schemes[0]); i++) {
		if (strlen(schemes[i].scheme) == n && strncasecmp(addr, schemes[i].scheme, n) == 0) {
			break;
		}
	}
	zend_class_entry *user = NULL;
	if (sep && i == sizeof(schemes) / sizeof(schemes[0])) {
		/* "GatewayProtocol://host:port": a user protocol class, found as a Worker's is */
		user = wserver_user_protocol_find(addr, n);
	}
	if (!sep || (i == sizeof(schemes) / sizeof(schemes[0]) && !user)) {
		snprintf(err, errlen,
		         "must be tcp://, ssl://, text://, frame://, ws://, wss://, unix:// or a protocol "
		         "class's "
		         "scheme followed by an address, \"%s\" given",
		         addr);
		return false;
	}
	o->proto = user ? &wserver_proto_user : schemes[i].proto;
	o->tcp.proto_ce = user;
	o->tls_scheme = !user && schemes[i].tls;
	const char *rest = sep + 3;
	if (!user && strcmp(schemes[i].scheme, "unix") == 0) {
		o->unix_socket = true;
		if (!*rest || strlen(rest) >= sizeof(((struct sockaddr_un *) 0)->sun_path)) {
			snprintf(err, errlen, "has an invalid unix socket path");
			return false;
		}
		strcpy(o->host, rest);
		return true;
	}
	const char *slash = strchr(rest, '/');
	const char *hostport_end = slash ? slash : rest + strlen(rest);
	snprintf(o->target, sizeof(o->target), "%s", slash ? slash : "/");
	const char *colon;
	const char *hstart = rest, *hend;
	if (*rest == '[') {
		hstart = rest + 1;
		hend = memchr(rest, ']', (size_t) (hostport_end - rest));
		colon = hend && hend + 1 < hostport_end && hend[1] == ':' ? hend + 1 : NULL;
	} else {
		colon = memchr(rest, ':', (size_t) (hostport_end - rest));
		hend = colon;
	}
	if (!colon || !hend || hend == hstart || (size_t) (hend - hstart) >= sizeof(o->host)) {
		snprintf(err, errlen, "must have a host and a port, \"%s\" given", addr);
		return false;
	}
	memcpy(o->host, hstart, (size_t) (hend - hstart));
	o->host[hend - hstart] = 0;
	char *end;
	long port = strtol(colon + 1, &end, 10);
	if (colon + 1 == end || end != hostport_end || port < 1 || port > 65535) {
		snprintf(err, errlen, "has an invalid port, \"%s\" given", addr);
		return false;
	}
	o->port = (int) port;
	return true;
}

/* The name the scheme found the user class by: "Protocols\Name" (the scheme, first letter in
 * capitals) when that is the class or an alias of it, else the class's own name. */
static zend_string *user_class_name(wserver_async_obj *o)
{
	const char *sep = strstr(o->remote, "://");
	zend_string *name =
	    zend_strpprintf(0, "Protocols\\%c%.*s", toupper((unsigned char) o->remote[0]),
	                    (int) (sep - o->remote - 1), o->remote + 1);
	if (zend_lookup_class(name) == o->tcp.proto_ce) {
		return name;
	}
	zend_string_release(name);
	return zend_string_copy(o->tcp.proto_ce->name);
}

ZEND_METHOD(WServer_Connection_AsyncTcpConnection, __construct)
{
	zend_string *remote;
	HashTable *context = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(remote)
	Z_PARAM_OPTIONAL
	Z_PARAM_ARRAY_HT(context)
	ZEND_PARSE_PARAMETERS_END();
	wserver_async_obj *o = async_from_obj(Z_OBJ_P(ZEND_THIS));
	if (o->remote[0]) {
		zend_throw_error(NULL, "Cannot construct WServer\\Connection\\AsyncTcpConnection twice");
		RETURN_THROWS();
	}
	char err[256];
	if (ZSTR_LEN(remote) >= sizeof(o->remote) ||
	    !parse_remote(o, ZSTR_VAL(remote), err, sizeof(err))) {
		zend_argument_value_error(1, "%s",
		                          ZSTR_LEN(remote) >= sizeof(o->remote) ? "is too long" : err);
		RETURN_THROWS();
	}
	memcpy(o->remote, ZSTR_VAL(remote), ZSTR_LEN(remote) + 1);
	wserver_tcp_connection_init_limits(&o->tcp.std);
	ev_timer_init(&o->reconnect_w, on_reconnect_timer, 0., 0.);
	o->reconnect_w.data = o;
	zend_object *obj = &o->tcp.std;
	zval v;
	ZVAL_STRING(&v, o->unix_socket ? "unix" : o->tls_scheme ? "ssl" : "tcp");
	zend_update_property(async_ce, obj, ZEND_STRL("transport"), &v);
	zval *ssl = context ? zend_hash_str_find_deref(context, ZEND_STRL("ssl")) : NULL;
	if (ssl && Z_TYPE_P(ssl) == IS_ARRAY) {
		o->ssl_context = zend_array_dup(Z_ARRVAL_P(ssl)); /* read at a TLS connect */
	}
	zval_ptr_dtor(&v);
	zend_string *cls =
	    o->tcp.proto_ce ? user_class_name(o) : wserver_protocols_class_name(o->proto);
	if (cls) {
		/* as Workerman's AsyncTcpConnection: "\Workerman\Protocols\Ws", "\Protocols\Name" */
		ZVAL_STR(&v, zend_strpprintf(0, "\\%s", ZSTR_VAL(cls)));
		zend_string_release(cls);
		zend_update_property(async_ce, obj, ZEND_STRL("protocol"), &v);
		zval_ptr_dtor(&v);
	}
}

ZEND_METHOD(WServer_Connection_AsyncTcpConnection, send)
{
	zval *data;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ZVAL(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	wserver_async_obj *o = async_from_obj(Z_OBJ_P(ZEND_THIS));
	if (!o->tcp.conn || o->resolve) {
		/* no socket yet: kept, as Workerman buffers a connection that is not connected yet */
		if (Z_TYPE(o->pending) != IS_ARRAY) {
			array_init(&o->pending);
		}
		zval pair;
		array_init(&pair);
		Z_TRY_ADDREF_P(data);
		add_next_index_zval(&pair, data);
		add_next_index_bool(&pair, raw);
		add_next_index_zval(&o->pending, &pair);
		RETURN_NULL();
	}
	int rc = wserver_tcp_connection_send(&o->tcp.std, data, raw);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (rc == WS_SEND_DONE) {
		RETURN_TRUE;
	}
	if (rc == WS_SEND_QUEUED) {
		RETURN_NULL();
	}
	RETURN_FALSE;
}

ZEND_METHOD(WServer_Connection_AsyncTcpConnection, close)
{
	zval *data = NULL;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL(data)
	Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	wserver_async_obj *o = async_from_obj(Z_OBJ_P(ZEND_THIS));
	bool waiting = o->resolve != NULL;
	unpin(o); /* closed before the socket existed: the lookup's answer is not wanted */
	if (waiting) {
		flush_pending(o, false);
		zval *cb = prop(o, AP_ON_CLOSE);
		if (cb) {
			zval conn;
			ZVAL_OBJ(&conn, &o->tcp.std);
			wserver_coro_run("onClose", cb, 1, &conn, NULL, NULL);
		}
		return;
	}
	wserver_tcp_connection_close(&o->tcp.std, data, raw);
	if (EG(exception)) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(WServer_Connection_AsyncTcpConnection, cancelReconnect)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_async_obj *o = async_from_obj(Z_OBJ_P(ZEND_THIS));
	if (o->pinned && !o->resolve) {
		unpin(o);
	}
}

ZEND_METHOD(WServer_Connection_AsyncTcpConnection, connect)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_async_obj *o = async_from_obj(Z_OBJ_P(ZEND_THIS));
	if (!o->remote[0]) {
		zend_throw_error(NULL, "WServer\\Connection\\AsyncTcpConnection was not constructed");
		RETURN_THROWS();
	}
	if (!wserver_runtime_worker()) {
		zend_throw_exception(wserver_exception_ce,
		                     "AsyncTcpConnection::connect() needs a running worker: call it in "
		                     "onWorkerStart or another callback",
		                     0);
		RETURN_THROWS();
	}
	do_connect(o);
}

ZEND_METHOD(WServer_Connection_AsyncTcpConnection, reconnect)
{
	double after = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(after)
	ZEND_PARSE_PARAMETERS_END();
	wserver_async_obj *o = async_from_obj(Z_OBJ_P(ZEND_THIS));
	if (!o->remote[0] || !wserver_runtime_worker()) {
		zend_throw_exception(wserver_exception_ce,
		                     "AsyncTcpConnection::reconnect() needs a running worker: call it in "
		                     "onWorkerStart or another callback",
		                     0);
		RETURN_THROWS();
	}
	unpin(o); /* a lookup or a reconnect still pending is replaced by this one */
	ws_conn *c = o->tcp.conn;
	if (c && c->status != WS_CONN_CLOSED) {
		ws_conn_destroy(c); /* onClose runs, and may itself reconnect: then that one stands */
		if (o->tcp.conn != c || o->pinned) {
			return;
		}
	}
	if (worker_leaving() || worker_draining()) {
		return;
	}
	if (after > 0) {
		ev_timer_set(&o->reconnect_w, after, 0.);
		ev_timer_start(wserver_runtime_loop(), &o->reconnect_w);
		pin(o);
		return;
	}
	do_connect(o);
}

ZEND_METHOD(WServer_Connection_AsyncTcpConnection, getRemoteHost)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_async_obj *o = async_from_obj(Z_OBJ_P(ZEND_THIS));
	if (o->unix_socket) {
		RETURN_STRING(o->host);
	}
	RETURN_STR(zend_strpprintf(0, strchr(o->host, ':') ? "[%s]:%d" : "%s:%d", o->host, o->port));
}

ZEND_METHOD(WServer_Connection_AsyncTcpConnection, getRemoteURI)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STRING(async_from_obj(Z_OBJ_P(ZEND_THIS))->remote);
}

/* ---- called by worker.c's hooks ---- */

void wserver_async_connected(ws_conn *c)
{
	wserver_async_obj *o = async_from_obj(c->user);
	if (!ws_conn_is_websocket(c)) {
		return;
	}
	char host[300];
	if (o->unix_socket) {
		snprintf(host, sizeof(host), "localhost");
	} else {
		snprintf(host, sizeof(host), strchr(o->host, ':') ? "[%s]:%d" : "%s:%d", o->host, o->port);
	}
	if (o->ws_accept) {
		zend_string_release(o->ws_accept);
	}
	zend_string *req =
	    wserver_websocket_client_request(host, o->target, prop(o, AP_HEADERS), &o->ws_accept);
	ws_conn_send(c, ZSTR_VAL(req), ZSTR_LEN(req), NULL, 0, NULL, NULL, NULL, 0);
	zend_string_release(req);
}

bool wserver_async_handshake(ws_conn *c, const char *head, size_t len)
{
	wserver_async_obj *o = async_from_obj(c->user);
	char why[200];
	if (!o->ws_accept ||
	    !wserver_websocket_client_verify(head, len, o->ws_accept, why, sizeof(why)) ||
	    !wserver_websocket_client_extensions(c, head, len, why, sizeof(why))) {
		if (!o->ws_accept) {
			snprintf(why, sizeof(why), "no handshake was sent");
		}
		char msg[1700];
		snprintf(msg, sizeof(msg), "WebSocket handshake with %s failed: %s", o->remote, why);
		ws_log("%s", msg);
		c->worker->hooks->on_error(c, WS_ERR_CONNECT_FAIL, msg);
		ws_conn_destroy(c);
		return false;
	}
	wserver_runtime_ws_open(c);
	ws_websocket_open(c);
	return true;
}

zval *wserver_async_callback(ws_conn *c, bool websocket)
{
	return prop(async_from_obj(c->user), websocket ? AP_ON_WEBSOCKET_CONNECT : AP_ON_CONNECT);
}

uint32_t wserver_async_pending(void)
{
	uint32_t n = 0;
	for (wserver_async_obj *o = pinned_list; o; o = o->next) {
		n++;
	}
	return n;
}

void wserver_async_shutdown(void)
{
	while (pinned_list) {
		unpin(pinned_list);
	}
}

void wserver_async_tcp_connection_minit(void)
{
	async_ce = register_class_WServer_Connection_AsyncTcpConnection(wserver_tcp_connection_ce);
	async_ce->create_object = async_create;
	memcpy(&async_handlers, &wserver_tcp_connection_handlers, sizeof(zend_object_handlers));
	async_handlers.offset = XtOffsetOf(wserver_async_obj, tcp.std);
	async_handlers.free_obj = async_free;
	async_handlers.get_gc = async_get_gc;
	for (int i = 0; i < AP_COUNT; i++) {
		zend_property_info *pi =
		    zend_hash_str_find_ptr(&async_ce->properties_info, ap_names[i], strlen(ap_names[i]));
		ZEND_ASSERT(pi);
		ap_off[i] = pi->offset;
	}
}
