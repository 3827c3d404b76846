/* WServer\Coroutine\Http\Server: Swoole's coroutine HTTP server. start() accepts on a
 * Coroutine\Socket in the calling coroutine; each connection is served in a coroutine of its
 * own: a request is read whole (proto/http_parser.c), becomes an Http\Request and an
 * Http\Response (http_server.c) whose replies are written here, and the handler runs in that
 * same coroutine; then the next request of the connection (keep-alive). Never blocks the
 * loop. */
#include "coroutine_http_server.h"
#include "aliases.h"
#include "callback.h"
#include "coro.h"
#include "csock.h"
#include "exception.h"
#include "frontend.h"
#include "http_response.h"
#include "http_server.h"
#include "socket.h"
#include "websocket.h"
#include "websocket_csock.h"
#include "core/resolve.h"
#include "proto/http_parser.h"
#include "proto/websocket.h"

#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "stubs/coroutine_http_server_arginfo.h"

#include <errno.h>
#include <ev.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

static zend_class_entry *server_ce;
static zend_object_handlers server_handlers;
static wserver_native native_serve;

struct wserver_co_http_conn {
	uint32_t refs;
	zval sock;            /* the Coroutine\Socket */
	smart_str in;         /* bytes read and not used yet */
	bool keep_alive;      /* the current request asks to keep the connection */
	zend_string *ws_key;  /* the current request's Sec-WebSocket-Key; NULL: no handshake */
	zend_string *request; /* the current request (Range, HEAD... of a file reply); NULL: none */
	bool upgraded;        /* frames from now on */
	wserver_ws_peer ws;
	char ws_answer[160]; /* the permessage-deflate answer for the 101; "": none agreed */
};

typedef struct {
	zval sock;     /* the listening Coroutine\Socket; IS_UNDEF until constructed */
	zval handlers; /* pattern => callable */
	zval clients;  /* cid => Coroutine\Socket of a connection waiting for its next request */
	bool running;
	size_t max_body;
	wserver_ws_peer ws_settings; /* the websocket options each upgraded connection starts with */
	zend_object std;
} co_http_server_obj;

enum { P_FD, P_HOST, P_PORT, P_SSL, P_SETTINGS, P_ERRCODE, P_ERRMSG };

#define SERVER(obj) ((co_http_server_obj *) ((char *) (obj) -XtOffsetOf(co_http_server_obj, std)))

/* ---- connections ---- */

static wserver_csock *conn_csock(wserver_co_http_conn *c)
{
	return wserver_socket_csock(Z_OBJ(c->sock));
}

void wserver_co_http_conn_addref(wserver_co_http_conn *c)
{
	c->refs++;
}

void wserver_co_http_conn_release(wserver_co_http_conn *c)
{
	if (--c->refs > 0) {
		return;
	}
	zval_ptr_dtor(&c->sock);
	smart_str_free(&c->in);
	if (c->ws_key) {
		zend_string_release(c->ws_key);
	}
	if (c->request) {
		zend_string_release(c->request);
	}
	wserver_ws_peer_free(&c->ws);
	efree(c);
}

bool wserver_co_http_conn_writable(wserver_co_http_conn *c)
{
	return conn_csock(c)->fd >= 0 && !c->upgraded;
}

bool wserver_co_http_conn_write(wserver_co_http_conn *c, const char *p, size_t n)
{
	wserver_csock *s = conn_csock(c);
	if (s->fd < 0) {
		return false;
	}
	zend_object *so = Z_OBJ(c->sock);
	GC_ADDREF(so);
	bool ok = wserver_csock_send(s, p, n, -1, true) == (ssize_t) n;
	if (!ok) {
		wserver_csock_close(s);
	}
	OBJ_RELEASE(so);
	return ok;
}

/* The part [offset, offset + len) of the file fd after the head. */
static bool send_file_part(wserver_co_http_conn *c, int fd, off_t offset, size_t len)
{
	char buf[65536];
	while (len > 0) {
		ssize_t r = pread(fd, buf, MIN(len, sizeof(buf)), offset);
		if (r <= 0) {
			return false;
		}
		if (!wserver_co_http_conn_write(c, buf, (size_t) r)) {
			return false;
		}
		offset += r;
		len -= (size_t) r;
	}
	return true;
}

bool wserver_co_http_conn_send(wserver_co_http_conn *c, zval *data)
{
	int fd;
	off_t offset = 0;
	size_t len = 0;
	zend_string *body = NULL;
	zend_string *head =
	    wserver_http_reply_file(data, c->keep_alive, c->request ? ZSTR_VAL(c->request) : NULL,
	                            c->request ? ZSTR_LEN(c->request) : 0, &fd, &offset, &len, &body);
	if (head) {
		bool ok = wserver_co_http_conn_write(c, ZSTR_VAL(head), ZSTR_LEN(head));
		if (ok && fd >= 0) {
			ok = send_file_part(c, fd, offset, len);
		} else if (ok && body) {
			ok = wserver_co_http_conn_write(c, ZSTR_VAL(body), ZSTR_LEN(body));
		}
		if (fd >= 0) {
			close(fd);
		}
		zend_string_release(head);
		if (body) {
			zend_string_release(body);
		}
		return ok;
	}
	bool streaming;
	head = wserver_http_reply_head(data, c->keep_alive, &body, &streaming);
	if (!head) {
		return false;
	}
	zend_string *all =
	    zend_string_concat2(ZSTR_VAL(head), ZSTR_LEN(head), ZSTR_VAL(body), ZSTR_LEN(body));
	bool ok = wserver_co_http_conn_write(c, ZSTR_VAL(all), ZSTR_LEN(all));
	zend_string_release(all);
	zend_string_release(head);
	zend_string_release(body);
	return ok;
}

bool wserver_co_http_conn_chunk(wserver_co_http_conn *c, zend_string *content)
{
	smart_str s = {0};
	smart_str_append_printf(&s, "%zx\r\n", ZSTR_LEN(content));
	smart_str_append(&s, content);
	smart_str_appendl(&s, "\r\n", 2); /* empty: "0\r\n\r\n", the last chunk */
	smart_str_0(&s);
	bool ok = wserver_co_http_conn_write(c, ZSTR_VAL(s.s), ZSTR_LEN(s.s));
	smart_str_free(&s);
	return ok;
}

static void append_line(smart_str *s, zend_string *name, zval *v)
{
	zend_string *str = zval_get_string(v);
	smart_str_append(s, name);
	smart_str_appendl(s, ": ", 2);
	smart_str_append(s, str);
	smart_str_appendl(s, "\r\n", 2);
	zend_string_release(str);
}

/* "Name: value" lines of the header fields set, but the handshake's own. */
static void append_set_headers(smart_str *s, HashTable *headers)
{
	zend_string *name;
	zval *v, *each;
	ZEND_HASH_FOREACH_STR_KEY_VAL(headers, name, v) {
		if (!name || zend_string_equals_literal_ci(name, "upgrade") ||
		    zend_string_equals_literal_ci(name, "connection") ||
		    zend_string_equals_literal_ci(name, "sec-websocket-accept")) {
			continue;
		}
		if (Z_TYPE_P(v) != IS_ARRAY) {
			append_line(s, name, v);
			continue;
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), each) {
			append_line(s, name, each);
		}
		ZEND_HASH_FOREACH_END();
	}
	ZEND_HASH_FOREACH_END();
}

bool wserver_co_http_conn_upgrade(wserver_co_http_conn *c, HashTable *headers)
{
	if (!c->ws_key || c->upgraded || conn_csock(c)->fd < 0) {
		php_error_docref(NULL, E_WARNING, "the request is not a WebSocket handshake");
		return false;
	}
	zend_string *accept = wserver_websocket_accept_for(ZSTR_VAL(c->ws_key), ZSTR_LEN(c->ws_key));
	smart_str s = {0};
	smart_str_appends(&s, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
	                      "Connection: Upgrade\r\nSec-WebSocket-Accept: ");
	smart_str_append(&s, accept);
	smart_str_appends(&s, "\r\nSec-WebSocket-Version: 13\r\nServer: wserver\r\n");
	if (c->ws_answer[0]) {
		smart_str_append_printf(&s, "Sec-WebSocket-Extensions: %s\r\n", c->ws_answer);
	}
	if (headers) {
		append_set_headers(&s, headers);
	}
	smart_str_appendl(&s, "\r\n", 2);
	smart_str_0(&s);
	zend_string_release(accept);
	bool ok = wserver_co_http_conn_write(c, ZSTR_VAL(s.s), ZSTR_LEN(s.s));
	smart_str_free(&s);
	c->upgraded = ok;
	c->ws.deflate = ok && c->ws_answer[0];
	return ok;
}

static bool ws_ready(wserver_co_http_conn *c)
{
	if (!c->upgraded || conn_csock(c)->fd < 0) {
		php_error_docref(NULL, E_WARNING, "the connection is not an upgraded WebSocket");
		return false;
	}
	return true;
}

bool wserver_co_http_conn_push(wserver_co_http_conn *c, zval *data, zend_long opcode,
                               zend_long flags)
{
	if (!ws_ready(c)) {
		return false;
	}
	zend_object *so = Z_OBJ(c->sock);
	GC_ADDREF(so);
	bool ok = wserver_ws_peer_push(&c->ws, conn_csock(c), data, opcode, flags, -1);
	OBJ_RELEASE(so);
	return ok;
}

void wserver_co_http_conn_recv(wserver_co_http_conn *c, double timeout, zval *return_value)
{
	if (!ws_ready(c)) {
		RETURN_FALSE;
	}
	zend_object *so = Z_OBJ(c->sock);
	GC_ADDREF(so);
	wserver_csock *s = conn_csock(c);
	int rc = wserver_ws_peer_recv(&c->ws, s, &c->in, timeout, return_value);
	if (rc == 0) {
		wserver_csock_close(s);
		RETVAL_EMPTY_STRING();
	} else if (rc < 0) {
		if (s->err != ETIMEDOUT) {
			wserver_csock_close(s);
		}
		RETVAL_FALSE;
	}
	wserver_socket_sync_error(so);
	OBJ_RELEASE(so);
}

bool wserver_co_http_conn_ping(wserver_co_http_conn *c, zend_string *data)
{
	if (!ws_ready(c)) {
		return false;
	}
	zend_object *so = Z_OBJ(c->sock);
	GC_ADDREF(so);
	bool ok = wserver_ws_peer_send(&c->ws, conn_csock(c), WS_OP_PING, WSERVER_WS_FLAG_FIN,
	                               ZSTR_VAL(data), ZSTR_LEN(data), -1);
	OBJ_RELEASE(so);
	return ok;
}

bool wserver_co_http_conn_disconnect(wserver_co_http_conn *c, zend_long code, zend_string *reason)
{
	if (!ws_ready(c)) {
		return false;
	}
	zend_object *so = Z_OBJ(c->sock);
	GC_ADDREF(so);
	bool ok = wserver_ws_peer_send_close(&c->ws, conn_csock(c), code, reason, -1);
	wserver_csock_close(conn_csock(c));
	OBJ_RELEASE(so);
	return ok;
}

bool wserver_co_http_conn_close(wserver_co_http_conn *c)
{
	wserver_csock *s = conn_csock(c);
	if (s->fd < 0) {
		return false;
	}
	wserver_csock_close(s);
	return true;
}

/* ---- serving one connection ---- */

/* The handler whose pattern starts the path (case-insensitive), else "/"'s; NULL: none. */
static zval *find_handler(co_http_server_obj *o, const char *path, size_t len)
{
	zend_string *pattern;
	zval *fn, *fallback = NULL;
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL(o->handlers), pattern, fn) {
		if (zend_string_equals_literal(pattern, "/")) {
			fallback = fn;
		} else if (ZSTR_LEN(pattern) <= len &&
		           strncasecmp(path, ZSTR_VAL(pattern), ZSTR_LEN(pattern)) == 0) {
			return fn;
		}
	}
	ZEND_HASH_FOREACH_END();
	return fallback;
}

/* A short reply for a request that cannot be served (400, 413, ...), then close. What the
 * client still sends (a body too large) is read and dropped for a while first: closing with
 * unread bytes would reset the connection, and the client could lose the reply. */
static void refuse(wserver_co_http_conn *c, int status)
{
	char buf[4096];
	int n = snprintf(buf, sizeof(buf),
	                 "HTTP/1.1 %d %s\r\nServer: wserver\r\nContent-Length: 0\r\n"
	                 "Connection: close\r\n\r\n",
	                 status, ws_http_reason(status));
	wserver_csock *s = conn_csock(c);
	if (wserver_co_http_conn_write(c, buf, (size_t) n)) {
		shutdown(s->fd, SHUT_WR);
		double deadline = wserver_csock_deadline(1);
		size_t dropped = 0;
		while (dropped < 64 * 1024 * 1024) {
			double left = deadline - ev_time();
			ssize_t r = left > 0 ? wserver_csock_recv(s, buf, sizeof(buf), left, false) : -1;
			if (r <= 0) {
				break;
			}
			dropped += (size_t) r;
		}
	}
	wserver_csock_close(s);
}

/* The next whole request of c: its bytes (a new string), or NULL when the connection ended
 * (closed, refused, or shut down). head gets its parsed head. */
static zend_string *read_request(co_http_server_obj *o, wserver_co_http_conn *c, ws_http_head *head,
                                 zend_long cid)
{
	ws_http_limits lim = {16 * 1024, 8 * 1024, o->max_body};
	wserver_csock *s = conn_csock(c);
	for (;;) {
		const char *buf = c->in.s ? ZSTR_VAL(c->in.s) : "";
		size_t len = c->in.s ? ZSTR_LEN(c->in.s) : 0;
		ssize_t hl = len ? ws_http_parse_head(buf, len, &lim, head) : 0;
		ssize_t total = hl > 0 ? ws_http_message_length(buf, len, head, &lim) : hl;
		if (total < 0) {
			refuse(c, (int) -total);
			return NULL;
		}
		if (total > 0) {
			zend_string *raw = zend_string_init(buf, (size_t) total, 0);
			wserver_smart_str_consume(&c->in, (size_t) total);
			return raw;
		}
		if (!o->running || s->fd < 0) {
			return NULL;
		}
		/* shutdown() closes a connection that waits here for its next request */
		zval sock;
		ZVAL_COPY(&sock, &c->sock);
		zend_hash_index_update(Z_ARRVAL(o->clients), (zend_ulong) cid, &sock);
		ssize_t n = wserver_csock_fill(s, &c->in, -1);
		zend_hash_index_del(Z_ARRVAL(o->clients), (zend_ulong) cid);
		if (n <= 0) {
			return NULL;
		}
	}
}

/* $request->server's connection entries. */
static void connection_info(co_http_server_obj *o, wserver_co_http_conn *c, zval *out)
{
	array_init(out);
	wserver_csock *s = conn_csock(c);
	zval a;
	if (wserver_csock_name(s, true, &a)) {
		zval *v;
		if ((v = zend_hash_str_find(Z_ARRVAL(a), ZEND_STRL("address")))) {
			Z_TRY_ADDREF_P(v);
			zend_hash_str_update(Z_ARRVAL_P(out), ZEND_STRL("remote_addr"), v);
		}
		if ((v = zend_hash_str_find(Z_ARRVAL(a), ZEND_STRL("port")))) {
			zend_hash_str_update(Z_ARRVAL_P(out), ZEND_STRL("remote_port"), v);
		}
		zval_ptr_dtor(&a);
	}
	if (wserver_csock_name(s, false, &a)) {
		zval *v = zend_hash_str_find(Z_ARRVAL(a), ZEND_STRL("address"));
		if (v) {
			Z_TRY_ADDREF_P(v);
			zend_hash_str_update(Z_ARRVAL_P(out), ZEND_STRL("server_addr"), v);
		}
		zval_ptr_dtor(&a);
	}
	add_assoc_long(out, "server_port", Z_LVAL_P(OBJ_PROP_NUM(&o->std, P_PORT)));
}

static bool header_has(const ws_http_head *h, const char *name, const char *token)
{
	const ws_http_span *v = ws_http_header_get(h, name);
	if (!v) {
		return false;
	}
	size_t n = strlen(token);
	for (size_t i = 0; i + n <= v->len; i++) {
		if (strncasecmp(v->p + i, token, n) == 0) {
			return true;
		}
	}
	return false;
}

/* serve($server, $socket): the coroutine of one connection. */
static ZEND_NAMED_FUNCTION(serve_connection)
{
	zval *server_zv = ZEND_CALL_ARG(execute_data, 1);
	zval *sock_zv = ZEND_CALL_ARG(execute_data, 2);
	RETVAL_NULL();
	zend_object *server = Z_OBJ_P(server_zv);
	GC_ADDREF(server);
	co_http_server_obj *o = SERVER(server);
	wserver_co_http_conn *c = ecalloc(1, sizeof(*c));
	c->refs = 1;
	ZVAL_COPY(&c->sock, sock_zv);
	c->ws = o->ws_settings;
	c->ws.mask = false;
	memset(&c->ws.frag, 0, sizeof(c->ws.frag));
	zend_long cid = wserver_coro_cid();
	zval info;
	connection_info(o, c, &info);
	ws_http_head *head = emalloc(sizeof(*head));
	zend_string *raw;
	while ((raw = read_request(o, c, head, cid)) != NULL) {
		c->keep_alive = head->keep_alive;
		if (c->request) {
			zend_string_release(c->request);
		}
		c->request = zend_string_copy(raw);
		if (c->ws_key) {
			zend_string_release(c->ws_key);
			c->ws_key = NULL;
		}
		const ws_http_span *key = ws_http_header_get(head, "sec-websocket-key");
		c->ws_answer[0] = '\0';
		if (key && header_has(head, "upgrade", "websocket")) {
			c->ws_key = zend_string_init(key->p, key->len, 0);
			c->keep_alive = false;
			const ws_http_span *ext = ws_http_header_get(head, "sec-websocket-extensions");
			if (ext && c->ws.compression &&
			    !ws_deflate_server_accept(ext->p, ext->len, &c->ws.zp, c->ws_answer,
			                              sizeof(c->ws_answer))) {
				c->ws_answer[0] = '\0';
			}
		}
		const char *path = head->target.p;
		size_t plen = head->target.len;
		const char *q = memchr(path, '?', plen);
		zval *fn = find_handler(o, path, q ? (size_t) (q - path) : plen);
		zend_long fd = conn_csock(c)->fd;
		zval args[2];
		ZVAL_OBJ(&args[0], wserver_swoole_request_for_co(raw, fd, &info));
		zend_string_release(raw);
		ZVAL_OBJ(&args[1], wserver_swoole_response_for_co(c, fd));
		bool threw = false;
		if (fn) {
			zval f, rv;
			ZVAL_COPY(&f, fn); /* handle() may replace it meanwhile */
			ZVAL_UNDEF(&rv);
			call_user_function(NULL, NULL, &f, &rv, 2, args);
			zval_ptr_dtor(&rv);
			zval_ptr_dtor(&f);
			threw = EG(exception) != NULL;
		}
		if (threw) {
			wserver_log_exception_in("a Coroutine\\Http\\Server handler", cid);
		}
		wserver_swoole_response_finish(Z_OBJ(args[1]), fn ? (threw ? 500 : 0) : 404);
		zval_ptr_dtor(&args[0]);
		zval_ptr_dtor(&args[1]);
		if (!o->running || !c->keep_alive || c->upgraded || conn_csock(c)->fd < 0) {
			break;
		}
	}
	efree(head);
	zval_ptr_dtor(&info);
	if (!c->upgraded || c->refs == 1) {
		wserver_csock_close(conn_csock(c)); /* a Response kept elsewhere still holds c */
	}
	wserver_co_http_conn_release(c);
	OBJ_RELEASE(server);
}

/* ---- the server ---- */

static zend_object *server_create(zend_class_entry *ce)
{
	co_http_server_obj *o = zend_object_alloc(sizeof(*o), ce);
	zend_object_std_init(&o->std, ce);
	object_properties_init(&o->std, ce);
	o->std.handlers = &server_handlers;
	array_init(&o->handlers);
	array_init(&o->clients);
	o->max_body = 2 * 1024 * 1024;
	return &o->std;
}

static void server_free(zend_object *obj)
{
	co_http_server_obj *o = SERVER(obj);
	zval_ptr_dtor(&o->sock);
	zval_ptr_dtor(&o->handlers);
	zval_ptr_dtor(&o->clients);
	zend_object_std_dtor(obj);
}

static HashTable *server_get_gc(zend_object *obj, zval **table, int *n)
{
	co_http_server_obj *o = SERVER(obj);
	zend_get_gc_buffer *gc = zend_get_gc_buffer_create();
	zend_get_gc_buffer_add_zval(gc, &o->sock);
	zend_get_gc_buffer_add_zval(gc, &o->handlers);
	zend_get_gc_buffer_add_zval(gc, &o->clients);
	zend_get_gc_buffer_use(gc, table, n);
	return zend_std_get_properties(obj);
}

ZEND_METHOD(WServer_Coroutine_Http_Server, __construct)
{
	zend_string *host;
	zend_long port = 0;
	bool ssl = false, reuse_port = false;
	ZEND_PARSE_PARAMETERS_START(1, 4)
	Z_PARAM_STR(host)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(port)
	Z_PARAM_BOOL(ssl)
	Z_PARAM_BOOL(reuse_port)
	ZEND_PARSE_PARAMETERS_END();
	co_http_server_obj *o = SERVER(Z_OBJ_P(ZEND_THIS));
	zend_object *obj = &o->std;
	if (Z_TYPE(o->sock) != IS_UNDEF) {
		zend_throw_error(NULL, "Cannot construct WServer\\Coroutine\\Http\\Server twice");
		RETURN_THROWS();
	}
	ZVAL_STR_COPY(OBJ_PROP_NUM(obj, P_HOST), host);
	ZVAL_BOOL(OBJ_PROP_NUM(obj, P_SSL), ssl);
	if (ZSTR_LEN(host) == 0) {
		zend_throw_exception(wserver_exception_ce, "host is empty", EINVAL);
		RETURN_THROWS();
	}
	if (ssl) {
		zend_throw_exception(wserver_exception_ce,
		                     "SSL is not supported by wserver's coroutine HTTP server yet",
		                     EPROTONOSUPPORT);
		RETURN_THROWS();
	}
	const char *name = ZSTR_VAL(host);
	int domain = strchr(name, ':') ? AF_INET6 : AF_INET;
	if (strncmp(name, "unix:", 5) == 0) {
		domain = AF_UNIX;
		name += 5;
	}
	wserver_csock s = {.fd = -1};
	struct sockaddr_storage ss;
	socklen_t len;
	bool ok = wserver_csock_open(&s, domain, SOCK_STREAM, 0);
	if (ok) {
		int one = 1;
		setsockopt(s.fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
#ifdef SO_REUSEPORT
		if (reuse_port) {
			setsockopt(s.fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one));
		}
#endif
		if (domain == AF_UNIX) {
			ok = wserver_csock_address(&s, name, 0, 0, &ss, &len);
		} else if (port < 0 || port > 65535 ||
		           !ws_resolve_literal(name, domain, (int) port, &ss, &len)) {
			ok = wserver_csock_fail(&s, EINVAL);
		}
	}
	if (ok && (bind(s.fd, (struct sockaddr *) &ss, len) < 0 || listen(s.fd, 512) < 0)) {
		ok = wserver_csock_fail(&s, errno);
	}
	if (!ok) {
		ZVAL_LONG(OBJ_PROP_NUM(obj, P_ERRCODE), s.err);
		ZVAL_STRING(OBJ_PROP_NUM(obj, P_ERRMSG), s.msg);
		zend_throw_exception_ex(wserver_exception_ce, s.err, "bind(%s:%d) failed", name,
		                        (int) port);
		wserver_csock_close(&s);
		RETURN_THROWS();
	}
	zval addr;
	if (domain != AF_UNIX && wserver_csock_name(&s, false, &addr)) {
		zval *p = zend_hash_str_find(Z_ARRVAL(addr), ZEND_STRL("port"));
		ZVAL_LONG(OBJ_PROP_NUM(obj, P_PORT), p ? zval_get_long(p) : port);
		zval_ptr_dtor(&addr);
	}
	ZVAL_LONG(OBJ_PROP_NUM(obj, P_FD), s.fd);
	wserver_socket_adopt(&o->sock, &s);
}

ZEND_METHOD(WServer_Coroutine_Http_Server, set)
{
	HashTable *given;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(given)
	ZEND_PARSE_PARAMETERS_END();
	co_http_server_obj *o = SERVER(Z_OBJ_P(ZEND_THIS));
	if (zend_hash_num_elements(given) == 0) {
		RETURN_FALSE;
	}
	zval *settings = OBJ_PROP_NUM(&o->std, P_SETTINGS);
	if (Z_TYPE_P(settings) != IS_ARRAY) {
		array_init(settings);
	}
	SEPARATE_ARRAY(settings);
	zend_hash_merge(Z_ARRVAL_P(settings), given, zval_add_ref, 1);
	zval *v = zend_hash_str_find(given, ZEND_STRL("package_max_length"));
	if (v && zval_get_long(v) > 0) {
		o->max_body = (size_t) zval_get_long(v);
		o->ws_settings.max = o->max_body;
	}
	if ((v = zend_hash_str_find(given, ZEND_STRL("open_websocket_ping_frame")))) {
		o->ws_settings.open_ping = zend_is_true(v);
	}
	if ((v = zend_hash_str_find(given, ZEND_STRL("open_websocket_pong_frame")))) {
		o->ws_settings.open_pong = zend_is_true(v);
	}
	if ((v = zend_hash_str_find(given, ZEND_STRL("open_websocket_close_frame")))) {
		o->ws_settings.open_close = zend_is_true(v);
	}
	if ((v = zend_hash_str_find(given, ZEND_STRL("websocket_compression")))) {
		o->ws_settings.compression = zend_is_true(v);
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Coroutine_Http_Server, handle)
{
	zend_string *pattern;
	zval *fn;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(pattern)
	Z_PARAM_ZVAL(fn)
	ZEND_PARSE_PARAMETERS_END();
	if (!zend_is_callable(fn, 0, NULL)) {
		zend_argument_type_error(2, "must be a valid callback, %s given", zend_zval_type_name(fn));
		RETURN_THROWS();
	}
	co_http_server_obj *o = SERVER(Z_OBJ_P(ZEND_THIS));
	Z_TRY_ADDREF_P(fn);
	zend_hash_update(Z_ARRVAL(o->handlers), pattern, fn);
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Coroutine_Http_Server, start)
{
	ZEND_PARSE_PARAMETERS_NONE();
	co_http_server_obj *o = SERVER(Z_OBJ_P(ZEND_THIS));
	if (Z_TYPE(o->sock) != IS_OBJECT) {
		zend_throw_error(NULL, "WServer\\Coroutine\\Http\\Server was not constructed");
		RETURN_THROWS();
	}
	if (!wserver_coro_require("WServer\\Coroutine\\Http\\Server::start()")) {
		RETURN_THROWS();
	}
	zend_object *so = Z_OBJ(o->sock);
	GC_ADDREF(so); /* the socket stays while we wait, whatever happens to the server */
	wserver_csock *s = wserver_socket_csock(so);
	o->running = true;
	while (o->running && s->fd >= 0) {
		struct sockaddr_storage peer;
		socklen_t len;
		int fd = wserver_csock_accept(s, -1, &peer, &len);
		if (fd < 0) {
			if (s->err == EMFILE || s->err == ENFILE) {
				wserver_coro_sleep(1); /* out of descriptors: give the others time to close */
				continue;
			}
			if (s->err == ETIMEDOUT) {
				continue;
			}
			ZVAL_LONG(OBJ_PROP_NUM(&o->std, P_ERRCODE), s->err);
			zval *m = OBJ_PROP_NUM(&o->std, P_ERRMSG);
			zval_ptr_dtor(m);
			ZVAL_STRING(m, s->msg);
			if (s->err != ECANCELED && s->err != ECONNABORTED) {
				wserver_aliases_warning(server_ce, "accept failed, Error: %s[%d]", s->msg, s->err);
			}
			break;
		}
		wserver_csock cs = {.fd = -1};
		wserver_csock_adopt(&cs, fd, s->domain, s->type, s->protocol);
		zval args[2];
		ZVAL_OBJ_COPY(&args[0], &o->std);
		wserver_socket_adopt(&args[1], &cs);
		zend_long cid;
		bool started = wserver_coro_create(wserver_native_callable(&native_serve), 2, args, &cid);
		zval_ptr_dtor(&args[0]);
		zval_ptr_dtor(&args[1]);
		if (!started) {
			break; /* the loop is ending */
		}
	}
	OBJ_RELEASE(so);
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Coroutine_Http_Server, shutdown)
{
	ZEND_PARSE_PARAMETERS_NONE();
	co_http_server_obj *o = SERVER(Z_OBJ_P(ZEND_THIS));
	o->running = false;
	/* the accept and the reads of idle connections fail at once; the socket stays listening,
	 * so start() may accept again */
	if (Z_TYPE(o->sock) == IS_OBJECT) {
		wserver_csock_cancel(wserver_socket_csock(Z_OBJ(o->sock)));
	}
	zval *sock;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(o->clients), sock) {
		wserver_csock_cancel(wserver_socket_csock(Z_OBJ_P(sock)));
	}
	ZEND_HASH_FOREACH_END();
	zend_hash_clean(Z_ARRVAL(o->clients));
}

void wserver_coroutine_http_server_minit(void)
{
	wserver_native_init(&native_serve, "{Coroutine\\Http\\Server connection}", serve_connection);
	server_ce = register_class_WServer_Coroutine_Http_Server();
	server_ce->create_object = server_create;
	memcpy(&server_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	server_handlers.offset = XtOffsetOf(co_http_server_obj, std);
	server_handlers.free_obj = server_free;
	server_handlers.get_gc = server_get_gc;
	server_handlers.clone_obj = NULL;
}
