/* The runtime of a worker process: its state in one struct (wserver_rt), the core's hooks,
 * which turn connection events into PHP callbacks (each in a coroutine), and
 * wserver_runtime_main(), the life of a forked worker from its title to its last callback. */
#include "runtime.h"
#include "send_yield.h"
#include "async_tcp_connection.h"
#include "async_udp_connection.h"
#include "callback.h"
#include "connection_interface.h"
#include "aliases.h"
#include "system.h"
#include "coro.h"
#include "event.h"
#include "event_loop.h"
#include "frontend.h"
#include "http_compress.h"
#include "http_request.h"
#include "http_static.h"
#include "run_all.h"
#include "server_ipc.h"
#include "server_task.h"
#include "tcp_connection.h"
#include "timer.h"
#include "udp_connection.h"
#include "user_protocol.h"
#include "websocket.h"
#include "worker.h"
#include "core/drain.h"
#include "core/log.h"
#include "core/privileges.h"
#include "core/websocket.h"
#include "proto/http.h"

#include "zend_exceptions.h"

#include <errno.h>
#include <signal.h>
#include <string.h>

wserver_runtime wserver_rt;

/* ---- core hooks: connection events become callbacks ---- */

static zval *callback_or_null(zval *cb)
{
	return cb && Z_TYPE_P(cb) != IS_NULL ? cb : NULL;
}

/* The front end of the group this process serves. */
static inline const wserver_frontend *frontend(void)
{
	return wserver_rt.frontend;
}

/* The front end of the Worker that accepted c (a Worker listen()ed here has its own). */
static inline const wserver_frontend *frontend_of(const ws_conn *c)
{
	return EXPECTED(c->port < WSERVER_ADDED_PORT)
	           ? wserver_rt.frontend
	           : wserver_worker_from(wserver_runtime_owner(c))->frontend;
}

/* The callback of c for ev: an AsyncTcpConnection has only its own; an accepted connection's
 * is what the group's front end says. */
static zval *conn_callback(ws_conn *c, wserver_conn_event ev)
{
	if (c->outgoing) {
		return callback_or_null(wserver_tcp_connection_callback(c->user, (wserver_conn_cb) ev));
	}
	return frontend_of(c)->conn_event(wserver_runtime_owner(c), c, ev);
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

static void run_unordered(ws_conn *c, wserver_conn_event ev, uint32_t argc, zval *argv)
{
	zval *cb = conn_callback(c, ev);
	if (cb) {
		wserver_coro_run(wserver_conn_cb_names[ev], cb, argc, argv, NULL, NULL);
	}
}

/* An AsyncTcpConnection got connected: ws:// sends its handshake, then onConnect. */
static bool outgoing_connect(ws_conn *c)
{
	wserver_async_connected(c);
	/* over TLS: once the TCP connect is done, before the handshake, as Workerman does */
	bool open =
	    c->status == WS_CONN_ESTABLISHED || (c->tls_early && c->status == WS_CONN_CONNECTING);
	zval *cb = open ? wserver_async_callback(c, false) : NULL;
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
	zend_object *owner = wserver_runtime_owner(c);
	zend_object *obj = wserver_tcp_connection_create_for(c, owner, WPROP(owner, WP_PROTOCOL),
	                                                     WPROP(owner, WP_TRANSPORT));
	c->user = obj; /* the connection's reference, dropped in hook_close */
	const wserver_worker_limits *lim = &wserver_worker_from(owner)->limits;
	if (UNEXPECTED(lim->max_package || lim->max_send_buffer)) {
		/* a Server's package_max_length, buffer_output_size: its own connections only */
		wserver_tcp_connection_set_limits(obj, lim->max_send_buffer, lim->max_package);
	}
	if (c->ws) {
		c->ws->control = lim->websocket_control; /* a WebSocket\Server's control frames */
		c->ws->compression =
		    lim->websocket_compression || zend_is_true(WPROP(owner, WP_WEBSOCKET_COMPRESSION));
	}
	zval conn, *conns = WPROP(owner, WP_CONNECTIONS);
	ZVAL_OBJ(&conn, obj);
	if (Z_TYPE_P(conns) == IS_ARRAY) {
		SEPARATE_ARRAY(conns);
		Z_ADDREF(conn);
		zend_hash_index_update(Z_ARRVAL_P(conns), (zend_long) c->id, &conn);
	}
	zval *cb = frontend_of(c)->conn_event(owner, c, WSERVER_EV_CONNECT);
	return cb ? run_ordered(c, "onConnect", cb, 1, &conn) : true;
}

/* An http:// message: the group's front end makes its Request (and a Server's, its Response)
 * and queues the callback; the codec, which just measured it, says whether the reply keeps the
 * connection. The connection waits (busy) until the callback is done. */
static bool http_message(ws_conn *c, zval *cb, const char *data, size_t len,
                         const ws_msg_info *info)
{
	c->reply_pending = true;
	wserver_tcp_connection_set_keep_alive(c->user, info->keep_alive);
	wserver_http_compress_request(c, data, len);
	zend_string *raw = wserver_http_raw_new(data, len);
	wserver_tcp_connection_set_request(c->user, raw); /* a file reply reads its Range, HEAD */
	const wserver_frontend *fe = c->outgoing ? &wserver_worker_frontend : frontend_of(c);
	ws_conn_ref(c); /* dropped in conn_callback_done */
	fe->http_message(wserver_runtime_owner(c), c, cb, raw, conn_callback_done, c);
	return false;
}

/* After the 101: onWebSocketConnected($connection, $request), before any message. Takes the
 * hold on c (a reference and busy) and request. */
static void websocket_connected(ws_conn *c, zval *request)
{
	zval *cb =
	    ws_conn_ws_open(c) && c->status == WS_CONN_ESTABLISHED
	        ? frontend_of(c)->conn_event(wserver_runtime_owner(c), c, WSERVER_EV_WS_CONNECTED)
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
	const wserver_frontend *fe = frontend_of(c);
	zend_object *owner = wserver_runtime_owner(c);
	zval *cb = fe->conn_event(owner, c, WSERVER_EV_WS_CONNECT);
	if (!cb && !fe->conn_event(owner, c, WSERVER_EV_WS_CONNECTED)) {
		wserver_websocket_finish(c, accept, false);
		zend_string_release(accept);
		return true;
	}
	handshake *h = emalloc(sizeof(*h));
	h->c = c;
	h->accept = accept;
	zend_string *raw = zend_string_init(data, len, 0);
	ZVAL_OBJ(&h->request, fe->http_request(owner, c, raw));
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

/* ---- WebSocket control frames on the Worker API ---- */

static const char *const control_names[] = {"onWebSocketPing", "onWebSocketPong",
                                            "onWebSocketClose"};

/* The callable of c for a control frame (WSERVER_EV_WS_PING, _PONG, _CLOSE): the
 * connection's own, else (accepted ones) the Worker's; NULL: none. */
static zval *control_callback(ws_conn *c, wserver_conn_event ev)
{
	if (c->outgoing) {
		return wserver_tcp_connection_prop(c->user, control_names[ev - WSERVER_EV_WS_PING]);
	}
	return frontend_of(c)->conn_event(wserver_runtime_owner(c), c, ev);
}

void wserver_runtime_ws_open(ws_conn *c)
{
	if (!c->user || (!c->outgoing && frontend_of(c) != &wserver_worker_frontend)) {
		return; /* a Server's come from its settings (websocket_server.c) */
	}
	static const uint8_t bits[] = {WS_CONTROL_PING, WS_CONTROL_PONG, WS_CONTROL_CLOSE};
	for (int i = 0; i < 3; i++) {
		if (control_callback(c, (wserver_conn_event) (WSERVER_EV_WS_PING + i))) {
			c->ws->control |= bits[i];
		}
	}
}

typedef struct {
	ws_conn *c;
	zval type; /* websocketType before the ping callback */
} ping_run;

/* onWebSocketPing is over: websocketType is what it was (as Workerman, send() made pongs). */
static void ping_done(void *arg, bool threw)
{
	ping_run *r = arg;
	zval *t = wserver_tcp_connection_ws_type(r->c->user);
	zval_ptr_dtor(t);
	ZVAL_COPY_VALUE(t, &r->type);
	conn_callback_done(r->c, threw);
	efree(r);
}

/* A ping, pong or close frame the application asked to see (core/websocket.c delivered it as
 * a message): onWebSocketPing($connection, $data), onWebSocketPong($connection, $data),
 * onWebSocketClose($connection, $code, $reason). */
static bool websocket_control(ws_conn *c, uint8_t opcode, const char *data, size_t len)
{
	wserver_conn_event ev = opcode == WS_OP_PING   ? WSERVER_EV_WS_PING
	                        : opcode == WS_OP_PONG ? WSERVER_EV_WS_PONG
	                                               : WSERVER_EV_WS_CLOSE;
	zval *cb = control_callback(c, ev);
	if (!cb) {
		return true;
	}
	zval args[3];
	uint32_t argc = 2;
	ZVAL_OBJ_COPY(&args[0], c->user);
	if (ev == WSERVER_EV_WS_CLOSE) {
		ZVAL_LONG(&args[1],
		          len >= 2 ? ((unsigned char) data[0] << 8 | (unsigned char) data[1]) : 1005);
		ZVAL_STRINGL(&args[2], len > 2 ? data + 2 : "", len > 2 ? len - 2 : 0);
		argc = 3;
	} else {
		ZVAL_STRINGL_FAST(&args[1], data, len);
	}
	/* run now, not queued: onWebSocketClose comes before the onClose the answer leads to */
	const char *name = control_names[ev - WSERVER_EV_WS_PING];
	ping_run *r = NULL;
	if (ev == WSERVER_EV_WS_PING) {
		r = emalloc(sizeof(*r));
		r->c = c;
		zval *t = wserver_tcp_connection_ws_type(c->user);
		ZVAL_COPY_VALUE(&r->type, t);
		ZVAL_STRINGL(t, "\x8a", 1);
	}
	bool finished = r ? wserver_coro_run(name, cb, argc, args, ping_done, r)
	                  : wserver_coro_run(name, cb, argc, args, conn_callback_done, c);
	for (uint32_t i = 0; i < argc; i++) {
		zval_ptr_dtor(&args[i]);
	}
	if (!finished) {
		ws_conn_ref(c); /* dropped in conn_callback_done */
		return false;
	}
	if (r) {
		zval *t = wserver_tcp_connection_ws_type(c->user);
		zval_ptr_dtor(t);
		ZVAL_COPY_VALUE(t, &r->type);
		efree(r);
	}
	return true;
}

/* Whether c came in on a websocket:// socket (it may have switched to HTTP since). */
static bool listener_speaks_websocket(const ws_conn *c)
{
	for (const ws_listener *l = c->worker->listener; l; l = l->next) {
		if (l->index == c->port) {
			return l->proto == &ws_proto_websocket;
		}
	}
	return false;
}

/* The static file handler of the Worker that accepted c; NULL: none. */
static inline struct wserver_http_static *static_files(ws_conn *c)
{
	return c->outgoing ? NULL : wserver_worker_from(wserver_runtime_owner(c))->static_files;
}

static bool hook_message(ws_conn *c, const char *data, size_t len, const ws_msg_info *info)
{
	wserver_connection_stat_add(WSERVER_STAT_TOTAL_REQUEST, 1);
	if (UNEXPECTED(ws_conn_is_websocket(c) && !ws_conn_ws_open(c))) {
		if (c->outgoing) {
			return websocket_answer(c, data, len); /* our ws:// client's upgrade answered */
		}
		if (UNEXPECTED(static_files(c)) && !wserver_websocket_is_upgrade(data, len) &&
		    wserver_http_static_serve(static_files(c), c, data, len, info->keep_alive)) {
			return true; /* a plain request for a static file on a WebSocket port */
		}
		if (!wserver_worker_from(wserver_runtime_owner(c))->http_fallback ||
		    wserver_websocket_is_upgrade(data, len)) {
			return websocket_handshake(c, data, len);
		}
		/* a plain HTTP request on a WebSocket\Server with a request callback: from now on
		 * this connection speaks HTTP (leaving WebSocket allocates nothing: it cannot fail) */
		ws_conn_switch_proto(c, &ws_proto_http);
	} else if (UNEXPECTED(c->proto == &ws_proto_http && !c->outgoing &&
	                      listener_speaks_websocket(c) &&
	                      wserver_websocket_is_upgrade(data, len))) {
		/* that connection asks for the upgrade after all (Swoole allows it after requests) */
		if (ws_conn_switch_proto(c, &ws_proto_websocket) != WS_OK) {
			ws_conn_close(c);
			return true;
		}
		return websocket_handshake(c, data, len);
	}
	if (UNEXPECTED(c->ws && ws_websocket_msg_opcode(c) >= WS_OP_CLOSE) &&
	    (c->outgoing || frontend_of(c) == &wserver_worker_frontend)) {
		return websocket_control(c, ws_websocket_msg_opcode(c), data, len);
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
	ws_proto_kind kind = ws_conn_kind(c);
	if (UNEXPECTED(kind == WS_PROTO_HTTP && static_files(c)) &&
	    wserver_http_static_serve(static_files(c), c, data, len, info->keep_alive)) {
		return true; /* answered from the document root before any PHP runs */
	}
	zval *cb = conn_callback(c, WSERVER_EV_MESSAGE);
	if (!cb) {
		return true;
	}
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
	if (kind == WS_PROTO_HTTP) {
		return http_message(c, cb, data, len, info);
	}
	/* queued, not run now: the messages of one loop round share one Fiber switch. The
	 * connection waits (busy) until its callback is done, which keeps its messages in order. */
	zval args[WSERVER_CORO_QUEUE_ARGS];
	uint32_t argc = 2;
	ZVAL_OBJ_COPY(&args[0], c->user);
	ZVAL_STRINGL_FAST(&args[1], data, len);
	const wserver_frontend *fe = c->outgoing ? &wserver_worker_frontend : frontend_of(c);
	if (fe->message) {
		cb = fe->message(wserver_runtime_owner(c), c, cb, args, &argc);
	}
	ws_conn_ref(c); /* dropped in conn_callback_done */
	wserver_coro_queue("onMessage", cb, argc, args, conn_callback_done, c);
	return false;
}

/* udp://: onMessage($connection, $data) with a UdpConnection for the sender. */
static void hook_packet(const char *data, size_t len, const struct sockaddr *peer, socklen_t plen,
                        uint16_t port)
{
	wserver_connection_stat_add(WSERVER_STAT_TOTAL_REQUEST, 1);
	zval *cb = frontend()->conn_event(wserver_rt.self, NULL, WSERVER_EV_MESSAGE);
	if (!cb) {
		return;
	}
	zval args[2];
	ZVAL_OBJ(&args[0], wserver_udp_connection_create_for(peer, plen, port, wserver_rt.self,
	                                                     WPROP(wserver_rt.self, WP_PROTOCOL)));
	ZVAL_STRINGL_FAST(&args[1], data, len);
	wserver_coro_queue("onMessage", cb, 2, args, NULL, NULL);
}

bool wserver_runtime_sendto(const struct sockaddr *peer, socklen_t plen, const char *data,
                            size_t len)
{
	return wserver_runtime_sendto_from(-1, peer, plen, data, len);
}

/* This worker's datagram sockets: its own and those of addListener(), by index. */
static ws_listener *datagram_listener(bool (*match)(const ws_listener *, intptr_t), intptr_t arg)
{
	ws_listener *l = wserver_rt.loop ? wserver_rt.worker.listener : NULL;
	for (; l; l = l->next) {
		if (l->transport == WS_TRANSPORT_UDP && l->fd >= 0 && match(l, arg)) {
			return l;
		}
	}
	return NULL;
}

static bool has_index(const ws_listener *l, intptr_t index)
{
	return l->index == (uint16_t) index;
}

static bool has_fd(const ws_listener *l, intptr_t fd)
{
	return l->fd == (int) fd;
}

static bool has_family(const ws_listener *l, intptr_t family)
{
	return l->addr.ss_family == (sa_family_t) family;
}

int wserver_runtime_datagram_fd(uint16_t index)
{
	ws_listener *l = datagram_listener(has_index, index);
	return l ? l->fd : -1;
}

bool wserver_runtime_is_datagram_fd(int fd)
{
	return fd >= 0 && datagram_listener(has_fd, fd) != NULL;
}

bool wserver_runtime_sendto_from(int fd, const struct sockaddr *peer, socklen_t plen,
                                 const char *data, size_t len)
{
	if (!wserver_rt.loop) {
		php_error_docref(NULL, E_WARNING, "datagrams are sent by udp:// workers only");
		return false;
	}
	if (fd < 0) {
		/* the first socket of the peer's family (an IPv6 peer needs an IPv6 socket) */
		ws_listener *l = datagram_listener(has_family, peer->sa_family);
		fd = l ? l->fd : ws_worker_udp_fd(&wserver_rt.worker);
	}
	ssize_t n = -1;
	if (fd < 0) {
		errno = ENOTSOCK;
	} else {
		do {
			n = sendto(fd, data, len, 0, peer, plen);
		} while (n < 0 && errno == EINTR);
	}
	if (n < 0) {
		if (wserver_aliases_swoole() && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			/* as Swoole's: a datagram with no room for it is false without a warning (the
			 * peer reads too slowly; getLastError() says so) */
			wserver_set_errno(errno);
			return false;
		}
		php_error_docref(NULL, E_WARNING, "sendto: %s", strerror(errno));
		return false;
	}
	return true;
}

int wserver_runtime_udp_fd(void)
{
	return wserver_rt.loop ? ws_worker_udp_fd(&wserver_rt.worker) : -1;
}

static void hook_close(ws_conn *c)
{
	wserver_send_yield_wake();
	zend_object *obj = c->user;
	zval conn, *conns = WPROP(wserver_runtime_owner(c), WP_CONNECTIONS);
	if (Z_TYPE_P(conns) == IS_ARRAY && !c->outgoing) {
		SEPARATE_ARRAY(conns);
		zend_hash_index_del(Z_ARRVAL_P(conns), (zend_long) c->id);
	}
	wserver_tcp_connection_closed(obj); /* $statistics, TcpConnection::$connections */
	ZVAL_OBJ(&conn, obj);
	run_unordered(c, WSERVER_EV_CLOSE, 1, &conn);
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
	run_unordered(c, WSERVER_EV_ERROR, 3, args);
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
	run_unordered(c, WSERVER_EV_BUFFER_FULL, 1, &conn);
}

static void hook_buffer_drain(ws_conn *c)
{
	wserver_send_yield_wake();
	pipe_pause(c, false);
	zval conn;
	ZVAL_OBJ(&conn, c->user);
	run_unordered(c, WSERVER_EV_BUFFER_DRAIN, 1, &conn);
}

/* The worker event ev ($worker), logged as name, as the front end says; *finished: it is over. */
static void run_worker_callback(const char *name, wserver_worker_event ev,
                                wserver_coro_done_fn done, bool *finished)
{
	zval *cb = frontend()->worker_event(wserver_rt.self, ev);
	*finished = true;
	if (cb) {
		zval w;
		ZVAL_OBJ(&w, wserver_rt.self);
		*finished = wserver_coro_run(name, cb, 1, &w, done, NULL);
	}
}

/* $worker->stopping = true, as Workerman's stop() sets it. */
static void mark_stopping(zend_object *worker)
{
	zend_update_property_bool(worker->ce, worker, ZEND_STRL("stopping"), 1);
	if (EG(exception)) {
		zend_clear_exception(); /* a subclass that made it readonly: nothing to mark */
	}
}

/* onWorkerStop of a Worker listen()ed in this process, once (its stop(), or this worker's). */
static void run_added_stop_callback(zend_object *worker)
{
	wserver_worker_obj *o = wserver_worker_from(worker);
	if (o->stopped) {
		return;
	}
	o->stopped = true;
	mark_stopping(worker);
	zval *cb = o->frontend->worker_event(worker, WSERVER_EV_WORKER_STOP);
	if (cb) {
		zval w;
		ZVAL_OBJ(&w, worker);
		wserver_coro_run("onWorkerStop", cb, 1, &w, NULL, NULL);
	}
}

static void run_stop_callback(void)
{
	if (!wserver_rt.stop_callback_ran) {
		wserver_rt.stop_callback_ran = true;
		mark_stopping(wserver_rt.self);
		bool finished;
		run_worker_callback("onWorkerStop", WSERVER_EV_WORKER_STOP, NULL, &finished);
		for (uint32_t i = 0; i < wserver_rt.nadded; i++) {
			run_added_stop_callback(wserver_rt.added[i]);
		}
	}
}

uint16_t wserver_runtime_adopt(zend_object *worker)
{
	for (uint32_t i = 0; i < wserver_rt.nadded; i++) {
		if (wserver_rt.added[i] == worker) {
			return (uint16_t) (WSERVER_ADDED_PORT + i);
		}
	}
	if (wserver_rt.nadded >= 0x7fff) {
		return 0; /* never in practice: 32767 Workers listen()ed in one process */
	}
	wserver_rt.added =
	    erealloc(wserver_rt.added, (wserver_rt.nadded + 1) * sizeof(*wserver_rt.added));
	GC_ADDREF(worker);
	wserver_rt.added[wserver_rt.nadded] = worker;
	return (uint16_t) (WSERVER_ADDED_PORT + wserver_rt.nadded++);
}

void wserver_runtime_stop_worker(zend_object *worker)
{
	if (worker == wserver_rt.self) {
		run_stop_callback();
	} else {
		run_added_stop_callback(worker);
	}
	/* its connections close once their queues are sent (held: an onClose may close others) */
	uint32_t n = 0, i = 0;
	for (ws_conn *c = wserver_rt.worker.conns; c; c = c->next) {
		n += !c->outgoing && wserver_runtime_owner(c) == worker;
	}
	ws_conn **list = n ? safe_emalloc(n, sizeof(*list), 0) : NULL;
	for (ws_conn *c = wserver_rt.worker.conns; c && i < n; c = c->next) {
		if (!c->outgoing && wserver_runtime_owner(c) == worker) {
			ws_conn_ref(c);
			list[i++] = c;
		}
	}
	for (uint32_t k = 0; k < i; k++) {
		ws_conn_close(list[k]);
		ws_conn_unref(list[k]);
	}
	if (list) {
		efree(list);
	}
}

static void hook_drain(void)
{
	if (!wserver_worker_from(wserver_rt.self)->of_server) {
		run_stop_callback();
	}
	zval *cb = frontend()->worker_event(wserver_rt.self, WSERVER_EV_WORKER_EXIT);
	/* as Swoole's: only when something would keep the loop running (timers, coroutines, Event
	 * watchers), for the callback to end it */
	if (cb && (wserver_timer_count() > 0 || wserver_coro_live() > 0 || wserver_event_has_work())) {
		zval w;
		ZVAL_OBJ(&w, wserver_rt.self);
		wserver_coro_run("workerExit", cb, 1, &w, NULL, NULL);
	}
}

/* A task worker of a stopping server finishes last: the other workers may still send it
 * tasks until they are gone. */
static uint32_t task_senders_alive(void)
{
	const ws_shm *shm = wserver_rt.shm;
	if (!wserver_worker_from(wserver_rt.self)->task || !shm || !shm->stopping) {
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
	/* a Swoole program's Server waits for every timer, as Swoole's workers (workerExit is where
	 * it clears its ticks), up to max_wait_time */
	bool swoole = wserver_aliases_swoole() && wserver_worker_from(wserver_rt.self)->of_server;
	p->timers = swoole ? wserver_timer_count() : wserver_timer_oneshot_count();
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
	ev_break(wserver_rt.loop, EVBREAK_ALL);
}

static bool hook_reload(bool graceful)
{
	bool finished;
	(void) graceful;
	run_worker_callback("onWorkerReload", WSERVER_EV_WORKER_RELOAD, NULL, &finished);
	return zend_is_true(WPROP(wserver_rt.self, WP_RELOADABLE));
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

void wserver_runtime_poke(void)
{
	if (wserver_rt.loop) {
		ws_worker_poke_drain(&wserver_rt.worker);
	}
}

void wserver_runtime_request_exit(void)
{
	zend_clear_exception(); /* the unwind_exit; EG(exit_status) keeps exit()'s code */
	wserver_rt.exiting = true;
	if (wserver_rt.loop) {
		ev_break(wserver_rt.loop, EVBREAK_ALL);
	}
}

void wserver_runtime_stop(int code)
{
	if (code == 0) {
		ws_worker_drain(&wserver_rt.worker); /* gracefully: what is under way finishes first */
		return;
	}
	EG(exit_status) = code;
	wserver_rt.exiting = true;
	ws_worker_stop(&wserver_rt.worker);
}

void wserver_runtime_enter(struct ev_loop *loop)
{
	wserver_rt.loop = loop;
	wserver_coro_attach(loop, NULL, false);
}

bool wserver_runtime_leave(void)
{
	bool exited = wserver_rt.exiting;
	wserver_rt.loop = NULL;
	wserver_rt.exiting = false;
	wserver_coro_attach(NULL, NULL, false);
	return exited;
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

void wserver_runtime_set_title(const char *title)
{
	call_php_function("cli_set_process_title", title);
}

static void start_accepting(void *arg, bool threw);

/* onWorkerStart($worker) with Workerman's Fiber loop, in the Fiber the callback gets (coro.c):
 * the callback may suspend that Fiber, which counts as returned, yet the worker accepts only
 * once the callback has ended, as Workerman's run() resumes accepting then. */
static ZEND_NAMED_FUNCTION(start_then_accept)
{
	RETVAL_NULL();
	if (ZEND_NUM_ARGS() != 2) {
		return;
	}
	zval *a = ZEND_CALL_ARG(execute_data, 1);
	zval rv;
	ZVAL_UNDEF(&rv);
	call_user_function(NULL, NULL, &a[0], &rv, 1, &a[1]);
	zval_ptr_dtor(&rv);
	/* also after an exception (logged by the caller) or the Fiber's destruction, as a finally
	 * block would; not after exit(), nor once the worker has ended */
	if (wserver_rt.loop && !(EG(exception) && zend_is_unwind_exit(EG(exception)))) {
		start_accepting(NULL, false);
	}
}
static wserver_native native_start_then_accept;

void wserver_runtime_minit(void)
{
	wserver_native_init(&native_start_then_accept, "{onWorkerStart, then accept}",
	                    start_then_accept);
}

bool wserver_runtime_start_self(void)
{
	if (wserver_rt.started) {
		return false;
	}
	wserver_rt.started = true;
	/* a protocol class set in run() (GatewayWorker's Register sets $protocol there) */
	wserver_worker_obj *o = wserver_worker_from(wserver_rt.self);
	const ws_proto *codec = wserver_worker_protocol_codec(wserver_rt.self);
	if (codec && o->has_listener && !o->listener.proto) {
		o->listener.proto = codec;
	}
	wserver_user_protocol_use(wserver_worker_user_protocol(wserver_rt.self));
	zval *cb = frontend()->worker_event(wserver_rt.self, WSERVER_EV_WORKER_START);
	if (cb && wserver_event_loop_is_fiber()) {
		zval args[2];
		ZVAL_COPY_VALUE(&args[0], cb);
		ZVAL_OBJ(&args[1], wserver_rt.self);
		wserver_coro_run("onWorkerStart", wserver_native_callable(&native_start_then_accept), 2,
		                 args, NULL, NULL);
		return true;
	}
	bool finished;
	run_worker_callback("onWorkerStart", WSERVER_EV_WORKER_START, start_accepting, &finished);
	if (finished) {
		start_accepting(NULL, false);
	}
	return true;
}

/* $self->run(), as Workerman's worker process calls it: a subclass's override (GatewayWorker
 * sets its callbacks there, then calls parent::run()), else straight to the start. */
static void run_self(void)
{
	zend_object *self = wserver_rt.self;
	zend_function *fn = zend_hash_str_find_ptr(&self->ce->function_table, ZEND_STRL("run"));
	if (!fn || fn->type == ZEND_INTERNAL_FUNCTION) {
		wserver_runtime_start_self();
		return;
	}
	zval rv;
	ZVAL_UNDEF(&rv);
	zend_call_known_instance_method(fn, self, &rv, 0, NULL);
	zval_ptr_dtor(&rv);
	if (EG(exception) && zend_is_unwind_exit(EG(exception))) {
		wserver_runtime_request_exit();
	} else if (EG(exception)) {
		char where[300];
		snprintf(where, sizeof(where), "%s::run()", ZSTR_VAL(self->ce->name));
		wserver_log_exception(where);
	}
	if (!wserver_rt.started && wserver_rt.slot) {
		wserver_rt.slot->ready =
		    1; /* a run() that never calls parent::run(): nothing to wait for */
	}
}

static void start_accepting(void *arg, bool threw)
{
	(void) arg;
	(void) threw;
	if (wserver_rt.worker.stopping || wserver_rt.exiting) {
		return;
	}
	if (ws_worker_listen(&wserver_rt.worker) != WS_OK) {
		ws_log("worker %s: cannot listen on %s: %s", Z_STRVAL_P(WPROP(wserver_rt.self, WP_NAME)),
		       wserver_rt.worker.listener->name, strerror(errno));
		EG(exit_status) = 1;
		wserver_rt.exiting = true;
		ev_break(wserver_rt.loop, EVBREAK_ALL);
	}
}

int wserver_runtime_main(ws_app *app, zend_object **group_objs, int slot_index)
{
	ws_slot *slot = &app->shm->slots[slot_index];
	ws_group *g = &app->groups[slot->group];
	wserver_rt.self = group_objs[slot->group];
	wserver_rt.ngroups = app->ngroups;
	GC_ADDREF(wserver_rt.self);
	wserver_rt.frontend = wserver_worker_from(wserver_rt.self)->frontend;
	wserver_rt.slot = slot;
	wserver_rt.shm = app->shm;
	for (uint32_t i = 0; i < app->ngroups; i++) {
		if (i != slot->group) {
			for (ws_listener *l = app->groups[i].listener; l; l = l->next) {
				ws_listener_close(l); /* serve only our own sockets */
			}
		}
	}
	char title[700];
	if (wserver_worker_from(wserver_rt.self)->task) {
		snprintf(title, sizeof(title), "%s: task worker process", ws_app_title_name(app));
	} else {
		snprintf(title, sizeof(title), "%s: worker process  %s %s", ws_app_title_name(app), g->name,
		         g->listener ? g->listener->name : "none");
	}
	wserver_runtime_set_title(title);
	call_php_function("mt_srand", NULL); /* children must not share the master's sequence */
	php_error_cb = zend_error_cb;
	zend_error_cb = worker_error_cb;
	wserver_http_request_apply_limits(frontend() !=
	                                  &wserver_worker_frontend); /* a Server: Swoole's */
	wserver_worker_limits *lim = wserver_worker_limits_of(wserver_rt.self);
	wserver_http_request_apply_upload((zend_long) lim->upload_max, lim->upload_dir);
	wserver_user_protocol_use(wserver_worker_user_protocol(wserver_rt.self));
	ZVAL_LONG(WPROP(wserver_rt.self, WP_ID), slot->id);

	wserver_worker_obj *wo = wserver_worker_from(wserver_rt.self);
	if (wo->drop_privileges && ws_privileges_drop(Z_STRVAL_P(WPROP(wserver_rt.self, WP_USER)),
	                                              wo->uid, wo->gid) != WS_OK) {
		ws_log("worker %s: cannot run as user %s: %s", g->name,
		       Z_STRVAL_P(WPROP(wserver_rt.self, WP_USER)), strerror(errno));
		return 1; /* never serve as root when told not to */
	}
	if (ws_worker_init(&wserver_rt.worker, g->listener, slot, &worker_hooks) != WS_OK) {
		ws_log("worker %s: cannot create its event loop", g->name);
		return 1;
	}
	wserver_rt.worker.stop_timeout = wserver_run_all_stop_timeout();
	wserver_rt.worker.drain_delay = wserver_run_all_drain_delay();
	uint64_t max_request = wo->limits.max_request;
	if (max_request == 0) {
		/* Worker::$maxRequest: the same recycling for Worker::runAll() */
		zval *v = zend_read_static_property(wserver_worker_ce, ZEND_STRL("maxRequest"), 1);
		max_request = v && Z_TYPE_P(v) == IS_LONG && Z_LVAL_P(v) > 0 ? (uint64_t) Z_LVAL_P(v) : 0;
	}
	if (max_request > 0) {
		ws_worker_set_max_request(&wserver_rt.worker, max_request);
	}
	zval *max_memory = zend_read_static_property(wserver_worker_ce, ZEND_STRL("maxMemory"), 1);
	if (max_memory && Z_TYPE_P(max_memory) == IS_LONG && Z_LVAL_P(max_memory) > 0) {
		ws_worker_set_max_memory(&wserver_rt.worker, (uint64_t) Z_LVAL_P(max_memory));
	}
	wserver_rt.worker.max_conn = wo->limits.max_conn;
	wserver_rt.worker.peers = &app->shm->slots[g->first_slot];
	wserver_rt.worker.npeers = g->count;
	if (wo->limits.heartbeat_interval > 0) {
		ws_worker_set_heartbeat(&wserver_rt.worker, wo->limits.heartbeat_interval,
		                        wo->limits.heartbeat_idle);
		wserver_rt.worker.heartbeat_counts_sends = wo->limits.idle_counts_sends;
	}
	char conn_file[4200];
	snprintf(conn_file, sizeof(conn_file), "%s.conn.%d", app->status_file, slot_index);
	wserver_rt.worker.conn_file = conn_file;
	wserver_rt.loop = wserver_rt.worker.loop;
	wserver_coro_attach(wserver_rt.loop, slot, true);
	wserver_ipc_start(wserver_rt.loop, (uint32_t) slot_index);
	wserver_event_loop_worker_start();
	wserver_run_all_event_loop_class(wserver_rt.self);
	wserver_coro_fiber_callbacks(wserver_event_loop_is_fiber());
	run_self();
	if (!wserver_rt.exiting) {
		ev_run(wserver_rt.loop, 0);
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
	if (!wserver_rt.worker.stopping) {
		ws_worker_stop(&wserver_rt.worker); /* exit() in a callback: close what is open */
	}
	wserver_ipc_release();
	wserver_async_shutdown();
	wserver_async_udp_shutdown();
	wserver_coro_shutdown();
	wserver_task_shutdown();
	wserver_timer_shutdown();
	wserver_native_release_all();
	ws_worker_free(&wserver_rt.worker);
	wserver_rt.loop = NULL;
	wserver_rt.slot = NULL;
	wserver_coro_attach(NULL, NULL, false);
	wserver_coro_fiber_callbacks(false);
	for (uint32_t i = 0; i < wserver_rt.nadded; i++) {
		ws_listener_close(&wserver_worker_from(wserver_rt.added[i])->listener);
		OBJ_RELEASE(wserver_rt.added[i]);
	}
	if (wserver_rt.added) {
		efree(wserver_rt.added);
	}
	wserver_rt.added = NULL;
	wserver_rt.nadded = 0;
	OBJ_RELEASE(wserver_rt.self);
	wserver_rt.self = NULL;
	return wserver_rt.exiting ? EG(exit_status) : 0;
}
