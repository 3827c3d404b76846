/* WServer\Protocols\Http\Request: the bytes of one request, parsed when first asked. Uploaded
 * files live in temp files that the Request owns: they are removed when it is freed. */
#include "http_request.h"
#include "proto/http.h"
#include "proto/multipart.h"

#include "SAPI.h"
#include "php_ini.h"
#include "php_open_temporary_file.h"
#include "php_variables.h"
#include "ext/json/php_json.h"
#include "zend_attributes.h"
#include "stubs/http_request_arginfo.h"

#include <errno.h>
#include <unistd.h>

zend_class_entry *wserver_http_request_ce;
static zend_object_handlers http_request_handlers;

typedef struct {
	zend_string *raw;                        /* the whole request; owned */
	ws_http_head *head;                      /* emalloc'd on first use */
	zval get, post, files, headers, cookies; /* IS_UNDEF until first asked */
	zval tmp_files; /* paths of the temp files written for uploads; IS_UNDEF: none */
	zend_object std;
} wserver_http_request_obj;

/* The $_FILES error codes used here (PHP's UPLOAD_ERR_* values). */
enum { UPLOAD_OK = 0, UPLOAD_NO_FILE = 4, UPLOAD_NO_TMP_DIR = 6, UPLOAD_CANT_WRITE = 7 };

static inline wserver_http_request_obj *req_from_obj(zend_object *obj)
{
	return (wserver_http_request_obj *) ((char *) obj - XtOffsetOf(wserver_http_request_obj, std));
}
#define Z_REQ_P(zv) req_from_obj(Z_OBJ_P(zv))

static zend_object *http_request_create(zend_class_entry *ce)
{
	wserver_http_request_obj *r = zend_object_alloc(sizeof(*r), ce);
	zend_object_std_init(&r->std, ce);
	object_properties_init(&r->std, ce);
	r->std.handlers = &http_request_handlers;
	return &r->std;
}

/* Drop what the request read and parsed: the state of a new Request. */
static void http_request_clear(wserver_http_request_obj *r)
{
	if (r->raw) {
		zend_string_release(r->raw);
		r->raw = NULL;
	}
	if (r->head) {
		efree(r->head);
		r->head = NULL;
	}
	if (Z_TYPE(r->tmp_files) == IS_ARRAY) {
		/* the application had the request to move them (rename()); what is left goes */
		zval *path;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(r->tmp_files), path) {
			unlink(Z_STRVAL_P(path));
		}
		ZEND_HASH_FOREACH_END();
		zval_ptr_dtor(&r->tmp_files);
		ZVAL_UNDEF(&r->tmp_files);
	}
	zval *parsed[] = {&r->get, &r->post, &r->files, &r->headers, &r->cookies};
	for (size_t i = 0; i < sizeof(parsed) / sizeof(parsed[0]); i++) {
		if (Z_TYPE_P(parsed[i]) != IS_UNDEF) {
			zval_ptr_dtor(parsed[i]);
			ZVAL_UNDEF(parsed[i]);
		}
	}
}

static void http_request_free(zend_object *obj)
{
	http_request_clear(req_from_obj(obj));
	zend_object_std_dtor(obj);
}

/* A worker makes a Request per request: those nobody holds any more are kept (cleared, with
 * their object handle and memory) for the next, instead of freed and made again. */
#define REQUEST_POOL_MAX 64
static zend_object *request_pool[REQUEST_POOL_MAX];
static uint32_t request_pool_len;

/* The last reference went: keep obj in the pool (resurrected by the pool's reference), unless
 * it is anything but a plain Request as made by the worker. dtor_obj also runs on objects still
 * referenced (the destructors at shutdown, the cycle collector): those are never taken (the
 * one reference zend_objects_store_del() holds during the call is the only one). */
static void http_request_dtor(zend_object *obj)
{
	zval *conn = OBJ_PROP_NUM(obj, 0);
	if (GC_REFCOUNT(obj) != 1 || obj->ce != wserver_http_request_ce || obj->properties ||
	    Z_ISREF_P(conn) || (GC_FLAGS(obj) & IS_OBJ_WEAKLY_REFERENCED) ||
	    (EG(flags) & EG_FLAGS_IN_SHUTDOWN) || request_pool_len == REQUEST_POOL_MAX) {
		zend_objects_destroy_object(obj);
		return;
	}
	wserver_http_request_obj *r = req_from_obj(obj);
	zend_string *raw = r->raw;
	bool reusable = raw && !ZSTR_IS_INTERNED(raw) && GC_REFCOUNT(raw) == 1;
	r->raw = reusable ? NULL : raw;
	http_request_clear(r);
	r->raw = raw && reusable ? raw : NULL; /* its buffer, for the next request's bytes */
	zval_ptr_dtor(conn);
	ZVAL_NULL(conn);
	GC_ADDREF(obj); /* zend_objects_store_del() then leaves it alone */
	request_pool[request_pool_len++] = obj;
}

void wserver_http_request_rshutdown(void)
{
	while (request_pool_len > 0) {
		OBJ_RELEASE(request_pool[--request_pool_len]); /* freed: its destructor ran */
	}
}

/* A Request for conn: a pooled one (its raw buffer, if any, kept for the caller), or new. */
static zend_object *request_take(zend_object *conn)
{
	zend_object *obj;
	if (request_pool_len > 0) {
		obj = request_pool[--request_pool_len];      /* the pool's reference is now ours */
		GC_DEL_FLAGS(obj, IS_OBJ_DESTRUCTOR_CALLED); /* pooled again when released */
	} else {
		obj = http_request_create(wserver_http_request_ce);
	}
	if (conn) {
		zval *p = OBJ_PROP_NUM(obj, 0); /* $connection, the only declared property */
		ZVAL_OBJ_COPY(p, conn);
	}
	return obj;
}

zend_object *wserver_http_request_create_for(zend_string *raw, zend_object *conn)
{
	zend_object *obj = request_take(conn);
	wserver_http_request_obj *r = req_from_obj(obj);
	if (r->raw) {
		zend_string_release(r->raw);
	}
	r->raw = zend_string_copy(raw);
	return obj;
}

zend_object *wserver_http_request_from_bytes(const char *data, size_t len, zend_object *conn)
{
	zend_object *obj = request_take(conn);
	wserver_http_request_obj *r = req_from_obj(obj);
	zend_string *raw = r->raw;
	if (raw && ZSTR_LEN(raw) >= len) {
		/* the last request's buffer (only ours: see http_request_dtor) holds this one */
		memcpy(ZSTR_VAL(raw), data, len);
		ZSTR_VAL(raw)[len] = '\0';
		ZSTR_LEN(raw) = len;
		zend_string_forget_hash_val(raw);
	} else {
		if (raw) {
			zend_string_release(raw);
		}
		r->raw = zend_string_init(data, len, 0);
	}
	return obj;
}

/* The parsed head; a Request made from bad bytes by hand reads as an empty GET /. */
static const ws_http_head *req_head(wserver_http_request_obj *r)
{
	if (!r->head) {
		ws_http_limits lim = *ws_http_default_limits();
		lim.max_head = lim.max_uri = lim.max_body = (size_t) -1 >> 1;
		r->head = emalloc(sizeof(ws_http_head));
		if (!r->raw || ws_http_parse_head(ZSTR_VAL(r->raw), ZSTR_LEN(r->raw), &lim, r->head) <= 0) {
			memset(r->head, 0, sizeof(*r->head));
			r->head->method = (ws_http_span){"GET", 3};
			r->head->target = (ws_http_span){"/", 1};
			r->head->version = 11;
			r->head->content_length = -1;
		}
	}
	return r->head;
}

/* The body bytes: inside raw, or in *decoded (NULL unless chunked; the caller releases it),
 * so a large body is not copied just to be read. Either way a NUL follows them (the body ends
 * raw), as the JSON scanner needs. */
static ws_http_span body_span(wserver_http_request_obj *r, zend_string **decoded)
{
	const ws_http_head *h = req_head(r);
	*decoded = NULL;
	if (!r->raw || h->head_len == 0 || h->head_len >= ZSTR_LEN(r->raw)) {
		return (ws_http_span){"", 0};
	}
	const char *body = ZSTR_VAL(r->raw) + h->head_len;
	size_t len = ZSTR_LEN(r->raw) - h->head_len;
	if (!h->chunked) {
		return (ws_http_span){body, len};
	}
	zend_string *out = zend_string_alloc(len, 0);
	ZSTR_LEN(out) = ws_http_dechunk(body, len, ZSTR_VAL(out));
	ZSTR_VAL(out)[ZSTR_LEN(out)] = 0;
	*decoded = out;
	return (ws_http_span){ZSTR_VAL(out), ZSTR_LEN(out)};
}

/* The body as a string: after the head; chunked bodies decoded. */
static zend_string *req_body(wserver_http_request_obj *r)
{
	zend_string *decoded;
	ws_http_span b = body_span(r, &decoded);
	return decoded ? decoded : zend_string_init(b.p, b.len, 0);
}

/* name=value&... parsed as parse_str() would, into an array. */
static void parse_query(const char *p, size_t len, zval *out)
{
	array_init(out);
	if (len > 0) {
		sapi_module.treat_data(PARSE_STRING, estrndup(p, len), out);
	}
}

/* Return the whole array, or one entry of it (default when absent). */
static void return_entry(zval *arr, zend_string *name, zval *def, zval *return_value)
{
	if (!name) {
		RETURN_COPY(arr);
	}
	zval *v = zend_symtable_find(Z_ARRVAL_P(arr), name);
	if (v) {
		RETURN_COPY_DEREF(v);
	}
	if (def) {
		RETURN_COPY(def);
	}
	RETURN_NULL();
}

static const ws_http_span *query_span(const ws_http_head *h, ws_http_span *q)
{
	const char *mark = memchr(h->target.p, '?', h->target.len);
	*q = mark ? (ws_http_span){mark + 1, h->target.len - (size_t) (mark + 1 - h->target.p)}
	          : (ws_http_span){"", 0};
	return q;
}

#define NAME_DEFAULT_ARGS                                                                          \
	zend_string *name = NULL;                                                                      \
	zval *def = NULL;                                                                              \
	ZEND_PARSE_PARAMETERS_START(0, 2)                                                              \
	Z_PARAM_OPTIONAL                                                                               \
	Z_PARAM_STR_OR_NULL(name)                                                                      \
	Z_PARAM_ZVAL(def)                                                                              \
	ZEND_PARSE_PARAMETERS_END()

ZEND_METHOD(WServer_Protocols_Http_Request, __construct)
{
	zend_string *buffer;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(buffer)
	ZEND_PARSE_PARAMETERS_END();
	wserver_http_request_obj *r = Z_REQ_P(ZEND_THIS);
	if (r->raw) {
		zend_string_release(r->raw);
	}
	r->raw = zend_string_copy(buffer);
}

ZEND_METHOD(WServer_Protocols_Http_Request, get)
{
	NAME_DEFAULT_ARGS;
	wserver_http_request_obj *r = Z_REQ_P(ZEND_THIS);
	if (Z_TYPE(r->get) == IS_UNDEF) {
		ws_http_span q;
		query_span(req_head(r), &q);
		parse_query(q.p, q.len, &r->get);
	}
	return_entry(&r->get, name, def, return_value);
}

static void build_headers(wserver_http_request_obj *r)
{
	const ws_http_head *h = req_head(r);
	array_init_size(&r->headers, h->nheaders);
	for (uint32_t i = 0; i < h->nheaders; i++) {
		const ws_http_span *n = &h->headers[i].name;
		zend_string *key = zend_string_alloc(n->len, 0);
		zend_str_tolower_copy(ZSTR_VAL(key), n->p, n->len);
		zval *old = zend_hash_find(Z_ARRVAL(r->headers), key);
		if (old) {
			/* a repeated field is one list, as RFC 9110 reads it */
			zend_string *joined =
			    zend_strpprintf(0, "%s, %.*s", Z_STRVAL_P(old), (int) h->headers[i].value.len,
			                    h->headers[i].value.p);
			zval_ptr_dtor(old);
			ZVAL_STR(old, joined);
		} else {
			zval v;
			ZVAL_STRINGL(&v, h->headers[i].value.p, h->headers[i].value.len);
			zend_hash_add_new(Z_ARRVAL(r->headers), key, &v);
		}
		zend_string_release(key);
	}
}

ZEND_METHOD(WServer_Protocols_Http_Request, header)
{
	NAME_DEFAULT_ARGS;
	wserver_http_request_obj *r = Z_REQ_P(ZEND_THIS);
	if (Z_TYPE(r->headers) == IS_UNDEF) {
		build_headers(r);
	}
	if (name) {
		zend_string *lower = zend_string_tolower(name);
		return_entry(&r->headers, lower, def, return_value);
		zend_string_release(lower);
		return;
	}
	return_entry(&r->headers, NULL, def, return_value);
}

ZEND_METHOD(WServer_Protocols_Http_Request, cookie)
{
	NAME_DEFAULT_ARGS;
	wserver_http_request_obj *r = Z_REQ_P(ZEND_THIS);
	if (Z_TYPE(r->cookies) == IS_UNDEF) {
		const ws_http_span *c = ws_http_header_get(req_head(r), "cookie");
		if (!c) {
			array_init(&r->cookies);
		} else {
			/* "a=1; b=2" read as the query "a=1&b=2" */
			char *q = estrndup(c->p, c->len);
			size_t w = 0;
			for (size_t i = 0; i < c->len; i++) {
				if (q[i] == ';') {
					q[w++] = '&';
					while (i + 1 < c->len && q[i + 1] == ' ') {
						i++;
					}
				} else {
					q[w++] = q[i];
				}
			}
			parse_query(q, w, &r->cookies);
			efree(q);
		}
	}
	return_entry(&r->cookies, name, def, return_value);
}

static bool write_all(int fd, const char *p, size_t len)
{
	while (len > 0) {
		ssize_t w = write(fd, p, len);
		if (w < 0 && errno == EINTR) {
			continue;
		}
		if (w <= 0) {
			return false;
		}
		p += w;
		len -= (size_t) w;
	}
	return true;
}

/* Write one uploaded file to a temp file (in upload_tmp_dir, else the system's) and describe
 * it in *info as Workerman does. The temp file is recorded in r->tmp_files for removal. */
static void upload_file(wserver_http_request_obj *r, const ws_mp_part *part, zval *info)
{
	int error = UPLOAD_OK;
	zend_string *path = NULL;
	if (part->filename.len == 0) {
		error = UPLOAD_NO_FILE; /* a file input left empty in the form */
	} else {
		int fd = php_open_temporary_fd_ex(PG(upload_tmp_dir), "wserver-upload-", &path,
		                                  PHP_TMP_FILE_SILENT |
		                                      PHP_TMP_FILE_OPEN_BASEDIR_CHECK_ON_FALLBACK);
		if (fd < 0) {
			error = UPLOAD_NO_TMP_DIR;
		} else {
			bool ok = write_all(fd, part->body.p, part->body.len);
			close(fd);
			if (!ok) {
				unlink(ZSTR_VAL(path));
				zend_string_release(path);
				path = NULL;
				error = UPLOAD_CANT_WRITE;
			} else {
				if (Z_TYPE(r->tmp_files) != IS_ARRAY) {
					array_init(&r->tmp_files);
				}
				add_next_index_str(&r->tmp_files, zend_string_copy(path));
			}
		}
	}
	array_init_size(info, 5);
	add_assoc_stringl(info, "name", part->filename.p, part->filename.len);
	add_assoc_str(info, "tmp_name", path ? path : ZSTR_EMPTY_ALLOC());
	add_assoc_long(info, "size", error == UPLOAD_OK ? (zend_long) part->body.len : 0);
	add_assoc_long(info, "error", error);
	add_assoc_stringl(info, "type", part->type.p, part->type.len);
}

/* Fields into r->post and files into r->files, names with brackets nested as PHP does;
 * max_input_vars and max_file_uploads bound how many are taken. A malformed body yields the
 * complete parts before the damage, or nothing. */
static void parse_multipart(wserver_http_request_obj *r, ws_http_span body, ws_http_span boundary)
{
	zend_long vars = 0, files = 0;
	zend_long max_files = INI_INT("max_file_uploads");
	ws_mp_iter it;
	ws_mp_part part;
	ws_mp_init(&it, body.p, body.len, boundary);
	while (ws_mp_next(&it, &part)) {
		if (part.name.len == 0) {
			continue; /* nothing to file it under */
		}
		char *name = estrndup(part.name.p, part.name.len);
		if (!part.has_filename) {
			if (vars++ < PG(max_input_vars)) {
				php_register_variable_safe(name, part.body.p, part.body.len, &r->post);
			}
		} else if (files++ < max_files) {
			zval info;
			upload_file(r, &part, &info);
			php_register_variable_ex(name, &info, &r->files); /* takes info */
		}
		efree(name);
	}
}

/* post() and file(): the body is parsed once, when either is first called. */
static void parse_body(wserver_http_request_obj *r)
{
	if (Z_TYPE(r->post) != IS_UNDEF) {
		return;
	}
	array_init(&r->files);
	const ws_http_span *ct = ws_http_header_get(req_head(r), "content-type");
	zend_string *decoded;
	ws_http_span body = body_span(r, &decoded);
	ws_http_span boundary;
	if (ct && ct->len >= 33 && strncasecmp(ct->p, "application/x-www-form-urlencoded", 33) == 0) {
		parse_query(body.p, body.len, &r->post);
	} else if (ct && ct->len >= 16 && strncasecmp(ct->p, "application/json", 16) == 0 &&
	           body.len > 0) {
		if (php_json_decode_ex(&r->post, body.p, body.len, PHP_JSON_OBJECT_AS_ARRAY,
		                       PHP_JSON_PARSER_DEFAULT_DEPTH) == FAILURE ||
		    Z_TYPE(r->post) != IS_ARRAY) {
			zval_ptr_dtor(&r->post);
			array_init(&r->post);
		}
	} else {
		array_init(&r->post);
		if (ct && ws_mp_boundary(ct->p, ct->len, &boundary)) {
			parse_multipart(r, body, boundary);
		}
	}
	if (decoded) {
		zend_string_release(decoded);
	}
}

ZEND_METHOD(WServer_Protocols_Http_Request, post)
{
	NAME_DEFAULT_ARGS;
	wserver_http_request_obj *r = Z_REQ_P(ZEND_THIS);
	parse_body(r);
	return_entry(&r->post, name, def, return_value);
}

ZEND_METHOD(WServer_Protocols_Http_Request, file)
{
	zend_string *name = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR_OR_NULL(name)
	ZEND_PARSE_PARAMETERS_END();
	wserver_http_request_obj *r = Z_REQ_P(ZEND_THIS);
	parse_body(r);
	return_entry(&r->files, name, NULL, return_value);
}

static void return_span(const ws_http_span *s, zval *return_value)
{
	RETURN_STRINGL(s->p, s->len);
}

ZEND_METHOD(WServer_Protocols_Http_Request, method)
{
	ZEND_PARSE_PARAMETERS_NONE();
	return_span(&req_head(Z_REQ_P(ZEND_THIS))->method, return_value);
}

ZEND_METHOD(WServer_Protocols_Http_Request, uri)
{
	ZEND_PARSE_PARAMETERS_NONE();
	return_span(&req_head(Z_REQ_P(ZEND_THIS))->target, return_value);
}

ZEND_METHOD(WServer_Protocols_Http_Request, path)
{
	ZEND_PARSE_PARAMETERS_NONE();
	const ws_http_span *t = &req_head(Z_REQ_P(ZEND_THIS))->target;
	const char *mark = memchr(t->p, '?', t->len);
	RETURN_STRINGL(t->p, mark ? (size_t) (mark - t->p) : t->len);
}

ZEND_METHOD(WServer_Protocols_Http_Request, queryString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ws_http_span q;
	return_span(query_span(req_head(Z_REQ_P(ZEND_THIS)), &q), return_value);
}

ZEND_METHOD(WServer_Protocols_Http_Request, protocolVersion)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STRING(req_head(Z_REQ_P(ZEND_THIS))->version == 10 ? "1.0" : "1.1");
}

ZEND_METHOD(WServer_Protocols_Http_Request, host)
{
	bool without_port = false;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(without_port)
	ZEND_PARSE_PARAMETERS_END();
	const ws_http_span *h = ws_http_header_get(req_head(Z_REQ_P(ZEND_THIS)), "host");
	if (!h) {
		RETURN_NULL();
	}
	size_t len = h->len;
	if (without_port) {
		const char *end = h->p + h->len, *colon = end;
		for (const char *p = end; p > h->p; p--) {
			if (p[-1] == ':') {
				colon = p - 1;
				break;
			}
			if (p[-1] == ']') {
				break;
			}
		}
		len = (size_t) (colon - h->p);
	}
	RETURN_STRINGL(h->p, len);
}

ZEND_METHOD(WServer_Protocols_Http_Request, rawHead)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_http_request_obj *r = Z_REQ_P(ZEND_THIS);
	const ws_http_head *h = req_head(r);
	if (!r->raw || h->head_len < 4) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STRINGL(ZSTR_VAL(r->raw), h->head_len - 4);
}

ZEND_METHOD(WServer_Protocols_Http_Request, rawBody)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(req_body(Z_REQ_P(ZEND_THIS)));
}

ZEND_METHOD(WServer_Protocols_Http_Request, __toString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_http_request_obj *r = Z_REQ_P(ZEND_THIS);
	if (!r->raw) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STR_COPY(r->raw);
}

void wserver_http_request_apply_limits(void)
{
	zval *head = zend_read_static_property(wserver_http_request_ce, ZEND_STRL("maxHeaderSize"), 1);
	zval *uri = zend_read_static_property(wserver_http_request_ce, ZEND_STRL("maxUriLength"), 1);
	zend_long h = head && Z_TYPE_P(head) == IS_LONG ? Z_LVAL_P(head) : 16384;
	zend_long u = uri && Z_TYPE_P(uri) == IS_LONG ? Z_LVAL_P(uri) : 8192;
	ws_http_set_limits(h > 64 ? (size_t) h : 64, u > 1 ? (size_t) u : 1);
	zval *t = zend_read_static_property(wserver_http_request_ce, ZEND_STRL("headerTimeout"), 1);
	double secs = t ? zval_get_double(t) : 30.0;
	ws_http_set_head_timeout(secs > 0 ? (int64_t) (secs * 1000) : 0);
}

void wserver_http_request_minit(void)
{
	wserver_http_request_ce = register_class_WServer_Protocols_Http_Request();
	wserver_http_request_ce->create_object = http_request_create;
	memcpy(&http_request_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	http_request_handlers.offset = XtOffsetOf(wserver_http_request_obj, std);
	http_request_handlers.free_obj = http_request_free;
	http_request_handlers.dtor_obj = http_request_dtor;
	http_request_handlers.clone_obj = NULL;
}
