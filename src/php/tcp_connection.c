/* WServer\Connection\TcpConnection: the PHP face of a ws_conn. The object holds a reference
 * on the connection, so it stays readable (addresses, status) after the close. */
#include "tcp_connection.h"
#include "connection_interface.h"
#include "event_loop.h"
#include "http_compress.h"
#include "http_response.h"
#include "http_stream.h"
#include "protocols.h"
#include "user_protocol.h"
#include "websocket.h"
#include "worker.h"
#include "core/listener.h"
#include "core/websocket.h"
#include "core/worker.h"
#include "proto/http.h"

#include "zend_exceptions.h"
#include "zend_attributes.h"
#include "ext/json/php_json.h"
#include "stubs/tcp_connection_arginfo.h"

#include <arpa/inet.h>

zend_class_entry *wserver_tcp_connection_ce;
zend_object_handlers wserver_tcp_connection_handlers;
#define tcp_connection_handlers wserver_tcp_connection_handlers

#define tcp_from_obj                   wserver_tcp_connection_from
#define Z_WSERVER_TCP_CONNECTION_P(zv) tcp_from_obj(Z_OBJ_P(zv))

/* Declared property slots, looked up once. */
static uint32_t prop_id, prop_worker, prop_protocol, prop_transport, prop_max_send, prop_max_pkg,
    prop_ws_type, prop_context, prop_event_loop, prop_bytes_read, prop_bytes_written, prop_linger,
    prop_headers;

static uint32_t prop_offset(zend_class_entry *ce, const char *name)
{
	zend_property_info *pi = zend_hash_str_find_ptr(&ce->properties_info, name, strlen(name));
	ZEND_ASSERT(pi);
	return pi->offset;
}

static zend_object *tcp_connection_create(zend_class_entry *ce)
{
	wserver_tcp_connection_obj *o = zend_object_alloc(sizeof(*o), ce);
	zend_object_std_init(&o->std, ce);
	object_properties_init(&o->std, ce);
	o->std.handlers = &tcp_connection_handlers;
	return &o->std;
}

void wserver_tcp_connection_unpipe(zend_object *conn)
{
	wserver_tcp_connection_obj *o = tcp_from_obj(conn);
	if (o->pipe_to) {
		OBJ_RELEASE(o->pipe_to);
		o->pipe_to = NULL;
	}
	if (o->piped_from) {
		OBJ_RELEASE(o->piped_from);
		o->piped_from = NULL;
	}
}

zend_object *wserver_tcp_connection_pipe_target(zend_object *conn)
{
	return tcp_from_obj(conn)->pipe_to;
}

zend_object *wserver_tcp_connection_pipe_source(zend_object *conn)
{
	return tcp_from_obj(conn)->piped_from;
}

void wserver_tcp_connection_free(zend_object *obj)
{
	wserver_tcp_connection_obj *o = tcp_from_obj(obj);
	wserver_tcp_connection_unpipe(obj);
	wserver_http_compress_conn_free(obj);
	if (o->conn) {
		ws_conn_unref(o->conn);
		o->conn = NULL;
	}
	if (o->http_request) {
		zend_string_release(o->http_request);
	}
	zend_object_std_dtor(obj);
}

/* maxSendBufferSize and maxPackageSize are read by the core: keep it in step with writes. No
 * run-time cache slot for them, or later writes from the same line would bypass this. */
/* $protocol set by the application (phpsocket.io does it mid-connection): from the next byte
 * on, the connection is framed by that class; one of ours selects its C codec, null none.
 * A WebSocket connection keeps its frames (its state cannot be handed to a class). */
static void switch_protocol(zend_object *obj, zval *value)
{
	wserver_tcp_connection_obj *o = tcp_from_obj(obj);
	ws_conn *c = o->conn;
	const ws_proto *proto = NULL;
	zend_class_entry *user = NULL;
	if (Z_TYPE_P(value) == IS_STRING) {
		zend_class_entry *ce = zend_lookup_class(Z_STR_P(value));
		proto = wserver_protocols_codec(ce);
		if (!proto) {
			user = wserver_user_protocol_find(Z_STRVAL_P(value), Z_STRLEN_P(value));
			if (!user) {
				php_error_docref(NULL, E_WARNING,
				                 "%s is no protocol class (static input, decode and encode): "
				                 "the connection keeps its framing",
				                 Z_STRVAL_P(value));
				return;
			}
			proto = &wserver_proto_user;
		}
	} else if (Z_TYPE_P(value) != IS_NULL) {
		return;
	}
	o->proto_ce = user;
	if (!c || (ws_conn_is_websocket(c) && (!proto || (proto->kind != WS_PROTO_WEBSOCKET &&
	                                                  proto->kind != WS_PROTO_WEBSOCKET_CLIENT)))) {
		return;
	}
	if (ws_conn_kind(c) != (proto ? proto->kind : WS_PROTO_RAW) && !ws_conn_is_websocket(c)) {
		ws_conn_switch_proto(c, proto);
	}
}

static zval *tcp_connection_write_property(zend_object *obj, zend_string *name, zval *value,
                                           void **cache_slot)
{
	bool protocol = zend_string_equals_literal(name, "protocol");
	if (protocol || zend_string_equals_literal(name, "maxSendBufferSize") ||
	    zend_string_equals_literal(name, "maxPackageSize")) {
		cache_slot = NULL;
	}
	zval *r = zend_std_write_property(obj, name, value, cache_slot);
	if (protocol && r && !EG(exception)) {
		switch_protocol(obj, r);
		return r;
	}
	ws_conn *c = tcp_from_obj(obj)->conn;
	if (c && r && Z_TYPE_P(r) == IS_LONG && Z_LVAL_P(r) >= 0) {
		if (zend_string_equals_literal(name, "maxSendBufferSize")) {
			c->max_send_buffer = (size_t) Z_LVAL_P(r);
		} else if (zend_string_equals_literal(name, "maxPackageSize")) {
			c->max_package = (size_t) Z_LVAL_P(r);
		}
	}
	return r;
}

/* bytesRead and bytesWritten are the core's counters, read when asked: never cached, so each
 * read comes here. */
static zval *tcp_connection_read_property(zend_object *obj, zend_string *name, int type,
                                          void **cache_slot, zval *rv)
{
	bool read = zend_string_equals_literal(name, "bytesRead");
	if (read || zend_string_equals_literal(name, "bytesWritten")) {
		ws_conn *c = tcp_from_obj(obj)->conn;
		zval *slot = OBJ_PROP(obj, (read ? prop_bytes_read : prop_bytes_written));
		if (c && Z_TYPE_P(slot) == IS_LONG) {
			Z_LVAL_P(slot) = (zend_long) (read ? c->bytes_read : c->bytes_written);
		}
		cache_slot = NULL;
	}
	return zend_std_read_property(obj, name, type, cache_slot, rv);
}

/* TcpConnection::$connections, writable; NULL if the application made it something else. */
static zval *static_connections(void)
{
	zend_string *name = ZSTR_INIT_LITERAL("connections", 0);
	zval *v = zend_std_get_static_property(wserver_tcp_connection_ce, name, BP_VAR_W);
	zend_string_release(name);
	if (!v) {
		return NULL;
	}
	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) != IS_ARRAY) {
		return NULL;
	}
	SEPARATE_ARRAY(v);
	return v;
}

void wserver_tcp_connection_closed(zend_object *obj)
{
	wserver_tcp_connection_obj *o = tcp_from_obj(obj);
	if (!o->counted) {
		return;
	}
	o->counted = false;
	wserver_connection_stat_add(WSERVER_STAT_CONNECTION_COUNT, -1);
	zval *all = o->conn ? static_connections() : NULL;
	if (all) {
		zend_hash_index_del(Z_ARRVAL_P(all), (zend_long) o->conn->id);
	}
}

zval *wserver_tcp_connection_headers(zend_object *conn)
{
	/* declared here, so at this slot in every subclass too */
	if (!instanceof_function(conn->ce, wserver_tcp_connection_ce)) {
		return NULL;
	}
	zval *v = OBJ_PROP(conn, prop_headers);
	ZVAL_DEREF(v);
	return v;
}

zval *wserver_tcp_connection_prop(zend_object *conn, const char *name)
{
	size_t len = strlen(name);
	zend_property_info *pi = zend_hash_str_find_ptr(&conn->ce->properties_info, name, len);
	zval *v = NULL;
	if (pi && !(pi->flags & ZEND_ACC_STATIC)) {
		v = OBJ_PROP(conn, pi->offset);
	} else if (conn->properties) {
		v = zend_hash_str_find_ind(conn->properties, name, len);
	}
	if (v) {
		ZVAL_DEREF(v);
	}
	return v && Z_TYPE_P(v) != IS_UNDEF && Z_TYPE_P(v) != IS_NULL ? v : NULL;
}

zend_class_entry *wserver_tcp_connection_proto_class(zend_object *conn)
{
	return tcp_from_obj(conn)->proto_ce;
}

size_t wserver_tcp_connection_take_consumed(zend_object *conn)
{
	wserver_tcp_connection_obj *o = tcp_from_obj(conn);
	size_t n = o->consume;
	o->consume = 0;
	return n;
}

static zend_long static_long(const char *name, zend_long fallback)
{
	zval *v = zend_read_static_property(wserver_tcp_connection_ce, name, strlen(name), 1);
	return v && Z_TYPE_P(v) == IS_LONG && Z_LVAL_P(v) >= 0 ? Z_LVAL_P(v) : fallback;
}

void wserver_tcp_connection_attach(zend_object *obj, ws_conn *c)
{
	wserver_tcp_connection_obj *o = tcp_from_obj(obj);
	ws_conn_ref(c);
	if (o->conn) {
		ws_conn_unref(o->conn);
	}
	o->conn = c;
	zval *max_send = OBJ_PROP(obj, prop_max_send), *max_pkg = OBJ_PROP(obj, prop_max_pkg);
	if (c->outgoing) {
		/* an AsyncTcpConnection keeps what was set on it (before connect(), across
		 * reconnects); its constructor started them at the static defaults */
		c->max_send_buffer = Z_TYPE_P(max_send) == IS_LONG ? (size_t) Z_LVAL_P(max_send) : 1048576;
		c->max_package = Z_TYPE_P(max_pkg) == IS_LONG ? (size_t) Z_LVAL_P(max_pkg) : 10485760;
	} else {
		c->max_send_buffer = (size_t) static_long("defaultMaxSendBufferSize", 1048576);
		c->max_package = (size_t) static_long("defaultMaxPackageSize", 10485760);
		ZVAL_LONG(max_send, (zend_long) c->max_send_buffer);
		ZVAL_LONG(max_pkg, (zend_long) c->max_package);
		zval *linger = zend_read_static_property(wserver_tcp_connection_ce,
		                                         ZEND_STRL("defaultLingerTimeout"), 1);
		if (linger && Z_TYPE_P(linger) == IS_DOUBLE) {
			ZVAL_DOUBLE(OBJ_PROP(obj, prop_linger), Z_DVAL_P(linger));
		}
	}
	zval *id = OBJ_PROP(obj, prop_id);
	ZVAL_LONG(id, (zend_long) c->id);
	Z_PROP_FLAG_P(id) &= ~IS_PROP_UNINIT;
	zval *type = OBJ_PROP(obj, prop_ws_type);
	if (ws_conn_is_websocket(c) && Z_TYPE_P(type) != IS_STRING) {
		ZVAL_CHAR(type, 0x81);
	}
	if (!o->counted) {
		o->counted = true;
		wserver_connection_stat_add(WSERVER_STAT_CONNECTION_COUNT, 1);
		zval *all = static_connections();
		if (all) {
			GC_ADDREF(obj);
			zval self;
			ZVAL_OBJ(&self, obj);
			zend_hash_index_update(Z_ARRVAL_P(all), (zend_long) c->id, &self);
		}
	}
	zval *ctx = OBJ_PROP(obj, prop_context);
	if (Z_TYPE_P(ctx) != IS_OBJECT) {
		object_init(ctx); /* as Workerman: each connection starts with an empty stdClass */
	}
	zval *loop = OBJ_PROP(obj, prop_event_loop);
	if (Z_TYPE_P(loop) != IS_OBJECT) {
		zval *global = zend_read_static_property(wserver_worker_ce, ZEND_STRL("globalEvent"), 1);
		if (global && Z_TYPE_P(global) == IS_OBJECT) {
			ZVAL_OBJ_COPY(loop, Z_OBJ_P(global));
		}
	}
}

void wserver_tcp_connection_set_limits(zend_object *obj, uint64_t max_send, uint64_t max_pkg)
{
	ws_conn *c = tcp_from_obj(obj)->conn;
	if (max_send) {
		c->max_send_buffer = (size_t) max_send;
		ZVAL_LONG(OBJ_PROP(obj, prop_max_send), (zend_long) max_send);
	}
	if (max_pkg) {
		c->max_package = (size_t) max_pkg;
		ZVAL_LONG(OBJ_PROP(obj, prop_max_pkg), (zend_long) max_pkg);
	}
}

void wserver_tcp_connection_init_limits(zend_object *obj)
{
	zval *linger =
	    zend_read_static_property(wserver_tcp_connection_ce, ZEND_STRL("defaultLingerTimeout"), 1);
	if (linger && Z_TYPE_P(linger) == IS_DOUBLE) {
		ZVAL_DOUBLE(OBJ_PROP(obj, prop_linger), Z_DVAL_P(linger));
	}
	ZVAL_LONG(OBJ_PROP(obj, prop_max_send), static_long("defaultMaxSendBufferSize", 1048576));
	ZVAL_LONG(OBJ_PROP(obj, prop_max_pkg), static_long("defaultMaxPackageSize", 10485760));
}

zend_object *wserver_tcp_connection_create_for(ws_conn *c, zend_object *worker, zval *protocol,
                                               zval *transport)
{
	zend_object *obj = tcp_connection_create(wserver_tcp_connection_ce);
	wserver_tcp_connection_attach(obj, c);
	ZVAL_OBJ_COPY(OBJ_PROP(obj, prop_worker), worker);
	/* as Workerman: the connection inherits its Worker's protocol and transport */
	ZVAL_COPY(OBJ_PROP(obj, prop_protocol), protocol);
	if (ws_conn_kind(c) == WS_PROTO_USER && Z_TYPE_P(protocol) == IS_STRING) {
		tcp_from_obj(obj)->proto_ce =
		    wserver_user_protocol_find(Z_STRVAL_P(protocol), Z_STRLEN_P(protocol));
	}
	zval *t = OBJ_PROP(obj, prop_transport);
	zval_ptr_dtor(t);
	ZVAL_COPY(t, transport);
	return obj;
}

const char *const wserver_conn_cb_names[WSERVER_CB_COUNT] = {
    "onMessage", "onClose", "onError", "onBufferFull", "onBufferDrain",
};
static uint32_t prop_cb[WSERVER_CB_COUNT];

zval *wserver_tcp_connection_callback(zend_object *conn, wserver_conn_cb cb)
{
	return OBJ_PROP(conn, prop_cb[cb]);
}

static ws_conn *this_conn(zval *this_zv)
{
	return Z_WSERVER_TCP_CONNECTION_P(this_zv)->conn;
}

static void zstr_retain(void *s)
{
	(void) zend_string_copy(s);
}
static void zstr_release(void *s)
{
	zend_string_release(s);
}
const ws_owner_ops wserver_zstr_ops = {zstr_retain, zstr_release};

/* Let go of the request a reply was sent for. */
static void drop_request(wserver_tcp_connection_obj *o)
{
	if (o->http_request) {
		zend_string_release(o->http_request);
		o->http_request = NULL;
	}
}

void wserver_tcp_connection_set_request(zend_object *conn, zend_string *raw)
{
	wserver_tcp_connection_obj *o = tcp_from_obj(conn);
	drop_request(o);
	o->http_request = zend_string_copy(raw);
}

void wserver_tcp_connection_set_keep_alive(zend_object *conn, bool keep_alive)
{
	tcp_from_obj(conn)->http_close = !keep_alive;
	tcp_from_obj(conn)->http_replied = false;
}

void wserver_tcp_connection_http_fail(zend_object *conn)
{
	wserver_tcp_connection_obj *o = tcp_from_obj(conn);
	if (!o->conn || o->http_replied) {
		return;
	}
	static const char reply[] = "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n"
	                            "Content-Length: 25\r\nConnection: close\r\n\r\n"
	                            "500 Internal Server Error";
	o->http_replied = true;
	ws_conn_send(o->conn, NULL, 0, reply, sizeof(reply) - 1, NULL, NULL, NULL, 0);
	ws_conn_replied(o->conn);
	ws_conn_close(o->conn);
}

/* A string reply up to this size is copied after its head. */
#define HTTP_SMALL_BODY 512

/* An HTTP reply: status line and headers (copied if they must wait), the body by reference
 * or, for withFile(), from the file with sendfile(); the connection closes after it when the
 * request asked so. */
static int http_send(ws_conn *c, zval *data)
{
	zend_string *piece;
	if (wserver_http_stream_bytes(data, &piece)) {
		/* a ServerSentEvents or Chunk of a reply already under way: as it is */
		bool last = zend_string_equals_literal(piece, "0\r\n\r\n");
		wserver_http_compress_piece(c->user, &piece);
		int rc = ws_conn_send(c, NULL, 0, ZSTR_VAL(piece), ZSTR_LEN(piece), piece,
		                      &wserver_zstr_ops, NULL, 0);
		if (last) {
			ws_conn_replied(c); /* the last chunk: the reply is complete */
		}
		zend_string_release(piece);
		return rc;
	}
	/* a draining worker (reload, stop -g, max_request) tells keep-alive clients to go elsewhere */
	bool close = (c->user && tcp_from_obj(c->user)->http_close) || c->worker->draining;
	if (c->user) {
		tcp_from_obj(c->user)->http_replied = true;
	}
	zval with_headers; /* a string reply made a Response to carry $connection->headers */
	data = wserver_http_reply_conn_headers(c->user, data, &with_headers);
	zval packed; /* a compressed copy of the reply (http_compress.c) */
	data = wserver_http_compress_reply(c, data, &packed);
	if (Z_TYPE_P(data) == IS_STRING) {
		/* the common reply: a string, its head made on the stack, a small body right after it
		 * (one piece to write or queue) */
		char head[WSERVER_HTTP_PLAIN_HEAD_MAX + HTTP_SMALL_BODY];
		zend_string *s = Z_STR_P(data);
		bool swoole = c->user && tcp_from_obj(c->user)->http_swoole;
		size_t hlen = wserver_http_plain_head(head, ZSTR_LEN(s), !close, swoole);
		int rc;
		if (ZSTR_LEN(s) <= HTTP_SMALL_BODY) {
			memcpy(head + hlen, ZSTR_VAL(s), ZSTR_LEN(s));
			rc = ws_conn_send(c, head, hlen + ZSTR_LEN(s), NULL, 0, NULL, NULL, NULL, 0);
		} else {
			rc = ws_conn_send(c, head, hlen, ZSTR_VAL(s), ZSTR_LEN(s), s, &wserver_zstr_ops, NULL,
			                  0);
		}
		ws_conn_replied(c);
		if (close) {
			ws_conn_close(c);
		}
		return rc;
	}
	zend_string *body = NULL;
	bool streaming = false;
	int fd;
	off_t off = 0;
	size_t flen = 0;
	zend_string *req = c->user ? tcp_from_obj(c->user)->http_request : NULL;
	zend_string *head = wserver_http_reply_file(data, !close, req ? ZSTR_VAL(req) : NULL,
	                                            req ? ZSTR_LEN(req) : 0, &fd, &off, &flen, &body);
	if (!head) {
		head = wserver_http_reply_head(data, !close, &body, &streaming);
	}
	zval_ptr_dtor(&packed);
	zval_ptr_dtor(&with_headers);
	if (!head) {
		return WS_SEND_FAILED;
	}
	int rc = fd >= 0 ? ws_conn_send_file(c, ZSTR_VAL(head), ZSTR_LEN(head), fd, off, flen)
	                 : ws_conn_send(c, ZSTR_VAL(head), ZSTR_LEN(head), ZSTR_VAL(body),
	                                ZSTR_LEN(body), body, &wserver_zstr_ops, NULL, 0);
	zend_string_release(head);
	if (body) {
		zend_string_release(body);
	}
	if (!streaming) {
		ws_conn_replied(c);
		if (c->user) {
			drop_request(tcp_from_obj(c->user));
		}
	}
	if (close && !streaming) {
		ws_conn_close(c); /* a stream ends when the application closes it */
	}
	return rc;
}

zval *wserver_tcp_connection_ws_type(zend_object *conn)
{
	return OBJ_PROP(conn, prop_ws_type);
}

/* A websocket:// message: one frame whose kind websocketType says, as Workerman's first byte:
 * "\x82" binary, "\x8a" a pong (what onWebSocketPing sets while it runs), "\x89" a ping,
 * "\xc1" / "\xc2" text / binary (compressed when permessage-deflate was agreed, as every
 * message then is), anything else text (held until the handshake is done). */
static int websocket_send(ws_conn *c, zval *data)
{
	zend_string *s = zval_try_get_string(data);
	if (!s) {
		return WS_SEND_FAILED;
	}
	zval *type = c->user ? OBJ_PROP((zend_object *) c->user, prop_ws_type) : NULL;
	uint8_t first = type && Z_TYPE_P(type) == IS_STRING && Z_STRLEN_P(type) == 1
	                    ? (uint8_t) Z_STRVAL_P(type)[0] & 0x8F
	                    : 0x81;
	if (first != 0x82 && first != 0x89 && first != 0x8a) {
		first = 0x81;
	}
	if (first >= 0x89 && ZSTR_LEN(s) > 125) {
		zend_string_release(s);
		return WS_SEND_FAILED; /* a control frame carries 125 bytes at most */
	}
	int rc = ws_websocket_send(c, first, ZSTR_VAL(s), ZSTR_LEN(s), s, &wserver_zstr_ops);
	zend_string_release(s);
	return rc;
}

/* Send one message, framed by the connection's protocol unless raw. */
static int conn_send_zval(ws_conn *c, zval *data, bool raw)
{
	if (ws_conn_is_http(c) && !raw) {
		return http_send(c, data);
	}
	if (ws_conn_is_websocket(c) && !raw) {
		return websocket_send(c, data);
	}
	if (ws_conn_kind(c) == WS_PROTO_USER && !raw) {
		zend_string *bytes = wserver_user_protocol_encode(c->user, data);
		if (!bytes) {
			return WS_SEND_FAILED;
		}
		int rc = ws_conn_send(c, NULL, 0, ZSTR_VAL(bytes), ZSTR_LEN(bytes), bytes,
		                      &wserver_zstr_ops, NULL, 0);
		zend_string_release(bytes);
		return rc;
	}
	if (EXPECTED(Z_TYPE_P(data) == IS_STRING) && (raw || !c->proto)) {
		/* the common case: no copy, no framing; retained only if it has to wait */
		zend_string *str = Z_STR_P(data);
		return ws_conn_send(c, NULL, 0, ZSTR_VAL(str), ZSTR_LEN(str), str, &wserver_zstr_ops, NULL,
		                    0);
	}
	zend_string *s = zval_try_get_string(data);
	if (!s) {
		return WS_SEND_FAILED;
	}
	char head[16];
	size_t hlen = 0, tlen = 0;
	const char *tail = NULL;
	if (c->proto && !raw) {
		hlen = c->proto->encode(ZSTR_LEN(s), head, &tail, &tlen);
	}
	int rc =
	    ws_conn_send(c, head, hlen, ZSTR_VAL(s), ZSTR_LEN(s), s, &wserver_zstr_ops, tail, tlen);
	zend_string_release(s);
	return rc;
}

ws_conn *wserver_tcp_connection_get(zend_object *conn)
{
	return tcp_from_obj(conn)->conn;
}

int wserver_tcp_connection_send(zend_object *conn, zval *data, bool raw)
{
	ws_conn *c = tcp_from_obj(conn)->conn;
	return c ? conn_send_zval(c, data, raw) : WS_SEND_FAILED;
}

ZEND_METHOD(WServer_Connection_TcpConnection, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WServer_Connection_TcpConnection, send)
{
	zval *data;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ZVAL(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	ws_conn *c = this_conn(ZEND_THIS);
	if (!c) {
		wserver_connection_stat_add(WSERVER_STAT_SEND_FAIL, 1);
		RETURN_FALSE;
	}
	int rc = conn_send_zval(c, data, raw);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (rc == WS_SEND_FAILED) {
		wserver_connection_stat_add(WSERVER_STAT_SEND_FAIL, 1);
	}
	if (rc == WS_SEND_DONE) {
		RETURN_TRUE;
	}
	if (rc == WS_SEND_QUEUED) {
		RETURN_NULL();
	}
	RETURN_FALSE;
}

void wserver_tcp_connection_close(zend_object *obj, zval *data, bool raw)
{
	ws_conn *c = tcp_from_obj(obj)->conn;
	if (!c) {
		return;
	}
	if (data && Z_TYPE_P(data) != IS_NULL) {
		conn_send_zval(c, data, raw);
		if (EG(exception)) {
			return;
		}
	}
	if (ws_conn_is_websocket(c) && !(raw && data)) {
		wserver_websocket_close(c); /* a close frame, or the handshake refused */
		return;
	}
	ws_conn_close(c);
}

ZEND_METHOD(WServer_Connection_TcpConnection, close)
{
	zval *data = NULL;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL(data)
	Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	wserver_tcp_connection_close(Z_OBJ_P(ZEND_THIS), data, raw);
}

ZEND_METHOD(WServer_Connection_TcpConnection, end)
{
	zval *data = NULL;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL(data)
	Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	ws_conn *c = this_conn(ZEND_THIS);
	if (c && !ws_conn_is_websocket(c)) {
		/* a lingering close: the peer gets all that was sent before the socket closes; what it
		 * still sends is read and dropped for lingerTimeout seconds at most */
		c->linger = true;
		zval *t = OBJ_PROP(Z_OBJ_P(ZEND_THIS), prop_linger);
		double secs = Z_TYPE_P(t) == IS_DOUBLE ? Z_DVAL_P(t) : 1.0;
		c->linger_ms = secs <= 0 ? 1 : secs >= 3600 ? 3600000 : (uint32_t) (secs * 1000);
	}
	wserver_tcp_connection_close(Z_OBJ_P(ZEND_THIS), data, raw);
}

ZEND_METHOD(WServer_Connection_TcpConnection, consumeRecvBuffer)
{
	zend_long n;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(n)
	ZEND_PARSE_PARAMETERS_END();
	if (n < 0) {
		zend_argument_value_error(1, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	Z_WSERVER_TCP_CONNECTION_P(ZEND_THIS)->consume += (size_t) n;
}

ZEND_METHOD(WServer_Connection_TcpConnection, bufferIsEmpty)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ws_conn *c = this_conn(ZEND_THIS);
	RETURN_BOOL(!c || c->out.bytes == 0);
}

ZEND_METHOD(WServer_Connection_TcpConnection, jsonSerialize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	array_init(return_value);
	zval v;
	ZVAL_COPY(&v, OBJ_PROP(obj, prop_id));
	add_assoc_zval(return_value, "id", &v);
	ws_conn *c = this_conn(ZEND_THIS);
	add_assoc_long(return_value, "status", wserver_tcp_connection_status(c));
	ZVAL_COPY(&v, OBJ_PROP(obj, prop_transport));
	add_assoc_zval(return_value, "transport", &v);
	wserver_connection_json_addresses(obj, return_value);
}

ZEND_METHOD(WServer_Connection_TcpConnection, destroy)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ws_conn *c = this_conn(ZEND_THIS);
	if (c) {
		ws_conn_destroy(c);
	}
}

ZEND_METHOD(WServer_Connection_TcpConnection, pipe)
{
	zval *dest;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJECT_OF_CLASS(dest, wserver_tcp_connection_ce)
	ZEND_PARSE_PARAMETERS_END();
	wserver_tcp_connection_obj *o = Z_WSERVER_TCP_CONNECTION_P(ZEND_THIS);
	wserver_tcp_connection_obj *d = Z_WSERVER_TCP_CONNECTION_P(dest);
	if (o->pipe_to) {
		OBJ_RELEASE(o->pipe_to);
	}
	o->pipe_to = Z_OBJ_P(dest);
	GC_ADDREF(o->pipe_to);
	if (d->piped_from) {
		OBJ_RELEASE(d->piped_from);
	}
	d->piped_from = Z_OBJ_P(ZEND_THIS);
	GC_ADDREF(d->piped_from);
}

ZEND_METHOD(WServer_Connection_TcpConnection, pauseRecv)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ws_conn *c = this_conn(ZEND_THIS);
	if (c) {
		ws_conn_pause_recv(c);
	}
}

ZEND_METHOD(WServer_Connection_TcpConnection, resumeRecv)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ws_conn *c = this_conn(ZEND_THIS);
	if (c) {
		ws_conn_resume_recv(c);
	}
}

/* The address and port of the peer (local = false) or of our end. */
static bool conn_addr(zval *this_zv, bool local, char *ip, size_t iplen, int *port)
{
	ws_conn *c = this_conn(this_zv);
	*port = 0;
	ip[0] = 0;
	if (!c) {
		return false;
	}
	struct sockaddr_storage ss;
	socklen_t len = c->peer_len;
	if (local) {
		if (c->fd < 0 || ws_conn_local(c, &ss, &len) != WS_OK) {
			return false;
		}
	} else {
		ss = c->peer;
	}
	ws_sockaddr_split((struct sockaddr *) &ss, ip, iplen, port);
	return true;
}

ZEND_METHOD(WServer_Connection_TcpConnection, getRemoteIp)
{
	char ip[128];
	int port;
	ZEND_PARSE_PARAMETERS_NONE();
	conn_addr(ZEND_THIS, false, ip, sizeof(ip), &port);
	RETURN_STRING(ip);
}

ZEND_METHOD(WServer_Connection_TcpConnection, getRemotePort)
{
	char ip[128];
	int port;
	ZEND_PARSE_PARAMETERS_NONE();
	conn_addr(ZEND_THIS, false, ip, sizeof(ip), &port);
	RETURN_LONG(port);
}

static void return_address(zval *this_zv, bool local, zval *return_value)
{
	ws_conn *c = this_conn(this_zv);
	char out[160];
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	if (!c || (local && (c->fd < 0 || ws_conn_local(c, &ss, &len) != WS_OK))) {
		RETURN_EMPTY_STRING();
	}
	if (!local) {
		ss = c->peer;
		len = c->peer_len;
	}
	ws_sockaddr_format((struct sockaddr *) &ss, len, out, sizeof(out));
	RETURN_STRING(out);
}

ZEND_METHOD(WServer_Connection_TcpConnection, getRemoteAddress)
{
	ZEND_PARSE_PARAMETERS_NONE();
	return_address(ZEND_THIS, false, return_value);
}

ZEND_METHOD(WServer_Connection_TcpConnection, getLocalIp)
{
	char ip[128];
	int port;
	ZEND_PARSE_PARAMETERS_NONE();
	conn_addr(ZEND_THIS, true, ip, sizeof(ip), &port);
	RETURN_STRING(ip);
}

ZEND_METHOD(WServer_Connection_TcpConnection, getLocalPort)
{
	char ip[128];
	int port;
	ZEND_PARSE_PARAMETERS_NONE();
	conn_addr(ZEND_THIS, true, ip, sizeof(ip), &port);
	RETURN_LONG(port);
}

ZEND_METHOD(WServer_Connection_TcpConnection, getLocalAddress)
{
	ZEND_PARSE_PARAMETERS_NONE();
	return_address(ZEND_THIS, true, return_value);
}

zend_long wserver_tcp_connection_status(ws_conn *c)
{
	/* Workerman 5.2 numbers: ENDING is 4, CLOSING 8, CLOSED 16 */
	switch (c ? c->status : WS_CONN_INITIAL) {
	case WS_CONN_CONNECTING:
		/* accepted, TLS handshake under way after onConnect: Workerman says established */
		return c->tls_early && !c->outgoing ? 2 : 1;
	case WS_CONN_ESTABLISHED:
		/* a WebSocket that sent its close frame waits for the peer's: closing already */
		return ws_websocket_closing(c) ? 8 : 2;
	case WS_CONN_CLOSING:
		return 8;
	case WS_CONN_CLOSED:
		return 16;
	default:
		return 0;
	}
}

ZEND_METHOD(WServer_Connection_TcpConnection, getStatus)
{
	bool raw = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	ws_conn *c = this_conn(ZEND_THIS);
	if (raw) {
		RETURN_LONG(wserver_tcp_connection_status(c));
	}
	switch (c ? c->status : WS_CONN_INITIAL) {
	case WS_CONN_CONNECTING:
		RETURN_STRING(c->tls_early && !c->outgoing ? "ESTABLISHED" : "CONNECTING");
	case WS_CONN_ESTABLISHED:
		RETURN_STRING("ESTABLISHED");
	case WS_CONN_CLOSING:
		RETURN_STRING("CLOSING");
	case WS_CONN_CLOSED:
		RETURN_STRING("CLOSED");
	default:
		RETURN_STRING("INITIAL");
	}
}

ZEND_METHOD(WServer_Connection_TcpConnection, getSendBufferQueueSize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ws_conn *c = this_conn(ZEND_THIS);
	RETURN_LONG(c ? (zend_long) c->out.bytes : 0);
}

ZEND_METHOD(WServer_Connection_TcpConnection, getRecvBufferQueueSize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ws_conn *c = this_conn(ZEND_THIS);
	RETURN_LONG(c ? (zend_long) ws_rbuf_size(&c->in) : 0);
}

ZEND_METHOD(WServer_Connection_TcpConnection, isIpV4)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ws_conn *c = this_conn(ZEND_THIS);
	RETURN_BOOL(c && c->peer.ss_family == AF_INET);
}

ZEND_METHOD(WServer_Connection_TcpConnection, isIpV6)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ws_conn *c = this_conn(ZEND_THIS);
	RETURN_BOOL(c && c->peer.ss_family == AF_INET6);
}

void wserver_tcp_connection_minit(void)
{
	wserver_tcp_connection_ce = register_class_WServer_Connection_TcpConnection(
	    wserver_connection_interface_ce, php_json_serializable_ce);
	wserver_tcp_connection_ce->create_object = tcp_connection_create;
	memcpy(&tcp_connection_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	tcp_connection_handlers.offset = XtOffsetOf(wserver_tcp_connection_obj, std);
	tcp_connection_handlers.free_obj = wserver_tcp_connection_free;
	tcp_connection_handlers.clone_obj = NULL;
	tcp_connection_handlers.write_property = tcp_connection_write_property;
	tcp_connection_handlers.read_property = tcp_connection_read_property;
	zend_class_entry *ce = wserver_tcp_connection_ce;
	prop_id = prop_offset(ce, "id");
	prop_worker = prop_offset(ce, "worker");
	prop_protocol = prop_offset(ce, "protocol");
	prop_transport = prop_offset(ce, "transport");
	prop_max_send = prop_offset(ce, "maxSendBufferSize");
	prop_max_pkg = prop_offset(ce, "maxPackageSize");
	prop_ws_type = prop_offset(ce, "websocketType");
	prop_context = prop_offset(ce, "context");
	prop_bytes_read = prop_offset(ce, "bytesRead");
	prop_linger = prop_offset(ce, "lingerTimeout");
	prop_bytes_written = prop_offset(ce, "bytesWritten");
	prop_event_loop = prop_offset(ce, "eventLoop");
	prop_headers = prop_offset(ce, "headers");
	for (int i = 0; i < WSERVER_CB_COUNT; i++) {
		prop_cb[i] = prop_offset(ce, wserver_conn_cb_names[i]);
	}
}
