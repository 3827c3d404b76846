/* WServer\Protocols\Http\Request: the bytes of one request, parsed when first asked. */
#include "binding.h"
#include "proto/http.h"

#include "SAPI.h"
#include "php_variables.h"
#include "ext/json/php_json.h"
#include "zend_attributes.h"
#include "stubs/http_request_arginfo.h"

zend_class_entry *wserver_http_request_ce;
static zend_object_handlers http_request_handlers;

typedef struct {
	zend_string *raw;                 /* the whole request; owned */
	ws_http_head *head;               /* emalloc'd on first use */
	zval get, post, headers, cookies; /* IS_UNDEF until first asked */
	zend_object std;
} wserver_http_request_obj;

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

static void http_request_free(zend_object *obj)
{
	wserver_http_request_obj *r = req_from_obj(obj);
	if (r->raw) {
		zend_string_release(r->raw);
	}
	if (r->head) {
		efree(r->head);
	}
	zval_ptr_dtor(&r->get);
	zval_ptr_dtor(&r->post);
	zval_ptr_dtor(&r->headers);
	zval_ptr_dtor(&r->cookies);
	zend_object_std_dtor(obj);
}

zend_object *wserver_http_request_create_for(zend_string *raw, zend_object *conn)
{
	zend_object *obj = http_request_create(wserver_http_request_ce);
	req_from_obj(obj)->raw = zend_string_copy(raw);
	if (conn) {
		zval *p = OBJ_PROP_NUM(obj, 0); /* $connection, the only declared property */
		ZVAL_OBJ_COPY(p, conn);
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

/* The body: after the head; chunked bodies decoded. */
static zend_string *req_body(wserver_http_request_obj *r)
{
	const ws_http_head *h = req_head(r);
	if (!r->raw || h->head_len == 0 || h->head_len >= ZSTR_LEN(r->raw)) {
		return ZSTR_EMPTY_ALLOC();
	}
	const char *body = ZSTR_VAL(r->raw) + h->head_len;
	size_t len = ZSTR_LEN(r->raw) - h->head_len;
	if (!h->chunked) {
		return zend_string_init(body, len, 0);
	}
	zend_string *out = zend_string_alloc(len, 0);
	ZSTR_LEN(out) = ws_http_dechunk(body, len, ZSTR_VAL(out));
	ZSTR_VAL(out)[ZSTR_LEN(out)] = 0;
	return out;
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

ZEND_METHOD(WServer_Protocols_Http_Request, post)
{
	NAME_DEFAULT_ARGS;
	wserver_http_request_obj *r = Z_REQ_P(ZEND_THIS);
	if (Z_TYPE(r->post) == IS_UNDEF) {
		const ws_http_span *ct = ws_http_header_get(req_head(r), "content-type");
		zend_string *body = req_body(r);
		if (ct && ct->len >= 33 &&
		    strncasecmp(ct->p, "application/x-www-form-urlencoded", 33) == 0) {
			parse_query(ZSTR_VAL(body), ZSTR_LEN(body), &r->post);
		} else if (ct && ct->len >= 16 && strncasecmp(ct->p, "application/json", 16) == 0 &&
		           ZSTR_LEN(body) > 0) {
			if (php_json_decode_ex(&r->post, ZSTR_VAL(body), ZSTR_LEN(body),
			                       PHP_JSON_OBJECT_AS_ARRAY,
			                       PHP_JSON_PARSER_DEFAULT_DEPTH) == FAILURE ||
			    Z_TYPE(r->post) != IS_ARRAY) {
				zval_ptr_dtor(&r->post);
				array_init(&r->post);
			}
		} else {
			array_init(&r->post);
		}
		zend_string_release(body);
	}
	return_entry(&r->post, name, def, return_value);
}

ZEND_METHOD(WServer_Protocols_Http_Request, file)
{
	zend_string *name = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR_OR_NULL(name)
	ZEND_PARSE_PARAMETERS_END();
	if (name) {
		RETURN_NULL(); /* multipart bodies are not parsed yet */
	}
	RETURN_EMPTY_ARRAY();
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
	http_request_handlers.clone_obj = NULL;
}
