/* WServer\Http\Server and its Swoole-style Request and Response. The Request holds the same
 * C state as a Protocols\Http\Request (http_request.h), the Response builds a
 * Protocols\Http\Response through its C setters (http_response.h): parsing, limits and reply
 * framing are written once. */
#include "http_server.h"
#include "coroutine_http_server.h"
#include "http_request.h"
#include "http_response.h"
#include "frontend.h"
#include "obj_pool.h"
#include "http_stream.h"
#include "runtime.h"
#include "server.h"
#include "tcp_connection.h"
#include "core/listener.h"
#include "core/websocket.h"

#include "ext/standard/php_var.h"
#include "zend_exceptions.h"
#include "zend_attributes.h"
#include "stubs/http_server_arginfo.h"

#include <sys/time.h>

zend_class_entry *wserver_http_server_ce;
static zend_class_entry *swoole_request_ce, *swoole_response_ce;
static zend_object_handlers swoole_request_handlers, swoole_response_handlers;

/* The array properties are made on first use: most handlers read one or two of them. */
enum { LAZY_HEADER, LAZY_SERVER, LAZY_GET, LAZY_POST, LAZY_COOKIE, LAZY_FILES, LAZY_COUNT };
static const char *const lazy_names[LAZY_COUNT] = {"header", "server", "get",
                                                   "post",   "cookie", "files"};
typedef struct {
	wserver_http_req req; /* the bytes and what is parsed from them */
	zend_object *conn;    /* its TcpConnection, for $server; NULL: made by hand */
	uint16_t port;        /* the listener it came to (0: the server's own socket) */
	double time;          /* when it arrived */
	uint8_t filled;       /* 1 << LAZY_*: made (or set by the application) */
	zval co_info; /* Coroutine\Http\Server: its $server entries (remote_addr, ...); else UNDEF */
	zend_object std;
} swoole_request;

typedef struct {
	zend_object *conn;     /* the TcpConnection */
	zend_object *response; /* the Protocols\Http\Response being built */
	bool streaming;        /* write() sent the head: Chunks follow */
	bool ended;
	wserver_coro_done_fn done; /* told when the request callback is over */
	void *done_arg;
	wserver_co_http_conn *co; /* Coroutine\Http\Server: its connection (a reference); else NULL */
	zend_object std;
} swoole_response;

#define REQ(obj)  ((swoole_request *) ((char *) (obj) -XtOffsetOf(swoole_request, std)))
#define RESP(obj) ((swoole_response *) ((char *) (obj) -XtOffsetOf(swoole_response, std)))

static zend_object *request_create(zend_class_entry *ce)
{
	swoole_request *r = zend_object_alloc(sizeof(*r), ce);
	zend_object_std_init(&r->std, ce);
	object_properties_init(&r->std, ce);
	r->std.handlers = &swoole_request_handlers;
	return &r->std;
}

static void request_free(zend_object *obj)
{
	wserver_http_req_free(&REQ(obj)->req);
	zval_ptr_dtor(&REQ(obj)->co_info);
	if (REQ(obj)->conn) {
		OBJ_RELEASE(REQ(obj)->conn);
	}
	zend_object_std_dtor(obj);
}

/* One Request and one Response per request: those nobody holds any more are kept for the next
 * (obj_pool.h). */
static wserver_obj_pool request_pool, response_pool;

static void request_dtor(zend_object *obj)
{
	if (!wserver_obj_pool_can_keep(&request_pool, obj)) {
		zend_objects_destroy_object(obj);
		return;
	}
	swoole_request *r = REQ(obj);
	wserver_http_req_free(&r->req);
	if (r->conn) {
		OBJ_RELEASE(r->conn);
		r->conn = NULL;
	}
	r->filled = 0;
	zval_ptr_dtor(&r->co_info);
	ZVAL_UNDEF(&r->co_info);
	wserver_obj_pool_put(&request_pool, obj);
}

static void response_dtor(zend_object *obj)
{
	if (!wserver_obj_pool_can_keep(&response_pool, obj)) {
		zend_objects_destroy_object(obj);
		return;
	}
	swoole_response *r = RESP(obj);
	if (r->conn) {
		OBJ_RELEASE(r->conn);
	}
	if (r->response) {
		OBJ_RELEASE(r->response);
	}
	if (r->co) {
		wserver_co_http_conn_release(r->co);
	}
	memset(r, 0, XtOffsetOf(swoole_response, std)); /* as a new one */
	wserver_obj_pool_put(&response_pool, obj);
}

void wserver_http_server_rshutdown(void)
{
	wserver_obj_pool_clear(&request_pool);
	wserver_obj_pool_clear(&response_pool);
}

static zend_object *response_create(zend_class_entry *ce)
{
	swoole_response *r = zend_object_alloc(sizeof(*r), ce);
	zend_object_std_init(&r->std, ce);
	object_properties_init(&r->std, ce);
	r->std.handlers = &swoole_response_handlers;
	return &r->std;
}

static void response_free(zend_object *obj)
{
	swoole_response *r = RESP(obj);
	if (r->conn) {
		OBJ_RELEASE(r->conn);
	}
	if (r->response) {
		OBJ_RELEASE(r->response);
	}
	if (r->co) {
		wserver_co_http_conn_release(r->co);
	}
	zend_object_std_dtor(obj);
}

static void add_span(zval *arr, const char *key, ws_http_span v)
{
	add_assoc_stringl(arr, key, v.p, v.len);
}

static zend_long server_port_of(wserver_server_obj *s, uint16_t port);

/* $request->server, as Swoole fills it. */
static void make_server(swoole_request *r, zval *server)
{
	wserver_http_req *req = &r->req;
	const ws_http_head *h = wserver_http_req_head(req);
	array_init(server);
	add_span(server, "request_method", h->method);
	add_span(server, "request_uri", wserver_http_req_path(req));
	add_span(server, "path_info", wserver_http_req_path(req));
	ws_http_span q = wserver_http_req_query(req);
	if (q.len > 0) {
		add_span(server, "query_string", q);
	}
	add_assoc_long(server, "request_time", (zend_long) r->time);
	add_assoc_double(server, "request_time_float", r->time);
	add_assoc_string(server, "server_protocol", h->version == 10 ? "HTTP/1.0" : "HTTP/1.1");
	wserver_server_obj *s = wserver_server_serving();
	add_assoc_long(server, "server_port", s ? server_port_of(s, r->port) : 0);
	ws_conn *c = r->conn ? wserver_tcp_connection_get(r->conn) : NULL;
	if (c) {
		char ip[128];
		int port;
		ws_sockaddr_split((struct sockaddr *) &c->peer, ip, sizeof(ip), &port);
		add_assoc_long(server, "remote_port", port);
		add_assoc_string(server, "remote_addr", ip);
	}
	add_assoc_long(server, "master_time", (zend_long) r->time);
	if (Z_TYPE(r->co_info) == IS_ARRAY) {
		zend_hash_merge(Z_ARRVAL_P(server), Z_ARRVAL(r->co_info), zval_add_ref, 1);
	}
}

/* Make property i of r unless it is made (or was set) already. header and server are always
 * arrays; the others stay null when empty, as in Swoole. */
static void lazy_fill(swoole_request *r, int i)
{
	if (r->filled & (1u << i)) {
		return;
	}
	r->filled |= 1u << i;
	zval v;
	if (i == LAZY_SERVER) {
		make_server(r, &v);
	} else {
		zval *arr = i == LAZY_HEADER   ? wserver_http_req_headers(&r->req)
		            : i == LAZY_GET    ? wserver_http_req_get(&r->req)
		            : i == LAZY_POST   ? wserver_http_req_post(&r->req)
		            : i == LAZY_COOKIE ? wserver_http_req_cookies(&r->req)
		                               : wserver_http_req_files(&r->req);
		if (i != LAZY_HEADER && zend_hash_num_elements(Z_ARRVAL_P(arr)) == 0) {
			return;
		}
		ZVAL_COPY(&v, arr);
	}
	zend_update_property(r->std.ce, &r->std, lazy_names[i], strlen(lazy_names[i]), &v);
	zval_ptr_dtor(&v);
}

static int lazy_index(zend_string *name)
{
	for (int i = 0; i < LAZY_COUNT; i++) {
		if (zend_string_equals_cstr(name, lazy_names[i], strlen(lazy_names[i]))) {
			return i;
		}
	}
	return -1;
}

/* The handlers fill a lazy property before the standard ones see it, and never let the engine
 * cache its slot (a cached slot would be read directly, unfilled, for the next request). */
static zval *request_read_property(zend_object *obj, zend_string *name, int type, void **cache,
                                   zval *rv)
{
	int i = lazy_index(name);
	if (i >= 0) {
		lazy_fill(REQ(obj), i);
		cache = NULL;
	}
	return zend_std_read_property(obj, name, type, cache, rv);
}

static zval *request_property_ptr(zend_object *obj, zend_string *name, int type, void **cache)
{
	int i = lazy_index(name);
	if (i >= 0) {
		lazy_fill(REQ(obj), i);
		cache = NULL;
	}
	return zend_std_get_property_ptr_ptr(obj, name, type, cache);
}

static int request_has_property(zend_object *obj, zend_string *name, int check, void **cache)
{
	int i = lazy_index(name);
	if (i >= 0) {
		lazy_fill(REQ(obj), i);
		cache = NULL;
	}
	return zend_std_has_property(obj, name, check, cache);
}

static zval *request_write_property(zend_object *obj, zend_string *name, zval *value, void **cache)
{
	int i = lazy_index(name);
	if (i >= 0) {
		REQ(obj)->filled |= 1u << i; /* the application's value wins */
		cache = NULL;
	}
	return zend_std_write_property(obj, name, value, cache);
}

static void request_unset_property(zend_object *obj, zend_string *name, void **cache)
{
	int i = lazy_index(name);
	if (i >= 0) {
		REQ(obj)->filled |= 1u << i;
		cache = NULL;
	}
	zend_std_unset_property(obj, name, cache);
}

static HashTable *request_get_properties(zend_object *obj)
{
	for (int i = 0; i < LAZY_COUNT; i++) {
		lazy_fill(REQ(obj), i); /* var_dump(), foreach, (array) */
	}
	return zend_std_get_properties(obj);
}

/* The port of listener port (0: the server's own, then its Ports from addListener). */
static zend_long server_port_of(wserver_server_obj *s, uint16_t port)
{
	zend_object *owner = &s->std;
	if (port > 0) {
		zval *ports = zend_read_property(wserver_server_ce, &s->std, ZEND_STRL("ports"), 1, NULL);
		zval *p = zend_hash_index_find(Z_ARRVAL_P(ports), port - 1);
		if (p && Z_TYPE_P(p) == IS_OBJECT) {
			owner = Z_OBJ_P(p);
		}
	}
	return zval_get_long(zend_read_property(owner->ce, owner, ZEND_STRL("port"), 1, NULL));
}

/* When a request arrives: the loop's time (this round's), no clock read per request. */
static double request_time(void)
{
	struct ev_loop *loop = wserver_runtime_loop();
	if (loop) {
		return ev_now(loop);
	}
	struct timeval tv;
	gettimeofday(&tv, NULL);
	return (double) tv.tv_sec + tv.tv_usec / 1e6;
}

zend_object *wserver_swoole_request_create(wserver_server_obj *s, ws_conn *c, zend_string *raw)
{
	zend_object *obj = wserver_obj_pool_take(&request_pool);
	if (!obj) {
		obj = request_create(swoole_request_ce);
	}
	swoole_request *r = REQ(obj);
	wserver_http_req_init(&r->req, raw);
	r->conn = c->user;
	GC_ADDREF(r->conn);
	r->port = c->port;
	r->time = request_time();
	ZVAL_LONG(OBJ_PROP_NUM(obj, 0), wserver_server_fd(s, c)); /* $fd, the first */
	return obj;
}

zend_object *wserver_swoole_request_for_co(zend_string *raw, zend_long fd, zval *info)
{
	zend_object *obj = wserver_obj_pool_take(&request_pool);
	if (!obj) {
		obj = request_create(swoole_request_ce);
	}
	swoole_request *r = REQ(obj);
	wserver_http_req_init(&r->req, raw);
	r->conn = NULL;
	r->port = 0;
	r->time = request_time();
	ZVAL_COPY(&r->co_info, info);
	ZVAL_LONG(OBJ_PROP_NUM(obj, 0), fd); /* $fd, the first */
	return obj;
}

zend_object *wserver_swoole_response_for_co(wserver_co_http_conn *c, zend_long fd)
{
	zend_object *obj = wserver_obj_pool_take(&response_pool);
	if (!obj) {
		obj = response_create(swoole_response_ce);
	}
	swoole_response *r = RESP(obj);
	r->co = c;
	wserver_co_http_conn_addref(c);
	ZVAL_LONG(OBJ_PROP_NUM(obj, 0), fd); /* $fd, the only one */
	return obj;
}

static zend_object *response_create_for(wserver_server_obj *s, zend_object *conn)
{
	zend_object *obj = wserver_obj_pool_take(&response_pool);
	if (!obj) {
		obj = response_create(swoole_response_ce);
	}
	swoole_response *r = RESP(obj);
	r->conn = conn;
	GC_ADDREF(conn);
	ws_conn *c = wserver_tcp_connection_get(conn);
	ZVAL_LONG(OBJ_PROP_NUM(obj, 0), c ? wserver_server_fd(s, c) : 0); /* $fd, the only one */
	return obj;
}

/* The Protocols\Http\Response being built, made when a status, header or cookie is set:
 * end("text") alone goes out as a plain 200 reply. */
static zend_object *inner(swoole_response *r)
{
	if (!r->response) {
		r->response = wserver_http_response_new();
	}
	return r->response;
}

static bool response_end(swoole_response *r, zend_string *content);

bool wserver_http_server_handshake(wserver_server_obj *s, zend_object *conn, zval *request)
{
	zval args[2], rv;
	ZVAL_COPY(&args[0], request);
	ZVAL_OBJ(&args[1], response_create_for(s, conn));
	ZVAL_UNDEF(&rv);
	zval *cb = wserver_server_event(s, "handshake");
	call_user_function(NULL, NULL, cb, &rv, 2, args);
	bool answered = RESP(Z_OBJ(args[1]))->ended;
	ws_conn *c = wserver_tcp_connection_get(conn);
	/* returned false, or never answered: refused, as Swoole closes it */
	if (c && c->status == WS_CONN_ESTABLISHED && ws_conn_is_websocket(c) && !ws_conn_ws_open(c) &&
	    (!answered || (Z_TYPE(rv) == IS_FALSE))) {
		ws_websocket_refuse(c, NULL, 0);
	}
	zval_ptr_dtor(&rv);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	return c && ws_conn_ws_open(c);
}

/* The request callback is over (in loop context; arg: its Response, referenced): a Response
 * nobody kept and nobody ended is ended, or the client would wait forever; after an exception
 * the runtime answers 500. */
static void request_done(void *arg, bool threw)
{
	zend_object *resp = arg;
	swoole_response *r = RESP(resp);
	if (!threw && !r->ended && GC_REFCOUNT(resp) == 1) {
		response_end(r, NULL);
	}
	wserver_coro_done_fn done = r->done;
	void *done_arg = r->done_arg;
	OBJ_RELEASE(resp);
	done(done_arg, threw);
}

/* No request callback: the Response goes out empty (request_done ends it). */
static ZEND_NAMED_FUNCTION(no_request_callback)
{
	(void) execute_data;
	RETVAL_NULL();
}
static wserver_native native_no_request;

void wserver_http_server_queue(wserver_server_obj *s, ws_conn *c, zend_string *raw,
                               wserver_coro_done_fn done, void *arg)
{
	zval args[2];
	ZVAL_OBJ(&args[0], wserver_swoole_request_create(s, c, raw));
	zend_string_release(raw);
	zend_object *resp = response_create_for(s, c->user);
	ZVAL_OBJ(&args[1], resp);
	GC_ADDREF(resp); /* released in request_done */
	RESP(resp)->done = done;
	RESP(resp)->done_arg = arg;
	zval *cb = c->port == 0 ? s->on_request : wserver_server_event_at(s, c->port, "request");
	wserver_coro_queue("onMessage", cb ? cb : wserver_native_callable(&native_no_request), 2, args,
	                   request_done, resp);
}

/* ---- Request ---- */

ZEND_METHOD(WServer_Http_Request, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

/* The request's state; NULL for one made by hand (new Http\Request), which has none. */
static wserver_http_req *this_req(zval *this_zv)
{
	wserver_http_req *req = &REQ(Z_OBJ_P(this_zv))->req;
	return req->raw ? req : NULL;
}

ZEND_METHOD(WServer_Http_Request, rawContent)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_http_req *req = this_req(ZEND_THIS);
	if (!req) {
		RETURN_FALSE;
	}
	RETURN_STR(wserver_http_req_body(req));
}

ZEND_METHOD(WServer_Http_Request, getData)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_http_req *req = this_req(ZEND_THIS);
	if (!req) {
		RETURN_FALSE;
	}
	RETURN_STR_COPY(req->raw);
}

ZEND_METHOD(WServer_Http_Request, getMethod)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_http_req *req = this_req(ZEND_THIS);
	if (!req) {
		RETURN_FALSE;
	}
	const ws_http_span *m = &wserver_http_req_head(req)->method;
	RETURN_STRINGL(m->p, m->len);
}

ZEND_METHOD(WServer_Http_Request, isCompleted)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(this_req(ZEND_THIS) != NULL); /* the codec delivers whole ones */
}

/* ---- Response ---- */

static swoole_response *this_response(zval *this_zv)
{
	return RESP(Z_OBJ_P(this_zv));
}

static bool writable(swoole_response *r)
{
	if (r->co) {
		return !r->ended && wserver_co_http_conn_writable(r->co);
	}
	ws_conn *c = r->conn ? wserver_tcp_connection_get(r->conn) : NULL;
	return !r->ended && c && c->status == WS_CONN_ESTABLISHED;
}

static bool check_writable(swoole_response *r)
{
	if (!writable(r)) {
		php_error_docref(NULL, E_WARNING, "the response is already ended or its client is gone");
		return false;
	}
	return true;
}

ZEND_METHOD(WServer_Http_Response, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WServer_Http_Response, status)
{
	zend_long code;
	zend_string *reason = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_LONG(code)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR(reason)
	ZEND_PARSE_PARAMETERS_END();
	swoole_response *r = this_response(ZEND_THIS);
	if (!check_writable(r) || r->streaming) {
		RETURN_FALSE;
	}
	if (!wserver_http_response_set_status(inner(r), code,
	                                      reason && ZSTR_LEN(reason) > 0 ? reason : NULL)) {
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

/* "content-type" -> "Content-Type", as Swoole's header($key, $value, format: true). */
static zend_string *header_case(zend_string *key)
{
	zend_string *out = zend_string_init(ZSTR_VAL(key), ZSTR_LEN(key), 0);
	bool up = true;
	for (char *p = ZSTR_VAL(out); *p; p++) {
		*p = up ? (char) toupper((unsigned char) *p) : (char) tolower((unsigned char) *p);
		up = *p == '-';
	}
	return out;
}

ZEND_METHOD(WServer_Http_Response, header)
{
	zend_string *key;
	zval *value;
	bool format = true;
	ZEND_PARSE_PARAMETERS_START(2, 3)
	Z_PARAM_STR(key)
	Z_PARAM_ZVAL(value)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(format)
	ZEND_PARSE_PARAMETERS_END();
	swoole_response *r = this_response(ZEND_THIS);
	if (!check_writable(r) || r->streaming) {
		RETURN_FALSE;
	}
	zend_string *name = format ? header_case(key) : zend_string_copy(key);
	wserver_http_response_set_header(inner(r), name, value);
	zend_string_release(name);
	RETURN_BOOL(!EG(exception)); /* a value that has no string form */
}

ZEND_METHOD(WServer_Http_Response, cookie)
{
	zend_string *name, *value = NULL, *path = NULL, *domain = NULL, *samesite = NULL,
	                   *priority = NULL;
	zend_long expires = 0;
	bool secure = false, httponly = false;
	ZEND_PARSE_PARAMETERS_START(1, 9)
	Z_PARAM_STR(name)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR(value)
	Z_PARAM_LONG(expires)
	Z_PARAM_STR(path)
	Z_PARAM_STR(domain)
	Z_PARAM_BOOL(secure)
	Z_PARAM_BOOL(httponly)
	Z_PARAM_STR(samesite)
	Z_PARAM_STR(priority)
	ZEND_PARSE_PARAMETERS_END();
	(void) priority;
	swoole_response *r = this_response(ZEND_THIS);
	if (!check_writable(r) || r->streaming) {
		RETURN_FALSE;
	}
	/* Workerman's cookie() takes a max age; Swoole's an expiry time */
	zend_string *root = path ? NULL : zend_string_init("/", 1, 0);
	wserver_http_cookie k = {name,
	                         value,
	                         path ? path : root,
	                         domain,
	                         samesite,
	                         expires > 0,
	                         expires - (zend_long) time(NULL),
	                         secure,
	                         httponly};
	wserver_http_response_add_cookie(inner(r), &k);
	if (root) {
		zend_string_release(root);
	}
	RETURN_TRUE;
}

/* Send data (a Response or a Chunk) on the connection. */
/* The answer to a WebSocket handshake, from a Swoole handshake callback: 101 accepts it (the
 * connection reads frames from now on), anything else refuses it and closes. */
static bool handshake_reply(ws_conn *c, zval *data)
{
	zend_string *body = NULL;
	bool streaming;
	zend_string *head = wserver_http_reply_head(data, true, &body, &streaming);
	if (!head) {
		return false;
	}
	if (wserver_http_response_status(Z_OBJ_P(data)) == 101) {
		ws_websocket_accept(c, ZSTR_VAL(head), ZSTR_LEN(head));
	} else {
		zend_string *all =
		    zend_string_concat2(ZSTR_VAL(head), ZSTR_LEN(head), ZSTR_VAL(body), ZSTR_LEN(body));
		ws_websocket_refuse(c, ZSTR_VAL(all), ZSTR_LEN(all));
		zend_string_release(all);
	}
	zend_string_release(head);
	zend_string_release(body);
	return true;
}

static bool send_on(swoole_response *r, zval *data)
{
	if (r->co) {
		return wserver_co_http_conn_send(r->co, data) && !EG(exception);
	}
	ws_conn *c = r->conn ? wserver_tcp_connection_get(r->conn) : NULL;
	if (c && ws_conn_is_websocket(c) && !ws_conn_ws_open(c) && Z_TYPE_P(data) == IS_OBJECT &&
	    Z_OBJCE_P(data) == wserver_http_response_ce) {
		return handshake_reply(c, data);
	}
	return wserver_tcp_connection_send(r->conn, data, false) != WS_SEND_FAILED && !EG(exception);
}

static bool send_chunk(swoole_response *r, zend_string *content)
{
	if (r->co) {
		return wserver_co_http_conn_chunk(r->co, content);
	}
	zval chunk, arg;
	object_init_ex(&chunk, wserver_http_chunk_ce);
	ZVAL_STR(&arg, content);
	zend_call_known_instance_method_with_1_params(wserver_http_chunk_ce->constructor, Z_OBJ(chunk),
	                                              NULL, &arg);
	bool ok = !EG(exception) && send_on(r, &chunk);
	zval_ptr_dtor(&chunk);
	return ok;
}

ZEND_METHOD(WServer_Http_Response, write)
{
	zend_string *content;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(content)
	ZEND_PARSE_PARAMETERS_END();
	swoole_response *r = this_response(ZEND_THIS);
	if (!check_writable(r)) {
		RETURN_FALSE;
	}
	if (!r->streaming) {
		/* the head, once: a chunked reply */
		zval chunked, resp;
		zend_string *name = zend_string_init(ZEND_STRL("Transfer-Encoding"), 0);
		ZVAL_STRING(&chunked, "chunked");
		wserver_http_response_set_header(inner(r), name, &chunked);
		zend_string_release(name);
		zval_ptr_dtor(&chunked);
		ZVAL_OBJ(&resp, r->response);
		if (!send_on(r, &resp)) {
			RETURN_FALSE;
		}
		r->streaming = true;
	}
	if (ZSTR_LEN(content) == 0) {
		RETURN_TRUE; /* an empty chunk would end the reply */
	}
	RETURN_BOOL(send_chunk(r, content));
}

static bool response_end(swoole_response *r, zend_string *content)
{
	if (!writable(r)) {
		return false;
	}
	r->ended = true;
	if (r->streaming) {
		bool ok = !content || ZSTR_LEN(content) == 0 || send_chunk(r, content);
		return send_chunk(r, ZSTR_EMPTY_ALLOC()) && ok;
	}
	zval arg, resp;
	ZVAL_STR(&arg, content ? content : ZSTR_EMPTY_ALLOC());
	ws_conn *c = r->conn ? wserver_tcp_connection_get(r->conn) : NULL;
	if (!r->response && !(c && ws_conn_is_websocket(c))) {
		return send_on(r, &arg); /* nothing set: the string is the whole 200 reply */
	}
	wserver_http_response_set_body(inner(r), Z_STR(arg));
	ZVAL_OBJ(&resp, r->response);
	return send_on(r, &resp);
}

ZEND_METHOD(WServer_Http_Response, end)
{
	zend_string *content = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR_OR_NULL(content)
	ZEND_PARSE_PARAMETERS_END();
	swoole_response *r = this_response(ZEND_THIS);
	if (!check_writable(r)) {
		RETURN_FALSE;
	}
	RETURN_BOOL(response_end(r, content));
}

/* The body from a file, sent with sendfile() (Protocols\Http\Response::withFile). */
ZEND_METHOD(WServer_Http_Response, sendfile)
{
	zend_string *file;
	zend_long offset = 0, length = 0;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_PATH_STR(file)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(offset)
	Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();
	swoole_response *r = this_response(ZEND_THIS);
	if (!check_writable(r) || r->streaming) {
		RETURN_FALSE;
	}
	zval resp;
	if (!wserver_http_response_set_file(inner(r), file, offset, length)) {
		RETURN_THROWS();
	}
	r->ended = true;
	ZVAL_OBJ(&resp, r->response);
	RETURN_BOOL(send_on(r, &resp));
}

ZEND_METHOD(WServer_Http_Response, redirect)
{
	zend_string *location;
	zend_long code = 302;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(location)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(code)
	ZEND_PARSE_PARAMETERS_END();
	swoole_response *r = this_response(ZEND_THIS);
	if (!check_writable(r) || r->streaming) {
		RETURN_FALSE;
	}
	if (!wserver_http_response_set_status(inner(r), code, NULL)) {
		RETURN_THROWS();
	}
	zval to;
	zend_string *name = zend_string_init(ZEND_STRL("Location"), 0);
	ZVAL_STR(&to, location);
	wserver_http_response_set_header(inner(r), name, &to);
	zend_string_release(name);
	RETURN_BOOL(response_end(r, NULL));
}

void wserver_swoole_response_finish(zend_object *resp, zend_long status)
{
	swoole_response *r = RESP(resp);
	if (GC_REFCOUNT(resp) > 1 || !writable(r)) {
		return; /* ended, upgraded, or kept by the application to end later */
	}
	if (status > 0 && !wserver_http_response_set_status(inner(r), status, NULL)) {
		zend_clear_exception();
	}
	response_end(r, NULL);
}

/* The connection of a Coroutine\Http\Server's Response; NULL (a warning) for another. */
static wserver_co_http_conn *co_of(swoole_response *r)
{
	if (!r->co) {
		php_error_docref(NULL, E_WARNING, "only a Coroutine\\Http\\Server's response can do this");
	}
	return r->co;
}

ZEND_METHOD(WServer_Http_Response, upgrade)
{
	ZEND_PARSE_PARAMETERS_NONE();
	swoole_response *r = this_response(ZEND_THIS);
	wserver_co_http_conn *co = co_of(r);
	if (!co || r->ended) {
		RETURN_FALSE;
	}
	bool ok = wserver_co_http_conn_upgrade(
	    co, r->response ? wserver_http_response_headers(r->response) : NULL);
	r->ended = ok;
	RETURN_BOOL(ok);
}

ZEND_METHOD(WServer_Http_Response, push)
{
	zval *data;
	zend_long opcode = 1, flags = 1;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_ZVAL(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(opcode)
	Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();
	wserver_co_http_conn *co = co_of(this_response(ZEND_THIS));
	if (!co) {
		RETURN_FALSE;
	}
	if (!wserver_coro_require("WServer\\Http\\Response::push()")) {
		RETURN_THROWS();
	}
	bool ok = wserver_co_http_conn_push(co, data, opcode, flags);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(ok);
}

ZEND_METHOD(WServer_Http_Response, recv)
{
	double timeout = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	wserver_co_http_conn *co = co_of(this_response(ZEND_THIS));
	if (!co) {
		RETURN_FALSE;
	}
	if (!wserver_coro_require("WServer\\Http\\Response::recv()")) {
		RETURN_THROWS();
	}
	wserver_co_http_conn_recv(co, timeout, return_value);
}

ZEND_METHOD(WServer_Http_Response, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	swoole_response *r = this_response(ZEND_THIS);
	wserver_co_http_conn *co = co_of(r);
	if (!co) {
		RETURN_FALSE;
	}
	r->ended = true;
	RETURN_BOOL(wserver_co_http_conn_close(co));
}

ZEND_METHOD(WServer_Http_Response, ping)
{
	zend_string *data = ZSTR_EMPTY_ALLOC();
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();
	wserver_co_http_conn *co = co_of(this_response(ZEND_THIS));
	if (!co) {
		RETURN_FALSE;
	}
	if (!wserver_coro_require("WServer\\Http\\Response::ping()")) {
		RETURN_THROWS();
	}
	RETURN_BOOL(wserver_co_http_conn_ping(co, data));
}

ZEND_METHOD(WServer_Http_Response, disconnect)
{
	zend_long code = 1000;
	zend_string *reason = ZSTR_EMPTY_ALLOC();
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(code)
	Z_PARAM_STR(reason)
	ZEND_PARSE_PARAMETERS_END();
	wserver_co_http_conn *co = co_of(this_response(ZEND_THIS));
	if (!co) {
		RETURN_FALSE;
	}
	if (!wserver_coro_require("WServer\\Http\\Response::disconnect()")) {
		RETURN_THROWS();
	}
	RETURN_BOOL(wserver_co_http_conn_disconnect(co, code, reason));
}

ZEND_METHOD(WServer_Http_Response, isWritable)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(writable(this_response(ZEND_THIS)));
}

void wserver_http_server_minit(void)
{
	wserver_native_init(&native_no_request, "{Http\\Server no request callback}",
	                    no_request_callback);
	wserver_http_server_ce = register_class_WServer_Http_Server(wserver_server_ce);
	swoole_request_ce = register_class_WServer_Http_Request();
	swoole_request_ce->create_object = request_create;
	memcpy(&swoole_request_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	swoole_request_handlers.offset = XtOffsetOf(swoole_request, std);
	swoole_request_handlers.free_obj = request_free;
	swoole_request_handlers.dtor_obj = request_dtor;
	request_pool.ce = swoole_request_ce;
	swoole_request_handlers.read_property = request_read_property;
	swoole_request_handlers.get_property_ptr_ptr = request_property_ptr;
	swoole_request_handlers.has_property = request_has_property;
	swoole_request_handlers.write_property = request_write_property;
	swoole_request_handlers.unset_property = request_unset_property;
	swoole_request_handlers.get_properties = request_get_properties;
	swoole_request_handlers.clone_obj = NULL;
	swoole_response_ce = register_class_WServer_Http_Response();
	swoole_response_ce->create_object = response_create;
	memcpy(&swoole_response_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	swoole_response_handlers.offset = XtOffsetOf(swoole_response, std);
	swoole_response_handlers.free_obj = response_free;
	swoole_response_handlers.dtor_obj = response_dtor;
	response_pool.ce = swoole_response_ce;
	swoole_response_handlers.clone_obj = NULL;
}
