/* WServer\Protocols\Http\Response and the bytes of every HTTP reply (also of a plain string
 * sent on an http:// connection). */
#include "http_response.h"
#include "aliases.h"
#include "tcp_connection.h"
#include "http_static.h"
#include "proto/http.h"
#include "proto/mime.h"

#include "ext/standard/url.h"
#include "zend_attributes.h"
#include "zend_smart_str.h"
#include "stubs/http_response_arginfo.h"

#include <fcntl.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

zend_class_entry *wserver_http_response_ce;
static zend_object_handlers http_response_handlers;

typedef struct {
	zend_long status;
	zend_string *reason; /* NULL: the standard phrase */
	zval headers;        /* name => string, or list of strings (Set-Cookie) */
	zend_string *body;
	zend_string *file; /* withFile(): sent instead of body; NULL: none */
	zend_long file_offset, file_length;
	bool swoole;  /* Http\Server's: Swoole's header rules (wserver_http_response_swoole_rules) */
	bool chunked; /* Http\Server's write(): a chunked reply, its Transfer-Encoding added last */
	zend_object std;
} wserver_http_response_obj;

static inline wserver_http_response_obj *resp_from_obj(zend_object *obj)
{
	return (wserver_http_response_obj *) ((char *) obj -
	                                      XtOffsetOf(wserver_http_response_obj, std));
}
#define Z_RESP_P(zv) resp_from_obj(Z_OBJ_P(zv))

static zend_object *http_response_create(zend_class_entry *ce)
{
	wserver_http_response_obj *r = zend_object_alloc(sizeof(*r), ce);
	zend_object_std_init(&r->std, ce);
	object_properties_init(&r->std, ce);
	r->std.handlers = &http_response_handlers;
	r->status = 200;
	array_init(&r->headers);
	r->body = ZSTR_EMPTY_ALLOC();
	return &r->std;
}

static void http_response_free(zend_object *obj)
{
	wserver_http_response_obj *r = resp_from_obj(obj);
	if (r->reason) {
		zend_string_release(r->reason);
	}
	zval_ptr_dtor(&r->headers);
	zend_string_release(r->body);
	if (r->file) {
		zend_string_release(r->file);
	}
	zend_object_std_dtor(obj);
}

/* "Date: ..." for this second, made once per second (at date_made). */
static time_t date_made;
static const char *http_date(size_t *len)
{
	static char buf[64];
	static size_t buf_len;
	time_t now = time(NULL);
	if (now != date_made) {
		struct tm tm;
		gmtime_r(&now, &tm);
		buf_len = strftime(buf, sizeof(buf), "Date: %a, %d %b %Y %H:%M:%S GMT\r\n", &tm);
		date_made = now;
	}
	*len = buf_len;
	return buf;
}

#define PLAIN_START "HTTP/1.1 200 OK\r\n"
#define PLAIN_TYPE  "Content-Type: text/html;charset=utf-8\r\n"
#define SWOOLE_TYPE "Content-Type: text/html\r\n" /* Swoole's default has no charset */
#define PLAIN_KA    "Connection: keep-alive\r\nContent-Length: "
#define PLAIN_CLOSE "Connection: close\r\nContent-Length: "
/* Room for a plain head up to its Content-Length value; copied whole (a fixed-size copy is a
 * few vector moves, a variable one a call or a slow rep movs). */
#define PLAIN_PREFIX_MAX 176

/* The Server header's value: Swoole's own for its Http\Server under Swoole's names */
static const char *server_name(bool swoole)
{
	return swoole && wserver_aliases_swoole() ? "swoole-http-server" : "wserver";
}

/* The head up to the Content-Length value, keep-alive or not, with Swoole's Content-Type or
 * ours; remade once a second (Date). */
static const char *plain_prefix(bool keep_alive, bool swoole, size_t *len)
{
	static char prefix[2][2][PLAIN_PREFIX_MAX];
	static size_t prefix_len[2][2];
	static time_t made;
	size_t dlen;
	const char *date = http_date(&dlen);
	if (made != date_made) {
		for (int sw = 0; sw < 2; sw++) {
			for (int ka = 0; ka < 2; ka++) {
				const char *conn = ka ? PLAIN_KA : PLAIN_CLOSE;
				/* Swoole's order puts Connection before Content-Type */
				prefix_len[sw][ka] =
				    sw ? (size_t) snprintf(prefix[sw][ka], PLAIN_PREFIX_MAX,
				                           "%sServer: %s\r\n%.*s%s%sContent-Length: ", PLAIN_START,
				                           server_name(true), (int) dlen, date,
				                           ka ? "Connection: keep-alive\r\n"
				                              : "Connection: close\r\n",
				                           SWOOLE_TYPE)
				       : (size_t) snprintf(prefix[sw][ka], PLAIN_PREFIX_MAX,
				                           "%sServer: %s\r\n%.*s%s%s", PLAIN_START,
				                           server_name(false), (int) dlen, date, PLAIN_TYPE, conn);
			}
		}
		made = date_made;
	}
	*len = prefix_len[swoole][keep_alive];
	return prefix[swoole][keep_alive];
}

size_t wserver_http_plain_head(char *out, size_t body_len, bool keep_alive, bool swoole)
{
	_Static_assert(PLAIN_PREFIX_MAX + 24 <= WSERVER_HTTP_PLAIN_HEAD_MAX, "room for the head");
	size_t len;
	memcpy(out, plain_prefix(keep_alive, swoole, &len), PLAIN_PREFIX_MAX);
	char digits[24], *d = zend_print_ulong_to_buf(digits + sizeof(digits) - 1, body_len);
	char *p = out + len;
	while (d < digits + sizeof(digits) - 1) {
		*p++ = *d++;
	}
	memcpy(p, "\r\n\r\n", 4);
	return (size_t) (p + 4 - out);
}

static bool has_header(HashTable *h, const char *name)
{
	zend_string *key;
	ZEND_HASH_FOREACH_STR_KEY(h, key) {
		if (key && !zend_binary_strcasecmp(ZSTR_VAL(key), ZSTR_LEN(key), name, strlen(name))) {
			return true;
		}
	}
	ZEND_HASH_FOREACH_END();
	return false;
}

static void append_header(smart_str *s, zend_string *name, zval *v)
{
	smart_str_append(s, name);
	smart_str_appendl(s, ": ", 2);
	smart_str_append(s, Z_STR_P(v));
	smart_str_appendl(s, "\r\n", 2);
}

/* The status line and headers of a reply with a body of body_len bytes. */
static bool header_is(HashTable *h, const char *name, const char *value)
{
	zend_string *key;
	zval *v;
	ZEND_HASH_FOREACH_STR_KEY_VAL(h, key, v) {
		if (key && Z_TYPE_P(v) == IS_STRING &&
		    !zend_binary_strcasecmp(ZSTR_VAL(key), ZSTR_LEN(key), name, strlen(name)) &&
		    !strncasecmp(Z_STRVAL_P(v), value, strlen(value))) {
			return true;
		}
	}
	ZEND_HASH_FOREACH_END();
	return false;
}

/* Swoole sends none of the headers it would add itself (and Content-Encoding) when the
 * application set one of them to "": the way to drop its default. */
static bool swoole_dropped(zend_string *name, zval *v)
{
	static const char *const own[] = {"server",          "connection",   "date",
	                                  "content-length",  "content-type", "transfer-encoding",
	                                  "content-encoding"};
	if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) != 0) {
		return false;
	}
	for (size_t i = 0; i < sizeof(own) / sizeof(own[0]); i++) {
		if (!zend_binary_strcasecmp(ZSTR_VAL(name), ZSTR_LEN(name), own[i], strlen(own[i]))) {
			return true;
		}
	}
	return false;
}

static void status_line(smart_str *s, zend_long status, zend_string *reason)
{
	smart_str_appendl(s, "HTTP/1.1 ", 9);
	smart_str_append_long(s, status);
	smart_str_appendc(s, ' ');
	if (reason) {
		smart_str_append(s, reason);
	} else {
		smart_str_appends(s, ws_http_reason((int) status));
	}
	smart_str_appendl(s, "\r\n", 2);
}

/* Each value of header name (a string or a list), set_cookie: only Set-Cookie, or all but. */
static void append_headers(smart_str *s, HashTable *headers, bool set_cookie)
{
	zend_string *name;
	zval *v;
	ZEND_HASH_FOREACH_STR_KEY_VAL(headers, name, v) {
		if (!name || swoole_dropped(name, v) ||
		    set_cookie != zend_string_equals_literal_ci(name, "set-cookie")) {
			continue;
		}
		if (Z_TYPE_P(v) == IS_ARRAY) {
			zval *each;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), each) {
				append_header(s, name, each);
			}
			ZEND_HASH_FOREACH_END();
		} else {
			append_header(s, name, v);
		}
	}
	ZEND_HASH_FOREACH_END();
}

/* Http\Server's head, in Swoole's order: the application's headers, its cookies, then what
 * it did not set of Server, Date, Connection, Content-Type and Content-Length (or, streaming,
 * Transfer-Encoding); its own headers set to "" are not sent, nor their default. */
static void swoole_head(smart_str *s, zend_long status, zend_string *reason, HashTable *headers,
                        size_t body_len, bool keep_alive, bool streaming)
{
	status_line(s, status, reason);
	append_headers(s, headers, false);
	append_headers(s, headers, true);
	if (!has_header(headers, "server")) {
		smart_str_appends(s, "Server: ");
		smart_str_appends(s, server_name(true));
		smart_str_appendl(s, "\r\n", 2);
	}
	if (!has_header(headers, "date")) {
		size_t dlen;
		const char *date = http_date(&dlen);
		smart_str_appendl(s, date, dlen);
	}
	if (status == 101) {
		smart_str_appendl(s, "\r\n", 2); /* a WebSocket handshake's answer: no body follows */
		smart_str_0(s);
		return;
	}
	if (!has_header(headers, "connection")) {
		smart_str_appends(s, keep_alive ? "Connection: keep-alive\r\n" : "Connection: close\r\n");
	}
	if (!has_header(headers, "content-type")) {
		smart_str_appends(s, SWOOLE_TYPE);
	}
	if (streaming) {
		if (!has_header(headers, "transfer-encoding")) {
			smart_str_appends(s, "Transfer-Encoding: chunked\r\n");
		}
	} else if (!has_header(headers, "content-length")) {
		smart_str_appendl(s, "Content-Length: ", 16);
		smart_str_append_unsigned(s, body_len);
		smart_str_appendl(s, "\r\n", 2);
	}
	smart_str_appendl(s, "\r\n", 2);
	smart_str_0(s);
}

/* The status line and headers of a reply with a body of body_len bytes; swoole: Swoole's
 * (swoole_head()). */
static void reply_head(smart_str *s, zend_long status, zend_string *reason, HashTable *headers,
                       size_t body_len, bool keep_alive, bool streaming, bool swoole)
{
	if (swoole) {
		HashTable empty;
		zend_hash_init(&empty, 0, NULL, NULL, 0);
		swoole_head(s, status, reason, headers ? headers : &empty, body_len, keep_alive, streaming);
		zend_hash_destroy(&empty);
		return;
	}
	status_line(s, status, reason);
	smart_str_appendl(s, "Server: wserver\r\n", 17);
	size_t dlen;
	const char *date = http_date(&dlen);
	smart_str_appendl(s, date, dlen);
	if (!headers || !has_header(headers, "content-type")) {
		smart_str_appends(s, PLAIN_TYPE);
	}
	if (!headers || !has_header(headers, "connection")) {
		smart_str_appends(s, keep_alive ? "Connection: keep-alive\r\n" : "Connection: close\r\n");
	}
	if (!streaming && (!headers || !has_header(headers, "content-length"))) {
		smart_str_appendl(s, "Content-Length: ", 16);
		smart_str_append_unsigned(s, body_len);
		smart_str_appendl(s, "\r\n", 2);
	}
	if (headers) {
		zend_string *name;
		zval *v;
		ZEND_HASH_FOREACH_STR_KEY_VAL(headers, name, v) {
			if (!name) {
				continue;
			}
			if (Z_TYPE_P(v) == IS_ARRAY) {
				zval *each;
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), each) {
					append_header(s, name, each);
				}
				ZEND_HASH_FOREACH_END();
			} else {
				append_header(s, name, v);
			}
		}
		ZEND_HASH_FOREACH_END();
	}
	smart_str_appendl(s, "\r\n", 2);
	smart_str_0(s);
}

zend_string *wserver_http_reply_head(zval *data, bool keep_alive, zend_string **body,
                                     bool *streaming)
{
	smart_str s = {0};
	*streaming = false;
	if (Z_TYPE_P(data) == IS_OBJECT &&
	    instanceof_function(Z_OBJCE_P(data), wserver_http_response_ce)) {
		wserver_http_response_obj *r = Z_RESP_P(data);
		HashTable *h = Z_ARRVAL(r->headers);
		/* an event stream is chunked, but not in Swoole's Response: its end() has a length,
		 * or none when the application dropped Content-Length, as Swoole's */
		*streaming = r->chunked || header_is(h, "transfer-encoding", "chunked") ||
		             (!r->swoole && header_is(h, "content-type", "text/event-stream"));
		*body = zend_string_copy(r->body);
		reply_head(&s, r->status, r->reason, h, ZSTR_LEN(r->body), keep_alive, *streaming,
		           r->swoole);
	} else {
		*body = zval_try_get_string(data);
		if (!*body) {
			return NULL;
		}
		reply_head(&s, 200, NULL, NULL, ZSTR_LEN(*body), keep_alive, false, false);
	}
	return s.s;
}

/* Remove name (any letter case) from h. */
static void del_header(HashTable *h, const char *name)
{
	zend_string *key, *found;
	do {
		found = NULL;
		ZEND_HASH_FOREACH_STR_KEY(h, key) {
			if (key && !zend_binary_strcasecmp(ZSTR_VAL(key), ZSTR_LEN(key), name, strlen(name))) {
				found = key;
				break;
			}
		}
		ZEND_HASH_FOREACH_END();
		if (found) {
			zend_hash_del(h, found);
		}
	} while (found);
}

/* Open path for a reply: a readable regular file (open_basedir applies, silently), or -1. */
static int open_reply_file(const char *path, struct stat *st)
{
	if (php_check_open_basedir_ex(path, 0) != 0) {
		return -1;
	}
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		return -1;
	}
	if (fstat(fd, st) != 0 || !S_ISREG(st->st_mode)) {
		close(fd);
		return -1;
	}
	return fd;
}

zend_string *wserver_http_reply_file(zval *data, bool keep_alive, const char *req, size_t req_len,
                                     int *fd, off_t *offset, size_t *len, zend_string **body)
{
	*fd = -1;
	*body = NULL;
	if (Z_TYPE_P(data) != IS_OBJECT ||
	    !instanceof_function(Z_OBJCE_P(data), wserver_http_response_ce) || !Z_RESP_P(data)->file) {
		return NULL;
	}
	wserver_http_response_obj *r = Z_RESP_P(data);
	smart_str s = {0};
	struct stat st;
	*fd = open_reply_file(ZSTR_VAL(r->file), &st);
	if (*fd < 0) {
		*body = zend_string_init(ZEND_STRL("404 Not Found"), 0);
		reply_head(&s, 404, NULL, NULL, ZSTR_LEN(*body), keep_alive, false, r->swoole);
		return s.s;
	}
	/* the range asked for, cut to what the file holds */
	zend_long size = (zend_long) st.st_size;
	zend_long from = r->file_offset < size ? r->file_offset : size;
	zend_long n = size - from;
	if (r->file_length > 0 && r->file_length < n) {
		n = r->file_length;
	}
	/* our Content-Length is the truth; the type and date only when the application has none */
	HashTable *h = zend_array_dup(Z_ARRVAL(r->headers));
	del_header(h, "content-length");
	del_header(h, "transfer-encoding");
	if (!has_header(h, "content-type")) {
		const char *type = ws_mime_type(ZSTR_VAL(r->file), ZSTR_LEN(r->file));
		zval v;
		ZVAL_STRING(&v, type);
		zend_hash_str_update(h, ZEND_STRL("Content-Type"), &v);
	}
	/* the request's Range, HEAD and conditional headers (http_static.c) */
	ws_http_file_plan plan;
	wserver_http_static_file_reply(h, req, req_len, &st, r->status, (uint64_t) from, (uint64_t) n,
	                               !r->swoole, &plan);
	reply_head(&s, plan.status, plan.status == r->status ? r->reason : NULL, h, plan.len,
	           keep_alive, false, r->swoole);
	zend_array_destroy(h);
	*offset = (off_t) plan.from;
	*len = (size_t) plan.len;
	if (!plan.body) {
		close(*fd); /* HEAD, 304, 416: the head alone */
		*fd = -1;
		*body = ZSTR_EMPTY_ALLOC();
	}
	return s.s;
}

/* A header value into *out: a string, or a list of strings for a header sent once per
 * value (Set-Cookie => [...]); anything else as its string form. */
static void header_value(zval *value, zval *out)
{
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) != IS_ARRAY) {
		ZVAL_STR(out, zval_get_string(value));
		return;
	}
	array_init_size(out, zend_hash_num_elements(Z_ARRVAL_P(value)));
	zval *each;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), each) {
		add_next_index_str(out, zval_get_string(each));
	}
	ZEND_HASH_FOREACH_END();
}

/* Set every name => value of headers (entries without a string name are skipped). */
static void merge_headers(wserver_http_response_obj *r, HashTable *headers)
{
	zend_string *name;
	zval *v;
	ZEND_HASH_FOREACH_STR_KEY_VAL(headers, name, v) {
		if (name) {
			zval s;
			header_value(v, &s);
			zend_hash_update(Z_ARRVAL(r->headers), name, &s);
		}
	}
	ZEND_HASH_FOREACH_END();
}

/* Add headers to r, keeping both when one is a list (Set-Cookie from the response and from
 * the session), as Workerman's array_merge_recursive() does. */
static void add_headers(wserver_http_response_obj *r, HashTable *headers)
{
	zend_string *name;
	zval *v;
	ZEND_HASH_FOREACH_STR_KEY_VAL(headers, name, v) {
		if (!name) {
			continue;
		}
		zval add, *old = zend_hash_find(Z_ARRVAL(r->headers), name);
		header_value(v, &add);
		if (old && (Z_TYPE_P(old) == IS_ARRAY || Z_TYPE(add) == IS_ARRAY)) {
			zval list;
			array_init(&list);
			zval *parts[2] = {old, &add}, *each;
			for (int i = 0; i < 2; i++) {
				if (Z_TYPE_P(parts[i]) == IS_ARRAY) {
					ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(parts[i]), each) {
						add_next_index_str(&list, zend_string_copy(Z_STR_P(each)));
					}
					ZEND_HASH_FOREACH_END();
				} else {
					add_next_index_str(&list, zend_string_copy(Z_STR_P(parts[i])));
				}
			}
			zval_ptr_dtor(&add);
			ZVAL_COPY_VALUE(&add, &list);
		}
		zend_hash_update(Z_ARRVAL(r->headers), name, &add);
	}
	ZEND_HASH_FOREACH_END();
}

/* $conn->headers: declared by TcpConnection or set as a dynamic property; NULL: none. */
static zval *conn_headers(zend_object *conn)
{
	zval *v = wserver_tcp_connection_headers(conn); /* per reply: by slot */
	if (!v) {
		v = wserver_tcp_connection_prop(conn, "headers");
	}
	return v && Z_TYPE_P(v) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(v)) ? v : NULL;
}

zval *wserver_http_reply_conn_headers(zend_object *conn, zval *data, zval *tmp)
{
	ZVAL_UNDEF(tmp);
	zval *headers = conn ? conn_headers(conn) : NULL;
	if (!headers) {
		return data;
	}
	if (Z_TYPE_P(data) == IS_OBJECT &&
	    instanceof_function(Z_OBJCE_P(data), wserver_http_response_ce)) {
		add_headers(Z_RESP_P(data), Z_ARRVAL_P(headers));
	} else if (Z_TYPE_P(data) <= IS_STRING) {
		/* a string reply becomes a 200 Response with them */
		zend_string *body = zval_get_string(data);
		ZVAL_OBJ(tmp, wserver_http_response_new());
		wserver_http_response_set_body(Z_OBJ_P(tmp), body);
		zend_string_release(body);
		add_headers(Z_RESP_P(tmp), Z_ARRVAL_P(headers));
		data = tmp;
	} else {
		return data; /* not a reply: sending it fails */
	}
	zval empty;
	ZVAL_EMPTY_ARRAY(&empty);
	zend_update_property(conn->ce, conn, ZEND_STRL("headers"), &empty);
	return data;
}

/* ---- the parts of a Response, set from C (also by Http\Server's Response) ---- */

zend_object *wserver_http_response_new(void)
{
	return http_response_create(wserver_http_response_ce);
}

bool wserver_http_response_set_status(zend_object *resp, zend_long code, zend_string *reason)
{
	if (code < 100 || code > 999) {
		zend_argument_value_error(1, "must be between 100 and 999");
		return false;
	}
	wserver_http_response_obj *r = resp_from_obj(resp);
	r->status = code;
	if (r->reason) {
		zend_string_release(r->reason);
	}
	r->reason = reason ? zend_string_copy(reason) : NULL;
	return true;
}

zend_long wserver_http_response_status(zend_object *resp)
{
	return resp_from_obj(resp)->status;
}

HashTable *wserver_http_response_headers(zend_object *resp)
{
	return Z_ARRVAL(resp_from_obj(resp)->headers);
}

void wserver_http_response_set_header(zend_object *resp, zend_string *name, zval *value)
{
	zval s;
	header_value(value, &s);
	zend_hash_update(Z_ARRVAL(resp_from_obj(resp)->headers), name, &s);
}

void wserver_http_response_set_body(zend_object *resp, zend_string *body)
{
	wserver_http_response_obj *r = resp_from_obj(resp);
	zend_string_release(r->body);
	r->body = zend_string_copy(body);
}

bool wserver_http_response_set_file(zend_object *resp, zend_string *file, zend_long offset,
                                    zend_long length)
{
	if (offset < 0) {
		zend_argument_value_error(2, "must be greater than or equal to 0");
		return false;
	}
	if (length < 0) {
		zend_argument_value_error(3, "must be greater than or equal to 0");
		return false;
	}
	wserver_http_response_obj *r = resp_from_obj(resp);
	if (r->file) {
		zend_string_release(r->file);
	}
	r->file = zend_string_copy(file);
	r->file_offset = offset;
	r->file_length = length;
	return true;
}

void wserver_http_response_add_cookie(zend_object *resp, const wserver_http_cookie *k)
{
	smart_str c = {0};
	smart_str_append(&c, k->name);
	smart_str_appendc(&c, '=');
	if (k->value && ZSTR_LEN(k->value)) {
		zend_string *enc = php_raw_url_encode(ZSTR_VAL(k->value), ZSTR_LEN(k->value));
		smart_str_append(&c, enc);
		zend_string_release(enc);
	}
	if (k->has_max_age) {
		smart_str_appends(&c, "; Max-Age=");
		smart_str_append_long(&c, k->max_age);
	}
	if (k->path && ZSTR_LEN(k->path)) {
		smart_str_appends(&c, "; Path=");
		smart_str_append(&c, k->path);
	}
	if (k->domain && ZSTR_LEN(k->domain)) {
		smart_str_appends(&c, "; Domain=");
		smart_str_append(&c, k->domain);
	}
	if (k->secure) {
		smart_str_appends(&c, "; Secure");
	}
	if (k->http_only) {
		smart_str_appends(&c, "; HttpOnly");
	}
	if (k->same_site && ZSTR_LEN(k->same_site)) {
		smart_str_appends(&c, "; SameSite=");
		smart_str_append(&c, k->same_site);
	}
	smart_str_0(&c);
	wserver_http_response_add_set_cookie(resp, c.s);
}

void wserver_http_response_add_set_cookie(zend_object *resp, zend_string *line)
{
	HashTable *h = Z_ARRVAL(resp_from_obj(resp)->headers);
	zval *list = zend_hash_str_find(h, ZEND_STRL("Set-Cookie"));
	if (!list || Z_TYPE_P(list) != IS_ARRAY) {
		zval arr;
		array_init(&arr);
		if (list && Z_TYPE_P(list) == IS_STRING) {
			/* one set with header('Set-Cookie', ...) is kept before this one */
			add_next_index_str(&arr, zend_string_copy(Z_STR_P(list)));
		}
		list = zend_hash_str_update(h, ZEND_STRL("Set-Cookie"), &arr);
	}
	add_next_index_str(list, line);
}

void wserver_http_response_swoole_rules(zend_object *resp)
{
	resp_from_obj(resp)->swoole = true;
}

void wserver_http_response_set_chunked(zend_object *resp)
{
	resp_from_obj(resp)->chunked = true;
}

void wserver_http_response_del_header(zend_object *resp, zend_string *name)
{
	del_header(Z_ARRVAL(resp_from_obj(resp)->headers), ZSTR_VAL(name));
}

/* ---- for compression (http_compress.c) ---- */

zend_object *wserver_http_response_copy(zend_object *resp)
{
	wserver_http_response_obj *from = resp_from_obj(resp);
	wserver_http_response_obj *to = resp_from_obj(wserver_http_response_new());
	to->status = from->status;
	to->reason = from->reason ? zend_string_copy(from->reason) : NULL;
	zval_ptr_dtor(&to->headers);
	ZVAL_ARR(&to->headers, zend_array_dup(Z_ARRVAL(from->headers)));
	zend_string_release(to->body);
	to->body = zend_string_copy(from->body);
	to->swoole = from->swoole;
	to->chunked = from->chunked;
	return &to->std;
}

void wserver_http_response_peek(zend_object *resp, zend_string **body, bool *file, bool *chunked)
{
	wserver_http_response_obj *r = resp_from_obj(resp);
	*body = r->body;
	*file = r->file != NULL;
	*chunked = r->chunked;
}

/* ---- the PHP methods ---- */

ZEND_METHOD(WServer_Protocols_Http_Response, __construct)
{
	zend_long status = 200;
	HashTable *headers = NULL;
	zend_string *body = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 3)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(status)
	Z_PARAM_ARRAY_HT(headers)
	Z_PARAM_STR(body)
	ZEND_PARSE_PARAMETERS_END();
	wserver_http_response_obj *r = Z_RESP_P(ZEND_THIS);
	r->status = status;
	if (headers) {
		merge_headers(r, headers);
	}
	if (body) {
		zend_string_release(r->body);
		r->body = zend_string_copy(body);
	}
}

ZEND_METHOD(WServer_Protocols_Http_Response, withStatus)
{
	zend_long code;
	zend_string *reason = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_LONG(code)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR_OR_NULL(reason)
	ZEND_PARSE_PARAMETERS_END();
	if (!wserver_http_response_set_status(Z_OBJ_P(ZEND_THIS), code, reason)) {
		RETURN_THROWS();
	}
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(WServer_Protocols_Http_Response, header)
{
	zend_string *name;
	zval *value;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(name)
	Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	wserver_http_response_set_header(Z_OBJ_P(ZEND_THIS), name, value);
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(WServer_Protocols_Http_Response, withHeader)
{
	zend_string *name;
	zval *value;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(name)
	Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	wserver_http_response_set_header(Z_OBJ_P(ZEND_THIS), name, value);
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(WServer_Protocols_Http_Response, withHeaders)
{
	HashTable *headers;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(headers)
	ZEND_PARSE_PARAMETERS_END();
	merge_headers(Z_RESP_P(ZEND_THIS), headers);
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(WServer_Protocols_Http_Response, withoutHeader)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	zend_hash_del(Z_ARRVAL(Z_RESP_P(ZEND_THIS)->headers), name);
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(WServer_Protocols_Http_Response, withBody)
{
	zend_string *body;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(body)
	ZEND_PARSE_PARAMETERS_END();
	wserver_http_response_set_body(Z_OBJ_P(ZEND_THIS), body);
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(WServer_Protocols_Http_Response, withFile)
{
	zend_string *file;
	zend_long offset = 0, length = 0;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_PATH_STR(file)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(offset)
	Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();
	if (!wserver_http_response_set_file(Z_OBJ_P(ZEND_THIS), file, offset, length)) {
		RETURN_THROWS();
	}
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(WServer_Protocols_Http_Response, getStatusCode)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(Z_RESP_P(ZEND_THIS)->status);
}

ZEND_METHOD(WServer_Protocols_Http_Response, getReasonPhrase)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_http_response_obj *r = Z_RESP_P(ZEND_THIS);
	if (r->reason) {
		RETURN_STR_COPY(r->reason);
	}
	RETURN_STRING(ws_http_reason((int) r->status));
}

ZEND_METHOD(WServer_Protocols_Http_Response, getHeader)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	zval *v = zend_hash_find(Z_ARRVAL(Z_RESP_P(ZEND_THIS)->headers), name);
	if (!v) {
		RETURN_NULL();
	}
	RETURN_COPY(v);
}

ZEND_METHOD(WServer_Protocols_Http_Response, getHeaders)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(&Z_RESP_P(ZEND_THIS)->headers);
}

ZEND_METHOD(WServer_Protocols_Http_Response, rawBody)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(Z_RESP_P(ZEND_THIS)->body);
}

ZEND_METHOD(WServer_Protocols_Http_Response, cookie)
{
	zend_string *name, *value = NULL, *path = NULL, *domain = NULL, *same_site = NULL;
	zend_long max_age = 0;
	bool max_age_null = true, secure = false, http_only = false;
	ZEND_PARSE_PARAMETERS_START(1, 8)
	Z_PARAM_STR(name)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR(value)
	Z_PARAM_LONG_OR_NULL(max_age, max_age_null)
	Z_PARAM_STR(path)
	Z_PARAM_STR(domain)
	Z_PARAM_BOOL(secure)
	Z_PARAM_BOOL(http_only)
	Z_PARAM_STR_OR_NULL(same_site)
	ZEND_PARSE_PARAMETERS_END();
	wserver_http_cookie k = {name,          value,   path,   domain,   same_site,
	                         !max_age_null, max_age, secure, http_only};
	wserver_http_response_add_cookie(Z_OBJ_P(ZEND_THIS), &k);
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(WServer_Protocols_Http_Response, __toString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *body = NULL;
	bool streaming;
	zend_string *head = wserver_http_reply_head(ZEND_THIS, true, &body, &streaming);
	zend_string *all =
	    zend_string_concat2(ZSTR_VAL(head), ZSTR_LEN(head), ZSTR_VAL(body), ZSTR_LEN(body));
	zend_string_release(head);
	zend_string_release(body);
	RETURN_STR(all);
}

void wserver_http_response_minit(void)
{
	wserver_http_response_ce = register_class_WServer_Protocols_Http_Response();
	wserver_http_response_ce->create_object = http_response_create;
	memcpy(&http_response_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	http_response_handlers.offset = XtOffsetOf(wserver_http_response_obj, std);
	http_response_handlers.free_obj = http_response_free;
	http_response_handlers.clone_obj = NULL;
}
