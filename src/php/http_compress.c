/* Compressed HTTP replies on both APIs. At each request the connection notes whether its
 * reply may vary; the coding its Accept-Encoding allows is read only when the reply is sent
 * and could be compressed (most replies are too short to be); then a body of a listed type, long
 * enough, not already encoded and not partial goes compressed in a copy of the Response (the
 * application may send one Response object many times). A streamed reply gets an encoder that
 * is flushed after each piece, and finished by the last chunk. */
#include "http_compress.h"
#include "http_response.h"
#include "runtime.h"
#include "tcp_connection.h"
#include "worker.h"
#include "proto/compress.h"

#include "zend_exceptions.h"
#include "zend_smart_str.h"

#include <strings.h>

/* The Worker API's settings: off until Http::compression() turns them on (Workerman has none). */
static wserver_http_compress_cfg worker_cfg = {false, 1, 20, NULL};

void wserver_http_compress_cfg_init(wserver_http_compress_cfg *cfg, bool on)
{
	cfg->on = on;
	cfg->level = 1;
	cfg->min_length = 20;
	cfg->types = NULL;
}

void wserver_http_compress_cfg_free(wserver_http_compress_cfg *cfg)
{
	free(cfg->types);
	cfg->types = NULL;
}

bool wserver_http_compress_cfg_types(wserver_http_compress_cfg *cfg, HashTable *list,
                                     const char **why)
{
	size_t total = 1;
	zval *v;
	ZEND_HASH_FOREACH_VAL(list, v) {
		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0 ||
		    memchr(Z_STRVAL_P(v), '\0', Z_STRLEN_P(v))) {
			*why = "must be a list of media types (non-empty strings)";
			return false;
		}
		total += Z_STRLEN_P(v) + 1;
	}
	ZEND_HASH_FOREACH_END();
	char *types = malloc(total), *p = types;
	if (!types) {
		*why = "out of memory";
		return false;
	}
	ZEND_HASH_FOREACH_VAL(list, v) {
		ZVAL_DEREF(v);
		memcpy(p, Z_STRVAL_P(v), Z_STRLEN_P(v) + 1);
		p += Z_STRLEN_P(v) + 1;
	}
	ZEND_HASH_FOREACH_END();
	*p = '\0';
	free(cfg->types);
	cfg->types = types;
	return true;
}

/* The settings for c's replies: its Server's, or the Worker API's. */
static const wserver_http_compress_cfg *cfg_of(ws_conn *c)
{
	zend_object *owner = wserver_runtime_owner(c);
	const wserver_http_compress_cfg *cfg = owner ? wserver_worker_limits_of(owner)->compress : NULL;
	return cfg ? cfg : &worker_cfg;
}

/* The value of header name (lower case, with its colon) in the head of req; NULL: none. */
static const char *find_header(const char *req, size_t len, const char *name, size_t *vlen)
{
	size_t nlen = strlen(name);
	const char *end = req + len;
	const char *line = memchr(req, '\n', len);
	while (line && ++line < end) {
		const char *eol = memchr(line, '\n', (size_t) (end - line));
		if (!eol || eol - line <= 1) {
			return NULL; /* the blank line: the head is over */
		}
		if ((size_t) (eol - line) > nlen && !strncasecmp(line, name, nlen)) {
			const char *v = line + nlen, *e = eol;
			while (v < e && (*v == ' ' || *v == '\t')) {
				v++;
			}
			while (e > v && (e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t')) {
				e--;
			}
			*vlen = (size_t) (e - v);
			return v;
		}
		line = eol;
	}
	return NULL;
}

/* http_accept before the request's Accept-Encoding is read */
#define ACCEPT_UNREAD 0xff

void wserver_http_compress_request(ws_conn *c, const char *req, size_t len)
{
	if (!c->user) {
		return;
	}
	wserver_tcp_connection_obj *o = wserver_tcp_connection_from(c->user);
	bool may_vary = !c->outgoing && cfg_of(c)->on && !(len >= 5 && !memcmp(req, "HEAD ", 5));
	o->http_accept = may_vary ? ACCEPT_UNREAD : 0;
}

/* The coding the current request accepts (1 + ws_coding), read from its head once; 0: it sent
 * no Accept-Encoding, so nothing varies. */
static uint8_t accepted(wserver_tcp_connection_obj *o)
{
	if (o->http_accept == ACCEPT_UNREAD) {
		size_t vlen;
		const char *v = o->http_request
		                    ? find_header(ZSTR_VAL(o->http_request), ZSTR_LEN(o->http_request),
		                                  "accept-encoding:", &vlen)
		                    : NULL;
		o->http_accept = v ? (uint8_t) (1 + ws_coding_negotiate(v, vlen)) : 0;
	}
	return o->http_accept;
}

/* ---- the reply ---- */

/* The value of header name in h (any letter case), and its key; NULL: none. */
static zval *header_find(HashTable *h, const char *name, zend_string **key_out)
{
	zend_string *key;
	zval *v;
	ZEND_HASH_FOREACH_STR_KEY_VAL(h, key, v) {
		if (key && zend_binary_strcasecmp(ZSTR_VAL(key), ZSTR_LEN(key), name, strlen(name)) == 0) {
			if (key_out) {
				*key_out = key;
			}
			return v;
		}
	}
	ZEND_HASH_FOREACH_END();
	return NULL;
}

static bool header_has(HashTable *h, const char *name)
{
	return header_find(h, name, NULL) != NULL;
}

/* Whether header name's (string) value starts with prefix, any letter case. */
static bool header_starts(HashTable *h, const char *name, const char *prefix)
{
	zval *v = header_find(h, name, NULL);
	return v && Z_TYPE_P(v) == IS_STRING && !strncasecmp(Z_STRVAL_P(v), prefix, strlen(prefix));
}

static void set_header(zend_object *resp, const char *name, const char *value, size_t len)
{
	zend_string *n = zend_string_init(name, strlen(name), 0);
	zval v;
	ZVAL_STRINGL(&v, value, len);
	wserver_http_response_set_header(resp, n, &v);
	zval_ptr_dtor(&v);
	zend_string_release(n);
}

/* Vary gets Accept-Encoding (kept under the application's spelling of the name). */
static void add_vary(zend_object *resp)
{
	HashTable *h = wserver_http_response_headers(resp);
	zend_string *key = NULL;
	zval *v = header_find(h, "vary", &key);
	if (!v || Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0) {
		set_header(resp, "Vary", ZEND_STRL("Accept-Encoding"));
		return;
	}
	if (zend_memnistr(Z_STRVAL_P(v), "accept-encoding", strlen("accept-encoding"),
	                  Z_STRVAL_P(v) + Z_STRLEN_P(v)) ||
	    memchr(Z_STRVAL_P(v), '*', Z_STRLEN_P(v))) {
		return;
	}
	zval nv;
	ZVAL_STR(&nv,
	         zend_string_concat2(Z_STRVAL_P(v), Z_STRLEN_P(v), ZEND_STRL(", Accept-Encoding")));
	zend_string_addref(key);
	wserver_http_response_set_header(resp, key, &nv);
	zend_string_release(key);
	zval_ptr_dtor(&nv);
}

/* The headers of a reply whose body is now coding's: Content-Encoding, Vary, no length of
 * the other body, and a strong ETag made weak (the bytes differ from the identity's). */
static void mark_encoded(zend_object *resp, ws_coding coding)
{
	const char *name = ws_coding_name(coding);
	set_header(resp, "Content-Encoding", name, strlen(name));
	add_vary(resp);
	zend_string *cl = zend_string_init(ZEND_STRL("Content-Length"), 0);
	wserver_http_response_del_header(resp, cl);
	zend_string_release(cl);
	zend_string *key = NULL;
	zval *etag = header_find(wserver_http_response_headers(resp), "etag", &key);
	if (etag && Z_TYPE_P(etag) == IS_STRING && Z_STRLEN_P(etag) > 0 && Z_STRVAL_P(etag)[0] == '"') {
		zval weak;
		ZVAL_STR(&weak, zend_string_concat2("W/", 2, Z_STRVAL_P(etag), Z_STRLEN_P(etag)));
		zend_string_addref(key);
		wserver_http_response_set_header(resp, key, &weak);
		zend_string_release(key);
		zval_ptr_dtor(&weak);
	}
}

/* body compressed with coding, or NULL when the codec failed (then it goes as it is). */
static zend_string *compress_body(zend_string *body, ws_coding coding, int level)
{
	size_t cap = ws_compress_bound(coding, ZSTR_LEN(body));
	zend_string *out = zend_string_alloc(cap, 0);
	size_t n = ws_compress_once(coding, level, ZSTR_VAL(body), ZSTR_LEN(body), ZSTR_VAL(out), cap);
	if (n == 0) {
		zend_string_efree(out);
		return NULL;
	}
	out = zend_string_truncate(out, n, 0);
	ZSTR_VAL(out)[n] = '\0';
	return out;
}

/* Drop the encoder of a stream that never got its last chunk. */
static void stream_drop(wserver_tcp_connection_obj *o)
{
	if (o->http_stream) {
		ws_encoder_free(o->http_stream);
		o->http_stream = NULL;
	}
}

zval *wserver_http_compress_reply(ws_conn *c, zval *data, zval *tmp)
{
	ZVAL_UNDEF(tmp);
	if (!c->user) {
		return data;
	}
	wserver_tcp_connection_obj *o = wserver_tcp_connection_from(c->user);
	stream_drop(o);
	if (!o->http_accept) {
		return data; /* off, a HEAD, or no Accept-Encoding: nothing varies */
	}
	const wserver_http_compress_cfg *cfg = cfg_of(c);
	const char *types = cfg->types ? cfg->types : ws_compress_default_types;
	zend_object *resp;
	if (Z_TYPE_P(data) == IS_STRING) {
		/* a string reply is text/html */
		if (Z_STRLEN_P(data) < cfg->min_length ||
		    !ws_compress_type_listed(ZEND_STRL("text/html"), types) || !accepted(o)) {
			return data;
		}
		resp = wserver_http_response_new();
		if (o->http_swoole) {
			wserver_http_response_swoole_rules(resp);
		}
		wserver_http_response_set_body(resp, Z_STR_P(data));
	} else if (Z_TYPE_P(data) == IS_OBJECT &&
	           instanceof_function(Z_OBJCE_P(data), wserver_http_response_ce)) {
		zend_object *orig = Z_OBJ_P(data);
		zend_string *body;
		bool file, chunked;
		wserver_http_response_peek(orig, &body, &file, &chunked);
		HashTable *h = wserver_http_response_headers(orig);
		zend_long status = wserver_http_response_status(orig);
		bool event_stream = header_starts(h, "content-type", "text/event-stream");
		chunked = chunked || header_starts(h, "transfer-encoding", "chunked");
		bool streaming = chunked || event_stream;
		zval *ctype = header_find(h, "content-type", NULL);
		if (file || status < 200 || status == 204 || status == 206 || status == 304 ||
		    header_has(h, "content-encoding") || header_has(h, "content-range") ||
		    (chunked ? ZSTR_LEN(body) > 0 : !event_stream && ZSTR_LEN(body) < cfg->min_length) ||
		    (ctype && Z_TYPE_P(ctype) != IS_STRING) ||
		    !ws_compress_type_listed(ctype ? Z_STRVAL_P(ctype) : "text/html",
		                             ctype ? Z_STRLEN_P(ctype) : strlen("text/html"), types) ||
		    !accepted(o)) {
			return data;
		}
		resp = wserver_http_response_copy(orig);
		ws_coding coding = (ws_coding) (o->http_accept - 1);
		if (streaming && coding != WS_CODING_IDENTITY) {
			o->http_stream = ws_encoder_new(coding, cfg->level);
			if (!o->http_stream) {
				add_vary(resp);
				ZVAL_OBJ(tmp, resp);
				return tmp;
			}
			o->http_stream_chunked = false;
			mark_encoded(resp, coding);
			ZVAL_OBJ(tmp, resp);
			if (ZSTR_LEN(body) > 0) {
				/* an event stream's opening bytes: its first piece */
				zend_string *first = zend_string_copy(body);
				wserver_http_compress_piece(c->user, &first);
				wserver_http_response_set_body(resp, first);
				zend_string_release(first);
			}
			o->http_stream_chunked = chunked;
			return tmp;
		}
	} else {
		return data;
	}
	ZVAL_OBJ(tmp, resp);
	ws_coding coding = (ws_coding) (o->http_accept - 1);
	if (coding == WS_CODING_IDENTITY) {
		add_vary(resp); /* this client takes none, another would get it compressed */
		return tmp;
	}
	zend_string *body;
	bool file, chunked;
	wserver_http_response_peek(resp, &body, &file, &chunked);
	zend_string *packed = compress_body(body, coding, cfg->level);
	if (!packed) {
		add_vary(resp);
		return tmp;
	}
	wserver_http_response_set_body(resp, packed);
	zend_string_release(packed);
	mark_encoded(resp, coding);
	return tmp;
}

/* ---- streams ---- */

/* The data of a chunk "<hex>\r\n<data>\r\n"; false when bytes is not one. */
static bool chunk_data(zend_string *bytes, const char **data, size_t *len)
{
	const char *p = ZSTR_VAL(bytes), *end = p + ZSTR_LEN(bytes);
	size_t n = 0, digits = 0;
	for (; p < end && isxdigit((unsigned char) *p) && digits < 16; p++, digits++) {
		n = n * 16 + (size_t) (*p <= '9' ? *p - '0' : (*p | 0x20) - 'a' + 10);
	}
	if (digits == 0 || end - p < 4 || p[0] != '\r' || p[1] != '\n' || (size_t) (end - p) != n + 4 ||
	    end[-2] != '\r' || end[-1] != '\n') {
		return false;
	}
	*data = p + 2;
	*len = n;
	return true;
}

/* out as one chunk, then the last chunk when last. */
static zend_string *as_chunk(const ws_cbuf *out, bool last)
{
	smart_str s = {0};
	if (out->len > 0) {
		char size[24];
		smart_str_appendl(&s, size, (size_t) snprintf(size, sizeof(size), "%zx\r\n", out->len));
		smart_str_appendl(&s, (const char *) out->data, out->len);
		smart_str_appendl(&s, "\r\n", 2);
	}
	if (last) {
		smart_str_appendl(&s, "0\r\n\r\n", 5);
	}
	smart_str_0(&s);
	return s.s ? s.s : ZSTR_EMPTY_ALLOC();
}

void wserver_http_compress_piece(zend_object *conn, zend_string **piece)
{
	wserver_tcp_connection_obj *o = conn ? wserver_tcp_connection_from(conn) : NULL;
	if (!o || !o->http_stream) {
		return;
	}
	const char *data = ZSTR_VAL(*piece);
	size_t len = ZSTR_LEN(*piece);
	bool chunked = o->http_stream_chunked && chunk_data(*piece, &data, &len);
	bool last = chunked && len == 0;
	ws_cbuf out = {0};
	if (!ws_encoder_write(o->http_stream, data, len, last, &out)) {
		free(out.data);
		return; /* out of memory: as it is (the peer fails to decode it rather than hang) */
	}
	zend_string *bytes = o->http_stream_chunked ? as_chunk(&out, last)
	                                            : zend_string_init((const char *) out.data, out.len,
	                                                               0); /* an event stream */
	free(out.data);
	if (last) {
		stream_drop(o);
	}
	zend_string_release(*piece);
	*piece = bytes;
}

zend_string *wserver_http_compress_finish(zend_object *conn)
{
	wserver_tcp_connection_obj *o = conn ? wserver_tcp_connection_from(conn) : NULL;
	if (!o || !o->http_stream) {
		return NULL;
	}
	ws_cbuf out = {0};
	bool ok = ws_encoder_write(o->http_stream, NULL, 0, true, &out);
	zend_string *bytes = ok ? as_chunk(&out, false) : NULL;
	free(out.data);
	stream_drop(o);
	return bytes;
}

void wserver_http_compress_conn_free(zend_object *conn)
{
	stream_drop(wserver_tcp_connection_from(conn));
}

/* ---- Http::compression() ---- */

static void settings_array(zval *rv, const wserver_http_compress_cfg *cfg)
{
	array_init(rv);
	add_assoc_bool(rv, "enable", cfg->on);
	add_assoc_long(rv, "level", cfg->level);
	add_assoc_long(rv, "min_length", (zend_long) cfg->min_length);
	zval list;
	array_init(&list);
	const char *types = cfg->types ? cfg->types : ws_compress_default_types;
	for (const char *e = types; *e; e += strlen(e) + 1) {
		add_next_index_string(&list, e);
	}
	add_assoc_zval(rv, "types", &list);
}

void wserver_http_compress_method(INTERNAL_FUNCTION_PARAMETERS)
{
	bool enable = false, enable_null = true;
	zend_long level = 0, min_length = 0;
	bool level_null = true, min_null = true;
	HashTable *types = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 4)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL_OR_NULL(enable, enable_null)
	Z_PARAM_LONG_OR_NULL(level, level_null)
	Z_PARAM_LONG_OR_NULL(min_length, min_null)
	Z_PARAM_ARRAY_HT_OR_NULL(types)
	ZEND_PARSE_PARAMETERS_END();
	if (!level_null && (level < 0 || level > 22)) {
		zend_argument_value_error(2, "must be between 0 and 22"); /* each codec clamps it */
		RETURN_THROWS();
	}
	if (!min_null && min_length < 0) {
		zend_argument_value_error(3, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	if (types) {
		const char *why;
		if (!wserver_http_compress_cfg_types(&worker_cfg, types, &why)) {
			zend_argument_value_error(4, "%s", why);
			RETURN_THROWS();
		}
	}
	if (!enable_null) {
		worker_cfg.on = enable;
	}
	if (!level_null) {
		worker_cfg.level = (int) level;
	}
	if (!min_null) {
		worker_cfg.min_length = (size_t) min_length;
	}
	settings_array(return_value, &worker_cfg);
}

void wserver_http_compress_mshutdown(void)
{
	wserver_http_compress_cfg_free(&worker_cfg);
	ws_compress_release();
}
