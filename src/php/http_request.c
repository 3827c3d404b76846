/* WServer\Protocols\Http\Request: the bytes of one request, parsed when first asked. Uploaded
 * files live in temp files that the Request owns: they are removed when it is freed. */
#include "http_request.h"
#include "http.h"
#include "http_session.h"
#include "obj_pool.h"
#include "tcp_connection.h"
#include "core/conn.h"
#include "core/listener.h"
#include "core/spool.h"
#include "proto/http.h"
#include "proto/multipart.h"

#include "SAPI.h"
#include "php_ini.h"
#include "php_open_temporary_file.h"
#include "php_variables.h"
#include "ext/json/php_json.h"
#include "ext/spl/spl_exceptions.h"
#include "zend_exceptions.h"
#include "ext/standard/php_random.h"
#include "zend_attributes.h"
#include "stubs/http_request_arginfo.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

zend_class_entry *wserver_http_request_ce;
static zend_object_handlers http_request_handlers;

typedef struct {
	wserver_http_req req;
	zend_object std;
} wserver_http_request_obj;

/* The stub's declared properties, in order (a subclass's own come after them). */
enum { PROP_CONNECTION = 0, PROP_PROPERTIES = 1, PROP_CONTEXT = 2, PROP_DATA = 3 };

/* The $_FILES error codes used here (PHP's UPLOAD_ERR_* values). */
enum { UPLOAD_OK = 0, UPLOAD_NO_FILE = 4, UPLOAD_NO_TMP_DIR = 6, UPLOAD_CANT_WRITE = 7 };

static inline wserver_http_request_obj *req_from_obj(zend_object *obj)
{
	return (wserver_http_request_obj *) ((char *) obj - XtOffsetOf(wserver_http_request_obj, std));
}
#define Z_REQ_P(zv) (&req_from_obj(Z_OBJ_P(zv))->req)

static zend_object *http_request_create(zend_class_entry *ce)
{
	wserver_http_request_obj *r = zend_object_alloc(sizeof(*r), ce);
	zend_object_std_init(&r->std, ce);
	object_properties_init(&r->std, ce);
	r->std.handlers = &http_request_handlers;
	return &r->std;
}

void wserver_http_req_init(wserver_http_req *r, zend_string *raw)
{
	memset(r, 0, sizeof(*r)); /* every zval IS_UNDEF */
	r->raw = raw ? zend_string_copy(raw) : NULL;
}

/* The bytes strings of finished requests, kept for the next ones: one per request a loop round
 * may have under way at once (pipelined requests on many connections). spare_room: the length
 * each was made for, which its memory holds. */
#define RAW_SPARES    64
#define RAW_SPARE_MAX 2048
static zend_string *raw_spare[RAW_SPARES];
static size_t raw_spare_room[RAW_SPARES];
static uint32_t raw_spares;

zend_string *wserver_http_raw_new(const char *data, size_t len)
{
	if (raw_spares == 0 || len > raw_spare_room[raw_spares - 1]) {
		return zend_string_init_fast(data, len);
	}
	zend_string *s = raw_spare[--raw_spares];
	GC_TYPE_INFO(s) = GC_STRING; /* no flag of its last content (a known hash, valid UTF-8) */
	ZSTR_LEN(s) = len;
	zend_string_forget_hash_val(s);
	memcpy(ZSTR_VAL(s), data, len);
	ZSTR_VAL(s)[len] = '\0';
	return s;
}

/* Release raw, kept as a spare when this was its last reference and it is a plain string, not
 * too big to hold on to. */
static void raw_release(zend_string *raw)
{
	if (GC_REFCOUNT(raw) == 1 && raw_spares < RAW_SPARES && !ZSTR_IS_INTERNED(raw) &&
	    !(GC_FLAGS(raw) & IS_STR_PERSISTENT) && ZSTR_LEN(raw) <= RAW_SPARE_MAX) {
		raw_spare_room[raw_spares] = ZSTR_LEN(raw);
		raw_spare[raw_spares++] = raw;
		return;
	}
	zend_string_release(raw);
}

/* The request's uploaded temp files, as PHP's uploads are: is_uploaded_file() and
 * move_uploaded_file() take them (add), until the request is freed (remove). */
static void mark_uploaded(zend_string *path, bool add)
{
	HashTable *ht = SG(rfc1867_uploaded_files);
	if (add && !ht) {
		ALLOC_HASHTABLE(ht); /* PHP's request shutdown frees it, unlinking what is left */
		zend_hash_init(ht, 8, NULL, ZVAL_PTR_DTOR, 0);
		SG(rfc1867_uploaded_files) = ht;
	}
	if (add) {
		zval v;
		ZVAL_STR_COPY(&v, path);
		if (!zend_hash_add(ht, path, &v)) {
			zval_ptr_dtor(&v);
		}
	} else if (ht) {
		zend_hash_del(ht, path);
	}
}

static void mark_uploads(wserver_http_req *r, bool add)
{
	if (Z_TYPE(r->tmp_files) == IS_ARRAY) {
		zval *path;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(r->tmp_files), path) {
			mark_uploaded(Z_STR_P(path), add);
		}
		ZEND_HASH_FOREACH_END();
	}
	for (size_t i = 0; r->spool && r->spool->multipart && i < r->spool->nparts; i++) {
		const ws_spool_part *part = &r->spool->parts[i];
		if (part->filename && part->error == WS_UPLOAD_OK && part->value) {
			zend_string *path = zend_string_init(part->value, strlen(part->value), 0);
			mark_uploaded(path, add);
			zend_string_release(path);
		}
	}
}

void wserver_http_req_free(wserver_http_req *r)
{
	if (Z_TYPE(r->post) != IS_UNDEF) {
		mark_uploads(r, false);
	}
	if (r->raw) {
		raw_release(r->raw);
		r->raw = NULL;
	}
	if (r->head) {
		efree(r->head);
		r->head = NULL;
	}
	ws_spool_free(r->spool); /* its temp files go with it */
	r->spool = NULL;
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
	/* left as a new one's (IS_UNDEF, 0): a pooled Request is used again. Usually none was made. */
	zval *parsed[] = {&r->get, &r->post, &r->files, &r->headers, &r->cookies};
	bool made = Z_TYPE(r->get) | Z_TYPE(r->post) | Z_TYPE(r->files) | Z_TYPE(r->headers) |
	            Z_TYPE(r->cookies);
	for (size_t i = 0; made && i < sizeof(parsed) / sizeof(parsed[0]); i++) {
		if (Z_TYPE_P(parsed[i]) != IS_UNDEF) {
			zval_ptr_dtor(parsed[i]);
			ZVAL_UNDEF(parsed[i]);
		}
	}
}

static void http_request_free(zend_object *obj)
{
	wserver_http_req_free(&req_from_obj(obj)->req);
	zend_object_std_dtor(obj);
}

/* A worker makes a Request per request: those nobody holds any more are kept for the next. */
static wserver_obj_pool request_pool;

/* The last reference went: keep obj in the pool unless it is anything but a plain Request as
 * made by the worker. */
static void http_request_dtor(zend_object *obj)
{
	if (!wserver_obj_pool_can_keep(&request_pool, obj)) {
		zend_objects_destroy_object(obj);
		return;
	}
	wserver_http_req_free(&req_from_obj(obj)->req);
	/* the declared properties back to their defaults ($context's Session ends here, saved) */
	wserver_obj_pool_put(&request_pool, obj);
}

void wserver_http_request_rshutdown(void)
{
	while (raw_spares > 0) {
		zend_string_release(raw_spare[--raw_spares]);
	}
	wserver_obj_pool_clear(&request_pool);
}

zend_object *wserver_http_request_create_for(zend_string *raw, zend_object *conn)
{
	zend_class_entry *ce = wserver_http_request_class();
	zval zv;
	zend_object *pooled =
	    ce == wserver_http_request_ce ? wserver_obj_pool_take(&request_pool) : NULL;
	if (pooled) {
		ZVAL_OBJ(&zv, pooled);
	} else if (ce == wserver_http_request_ce) {
		ZVAL_OBJ(&zv, http_request_create(ce));
	} else if (object_init_ex(&zv, ce) != SUCCESS) {
		/* requestClass() took only concrete subclasses; should that fail anyway, a plain one */
		zend_clear_exception();
		ce = wserver_http_request_ce;
		ZVAL_OBJ(&zv, http_request_create(ce));
	}
	zend_object *obj = Z_OBJ(zv);
	req_from_obj(obj)->req.raw = zend_string_copy(raw);
	ws_conn *c = conn ? wserver_tcp_connection_get(conn) : NULL;
	if (c) {
		wserver_http_req_set_spool(&req_from_obj(obj)->req, ws_conn_take_spool(c));
	}
	if (ce->constructor && ce->constructor->common.scope != wserver_http_request_ce) {
		/* a subclass's own constructor gets the bytes, as with new $class($buffer) */
		zval arg;
		ZVAL_STR(&arg, raw);
		zend_call_known_instance_method_with_1_params(ce->constructor, obj, NULL, &arg);
		if (EG(exception)) {
			/* the request is still served; the failure is logged */
			zend_object *ex = EG(exception);
			GC_ADDREF(ex);
			zend_clear_exception();
			zval rv, *msg = zend_read_property_ex(ex->ce, ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
			php_error_docref(NULL, E_WARNING, "%s::__construct() threw %s: %s", ZSTR_VAL(ce->name),
			                 ZSTR_VAL(ex->ce->name),
			                 Z_TYPE_P(msg) == IS_STRING ? Z_STRVAL_P(msg) : "");
			OBJ_RELEASE(ex);
		}
	}
	if (conn) {
		zval *p = OBJ_PROP_NUM(obj, PROP_CONNECTION);
		zval_ptr_dtor(p);
		ZVAL_OBJ_COPY(p, conn);
	}
	return obj;
}

void wserver_http_req_set_spool(wserver_http_req *r, struct ws_spool *spool)
{
	ws_spool_free(r->spool);
	r->spool = spool;
}

const char *wserver_http_req_body_file(wserver_http_req *r)
{
	return r->spool && !r->spool->multipart ? r->spool->path : NULL;
}

/* A spooled raw body read back from its temp file: a new string ("" when it cannot be read,
 * with a warning). */
static zend_string *spool_read(const ws_spool *s)
{
	int fd = open(s->path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0) {
		php_error_docref(NULL, E_WARNING, "cannot read the request body from %s: %s", s->path,
		                 strerror(errno));
		if (fd >= 0) {
			close(fd);
		}
		return ZSTR_EMPTY_ALLOC();
	}
	zend_string *out = zend_string_alloc((size_t) st.st_size, 0);
	size_t got = 0;
	while (got < (size_t) st.st_size) {
		ssize_t n = read(fd, ZSTR_VAL(out) + got, (size_t) st.st_size - got);
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n <= 0) {
			break;
		}
		got += (size_t) n;
	}
	close(fd);
	ZSTR_LEN(out) = got;
	ZSTR_VAL(out)[got] = '\0';
	return out;
}

const ws_http_head *wserver_http_req_head(wserver_http_req *r)
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
static ws_http_span body_span(wserver_http_req *r, zend_string **decoded)
{
	const ws_http_head *h = wserver_http_req_head(r);
	*decoded = NULL;
	if (r->spool) {
		/* on disk: a raw body is read back when asked for; a multipart one is in its parts */
		if (r->spool->multipart) {
			return (ws_http_span){"", 0};
		}
		*decoded = spool_read(r->spool);
		return (ws_http_span){ZSTR_VAL(*decoded), ZSTR_LEN(*decoded)};
	}
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

zend_string *wserver_http_req_body(wserver_http_req *r)
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
	wserver_http_req *r = Z_REQ_P(ZEND_THIS);
	if (r->raw) {
		zend_string_release(r->raw);
	}
	r->raw = zend_string_copy(buffer);
}

zval *wserver_http_req_get(wserver_http_req *r)
{
	if (Z_TYPE(r->get) == IS_UNDEF) {
		ws_http_span q;
		query_span(wserver_http_req_head(r), &q);
		parse_query(q.p, q.len, &r->get);
	}
	return &r->get;
}

/* $this->data[key] when an application set it (an array), else NULL: it stands for the parsed
 * array of that kind. */
static zval *data_override(zval *this_zv, const char *key, size_t len)
{
	zval *data = OBJ_PROP_NUM(Z_OBJ_P(this_zv), PROP_DATA);
	ZVAL_DEREF(data);
	if (Z_TYPE_P(data) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(data)) == 0) {
		return NULL;
	}
	zval *v = zend_hash_str_find_deref(Z_ARRVAL_P(data), key, len);
	return v && Z_TYPE_P(v) == IS_ARRAY ? v : NULL;
}

ZEND_METHOD(WServer_Protocols_Http_Request, get)
{
	NAME_DEFAULT_ARGS;
	zval *set = data_override(ZEND_THIS, ZEND_STRL("get"));
	return_entry(set ? set : wserver_http_req_get(Z_REQ_P(ZEND_THIS)), name, def, return_value);
}

static void build_headers(wserver_http_req *r, bool lists)
{
	const ws_http_head *h = wserver_http_req_head(r);
	array_init_size(&r->headers, h->nheaders);
	for (uint32_t i = 0; i < h->nheaders; i++) {
		const ws_http_span *n = &h->headers[i].name;
		zend_string *key = zend_string_alloc(n->len, 0);
		zend_str_tolower_copy(ZSTR_VAL(key), n->p, n->len);
		zval *old = zend_hash_find(Z_ARRVAL(r->headers), key);
		if (old && lists) {
			/* Swoole's: a repeated field gives the list of its values */
			if (Z_TYPE_P(old) != IS_ARRAY) {
				zval first;
				ZVAL_COPY_VALUE(&first, old);
				array_init(old);
				add_next_index_zval(old, &first);
			}
			add_next_index_stringl(old, h->headers[i].value.p, h->headers[i].value.len);
		} else if (old) {
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

zval *wserver_http_req_headers(wserver_http_req *r)
{
	if (Z_TYPE(r->headers) == IS_UNDEF) {
		build_headers(r, false);
	}
	return &r->headers;
}

zval *wserver_http_req_header_lists(wserver_http_req *r)
{
	if (Z_TYPE(r->headers) == IS_UNDEF) {
		build_headers(r, true);
	}
	return &r->headers;
}

ZEND_METHOD(WServer_Protocols_Http_Request, header)
{
	NAME_DEFAULT_ARGS;
	zval *headers = data_override(ZEND_THIS, ZEND_STRL("headers"));
	if (!headers) {
		headers = wserver_http_req_headers(Z_REQ_P(ZEND_THIS));
	}
	if (name) {
		zend_string *lower = zend_string_tolower(name);
		return_entry(headers, lower, def, return_value);
		zend_string_release(lower);
		return;
	}
	return_entry(headers, NULL, def, return_value);
}

zval *wserver_http_req_cookies(wserver_http_req *r)
{
	if (Z_TYPE(r->cookies) == IS_UNDEF) {
		const ws_http_span *c = ws_http_header_get(wserver_http_req_head(r), "cookie");
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
	return &r->cookies;
}

ZEND_METHOD(WServer_Protocols_Http_Request, cookie)
{
	NAME_DEFAULT_ARGS;
	zval *set = data_override(ZEND_THIS, ZEND_STRL("cookie"));
	return_entry(set ? set : wserver_http_req_cookies(Z_REQ_P(ZEND_THIS)), name, def, return_value);
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
static void upload_file(wserver_http_req *r, const ws_mp_part *part, zval *info)
{
	int error = UPLOAD_OK;
	zend_string *path = NULL;
	if (part->filename.len == 0) {
		error = UPLOAD_NO_FILE; /* a file input left empty in the form */
	} else {
		int fd = php_open_temporary_fd_ex(wserver_http_upload_dir(), "wserver-upload-", &path,
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
	/* no file: no type either, as PHP's $_FILES */
	add_assoc_stringl(info, "type", part->type.p, error == UPLOAD_NO_FILE ? 0 : part->type.len);
}

/* Fields into r->post and files into r->files, names with brackets nested as PHP does;
 * max_input_vars and max_file_uploads bound how many are taken. A malformed body yields the
 * complete parts before the damage, or nothing. */
static void parse_multipart(wserver_http_req *r, ws_http_span body, ws_http_span boundary)
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

/* The parts of a multipart body spooled to disk: fields into r->post, files (already in their
 * temp files, which r->spool owns) into r->files, bounded as parse_multipart does. */
static void spooled_multipart(wserver_http_req *r)
{
	zend_long vars = 0;
	const ws_spool *s = r->spool;
	for (size_t i = 0; i < s->nparts; i++) {
		const ws_spool_part *part = &s->parts[i];
		if (!part->filename) {
			if (vars++ < PG(max_input_vars)) {
				php_register_variable_safe(part->name, part->value, part->value_len, &r->post);
			}
			continue;
		}
		bool ok = part->error == WS_UPLOAD_OK;
		zval info;
		array_init_size(&info, 5);
		add_assoc_string(&info, "name", part->filename);
		add_assoc_string(&info, "tmp_name", ok && part->value ? part->value : "");
		add_assoc_long(&info, "size", ok ? (zend_long) part->size : 0);
		add_assoc_long(&info, "error", part->error);
		add_assoc_string(&info, "type", part->error == WS_UPLOAD_NO_FILE ? "" : part->type);
		char *name = estrdup(part->name);
		php_register_variable_ex(name, &info, &r->files); /* takes info */
		efree(name);
	}
}

/* post() and file(): the body is parsed once, when either is first called. */
static void parse_body(wserver_http_req *r)
{
	if (Z_TYPE(r->post) != IS_UNDEF) {
		return;
	}
	array_init(&r->files);
	if (r->spool && r->spool->multipart) {
		array_init(&r->post);
		spooled_multipart(r);
		mark_uploads(r, true);
		return;
	}
	const ws_http_span *ct = ws_http_header_get(wserver_http_req_head(r), "content-type");
	bool form =
	    ct && ct->len >= 33 && strncasecmp(ct->p, "application/x-www-form-urlencoded", 33) == 0;
	bool json = ct && ct->len >= 16 && strncasecmp(ct->p, "application/json", 16) == 0;
	if (r->spool && !form && !json) {
		array_init(&r->post); /* a body on disk is read back only when it holds fields */
		return;
	}
	zend_string *decoded;
	ws_http_span body = body_span(r, &decoded);
	ws_http_span boundary;
	if (form) {
		parse_query(body.p, body.len, &r->post);
	} else if (json && body.len > 0) {
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
			mark_uploads(r, true);
		}
	}
	if (decoded) {
		zend_string_release(decoded);
	}
}

zval *wserver_http_req_post(wserver_http_req *r)
{
	parse_body(r);
	return &r->post;
}

zval *wserver_http_req_files(wserver_http_req *r)
{
	parse_body(r);
	return &r->files;
}

ZEND_METHOD(WServer_Protocols_Http_Request, post)
{
	NAME_DEFAULT_ARGS;
	zval *set = data_override(ZEND_THIS, ZEND_STRL("post"));
	return_entry(set ? set : wserver_http_req_post(Z_REQ_P(ZEND_THIS)), name, def, return_value);
}

ZEND_METHOD(WServer_Protocols_Http_Request, file)
{
	zend_string *name = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR_OR_NULL(name)
	ZEND_PARSE_PARAMETERS_END();
	return_entry(wserver_http_req_files(Z_REQ_P(ZEND_THIS)), name, NULL, return_value);
}

static void return_span(const ws_http_span *s, zval *return_value)
{
	RETURN_STRINGL(s->p, s->len);
}

ZEND_METHOD(WServer_Protocols_Http_Request, method)
{
	ZEND_PARSE_PARAMETERS_NONE();
	return_span(&wserver_http_req_head(Z_REQ_P(ZEND_THIS))->method, return_value);
}

ZEND_METHOD(WServer_Protocols_Http_Request, uri)
{
	ZEND_PARSE_PARAMETERS_NONE();
	return_span(&wserver_http_req_head(Z_REQ_P(ZEND_THIS))->target, return_value);
}

ws_http_span wserver_http_req_path(wserver_http_req *r)
{
	const ws_http_span *t = &wserver_http_req_head(r)->target;
	const char *mark = memchr(t->p, '?', t->len);
	return (ws_http_span){t->p, mark ? (size_t) (mark - t->p) : t->len};
}

ws_http_span wserver_http_req_query(wserver_http_req *r)
{
	ws_http_span q;
	query_span(wserver_http_req_head(r), &q);
	return q;
}

ZEND_METHOD(WServer_Protocols_Http_Request, path)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ws_http_span p = wserver_http_req_path(Z_REQ_P(ZEND_THIS));
	return_span(&p, return_value);
}

ZEND_METHOD(WServer_Protocols_Http_Request, queryString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ws_http_span q;
	return_span(query_span(wserver_http_req_head(Z_REQ_P(ZEND_THIS)), &q), return_value);
}

ZEND_METHOD(WServer_Protocols_Http_Request, protocolVersion)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STRING(wserver_http_req_head(Z_REQ_P(ZEND_THIS))->version == 10 ? "1.0" : "1.1");
}

ZEND_METHOD(WServer_Protocols_Http_Request, host)
{
	bool without_port = false;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(without_port)
	ZEND_PARSE_PARAMETERS_END();
	const ws_http_span *h = ws_http_header_get(wserver_http_req_head(Z_REQ_P(ZEND_THIS)), "host");
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
	wserver_http_req *r = Z_REQ_P(ZEND_THIS);
	const ws_http_head *h = wserver_http_req_head(r);
	if (!r->raw || h->head_len < 4) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STRINGL(ZSTR_VAL(r->raw), h->head_len - 4);
}

ZEND_METHOD(WServer_Protocols_Http_Request, rawBody)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(wserver_http_req_body(Z_REQ_P(ZEND_THIS)));
}

ZEND_METHOD(WServer_Protocols_Http_Request, rawBodyFile)
{
	ZEND_PARSE_PARAMETERS_NONE();
	const char *path = wserver_http_req_body_file(Z_REQ_P(ZEND_THIS));
	if (!path) {
		RETURN_NULL();
	}
	RETURN_STRING(path);
}

ZEND_METHOD(WServer_Protocols_Http_Request, __toString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_http_req *r = Z_REQ_P(ZEND_THIS);
	if (!r->raw) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STR_COPY(r->raw);
}

ZEND_METHOD(WServer_Protocols_Http_Request, rawBuffer)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_http_req *r = Z_REQ_P(ZEND_THIS);
	if (!r->raw) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STR_COPY(r->raw);
}

/* ---- sessions: the id travels in the cookie Session::$name ---- */

/* $this->context, separated for writing (an unset or reset one is a new empty array). */
static HashTable *context_of(zend_object *obj)
{
	zval *p = OBJ_PROP_NUM(obj, PROP_CONTEXT);
	ZVAL_DEREF(p);
	if (Z_TYPE_P(p) != IS_ARRAY) {
		zval_ptr_dtor(p);
		array_init(p);
	}
	SEPARATE_ARRAY(p);
	return Z_ARRVAL_P(p);
}

static bool valid_session_id(zval *sid)
{
	if (Z_TYPE_P(sid) != IS_STRING || Z_STRLEN_P(sid) < 16 || Z_STRLEN_P(sid) > 256) {
		return false;
	}
	for (size_t i = 0; i < Z_STRLEN_P(sid); i++) {
		char ch = Z_STRVAL_P(sid)[i];
		if (!isalnum((unsigned char) ch) && ch != ',' && ch != '-') {
			return false;
		}
	}
	return true;
}

/* 32 random hex digits. */
static zend_string *new_session_id(void)
{
	unsigned char rnd[16];
	if (php_random_bytes_throw(rnd, sizeof(rnd)) != SUCCESS) {
		return NULL;
	}
	zend_string *sid = zend_string_alloc(32, 0);
	static const char hex[] = "0123456789abcdef";
	for (size_t i = 0; i < sizeof(rnd); i++) {
		ZSTR_VAL(sid)[2 * i] = hex[rnd[i] >> 4];
		ZSTR_VAL(sid)[2 * i + 1] = hex[rnd[i] & 15];
	}
	ZSTR_VAL(sid)[32] = '\0';
	return sid;
}

/* Give the client sid: Set-Cookie in $connection->headers, which the reply takes (as in
 * Workerman). false + exception without a connection (the reply is gone). */
static bool send_session_cookie(zend_object *obj, zend_string *sid)
{
	zval *conn = OBJ_PROP_NUM(obj, PROP_CONNECTION);
	ZVAL_DEREF(conn);
	if (Z_TYPE_P(conn) != IS_OBJECT) {
		zend_throw_exception(spl_ce_RuntimeException,
		                     "Request->session() fail, header already send", 0);
		return false;
	}
	zval rv, headers, list;
	zval *old = zend_read_property(Z_OBJCE_P(conn), Z_OBJ_P(conn), ZEND_STRL("headers"), 1, &rv);
	ZVAL_DEREF(old);
	if (Z_TYPE_P(old) == IS_ARRAY) {
		ZVAL_ARR(&headers, zend_array_dup(Z_ARRVAL_P(old)));
	} else {
		array_init(&headers);
	}
	array_init(&list);
	add_next_index_str(&list, wserver_http_session_cookie(sid));
	zend_hash_str_update(Z_ARRVAL(headers), ZEND_STRL("Set-Cookie"), &list);
	zend_update_property(Z_OBJCE_P(conn), Z_OBJ_P(conn), ZEND_STRL("headers"), &headers);
	zval_ptr_dtor(&headers);
	return !EG(exception);
}

/* The session id (borrowed from $context) as sessionId() gives it; NULL + exception. */
static zend_string *session_id(zend_object *obj, zend_string *given)
{
	HashTable *ctx = context_of(obj);
	if (given && ZSTR_LEN(given)) {
		zend_hash_str_del(ctx, ZEND_STRL("sid"));
		zend_hash_str_del(ctx, ZEND_STRL("session"));
		ctx = context_of(obj); /* the session's end may have run PHP */
	}
	zval *have = zend_hash_str_find_deref(ctx, ZEND_STRL("sid"));
	if (have && Z_TYPE_P(have) == IS_STRING) {
		return Z_STR_P(have);
	}
	zval sid;
	ZVAL_EMPTY_STRING(&sid);
	if (!given || !ZSTR_LEN(given)) {
		zval *c = zend_symtable_find(Z_ARRVAL_P(wserver_http_req_cookies(&req_from_obj(obj)->req)),
		                             wserver_http_session_name());
		if (c && Z_TYPE_P(c) == IS_STRING) {
			/* RFC 6265 lets a value come in double quotes */
			if (Z_STRLEN_P(c) >= 2 && Z_STRVAL_P(c)[0] == '"' &&
			    Z_STRVAL_P(c)[Z_STRLEN_P(c) - 1] == '"') {
				ZVAL_STRINGL(&sid, Z_STRVAL_P(c) + 1, Z_STRLEN_P(c) - 2);
			} else {
				ZVAL_COPY(&sid, c);
			}
			if (!valid_session_id(&sid)) {
				zval_ptr_dtor(&sid);
				ZVAL_EMPTY_STRING(&sid);
			}
		}
	}
	if (Z_STRLEN(sid) == 0) {
		zend_string *fresh = given && ZSTR_LEN(given) ? zend_string_copy(given) : new_session_id();
		if (!fresh) {
			return NULL;
		}
		ZVAL_STR(&sid, fresh);
		if (!send_session_cookie(obj, fresh)) {
			zval_ptr_dtor(&sid);
			return NULL;
		}
	}
	ctx = context_of(obj);
	zval *stored = zend_hash_str_update(ctx, ZEND_STRL("sid"), &sid);
	return Z_STR_P(stored);
}

/* $context['session'], made on first use (borrowed); NULL + exception. */
static zend_object *session_of(zend_object *obj)
{
	zval *have = zend_hash_str_find_deref(context_of(obj), ZEND_STRL("session"));
	if (have && Z_TYPE_P(have) == IS_OBJECT) {
		return Z_OBJ_P(have);
	}
	zend_string *sid = session_id(obj, NULL);
	if (!sid) {
		return NULL;
	}
	zend_string_addref(sid);
	zend_object *session = wserver_http_session_new(sid);
	zend_string_release(sid);
	if (!session) {
		return NULL;
	}
	zval v;
	ZVAL_OBJ(&v, session);
	zend_hash_str_update(context_of(obj), ZEND_STRL("session"), &v);
	return session;
}

ZEND_METHOD(WServer_Protocols_Http_Request, session)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *session = session_of(Z_OBJ_P(ZEND_THIS));
	if (!session) {
		RETURN_THROWS();
	}
	RETURN_OBJ_COPY(session);
}

ZEND_METHOD(WServer_Protocols_Http_Request, sessionId)
{
	zend_string *given = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR_OR_NULL(given)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *sid = session_id(Z_OBJ_P(ZEND_THIS), given);
	if (!sid) {
		RETURN_THROWS();
	}
	RETURN_STR_COPY(sid);
}

ZEND_METHOD(WServer_Protocols_Http_Request, sessionRegenerateId)
{
	bool delete_old = false;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(delete_old)
	ZEND_PARSE_PARAMETERS_END();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zend_object *old = session_of(obj);
	if (!old) {
		RETURN_THROWS();
	}
	zval data;
	ZVAL_COPY(&data, wserver_http_session_data(old));
	if (delete_old) {
		wserver_http_session_flush(old);
	}
	zend_string *sid = new_session_id();
	zend_object *fresh = sid ? wserver_http_session_new(sid) : NULL;
	if (!fresh) {
		zval_ptr_dtor(&data);
		if (sid) {
			zend_string_release(sid);
		}
		RETURN_THROWS();
	}
	wserver_http_session_put_all(fresh, Z_ARRVAL(data));
	zval_ptr_dtor(&data);
	if (!send_session_cookie(obj, sid)) {
		OBJ_RELEASE(fresh);
		zend_string_release(sid);
		RETURN_THROWS();
	}
	zval v;
	ZVAL_STR_COPY(&v, sid);
	zend_hash_str_update(context_of(obj), ZEND_STRL("sid"), &v);
	ZVAL_OBJ(&v, fresh); /* the old session ends here: saved (emptied when deleteOldSession) */
	zend_hash_str_update(context_of(obj), ZEND_STRL("session"), &v);
	RETURN_STR(sid);
}

ZEND_METHOD(WServer_Protocols_Http_Request, isValidSessionId)
{
	zval *sid;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(sid)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(valid_session_id(sid));
}

ZEND_METHOD(WServer_Protocols_Http_Request, createSessionId)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *sid = new_session_id();
	if (!sid) {
		RETURN_THROWS();
	}
	RETURN_STR(sid);
}

ZEND_METHOD(WServer_Protocols_Http_Request, destroy)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval *ctx = OBJ_PROP_NUM(obj, PROP_CONTEXT);
	ZVAL_DEREF(ctx);
	if (Z_TYPE_P(ctx) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(ctx)) > 0) {
		zval empty;
		ZVAL_EMPTY_ARRAY(&empty);
		zend_update_property(obj->ce, obj, ZEND_STRL("context"), &empty); /* a session ends */
	}
	if (obj->properties) {
		/* the dynamic properties (Workerman keeps them in $properties) */
		if (GC_REFCOUNT(obj->properties) > 1) {
			if (!(GC_FLAGS(obj->properties) & IS_ARRAY_IMMUTABLE)) {
				GC_DELREF(obj->properties);
			}
			obj->properties = zend_array_dup(obj->properties);
		}
		zend_string *key;
		zval *v;
		ZEND_HASH_FOREACH_STR_KEY_VAL(obj->properties, key, v) {
			if (key && Z_TYPE_P(v) != IS_INDIRECT) {
				zend_hash_del(obj->properties, key);
			}
		}
		ZEND_HASH_FOREACH_END();
	}
	zval *props = OBJ_PROP_NUM(obj, PROP_PROPERTIES);
	ZVAL_DEREF(props);
	if (Z_TYPE_P(props) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(props)) > 0) {
		zval empty;
		ZVAL_EMPTY_ARRAY(&empty);
		zend_update_property(obj->ce, obj, ZEND_STRL("properties"), &empty);
	}
	zval *conn = OBJ_PROP_NUM(obj, PROP_CONNECTION);
	zval_ptr_dtor(conn);
	ZVAL_NULL(conn);
}

/* The address of $connection's peer (local = false) or of our end: "0.0.0.0" / 0 without one. */
static void request_addr(zval *this_zv, bool local, char *ip, size_t iplen, int *port)
{
	zval *conn = OBJ_PROP_NUM(Z_OBJ_P(this_zv), PROP_CONNECTION);
	ZVAL_DEREF(conn);
	ws_conn *c = Z_TYPE_P(conn) == IS_OBJECT ? wserver_tcp_connection_get(Z_OBJ_P(conn)) : NULL;
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	snprintf(ip, iplen, "0.0.0.0");
	*port = 0;
	if (!c || (local && (c->fd < 0 || ws_conn_local(c, &ss, &len) != WS_OK))) {
		return;
	}
	if (!local) {
		ss = c->peer;
	}
	ws_sockaddr_split((struct sockaddr *) &ss, ip, iplen, port);
}

ZEND_METHOD(WServer_Protocols_Http_Request, getRemoteIp)
{
	char ip[128];
	int port;
	ZEND_PARSE_PARAMETERS_NONE();
	request_addr(ZEND_THIS, false, ip, sizeof(ip), &port);
	RETURN_STRING(ip);
}

ZEND_METHOD(WServer_Protocols_Http_Request, getRemotePort)
{
	char ip[128];
	int port;
	ZEND_PARSE_PARAMETERS_NONE();
	request_addr(ZEND_THIS, false, ip, sizeof(ip), &port);
	RETURN_LONG(port);
}

ZEND_METHOD(WServer_Protocols_Http_Request, getLocalIp)
{
	char ip[128];
	int port;
	ZEND_PARSE_PARAMETERS_NONE();
	request_addr(ZEND_THIS, true, ip, sizeof(ip), &port);
	RETURN_STRING(ip);
}

ZEND_METHOD(WServer_Protocols_Http_Request, getLocalPort)
{
	char ip[128];
	int port;
	ZEND_PARSE_PARAMETERS_NONE();
	request_addr(ZEND_THIS, true, ip, sizeof(ip), &port);
	RETURN_LONG(port);
}

/* ---- the helpers webman's Request adds, with its signatures and results ---- */

/* header($name) as the method reads it ($data['headers'] first); name in lower case. NULL when
 * absent. */
static zval *header_of(zval *this_zv, const char *name)
{
	zval *headers = data_override(this_zv, ZEND_STRL("headers"));
	if (!headers) {
		headers = wserver_http_req_headers(Z_REQ_P(this_zv));
	}
	return zend_hash_str_find_deref(Z_ARRVAL_P(headers), name, strlen(name));
}

/* filter_var($ip, FILTER_VALIDATE_IP, $flags) !== false: PHP's own notion of the ranges. */
static bool filter_ip(const char *ip, size_t len, zend_long flags)
{
	zval fn, args[3], ret;
	ZVAL_STRING(&fn, "filter_var");
	ZVAL_STRINGL(&args[0], ip, len);
	ZVAL_LONG(&args[1], 275); /* FILTER_VALIDATE_IP */
	ZVAL_LONG(&args[2], flags);
	bool ok =
	    call_user_function(NULL, NULL, &fn, &ret, 3, args) == SUCCESS && Z_TYPE(ret) == IS_STRING;
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&fn);
	return ok;
}

#define FILTER_IPV4        1048576
#define FILTER_NO_PRIV_RES (8388608 | 4194304) /* FILTER_FLAG_NO_PRIV_RANGE | _NO_RES_RANGE */

static bool intranet_ip(const char *ip, size_t len)
{
	if (!filter_ip(ip, len, 0)) {
		return false;
	}
	if (!filter_ip(ip, len, FILTER_NO_PRIV_RES)) {
		return true;
	}
	if (!filter_ip(ip, len, FILTER_IPV4)) {
		return false;
	}
	/* IPv4 ranges filter_var leaves out: shared, protocol assignments, documentation,
	 * 6to4 relay, benchmarking, multicast */
	static const struct {
		uint32_t from, to;
	} reserved[] = {
	    {0x64400000, 0x647fffff}, {0xc0000000, 0xc00000ff}, {0xc0000200, 0xc00002ff},
	    {0xc0586300, 0xc05863ff}, {0xc6120000, 0xc613ffff}, {0xc6336400, 0xc63364ff},
	    {0xcb007100, 0xcb0071ff}, {0xe0000000, 0xefffffff},
	};
	char buf[INET_ADDRSTRLEN];
	struct in_addr a;
	snprintf(buf, sizeof(buf), "%.*s", (int) len, ip);
	if (inet_pton(AF_INET, buf, &a) != 1) {
		return false;
	}
	uint32_t v = ntohl(a.s_addr);
	for (size_t i = 0; i < sizeof(reserved) / sizeof(reserved[0]); i++) {
		if (v >= reserved[i].from && v <= reserved[i].to) {
			return true;
		}
	}
	return false;
}

ZEND_METHOD(WServer_Protocols_Http_Request, isIntranetIp)
{
	zend_string *ip;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(ip)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(intranet_ip(ZSTR_VAL(ip), ZSTR_LEN(ip)));
}

ZEND_METHOD(WServer_Protocols_Http_Request, getRealIp)
{
	bool safe = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(safe)
	ZEND_PARSE_PARAMETERS_END();
	char remote[128];
	int port;
	request_addr(ZEND_THIS, false, remote, sizeof(remote), &port);
	if (safe && !intranet_ip(remote, strlen(remote))) {
		RETURN_STRING(remote);
	}
	/* the first of these present counts, valid or not */
	static const char *const names[] = {"x-real-ip", "x-forwarded-for", "client-ip", "x-client-ip",
	                                    "via"};
	zval *v = NULL;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]) && !v; i++) {
		v = header_of(ZEND_THIS, names[i]);
	}
	if (v && Z_TYPE_P(v) == IS_STRING) {
		const char *comma = memchr(Z_STRVAL_P(v), ',', Z_STRLEN_P(v));
		size_t len = comma ? (size_t) (comma - Z_STRVAL_P(v)) : Z_STRLEN_P(v);
		if (filter_ip(Z_STRVAL_P(v), len, 0)) {
			RETURN_STRINGL(Z_STRVAL_P(v), len);
		}
	}
	RETURN_STRING(remote);
}

ZEND_METHOD(WServer_Protocols_Http_Request, isAjax)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *v = header_of(ZEND_THIS, "x-requested-with");
	RETURN_BOOL(v && Z_TYPE_P(v) == IS_STRING &&
	            zend_string_equals_literal(Z_STR_P(v), "XMLHttpRequest"));
}

static bool is_pjax(zval *this_zv)
{
	zval *v = header_of(this_zv, "x-pjax");
	return v && zend_is_true(v);
}

ZEND_METHOD(WServer_Protocols_Http_Request, isPjax)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(is_pjax(ZEND_THIS));
}

static bool accept_json(zval *this_zv)
{
	zval *v = header_of(this_zv, "accept");
	return v && Z_TYPE_P(v) == IS_STRING &&
	       zend_memnstr(Z_STRVAL_P(v), "json", 4, Z_STRVAL_P(v) + Z_STRLEN_P(v)) != NULL;
}

ZEND_METHOD(WServer_Protocols_Http_Request, acceptJson)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(accept_json(ZEND_THIS));
}

ZEND_METHOD(WServer_Protocols_Http_Request, expectsJson)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *v = header_of(ZEND_THIS, "x-requested-with");
	bool ajax =
	    v && Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal(Z_STR_P(v), "XMLHttpRequest");
	RETURN_BOOL((ajax && !is_pjax(ZEND_THIS)) || accept_json(ZEND_THIS));
}

/* "//" host, then the path (or the whole target). */
static void return_url(zval *this_zv, bool full, zval *return_value)
{
	wserver_http_req *r = Z_REQ_P(this_zv);
	const ws_http_span *h = ws_http_header_get(wserver_http_req_head(r), "host");
	ws_http_span tail = full ? wserver_http_req_head(r)->target : wserver_http_req_path(r);
	RETURN_STR(zend_strpprintf(0, "//%.*s%.*s", h ? (int) h->len : 0, h ? h->p : "", (int) tail.len,
	                           tail.p));
}

ZEND_METHOD(WServer_Protocols_Http_Request, url)
{
	ZEND_PARSE_PARAMETERS_NONE();
	return_url(ZEND_THIS, false, return_value);
}

ZEND_METHOD(WServer_Protocols_Http_Request, fullUrl)
{
	ZEND_PARSE_PARAMETERS_NONE();
	return_url(ZEND_THIS, true, return_value);
}

static bool method_is(zval *this_zv, const char *m)
{
	const ws_http_span *s = &wserver_http_req_head(Z_REQ_P(this_zv))->method;
	return s->len == strlen(m) && memcmp(s->p, m, s->len) == 0;
}

ZEND_METHOD(WServer_Protocols_Http_Request, isGet)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(method_is(ZEND_THIS, "GET"));
}

ZEND_METHOD(WServer_Protocols_Http_Request, isPost)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(method_is(ZEND_THIS, "POST"));
}

/* ---- $properties: what is set on the request by name (Workerman 5's magic methods) ---- */

static zval *properties_of(zval *this_zv, bool write)
{
	zval *p = OBJ_PROP_NUM(Z_OBJ_P(this_zv), PROP_PROPERTIES);
	ZVAL_DEREF(p);
	if (Z_TYPE_P(p) != IS_ARRAY) {
		if (!write) {
			return NULL;
		}
		zval_ptr_dtor(p);
		array_init(p);
	}
	if (write) {
		SEPARATE_ARRAY(p);
	}
	return p;
}

/* A dynamic property ($properties) by name, dereferenced; NULL when it was never set. */
static zval *property_find(zval *request, zend_string *name)
{
	zval *props = properties_of(request, false);
	zval *v = props ? zend_symtable_find(Z_ARRVAL_P(props), name) : NULL;
	if (v) {
		ZVAL_DEREF(v);
	}
	return v;
}

ZEND_METHOD(WServer_Protocols_Http_Request, __get)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	zval *v = property_find(ZEND_THIS, name);
	if (v) {
		RETURN_COPY(v);
	}
	RETURN_NULL();
}

ZEND_METHOD(WServer_Protocols_Http_Request, __set)
{
	zend_string *name;
	zval *value;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(name)
	Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	Z_TRY_ADDREF_P(value);
	zend_symtable_update(Z_ARRVAL_P(properties_of(ZEND_THIS, true)), name, value);
}

ZEND_METHOD(WServer_Protocols_Http_Request, __isset)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	zval *v = property_find(ZEND_THIS, name);
	RETURN_BOOL(v && Z_TYPE_P(v) != IS_NULL);
}

ZEND_METHOD(WServer_Protocols_Http_Request, __unset)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	if (properties_of(ZEND_THIS, false)) {
		zend_symtable_del(Z_ARRVAL_P(properties_of(ZEND_THIS, true)), name);
	}
}

void wserver_http_request_apply_limits(bool swoole)
{
	zval *head = zend_read_static_property(wserver_http_request_ce, ZEND_STRL("maxHeaderSize"), 1);
	zval *uri = zend_read_static_property(wserver_http_request_ce, ZEND_STRL("maxUriLength"), 1);
	zend_long h = head && Z_TYPE_P(head) == IS_LONG ? Z_LVAL_P(head) : 16384;
	zend_long u = uri && Z_TYPE_P(uri) == IS_LONG ? Z_LVAL_P(uri) : 8192;
	if (swoole && h == 16384 && u == 8192) {
		h = u = 65536; /* Swoole's bound of a request head, the URI within it */
	}
	ws_http_set_limits(h > 64 ? (size_t) h : 64, u > 1 ? (size_t) u : 1);
	zval *t = zend_read_static_property(wserver_http_request_ce, ZEND_STRL("headerTimeout"), 1);
	double secs = t ? zval_get_double(t) : 30.0;
	ws_http_set_head_timeout(secs > 0 ? (int64_t) (secs * 1000) : 0);
}

/* Http::uploadTmpDir(): set in this process; empty: not set. */
static char upload_dir[4096];

const char *wserver_http_upload_dir(void)
{
	if (upload_dir[0]) {
		return upload_dir;
	}
	if (PG(upload_tmp_dir) && PG(upload_tmp_dir)[0]) {
		return PG(upload_tmp_dir);
	}
	return php_get_temporary_directory();
}

void wserver_http_set_upload_dir(const char *dir, size_t len)
{
	snprintf(upload_dir, sizeof(upload_dir), "%.*s", (int) len, dir);
	ws_spool_set_dir(wserver_http_upload_dir());
}

void wserver_http_request_apply_upload(zend_long max, zend_string *dir)
{
	if (max <= 0 && !dir) {
		zval *m = zend_read_static_property(wserver_http_request_ce, ZEND_STRL("uploadMaxSize"), 1);
		max = m && Z_TYPE_P(m) == IS_LONG ? Z_LVAL_P(m) : 0;
	}
	if (dir) {
		wserver_http_set_upload_dir(ZSTR_VAL(dir), ZSTR_LEN(dir));
	}
	ws_http_set_upload_max(max > 0 ? (uint64_t) max : 0);
	ws_spool_set_dir(wserver_http_upload_dir());
	zend_long files = INI_INT("max_file_uploads");
	ws_spool_set_max_files(files > 0 ? (unsigned) files : 0);
}

void wserver_http_request_minit(void)
{
	wserver_http_request_ce = register_class_WServer_Protocols_Http_Request();
	request_pool.ce = wserver_http_request_ce;
	wserver_http_request_ce->create_object = http_request_create;
	memcpy(&http_request_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	http_request_handlers.offset = XtOffsetOf(wserver_http_request_obj, std);
	http_request_handlers.free_obj = http_request_free;
	http_request_handlers.dtor_obj = http_request_dtor;
	http_request_handlers.clone_obj = NULL;
}
