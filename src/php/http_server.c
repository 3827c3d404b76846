/* WServer\Http\Server and its Swoole-style Request and Response. The Request holds the same
 * C state as a Protocols\Http\Request (http_request.h), the Response builds a
 * Protocols\Http\Response through its C setters (http_response.h): parsing, limits and reply
 * framing are written once. */
#include "http_server.h"
#include "aliases.h"
#include "coroutine_http_server.h"
#include "coroutine_options.h"
#include "http_compress.h"
#include "http_concurrency.h"
#include "send_yield.h"
#include "http_cookie.h"
#include "http_request.h"
#include "http_response.h"
#include "frontend.h"
#include "obj_pool.h"
#include "http_stream.h"
#include "websocket.h"
#include "runtime.h"
#include "server.h"
#include "server_ipc.h"
#include "tcp_connection.h"
#include "core/listener.h"
#include "core/websocket.h"

#include "ext/standard/php_var.h"
#include "SAPI.h"
#include "zend_smart_str.h"
#include "zend_exceptions.h"
#include "zend_attributes.h"
#include "stubs/http_server_arginfo.h"

#include <sys/stat.h>
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
	uint8_t unparsed; /* 1 << LAZY_*: left null (http_parse_cookie, _post: false); FILES_AS_PHP */
	bool created;     /* made by Request::create(): parse() feeds it */
	zend_string *pending; /* created: the bytes parse() got, until they are a whole request */
	zend_object std;
} swoole_request;

typedef struct {
	zend_object *conn;     /* the TcpConnection */
	zend_object *response; /* the Protocols\Http\Response being built */
	bool streaming;        /* write() sent the head: Chunks follow */
	bool ended;
	bool detached;             /* detach(): another Response (Response::create()) answers */
	bool status_set;           /* status() was called */
	HashTable *trailers;       /* trailer(): name => value, sent after the last chunk; NULL: none */
	wserver_coro_done_fn done; /* told when the request callback is over */
	void *done_arg;
	wserver_co_http_conn *co; /* Coroutine\Http\Server: its connection (a reference); else NULL */
	zend_object *remote;      /* Response::create() of another worker's fd: its Server (a
	                           * reference); the reply goes to the owner as bytes. Else NULL */
	zend_long remote_fd;
	zend_object std;
} swoole_response;

/* In unparsed: $files of an upload named a[b][c] in PHP's $_FILES layout ($files['a']['name']
 * ['b']['c'], ...), as Swoole with http_parse_files (Request::create(): parse_files, on by
 * default); without it, $files['a']['b']['c'] holds the file's five entries. */
#define FILES_AS_PHP (1u << 7)

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
	if (REQ(obj)->pending) {
		zend_string_release(REQ(obj)->pending);
	}
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
	if (REQ(obj)->created || !wserver_obj_pool_can_keep(&request_pool, obj)) {
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
	if (r->remote) {
		OBJ_RELEASE(r->remote);
	}
	if (r->trailers) {
		zend_array_destroy(r->trailers);
	}
	memset(r, 0, XtOffsetOf(swoole_response, std)); /* as a new one */
	wserver_obj_pool_put(&response_pool, obj);
}

/* $response->header and $response->cookie, as Swoole shows them: what was set so far (headers
 * by name; the Set-Cookie lines); null before anything was. Read-only views. */
static bool response_view(swoole_response *r, zend_string *name, zval *rv)
{
	bool header = zend_string_equals_literal(name, "header");
	if (!header && !zend_string_equals_literal(name, "cookie")) {
		return false;
	}
	ZVAL_NULL(rv);
	if (!r->response) {
		return true;
	}
	HashTable *h = wserver_http_response_headers(r->response);
	zend_string *key;
	zval *v;
	ZEND_HASH_FOREACH_STR_KEY_VAL(h, key, v) {
		if (!key || header == zend_string_equals_literal_ci(key, "set-cookie")) {
			continue;
		}
		if (Z_TYPE_P(rv) == IS_NULL) {
			array_init(rv);
		}
		if (header) {
			Z_TRY_ADDREF_P(v);
			zend_hash_update(Z_ARRVAL_P(rv), key, v);
		} else if (Z_TYPE_P(v) == IS_ARRAY) {
			zval *line;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), line) {
				Z_TRY_ADDREF_P(line);
				zend_hash_next_index_insert(Z_ARRVAL_P(rv), line);
			}
			ZEND_HASH_FOREACH_END();
		}
	}
	ZEND_HASH_FOREACH_END();
	return true;
}

static zval *response_read_property(zend_object *obj, zend_string *name, int type, void **cache,
                                    zval *rv)
{
	if (response_view(RESP(obj), name, rv)) {
		return rv;
	}
	return zend_std_read_property(obj, name, type, cache, rv);
}

static zval *response_property_ptr(zend_object *obj, zend_string *name, int type, void **cache)
{
	if (zend_string_equals_literal(name, "header") || zend_string_equals_literal(name, "cookie")) {
		return NULL; /* read through response_read_property */
	}
	return zend_std_get_property_ptr_ptr(obj, name, type, cache);
}

static int response_has_property(zend_object *obj, zend_string *name, int check, void **cache)
{
	zval rv;
	if (response_view(RESP(obj), name, &rv)) {
		bool set = Z_TYPE(rv) != IS_NULL;
		zval_ptr_dtor(&rv);
		return set;
	}
	return zend_std_has_property(obj, name, check, cache);
}

/* var_dump($response): fd, then socket, header, cookie and trailer as Swoole shows them. */
static HashTable *response_debug_info(zend_object *obj, int *is_temp)
{
	swoole_response *r = RESP(obj);
	HashTable *out = zend_array_dup(zend_std_get_properties(obj));
	zval v;
	ZVAL_NULL(&v);
	zend_hash_str_update(out, ZEND_STRL("socket"), &v);
	static const char *const views[] = {"header", "cookie"};
	for (size_t i = 0; i < 2; i++) {
		zend_string *name = zend_string_init(views[i], strlen(views[i]), 0);
		response_view(r, name, &v);
		zend_hash_update(out, name, &v);
		zend_string_release(name);
	}
	if (r->trailers) {
		ZVAL_ARR(&v, zend_array_dup(r->trailers));
	} else {
		ZVAL_NULL(&v);
	}
	zend_hash_str_update(out, ZEND_STRL("trailer"), &v);
	*is_temp = 1;
	return out;
}

static void response_unset_property(zend_object *obj, zend_string *name, void **cache)
{
	if (zend_string_equals_literal(name, "header") || zend_string_equals_literal(name, "cookie")) {
		zend_throw_error(NULL, "Property %s of class %s cannot be unset", ZSTR_VAL(name),
		                 ZSTR_VAL(obj->ce->name));
		return;
	}
	zend_std_unset_property(obj, name, cache);
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
	if (r->remote) {
		OBJ_RELEASE(r->remote);
	}
	if (r->trailers) {
		zend_array_destroy(r->trailers);
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
		char peer[128];
		ws_sockaddr_split((struct sockaddr *) &c->peer, peer, sizeof(peer), &port);
		add_assoc_long(server, "remote_port", port);
		struct sockaddr_storage local;
		socklen_t llen = sizeof(local);
		if (ws_conn_local(c, &local, &llen) == WS_OK) {
			int lport;
			ws_sockaddr_split((struct sockaddr *) &local, ip, sizeof(ip), &lport);
			add_assoc_string(server, "server_addr", ip);
		}
		add_assoc_string(server, "remote_addr", peer); /* after server_addr, as Swoole */
	}
	add_assoc_long(server, "master_time", (zend_long) r->time);
	if (Z_TYPE(r->co_info) == IS_ARRAY) {
		zend_hash_merge(Z_ARRVAL_P(server), Z_ARRVAL(r->co_info), zval_add_ref, 1);
	}
}

/* The entry field of every file beneath node (a file's entries, or names of deeper ones). */
static void files_field(zval *node, const char *field, zval *out)
{
	zval *leaf = zend_hash_str_find(Z_ARRVAL_P(node), ZEND_STRL("tmp_name"));
	if (leaf && Z_TYPE_P(leaf) != IS_ARRAY) {
		zval *v = zend_hash_str_find(Z_ARRVAL_P(node), field, strlen(field));
		if (v) {
			ZVAL_COPY(out, v);
		} else {
			ZVAL_NULL(out);
		}
		return;
	}
	array_init(out);
	zend_string *key;
	zend_ulong idx;
	zval *child;
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(node), idx, key, child) {
		if (Z_TYPE_P(child) != IS_ARRAY) {
			continue;
		}
		zval sub;
		files_field(child, field, &sub);
		if (key) {
			zend_hash_update(Z_ARRVAL_P(out), key, &sub);
		} else {
			zend_hash_index_update(Z_ARRVAL_P(out), idx, &sub);
		}
	}
	ZEND_HASH_FOREACH_END();
}

/* files (upload name => its five entries, nested by the name's brackets) in PHP's layout. */
static void files_as_php(zval *files, zval *out)
{
	static const char *const fields[] = {"name", "type", "tmp_name", "error", "size"};
	array_init(out);
	zend_string *key;
	zend_ulong idx;
	zval *top;
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(files), idx, key, top) {
		zval *leaf = Z_TYPE_P(top) == IS_ARRAY
		                 ? zend_hash_str_find(Z_ARRVAL_P(top), ZEND_STRL("tmp_name"))
		                 : NULL;
		zval v;
		if (Z_TYPE_P(top) != IS_ARRAY || (leaf && Z_TYPE_P(leaf) != IS_ARRAY)) {
			ZVAL_COPY(&v, top); /* a plain name: the same in both layouts */
		} else {
			array_init(&v);
			for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
				zval f;
				files_field(top, fields[i], &f);
				add_assoc_zval(&v, fields[i], &f);
			}
		}
		if (key) {
			zend_hash_update(Z_ARRVAL_P(out), key, &v);
		} else {
			zend_hash_index_update(Z_ARRVAL_P(out), idx, &v);
		}
	}
	ZEND_HASH_FOREACH_END();
}

/* Make property i of r unless it is made (or was set) already. header and server are always
 * arrays; the others stay null when empty, as in Swoole. */
static void lazy_fill(swoole_request *r, int i)
{
	if (r->filled & (1u << i)) {
		return;
	}
	r->filled |= 1u << i;
	if (r->unparsed & (1u << i)) {
		return;
	}
	zval v;
	if (i == LAZY_SERVER) {
		make_server(r, &v);
	} else {
		/* with Swoole's names a repeated header is an array of its values, as in Swoole */
		zval *arr = i == LAZY_HEADER
		                ? (wserver_aliases_swoole() ? wserver_http_req_header_lists(&r->req)
		                                            : wserver_http_req_headers(&r->req))
		            : i == LAZY_GET    ? wserver_http_req_get(&r->req)
		            : i == LAZY_POST   ? wserver_http_req_post(&r->req)
		            : i == LAZY_COOKIE ? wserver_http_req_cookies(&r->req)
		                               : wserver_http_req_files(&r->req);
		if (i != LAZY_HEADER && zend_hash_num_elements(Z_ARRVAL_P(arr)) == 0) {
			return;
		}
		if (i == LAZY_FILES && (r->unparsed & FILES_AS_PHP)) {
			files_as_php(arr, &v);
		} else {
			ZVAL_COPY(&v, arr);
		}
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

/* Which of cookie and post s leaves null (http_parse_cookie, http_parse_post set to false),
 * and FILES_AS_PHP (http_parse_files set to true), read from $setting once: it cannot change
 * after start(). */
static uint8_t unparsed_of(wserver_server_obj *s)
{
	static const wserver_server_obj *read_for;
	static uint8_t bits;
	if (read_for == s) {
		return bits;
	}
	static const struct {
		const char *option;
		int lazy;
	} opts[] = {{"http_parse_cookie", LAZY_COOKIE}, {"http_parse_post", LAZY_POST}};
	zval *setting = zend_read_property(wserver_server_ce, &s->std, ZEND_STRL("setting"), 1, NULL);
	bits = 0;
	for (size_t i = 0; Z_TYPE_P(setting) == IS_ARRAY && i < sizeof(opts) / sizeof(opts[0]); i++) {
		zval *v = zend_hash_str_find(Z_ARRVAL_P(setting), opts[i].option, strlen(opts[i].option));
		if (v && !zend_is_true(v)) {
			bits |= 1u << opts[i].lazy;
		}
	}
	zval *files = Z_TYPE_P(setting) == IS_ARRAY
	                  ? zend_hash_str_find(Z_ARRVAL_P(setting), ZEND_STRL("http_parse_files"))
	                  : NULL;
	if (files && zend_is_true(files)) {
		bits |= FILES_AS_PHP;
	}
	read_for = s;
	return bits;
}

zend_object *wserver_swoole_request_create(wserver_server_obj *s, ws_conn *c, zend_string *raw)
{
	zend_object *obj = wserver_obj_pool_take(&request_pool);
	if (!obj) {
		obj = request_create(swoole_request_ce);
	}
	swoole_request *r = REQ(obj);
	r->unparsed = unparsed_of(s);
	wserver_http_req_init(&r->req, raw);
	wserver_http_req_set_spool(&r->req, ws_conn_take_spool(c));
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
	r->unparsed = 0; /* a kept one may come from a Server with http_parse_* off */
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
	wserver_tcp_connection_from(conn)->http_swoole = true; /* its string replies too */
	ws_conn *c = wserver_tcp_connection_get(conn);
	ZVAL_LONG(OBJ_PROP_NUM(obj, 0), c ? wserver_server_fd(s, c) : 0); /* $fd, the only one */
	return obj;
}

/* A Response for fd of another worker (owner): what it sends goes there as bytes. */
static zend_object *response_create_remote(wserver_server_obj *s, zend_long fd)
{
	zend_object *obj = wserver_obj_pool_take(&response_pool);
	if (!obj) {
		obj = response_create(swoole_response_ce);
	}
	swoole_response *r = RESP(obj);
	r->remote = &s->std;
	GC_ADDREF(r->remote);
	r->remote_fd = fd;
	ZVAL_LONG(OBJ_PROP_NUM(obj, 0), fd); /* $fd, the only one */
	return obj;
}

/* The Protocols\Http\Response being built, made when a status, header or cookie is set:
 * end("text") alone goes out as a plain 200 reply. */
static zend_object *inner(swoole_response *r)
{
	if (!r->response) {
		r->response = wserver_http_response_new();
		wserver_http_response_swoole_rules(r->response);
	}
	return r->response;
}

static bool response_end(swoole_response *r, zend_string *content);
static bool writable(swoole_response *r);

/* Set header name to value (released here) on r's reply, as given (no case change). */
static void put_header(swoole_response *r, const char *name, zend_string *value)
{
	zend_string *n = zend_string_init(name, strlen(name), 0);
	zval v;
	ZVAL_STR(&v, value);
	wserver_http_response_set_header(inner(r), n, &v);
	zend_string_release(n);
	zend_string_release(value);
}

/* No handshake callback but beforeHandshakeResponse: the 101 Swoole would send, shown to the
 * callback ($server, $request, $response), which may add to it (cookies, headers); then sent
 * unless the callback ended it. */
static void before_handshake_response(wserver_server_obj *s, zend_object *conn, zval *request,
                                      zval *cb)
{
	zval rv, *headers = zend_read_property(Z_OBJCE_P(request), Z_OBJ_P(request),
	                                       ZEND_STRL("header"), 1, &rv);
	zval *key = Z_TYPE_P(headers) == IS_ARRAY
	                ? zend_hash_str_find(Z_ARRVAL_P(headers), ZEND_STRL("sec-websocket-key"))
	                : NULL;
	if (!key || Z_TYPE_P(key) != IS_STRING) {
		return; /* checked before: the default handshake answers */
	}
	zend_object *resp = response_create_for(s, conn);
	swoole_response *r = RESP(resp);
	wserver_http_response_set_status(inner(r), 101, NULL);
	put_header(r, "Upgrade", zend_string_init(ZEND_STRL("websocket"), 0));
	put_header(r, "Connection", zend_string_init(ZEND_STRL("Upgrade"), 0));
	put_header(r, "Sec-WebSocket-Accept",
	           wserver_websocket_accept_for(Z_STRVAL_P(key), Z_STRLEN_P(key)));
	put_header(r, "Sec-WebSocket-Version", zend_string_init(ZEND_STRL("13"), 0));
	zval args[3], ret;
	ZVAL_OBJ(&args[0], &s->std);
	ZVAL_COPY_VALUE(&args[1], request);
	ZVAL_OBJ(&args[2], resp);
	ZVAL_UNDEF(&ret);
	call_user_function(NULL, NULL, cb, &ret, 3, args);
	zval_ptr_dtor(&ret);
	if (!EG(exception) && writable(r)) {
		response_end(r, NULL);
	}
	OBJ_RELEASE(resp);
}

bool wserver_http_server_handshake(wserver_server_obj *s, zend_object *conn, zval *request)
{
	zval *cb = wserver_server_event(s, "handshake");
	if (!cb) {
		cb = wserver_server_event(s, "beforehandshakeresponse");
		if (cb) {
			before_handshake_response(s, conn, request, cb);
		}
		ws_conn *c = wserver_tcp_connection_get(conn);
		return c && ws_conn_ws_open(c);
	}
	zval args[2], rv;
	ZVAL_COPY(&args[0], request);
	ZVAL_OBJ(&args[1], response_create_for(s, conn));
	ZVAL_UNDEF(&rv);
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
 * nobody kept and nobody ended is ended, or the client would wait forever, 500 unless status()
 * set one, as Swoole does; after an exception the runtime answers 500. */
static void request_done(void *arg, bool threw)
{
	zend_object *resp = arg;
	swoole_response *r = RESP(resp);
	if (!threw && !r->ended && !r->detached && GC_REFCOUNT(resp) == 1) {
		if (!r->status_set && !r->streaming) {
			wserver_http_response_set_status(inner(r), 500, NULL);
		}
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

/* Answered at once when the server is at max_concurrency, as Swoole does. */
static ZEND_NAMED_FUNCTION(unavailable_request)
{
	swoole_response *r = RESP(Z_OBJ_P(ZEND_CALL_ARG(execute_data, 2)));
	wserver_http_response_set_status(inner(r), 503, NULL);
	r->status_set = true;
	RETVAL_NULL(); /* request_done ends the Response */
}
static wserver_native native_unavailable;

static void start_request(wserver_server_obj *s, ws_conn *c, zend_string *raw,
                          wserver_coro_done_fn done, void *arg, bool unavailable)
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
	if (!unavailable && wserver_coroutine_max_reached()) {
		/* no coroutine for the callback: Swoole's second warning, and 503 */
		php_error_docref(NULL, E_WARNING, "%s->onRequest handler error",
		                 ZSTR_VAL(wserver_http_server_ce->name));
		unavailable = true;
	}
	if (unavailable) {
		cb = wserver_native_callable(&native_unavailable);
	}
	/* the reply goes through the Response, never PHP's output: headers_sent() stays false in
	 * a request callback, as in Swoole, whatever the worker printed before */
	SG(headers_sent) = 0;
	wserver_coro_queue("onMessage", cb ? cb : wserver_native_callable(&native_no_request), 2, args,
	                   request_done, resp);
}

void wserver_http_server_queue(wserver_server_obj *s, ws_conn *c, zend_string *raw,
                               wserver_coro_done_fn done, void *arg)
{
	wserver_http_concurrency_admit(s, c, raw, done, arg, start_request);
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

ZEND_METHOD(WServer_Http_Request, getContent)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_http_req *req = this_req(ZEND_THIS);
	if (!req) {
		/* one made by Request::create() has no body until parse() completes it */
		if (REQ(Z_OBJ_P(ZEND_THIS))->created) {
			RETURN_EMPTY_STRING();
		}
		RETURN_FALSE;
	}
	RETURN_STR(wserver_http_req_body(req));
}

ZEND_METHOD(WServer_Http_Request, getContentFile)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_http_req *req = this_req(ZEND_THIS);
	const char *path = req ? wserver_http_req_body_file(req) : NULL;
	if (!path) {
		RETURN_FALSE;
	}
	RETURN_STRING(path);
}

ZEND_METHOD(WServer_Http_Request, getData)
{
	ZEND_PARSE_PARAMETERS_NONE();
	swoole_request *r = REQ(Z_OBJ_P(ZEND_THIS));
	wserver_http_req *req = this_req(ZEND_THIS);
	if (req) {
		RETURN_STR_COPY(req->raw);
	}
	if (r->created) {
		RETURN_STR(r->pending ? zend_string_copy(r->pending) : ZSTR_EMPTY_ALLOC());
	}
	RETURN_FALSE;
}

ZEND_METHOD(WServer_Http_Request, getMethod)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_http_req *req = this_req(ZEND_THIS);
	if (!req) {
		/* a request still arriving through parse(): the method once its first word is in */
		zend_string *p = REQ(Z_OBJ_P(ZEND_THIS))->pending;
		const char *sp = p ? memchr(ZSTR_VAL(p), ' ', ZSTR_LEN(p)) : NULL;
		if (sp) {
			RETURN_STRINGL(ZSTR_VAL(p), sp - ZSTR_VAL(p));
		}
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

/* Request::create(): an empty Request that parse() fills from bytes, as Swoole's (options
 * parse_cookie, parse_body: false leaves that part null; parse_files: false keeps $files out
 * of PHP's layout). */
ZEND_METHOD(WServer_Http_Request, create)
{
	HashTable *options = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();
	zend_object *obj = request_create(swoole_request_ce);
	swoole_request *r = REQ(obj);
	r->created = true;
	r->unparsed = FILES_AS_PHP;
	zval *files = options ? zend_hash_str_find(options, ZEND_STRL("parse_files")) : NULL;
	if (files && !zend_is_true(files)) {
		r->unparsed = 0;
	}
	static const struct {
		const char *option;
		int lazy;
	} opts[] = {{"parse_cookie", LAZY_COOKIE}, {"parse_body", LAZY_POST}};
	for (size_t i = 0; options && i < sizeof(opts) / sizeof(opts[0]); i++) {
		zval *v = zend_hash_str_find(options, opts[i].option, strlen(opts[i].option));
		if (v && !zend_is_true(v)) {
			r->unparsed |= 1u << opts[i].lazy;
		}
	}
	RETURN_OBJ(obj);
}

/* parse($data): more bytes of the request; how many were taken, false once it is complete or
 * when the bytes are no HTTP request. */
ZEND_METHOD(WServer_Http_Request, parse)
{
	zend_string *data;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();
	swoole_request *r = REQ(Z_OBJ_P(ZEND_THIS));
	if (!r->created || r->req.raw) {
		RETURN_FALSE;
	}
	if (r->pending) {
		zend_string *all = zend_string_concat2(ZSTR_VAL(r->pending), ZSTR_LEN(r->pending),
		                                       ZSTR_VAL(data), ZSTR_LEN(data));
		zend_string_release(r->pending);
		r->pending = all;
	} else {
		r->pending = zend_string_copy(data);
	}
	ws_msg_info info = {0};
	ssize_t n = ws_proto_http.input(NULL, ZSTR_VAL(r->pending), ZSTR_LEN(r->pending),
	                                (size_t) -1 >> 1, &info);
	if (n < 0) {
		RETURN_FALSE;
	}
	if (n > 0) {
		zend_string *raw = zend_string_init(ZSTR_VAL(r->pending), (size_t) n, 0);
		wserver_http_req_free(&r->req); /* what was read of it while incomplete */
		wserver_http_req_init(&r->req, raw);
		zend_string_release(raw);
		r->filled = 0;
	}
	RETURN_LONG((zend_long) ZSTR_LEN(data));
}

/* ---- Response ---- */

static swoole_response *this_response(zval *this_zv)
{
	return RESP(Z_OBJ_P(this_zv));
}

static bool writable(swoole_response *r)
{
	if (r->remote) {
		return !r->ended && !r->detached; /* only its owner knows whether the client is there */
	}
	if (r->co) {
		return !r->ended && wserver_co_http_conn_writable(r->co);
	}
	ws_conn *c = r->conn ? wserver_tcp_connection_get(r->conn) : NULL;
	return !r->ended && !r->detached && c && c->status == WS_CONN_ESTABLISHED;
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
	r->status_set = true;
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

/* One value as Swoole sends it: its string form with trailing white space cut; NULL (not
 * sent) for null or a value holding CR or LF, which would split the head. */
static zend_string *swoole_header_string(zval *v)
{
	if (Z_TYPE_P(v) == IS_NULL) {
		return NULL;
	}
	zend_string *str = zval_try_get_string(v);
	if (!str) {
		return NULL;
	}
	size_t n = ZSTR_LEN(str);
	while (n > 0 && strchr(" \t\r\n\v", ZSTR_VAL(str)[n - 1]) && ZSTR_VAL(str)[n - 1] != '\0') {
		n--;
	}
	if (memchr(ZSTR_VAL(str), '\r', n) || memchr(ZSTR_VAL(str), '\n', n)) {
		zend_string_release(str);
		return NULL;
	}
	zend_string *cut = zend_string_init(ZSTR_VAL(str), n, 0);
	zend_string_release(str);
	return cut;
}

/* header()'s value as Swoole keeps it: a string, or a list of strings (one line each); null
 * when nothing of it would be sent. */
static void swoole_header_value(zval *value, zval *out)
{
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) != IS_ARRAY) {
		zend_string *str = swoole_header_string(value);
		if (str) {
			ZVAL_STR(out, str);
		} else {
			ZVAL_NULL(out);
		}
		return;
	}
	array_init(out);
	zval *each;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), each) {
		ZVAL_DEREF(each);
		zend_string *str = swoole_header_string(each);
		if (str) {
			add_next_index_str(out, str);
		}
	}
	ZEND_HASH_FOREACH_END();
	if (zend_hash_num_elements(Z_ARRVAL_P(out)) == 0) {
		zval_ptr_dtor(out);
		ZVAL_NULL(out);
	}
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
	if (strpbrk(ZSTR_VAL(key), "\r\n")) {
		RETURN_FALSE; /* as Swoole: a name that would split the head is refused */
	}
	zend_string *name = format ? header_case(key) : zend_string_copy(key);
	zval clean;
	swoole_header_value(value, &clean);
	if (Z_TYPE(clean) == IS_NULL) {
		wserver_http_response_del_header(inner(r), name); /* null: not sent */
	} else {
		wserver_http_response_set_header(inner(r), name, &clean);
	}
	zval_ptr_dtor(&clean);
	zend_string_release(name);
	RETURN_BOOL(!EG(exception)); /* a value that has no string form */
}

/* cookie() and rawcookie(): a Cookie, or its parts as arguments; written as Swoole writes it
 * (http_cookie.c), the value URL-encoded or not. */
static void set_cookie(INTERNAL_FUNCTION_PARAMETERS, bool encode)
{
	zval *name_or_cookie;
	zend_string *value = NULL, *path = NULL, *domain = NULL, *samesite = NULL, *priority = NULL;
	zend_long expires = 0;
	bool secure = false, httponly = false, partitioned = false;
	ZEND_PARSE_PARAMETERS_START(1, 10)
	Z_PARAM_ZVAL(name_or_cookie)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR(value)
	Z_PARAM_LONG(expires)
	Z_PARAM_STR(path)
	Z_PARAM_STR(domain)
	Z_PARAM_BOOL(secure)
	Z_PARAM_BOOL(httponly)
	Z_PARAM_STR(samesite)
	Z_PARAM_STR(priority)
	Z_PARAM_BOOL(partitioned)
	ZEND_PARSE_PARAMETERS_END();
	swoole_response *r = this_response(ZEND_THIS);
	if (!check_writable(r) || r->streaming) {
		RETURN_FALSE;
	}
	zend_string *line;
	if (Z_TYPE_P(name_or_cookie) == IS_OBJECT &&
	    instanceof_function(Z_OBJCE_P(name_or_cookie), wserver_http_cookie_ce)) {
		line = wserver_swoole_cookie_line(wserver_http_cookie_get(Z_OBJ_P(name_or_cookie)));
	} else if (Z_TYPE_P(name_or_cookie) != IS_STRING) {
		php_error_docref(NULL, E_WARNING,
		                 "The first argument must be a string or a Http\\Cookie object");
		RETURN_FALSE;
	} else {
		/* an empty part is no part, as a Cookie's with*(""); no path given: none sent */
#define PART(v) ((v) && ZSTR_LEN(v) > 0 ? (v) : NULL)
		wserver_swoole_cookie k = {PART(Z_STR_P(name_or_cookie)),
		                           PART(value),
		                           PART(path),
		                           PART(domain),
		                           PART(samesite),
		                           PART(priority),
		                           expires,
		                           secure,
		                           httponly,
		                           partitioned,
		                           encode};
#undef PART
		line = wserver_swoole_cookie_line(&k);
	}
	if (!line) {
		RETURN_FALSE;
	}
	wserver_http_response_add_set_cookie(inner(r), line);
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Http_Response, cookie)
{
	set_cookie(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(WServer_Http_Response, rawcookie)
{
	set_cookie(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
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

/* Bytes as they are: to the owner of a remote Response's fd, else on the connection. */
static bool send_raw(swoole_response *r, zval *bytes)
{
	if (r->remote) {
		return wserver_ipc_fd_send(wserver_server_from(r->remote), r->remote_fd, Z_STR_P(bytes));
	}
	wserver_send_yield_wait(wserver_tcp_connection_get(r->conn));
	return wserver_tcp_connection_send(r->conn, bytes, true) != WS_SEND_FAILED;
}

/* The whole reply as bytes, for a connection that is not read as HTTP (a Response made with
 * Response::create() on a TCP Server's connection). */
static bool send_bytes(swoole_response *r, zval *data)
{
	zval bytes;
	if (Z_TYPE_P(data) == IS_STRING) {
		zval resp;
		ZVAL_OBJ(&resp, inner(r));
		wserver_http_response_set_body(r->response, Z_STR_P(data));
		return send_bytes(r, &resp);
	}
	if (Z_TYPE_P(data) == IS_OBJECT && Z_OBJCE_P(data) == wserver_http_response_ce) {
		zend_string *body = NULL;
		bool streaming;
		zend_string *head = wserver_http_reply_head(data, true, &body, &streaming);
		if (!head) {
			return false;
		}
		ZVAL_STR(&bytes, zend_string_concat2(ZSTR_VAL(head), ZSTR_LEN(head), ZSTR_VAL(body),
		                                     ZSTR_LEN(body)));
		zend_string_release(head);
		zend_string_release(body);
	} else {
		ZVAL_STR(&bytes, zval_get_string(data)); /* a Chunk's bytes */
	}
	bool ok = send_raw(r, &bytes);
	zval_ptr_dtor(&bytes);
	return ok && !EG(exception);
}

static bool send_on(swoole_response *r, zval *data)
{
	if (r->co) {
		return wserver_co_http_conn_send(r->co, data) && !EG(exception);
	}
	if (r->remote) {
		return send_bytes(r, data);
	}
	ws_conn *c = r->conn ? wserver_tcp_connection_get(r->conn) : NULL;
	if (c && ws_conn_is_websocket(c) && !ws_conn_ws_open(c) && Z_TYPE_P(data) == IS_OBJECT &&
	    Z_OBJCE_P(data) == wserver_http_response_ce) {
		return handshake_reply(c, data);
	}
	if (c && !ws_conn_is_http(c) && !ws_conn_is_websocket(c)) {
		return send_bytes(r, data);
	}
	if (c) {
		wserver_send_yield_wait(c);
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
		zval resp;
		wserver_http_response_set_chunked(inner(r));
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

/* The last chunk with r's trailer fields, which end the chunked reply. */
static bool send_trailers(swoole_response *r)
{
	smart_str t = {0};
	smart_str_appendl(&t, "0\r\n", 3);
	zend_string *name;
	zval *v;
	ZEND_HASH_FOREACH_STR_KEY_VAL(r->trailers, name, v) {
		if (Z_TYPE_P(v) == IS_STRING) {
			smart_str_append(&t, name);
			smart_str_appendl(&t, ": ", 2);
			smart_str_append(&t, Z_STR_P(v));
			smart_str_appendl(&t, "\r\n", 2);
		}
	}
	ZEND_HASH_FOREACH_END();
	smart_str_appendl(&t, "\r\n", 2);
	zend_string *packed_end = r->co || r->remote ? NULL : wserver_http_compress_finish(r->conn);
	if (packed_end) {
		/* a compressed stream: its last data before the trailers */
		zval end;
		ZVAL_STR(&end, packed_end);
		wserver_tcp_connection_send(r->conn, &end, true);
		zval_ptr_dtor(&end);
	}
	if (r->co) {
		smart_str_0(&t);
		bool ok = wserver_co_http_conn_write(r->co, ZSTR_VAL(t.s), ZSTR_LEN(t.s));
		smart_str_free(&t);
		return ok;
	}
	zval bytes;
	ZVAL_STR(&bytes, smart_str_extract(&t));
	bool ok = send_raw(r, &bytes);
	zval_ptr_dtor(&bytes);
	ws_conn *c = r->conn ? wserver_tcp_connection_get(r->conn) : NULL;
	if (c) {
		ws_conn_replied(c); /* the reply is complete: the next request may be answered */
	}
	return ok;
}

static bool response_send_end(swoole_response *r, zend_string *content)
{
	if (!writable(r)) {
		return false;
	}
	if (content && !r->co && wserver_server_output_too_large(ZSTR_LEN(content))) {
		/* refused (logged): the reply is given up and the connection reset, as Swoole */
		r->ended = true;
		ws_conn *c = r->conn ? wserver_tcp_connection_get(r->conn) : NULL;
		if (c) {
			ws_conn_reset(c);
		}
		return false;
	}
	r->ended = true;
	if (r->streaming) {
		bool ok = !content || ZSTR_LEN(content) == 0 || send_chunk(r, content);
		return (r->trailers ? send_trailers(r) : send_chunk(r, ZSTR_EMPTY_ALLOC())) && ok;
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

static bool response_end(swoole_response *r, zend_string *content)
{
	bool ok = response_send_end(r, content);
	if (r->remote && r->ended) {
		/* the owner marks the reply complete, as its own end() would */
		wserver_ipc_fd_control(wserver_server_from(r->remote), r->remote_fd, WSERVER_FD_REPLIED);
	}
	return ok;
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
	/* Swoole's checks: each a warning and false, the reply still open */
	struct stat st;
	if (ZSTR_LEN(file) == 0) {
		php_error_docref(NULL, E_WARNING, "file name is empty");
		RETURN_FALSE;
	}
	if (offset < 0 || length < 0) {
		php_error_docref(NULL, E_WARNING,
		                 "parameter $%s[" ZEND_LONG_FMT "] must be greater than or equal to 0",
		                 offset < 0 ? "offset" : "length", offset < 0 ? offset : length);
		RETURN_FALSE;
	}
	if (stat(ZSTR_VAL(file), &st) != 0) {
		php_error_docref(NULL, E_WARNING, "stat(%s) failed: %s", ZSTR_VAL(file), strerror(errno));
		RETURN_FALSE;
	}
	if (!S_ISREG(st.st_mode)) {
		php_error_docref(NULL, E_WARNING, "parameter $file[%s] given is not a regular file",
		                 ZSTR_VAL(file));
		RETURN_FALSE;
	}
	if (offset > (zend_long) st.st_size || length > (zend_long) st.st_size - offset) {
		php_error_docref(NULL, E_WARNING, "parameter $%s[" ZEND_LONG_FMT "] exceeds the file size",
		                 offset > (zend_long) st.st_size ? "offset" : "length",
		                 offset > (zend_long) st.st_size ? offset : length);
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

/* detach(): the request callback's end no longer ends this reply; Response::create() on the
 * same fd answers it later. This object can send nothing more. */
ZEND_METHOD(WServer_Http_Response, detach)
{
	ZEND_PARSE_PARAMETERS_NONE();
	swoole_response *r = this_response(ZEND_THIS);
	if (!check_writable(r)) {
		RETURN_FALSE;
	}
	r->detached = true;
	RETURN_TRUE;
}

/* Response::create($server, $fd) or create($fd) (the serving Server's): a Response for an
 * open connection of this worker. */
ZEND_METHOD(WServer_Http_Response, create)
{
	zval *target;
	zend_long fd = -1;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ZVAL(target)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(fd)
	ZEND_PARSE_PARAMETERS_END();
	wserver_server_obj *s;
	zend_long as_long;
	if (Z_TYPE_P(target) == IS_ARRAY) {
		/* as Swoole's: [$server, $request], the request (made by Request::create() and
		 * parse() on a plain server) takes the fd; our reply needs nothing else of it */
		zval *first = zend_hash_index_find(Z_ARRVAL_P(target), 0);
		if (!first || Z_TYPE_P(first) != IS_OBJECT ||
		    !instanceof_function(Z_OBJCE_P(first), wserver_server_ce)) {
			zend_argument_type_error(1, "must be [Server, Request] when an array");
			RETURN_THROWS();
		}
		zval *req = zend_hash_index_find(Z_ARRVAL_P(target), 1);
		if (req && Z_TYPE_P(req) == IS_OBJECT &&
		    instanceof_function(Z_OBJCE_P(req), swoole_request_ce)) {
			ZVAL_LONG(OBJ_PROP_NUM(Z_OBJ_P(req), 0), fd); /* as Swoole: its $fd is the reply's */
		}
		target = first;
	}
	if (Z_TYPE_P(target) == IS_OBJECT &&
	    instanceof_function(Z_OBJCE_P(target), wserver_server_ce)) {
		s = wserver_server_from(Z_OBJ_P(target));
	} else if (Z_TYPE_P(target) == IS_LONG) {
		s = wserver_server_serving();
		fd = Z_LVAL_P(target);
	} else if (Z_TYPE_P(target) == IS_STRING && !ZEND_ARG_USES_STRICT_TYPES() &&
	           is_numeric_string(Z_STRVAL_P(target), Z_STRLEN_P(target), &as_long, NULL, false) ==
	               IS_LONG) {
		/* an fd passed as a numeric string (strval($response->fd)), taken as int is */
		s = wserver_server_serving();
		fd = as_long;
	} else {
		zend_argument_type_error(1, "must be a Server or a connection's fd");
		RETURN_THROWS();
	}
	if (!s || !s->worker) {
		php_error_docref(NULL, E_WARNING, "server is not running");
		RETURN_FALSE;
	}
	zend_object *conn = wserver_server_conn(s, fd, true);
	if (conn) {
		RETURN_OBJ(response_create_for(s, conn));
	}
	zend_long owner = s->worker_id >= 0 ? wserver_ipc_fd_worker(s, fd) : -1;
	if (owner >= 0 && owner != s->worker_id) {
		RETURN_OBJ(response_create_remote(s, fd)); /* a task worker answering a detached one */
	}
	php_error_docref(NULL, E_WARNING,
	                 "parameter $2 (" ZEND_LONG_FMT ") must be valid connection session_id", fd);
	RETURN_FALSE;
}

/* trailer($key, $value): a field sent after the last chunk of a chunked reply (write()); the
 * name in lower case, as Swoole's; null removes it. */
ZEND_METHOD(WServer_Http_Response, trailer)
{
	zend_string *key, *value;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(key)
	Z_PARAM_STR_OR_NULL(value)
	ZEND_PARSE_PARAMETERS_END();
	swoole_response *r = this_response(ZEND_THIS);
	if (!check_writable(r)) {
		RETURN_FALSE;
	}
	if (strpbrk(ZSTR_VAL(key), "\r\n") || (value && strpbrk(ZSTR_VAL(value), "\r\n"))) {
		RETURN_FALSE;
	}
	if (!r->trailers) {
		r->trailers = zend_new_array(1);
	}
	zend_string *name = zend_string_tolower(key);
	zval v;
	if (value) {
		ZVAL_STR_COPY(&v, value);
	} else {
		ZVAL_NULL(&v);
	}
	zend_hash_update(r->trailers, name, &v);
	zend_string_release(name);
	RETURN_TRUE;
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
	wserver_native_init(&native_unavailable, "{Http\\Server max_concurrency}", unavailable_request);
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
	swoole_response_handlers.read_property = response_read_property;
	swoole_response_handlers.get_property_ptr_ptr = response_property_ptr;
	swoole_response_handlers.has_property = response_has_property;
	swoole_response_handlers.unset_property = response_unset_property;
	swoole_response_handlers.get_debug_info = response_debug_info;
	response_pool.ce = swoole_response_ce;
	swoole_response_handlers.clone_obj = NULL;
}
