/* WServer\Coroutine\Http\Client: Swoole's coroutine HTTP/1.1 client. A request is written
 * whole from the request properties, its response read by proto/http_client.c into the
 * response properties; the connection is a Coroutine\Socket (csock.c: the waits suspend only
 * the calling coroutine), kept between requests unless either side says close. After
 * upgrade() the connection carries WebSocket frames (websocket_csock.c). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "http_client.h"
#include "aliases.h"
#include "coro.h"
#include "csock.h"
#include "tls_socket.h"
#include "errors.h"
#include "exception.h"
#include "socket.h"
#include "websocket.h"
#include "websocket_csock.h"
#include "proto/http_client.h"
#include "proto/compress.h"
#include "proto/mime.h"
#include "proto/websocket.h"
#include "core/resolve.h"

#include "ext/standard/base64.h"
#include "ext/standard/url.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "stubs/http_client_arginfo.h"

zend_class_entry *wserver_http_client_ce, *wserver_http_client_exception_ce;

#include <errno.h>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

static zend_class_entry *client_ce, *client_exception_ce;
static zend_object_handlers client_handlers;

/* Swoole's error codes that are not errno values. */
#define ERR_INVALID_PARAMS        505
#define ERR_HTTP_INVALID          7102
#define ERR_WEBSOCKET_HANDSHAKE   8504
#define ERR_WEBSOCKET_UNCONNECTED 8503

enum {
	ESTATUS_CONNECT_FAILED = -1,
	ESTATUS_REQUEST_TIMEOUT = -2,
	ESTATUS_SERVER_RESET = -3,
	ESTATUS_SEND_FAILED = -4,
};

/* Swoole's limits of what a request may carry: a Client\Exception past them. */
#define MAX_REQUEST_HEAD (64 * 1024)
#define MAX_COOKIE       4096

/* A response head bigger than this is refused (Swoole reads heads into a 64 KB buffer). */
#define MAX_RESPONSE_HEAD (64 * 1024)

typedef struct {
	zval sock; /* the Coroutine\Socket while connected; IS_UNDEF otherwise */
	bool constructed;
	bool defer, keep_alive, lowercase_header;
	/* ask for gzip/deflate; decode what comes so (zstd too, when built with libzstd) */
	bool http_compression, body_decompression;
	double connect_timeout, timeout; /* from set(); 0: unset, < 0: no limit */
	zend_long max_retries;
	zend_string *basic_auth; /* the Authorization value; owned; NULL: none */
	zend_string *header_out; /* the head of the last request sent; owned */
	smart_str in;            /* bytes read and not used yet */
	bool websocket;          /* upgrade() succeeded: frames from now on */
	bool wait_response;      /* a request went out and its response is not read yet */
	bool head_request;       /* that request is a HEAD: its response has no body */
	zend_string *ws_accept;  /* during upgrade(): the Sec-WebSocket-Accept to expect */
	wserver_ws_peer ws;
	zval write_func; /* IS_UNDEF: the body goes into $body */
	int download_fd; /* -1: none */
	zend_object std;
} http_client_obj;

/* The declared properties, in the stub's order. */
enum {
	P_ERRCODE,
	P_ERRMSG,
	P_CONNECTED,
	P_HOST,
	P_PORT,
	P_SSL,
	P_SETTING,
	P_REQUEST_METHOD,
	P_REQUEST_HEADERS,
	P_REQUEST_BODY,
	P_UPLOAD_FILES,
	P_DOWNLOAD_FILE,
	P_DOWNLOAD_OFFSET,
	P_STATUS,
	P_HEADERS,
	P_SET_COOKIE_HEADERS,
	P_COOKIES,
	P_BODY,
	P_SOCKET,
};

static inline http_client_obj *client_from_obj(zend_object *obj)
{
	return (http_client_obj *) ((char *) obj - XtOffsetOf(http_client_obj, std));
}
#define THIS_CLIENT() client_from_obj(Z_OBJ_P(ZEND_THIS))
#define PROP(o, i)    OBJ_PROP_NUM(&(o)->std, i)

static void prop_set(http_client_obj *o, int i, zval *v)
{
	zval *p = PROP(o, i);
	zval old;
	ZVAL_COPY_VALUE(&old, p);
	ZVAL_COPY_VALUE(p, v);
	zval_ptr_dtor(&old);
}

static void prop_long(http_client_obj *o, int i, zend_long v)
{
	zval z;
	ZVAL_LONG(&z, v);
	prop_set(o, i, &z);
}

static void prop_null(http_client_obj *o, int i)
{
	zval z;
	ZVAL_NULL(&z);
	prop_set(o, i, &z);
}

static void prop_string(http_client_obj *o, int i, const char *s, size_t n)
{
	zval z;
	ZVAL_STRINGL(&z, s, n);
	prop_set(o, i, &z);
}

/* The array in property i, made when it holds none. */
static zval *prop_array(http_client_obj *o, int i)
{
	zval *p = PROP(o, i);
	ZVAL_DEREF(p);
	if (Z_TYPE_P(p) != IS_ARRAY) {
		zval a;
		array_init(&a);
		prop_set(o, i, &a);
		p = PROP(o, i);
	}
	SEPARATE_ARRAY(p);
	return p;
}

static zend_object *client_create(zend_class_entry *ce)
{
	http_client_obj *o = zend_object_alloc(sizeof(*o), ce);
	zend_object_std_init(&o->std, ce);
	object_properties_init(&o->std, ce);
	o->std.handlers = &client_handlers;
	o->keep_alive = true;
	o->lowercase_header = true;
	o->http_compression = true;
	o->body_decompression = true;
	o->ws.mask = true;
	o->download_fd = -1;
	return &o->std;
}

static wserver_csock *client_csock(http_client_obj *o)
{
	return Z_TYPE(o->sock) == IS_OBJECT ? wserver_socket_csock(Z_OBJ(o->sock)) : NULL;
}

static void download_end(http_client_obj *o)
{
	if (o->download_fd >= 0) {
		close(o->download_fd);
		o->download_fd = -1;
	}
}

/* Close the connection; false when there was none. */
static bool client_close(http_client_obj *o)
{
	if (Z_TYPE(o->sock) != IS_OBJECT) {
		return false;
	}
	wserver_csock_close(wserver_socket_csock(Z_OBJ(o->sock)));
	zval_ptr_dtor(&o->sock);
	ZVAL_UNDEF(&o->sock);
	ZVAL_FALSE(PROP(o, P_CONNECTED));
	prop_null(o, P_SOCKET);
	smart_str_free(&o->in);
	wserver_ws_peer_free(&o->ws);
	o->websocket = false;
	o->wait_response = false;
	download_end(o);
	return true;
}

static void client_free(zend_object *obj)
{
	http_client_obj *o = client_from_obj(obj);
	if (Z_TYPE(o->sock) == IS_OBJECT) {
		wserver_csock_close(wserver_socket_csock(Z_OBJ(o->sock)));
		zval_ptr_dtor(&o->sock);
	}
	smart_str_free(&o->in);
	wserver_ws_peer_free(&o->ws);
	download_end(o);
	if (o->basic_auth) {
		zend_string_release(o->basic_auth);
	}
	if (o->header_out) {
		zend_string_release(o->header_out);
	}
	if (o->ws_accept) {
		zend_string_release(o->ws_accept);
	}
	zval_ptr_dtor(&o->write_func);
	zend_object_std_dtor(obj);
}

static HashTable *client_get_gc(zend_object *obj, zval **table, int *n)
{
	http_client_obj *o = client_from_obj(obj);
	zend_get_gc_buffer *gc = zend_get_gc_buffer_create();
	zend_get_gc_buffer_add_zval(gc, &o->write_func);
	zend_get_gc_buffer_add_zval(gc, &o->sock);
	zend_get_gc_buffer_use(gc, table, n);
	return zend_std_get_properties(obj);
}

static void set_error(http_client_obj *o, zend_long err, const char *msg, zend_long status)
{
	prop_long(o, P_ERRCODE, err);
	prop_string(o, P_ERRMSG, msg, strlen(msg));
	prop_long(o, P_STATUS, status);
}

/* The socket's last failure as the client's, then the connection closed. */
static bool fail_io(http_client_obj *o, wserver_csock *s, zend_long status)
{
	if (status == ESTATUS_SERVER_RESET && s->err == ETIMEDOUT) {
		status = ESTATUS_REQUEST_TIMEOUT;
	}
	set_error(o, s->err, s->msg, status);
	client_close(o);
	return false;
}

/* ---- connecting ---- */

/* The peer is gone when a peek reads EOF or an error. */
static bool still_open(wserver_csock *s)
{
	char c;
	ssize_t n = recv(s->fd, &c, 1, MSG_PEEK | MSG_DONTWAIT);
	return n > 0 || (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR));
}

/* set()'s bind_address and bind_port: the local end of the connection. As in Swoole, one that
 * cannot be bound is left to the system's choice. */
static void bind_local(http_client_obj *o, wserver_csock *s)
{
	zval *setting = PROP(o, P_SETTING);
	if (Z_TYPE_P(setting) != IS_ARRAY || s->domain == AF_UNIX) {
		return;
	}
	zval *addr = zend_hash_str_find(Z_ARRVAL_P(setting), ZEND_STRL("bind_address"));
	zval *port = zend_hash_str_find(Z_ARRVAL_P(setting), ZEND_STRL("bind_port"));
	if (!addr || Z_TYPE_P(addr) != IS_STRING || Z_STRLEN_P(addr) == 0) {
		return;
	}
	zend_long p = port ? zval_get_long(port) : 0;
	struct sockaddr_storage ss;
	socklen_t len;
	if (ws_resolve_literal(Z_STRVAL_P(addr), s->domain, (int) MAX(0, MIN(p, 65535)), &ss, &len)) {
		(void) bind(s->fd, (struct sockaddr *) &ss, len);
	}
}

/* https / wss: TLS on the new connection with set()'s ssl_* options. */
static bool client_tls(http_client_obj *o, wserver_csock *s, const char *host, double timeout)
{
	wserver_tls_options tls;
	wserver_tls_options_init(&tls);
	zval *setting = PROP(o, P_SETTING);
	bool ok =
	    (Z_TYPE_P(setting) != IS_ARRAY || wserver_tls_options_read(&tls, Z_ARRVAL_P(setting))) &&
	    wserver_tls_handshake(s, &tls, host, false, timeout);
	wserver_tls_options_free(&tls);
	return ok;
}

static bool client_connect(http_client_obj *o)
{
	zend_string *host = Z_STR_P(PROP(o, P_HOST));
	const char *name = ZSTR_VAL(host);
	int domain = AF_INET;
	if (strncmp(name, "unix:", 5) == 0) {
		domain = AF_UNIX;
		name += 5;
	} else if (strchr(name, ':')) {
		domain = AF_INET6;
	}
	wserver_csock s = {.fd = -1};
	double timeout = o->connect_timeout != 0 ? o->connect_timeout : 10;
	bool ok = wserver_csock_open(&s, domain, SOCK_STREAM, 0);
	if (ok) {
		bind_local(o, &s);
	}
	if (!ok || !wserver_csock_connect(&s, name, (int) Z_LVAL_P(PROP(o, P_PORT)), timeout) ||
	    (Z_TYPE_P(PROP(o, P_SSL)) == IS_TRUE && !client_tls(o, &s, name, timeout))) {
		set_error(o, s.err, s.msg, ESTATUS_CONNECT_FAILED);
		wserver_csock_close(&s);
		return false;
	}
	wserver_socket_adopt(&o->sock, &s);
	zval copy;
	ZVAL_COPY(&copy, &o->sock);
	prop_set(o, P_SOCKET, &copy);
	ZVAL_TRUE(PROP(o, P_CONNECTED));
	return true;
}

/* A connection to send on: the kept one if the server has not closed it, else a new one
 * (tried max_retries + 1 times). */
static bool client_ensure_connected(http_client_obj *o)
{
	wserver_csock *s = client_csock(o);
	if (s && still_open(s)) {
		return true;
	}
	if (s) {
		client_close(o);
	}
	for (zend_long i = 0; i <= o->max_retries; i++) {
		if (client_connect(o)) {
			return true;
		}
	}
	return false;
}

/* ---- the request ---- */

static void add_header(smart_str *b, const char *name, size_t nl, const char *v, size_t vl)
{
	smart_str_appendl(b, name, nl);
	smart_str_appendl(b, ": ", 2);
	smart_str_appendl(b, v, vl);
	smart_str_appendl(b, "\r\n", 2);
}

static zval *find_ci(HashTable *ht, const char *name)
{
	zend_string *k;
	zval *v;
	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, k, v) {
		if (k && zend_binary_strcasecmp(ZSTR_VAL(k), ZSTR_LEN(k), name, strlen(name)) == 0) {
			return v;
		}
	}
	ZEND_HASH_FOREACH_END();
	return NULL;
}

/* PHP's zlib_decode() (gzip, zlib or raw deflate), when the zlib extension is loaded: what
 * decodes a compressed body. NULL: bodies are kept as they came. */
static zend_function *zlib_decoder(void)
{
	return zend_hash_str_find_ptr(CG(function_table), ZEND_STRL("zlib_decode"));
}

#ifdef HAVE_WSERVER_ZSTD
/* A zstd body decoded (up to memory_limit, against a bomb), or NULL with a warning. */
static zend_string *zstd_decompress(zend_string *body)
{
	size_t limit = PG(memory_limit) > 0 ? (size_t) PG(memory_limit) : SIZE_MAX - 1;
	ws_cbuf out = {0};
	zend_string *plain = NULL;
	if (ws_zstd_decode(ZSTR_VAL(body), ZSTR_LEN(body), limit, &out)) {
		plain = zend_string_init((const char *) out.data, out.len, 0);
	} else {
		php_error_docref(NULL, E_WARNING, "the zstd body could not be decoded: kept as it came");
	}
	free(out.data);
	return plain;
}
#endif

/* body decoded from coding (zlib_decode() for gzip and deflate), or NULL (a warning) when it is
 * not such data. */
static zend_string *decompress(zend_string *body, ws_coding coding)
{
	if (ZSTR_LEN(body) == 0) {
		return NULL;
	}
#ifdef HAVE_WSERVER_ZSTD
	if (coding == WS_CODING_ZSTD) {
		return zstd_decompress(body);
	}
#endif
	zend_function *fn = zlib_decoder();
	if (!fn || (coding != WS_CODING_GZIP && coding != WS_CODING_DEFLATE)) {
		return NULL;
	}
	zval arg, rv;
	ZVAL_STR(&arg, body);
	ZVAL_UNDEF(&rv);
	zend_call_known_function(fn, NULL, NULL, &rv, 1, &arg, NULL);
	if (Z_TYPE(rv) != IS_STRING) {
		zval_ptr_dtor(&rv);
		return NULL;
	}
	return Z_STR(rv);
}

/* Host, the headers given (never their Content-Length: the body's is sent), Authorization,
 * Connection and Cookie. *had_length: the application gave a Content-Length. */
static bool append_headers(http_client_obj *o, smart_str *b, bool *had_length)
{
	zval *given = PROP(o, P_REQUEST_HEADERS);
	HashTable *h = Z_TYPE_P(given) == IS_ARRAY ? Z_ARRVAL_P(given) : NULL;
	zval *host = h ? find_ci(h, "Host") : NULL;
	if (host && Z_TYPE_P(host) != IS_NULL) {
		zend_string *v = zval_get_string(host);
		add_header(b, "Host", 4, ZSTR_VAL(v), ZSTR_LEN(v));
		zend_string_release(v);
	} else {
		zend_string *name = Z_STR_P(PROP(o, P_HOST));
		zend_long port = Z_LVAL_P(PROP(o, P_PORT));
		bool ssl = Z_TYPE_P(PROP(o, P_SSL)) == IS_TRUE;
		smart_str_appends(b, "Host: ");
		smart_str_append(b, name);
		if (strncmp(ZSTR_VAL(name), "unix:", 5) != 0 && port != (ssl ? 443 : 80)) {
			smart_str_append_printf(b, ":" ZEND_LONG_FMT, port);
		}
		smart_str_appendl(b, "\r\n", 2);
	}
	bool had_connection = false, had_encoding = false;
	*had_length = false;
	if (h) {
		zend_string *k;
		zval *v;
		ZEND_HASH_FOREACH_STR_KEY_VAL(h, k, v) {
			if (!k || Z_TYPE_P(v) == IS_NULL || zend_string_equals_literal_ci(k, "Host")) {
				continue;
			}
			if (zend_string_equals_literal_ci(k, "Content-Length")) {
				*had_length = true;
				continue;
			}
			zend_string *sv = zval_try_get_string(v);
			if (!sv) {
				return false;
			}
			if (memchr(ZSTR_VAL(k), '\n', ZSTR_LEN(k)) ||
			    memchr(ZSTR_VAL(sv), '\n', ZSTR_LEN(sv)) ||
			    memchr(ZSTR_VAL(sv), '\r', ZSTR_LEN(sv))) {
				zend_string_release(sv);
				continue; /* a line break would start another header: dropped */
			}
			add_header(b, ZSTR_VAL(k), ZSTR_LEN(k), ZSTR_VAL(sv), ZSTR_LEN(sv));
			if (zend_string_equals_literal_ci(k, "Accept-Encoding")) {
				had_encoding = true;
			}
			if (zend_string_equals_literal_ci(k, "Connection")) {
				had_connection = true;
				if (zend_string_equals_literal_ci(sv, "close")) {
					o->keep_alive = false;
				}
			}
			zend_string_release(sv);
		}
		ZEND_HASH_FOREACH_END();
	}
	if (o->basic_auth) {
		add_header(b, "Authorization", 13, ZSTR_VAL(o->basic_auth), ZSTR_LEN(o->basic_auth));
	}
	if (!had_connection) {
		smart_str_appends(b,
		                  o->keep_alive ? "Connection: keep-alive\r\n" : "Connection: close\r\n");
	}
	/* download() writes the body as it comes: asked plain, the file holds what Swoole's
	 * (which decodes before writing) holds */
	if (o->http_compression && !had_encoding && zlib_decoder() &&
	    Z_TYPE_P(PROP(o, P_DOWNLOAD_FILE)) != IS_STRING) {
		smart_str_appends(b, "Accept-Encoding: gzip, deflate\r\n");
	}
	zval *cookies = PROP(o, P_COOKIES);
	if (Z_TYPE_P(cookies) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(cookies)) > 0) {
		bool first = true;
		zend_string *k;
		zval *v;
		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(cookies), k, v) {
			if (!k) {
				continue;
			}
			zend_string *sv = zval_get_string(v);
			if (ZSTR_LEN(k) + ZSTR_LEN(sv) + 1 > MAX_COOKIE) {
				zend_throw_exception_ex(client_exception_ce, ERR_INVALID_PARAMS,
				                        "The cookie \"%s\" is too large (%zu bytes, %d at most)",
				                        ZSTR_VAL(k), ZSTR_LEN(k) + ZSTR_LEN(sv) + 1, MAX_COOKIE);
				zend_string_release(sv);
				return false;
			}
			if (ZSTR_LEN(sv) > 0) {
				smart_str_appends(b, first ? "Cookie: " : "; ");
				first = false;
				smart_str_append(b, k);
				smart_str_appendc(b, '=');
				zend_string *enc = php_url_encode(ZSTR_VAL(sv), ZSTR_LEN(sv));
				smart_str_append(b, enc);
				zend_string_release(enc);
			}
			zend_string_release(sv);
		}
		ZEND_HASH_FOREACH_END();
		if (!first) {
			smart_str_appendl(b, "\r\n", 2);
		}
	}
	return true;
}

/* http_build_query($data): the form body of an array. */
static zend_string *form_encode(zval *data)
{
	zval fn, rv;
	ZVAL_STRING(&fn, "http_build_query");
	ZVAL_UNDEF(&rv);
	call_user_function(NULL, NULL, &fn, &rv, 1, data);
	zval_ptr_dtor(&fn);
	if (Z_TYPE(rv) != IS_STRING) {
		zval_ptr_dtor(&rv);
		return NULL;
	}
	return Z_STR(rv);
}

static zend_string *str_of(HashTable *ht, const char *key)
{
	zval *v = zend_hash_str_find(ht, key, strlen(key));
	return v && Z_TYPE_P(v) == IS_STRING ? Z_STR_P(v) : NULL;
}

/* The bytes of one uploaded file: its content, or its part of the file on disk. */
static zend_string *upload_content(HashTable *f)
{
	zend_string *content = str_of(f, "content");
	if (content) {
		return zend_string_copy(content);
	}
	zend_string *path = str_of(f, "path");
	zval *off = zend_hash_str_find(f, ZEND_STRL("offset"));
	zval *size = zend_hash_str_find(f, ZEND_STRL("size"));
	if (!path || !off || !size) {
		return NULL;
	}
	int fd = open(ZSTR_VAL(path), O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		wserver_aliases_warning(client_ce, "Cannot open \"%s\": %s", ZSTR_VAL(path),
		                        strerror(errno));
		return NULL;
	}
	size_t n = (size_t) zval_get_long(size);
	zend_string *s = zend_string_alloc(n, 0);
	ssize_t r = pread(fd, ZSTR_VAL(s), n, (off_t) zval_get_long(off));
	close(fd);
	if (r != (ssize_t) n) {
		wserver_aliases_warning(client_ce, "Cannot read %zu bytes of \"%s\"", n, ZSTR_VAL(path));
		zend_string_efree(s);
		return NULL;
	}
	ZSTR_VAL(s)[n] = 0;
	return s;
}

/* A multipart/form-data body of the form fields (an array body) and the files added. */
static zend_string *multipart_body(zval *fields, HashTable *files, char *boundary, size_t blen)
{
	static const char chars[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
	size_t prefix = strlen("----WServerBoundary");
	memcpy(boundary, "----WServerBoundary", prefix);
	unsigned char rnd[24];
	if (getrandom(rnd, sizeof(rnd), 0) != sizeof(rnd)) {
		memset(rnd, 7, sizeof(rnd));
	}
	for (size_t i = prefix; i < blen - 1; i++) {
		boundary[i] = chars[rnd[(i - prefix) % sizeof(rnd)] % (sizeof(chars) - 1)];
	}
	boundary[blen - 1] = 0;
	smart_str b = {0};
	if (fields && Z_TYPE_P(fields) == IS_ARRAY) {
		zend_string *k;
		zval *v;
		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(fields), k, v) {
			if (!k || Z_TYPE_P(v) == IS_NULL) {
				continue;
			}
			zend_string *sv = zval_get_string(v);
			smart_str_append_printf(&b,
			                        "--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n",
			                        boundary, ZSTR_VAL(k));
			smart_str_append(&b, sv);
			smart_str_appendl(&b, "\r\n", 2);
			zend_string_release(sv);
		}
		ZEND_HASH_FOREACH_END();
	}
	zval *f;
	ZEND_HASH_FOREACH_VAL(files, f) {
		if (Z_TYPE_P(f) != IS_ARRAY) {
			continue;
		}
		zend_string *name = str_of(Z_ARRVAL_P(f), "name");
		zend_string *filename = str_of(Z_ARRVAL_P(f), "filename");
		zend_string *type = str_of(Z_ARRVAL_P(f), "type");
		zend_string *content = upload_content(Z_ARRVAL_P(f));
		if (!name || !filename || !type || !content) {
			if (content) {
				zend_string_release(content);
			}
			smart_str_free(&b);
			return NULL;
		}
		smart_str_append_printf(&b,
		                        "--%s\r\nContent-Disposition: form-data; name=\"%s\"; "
		                        "filename=\"%s\"\r\nContent-Type: %s\r\n\r\n",
		                        boundary, ZSTR_VAL(name), ZSTR_VAL(filename), ZSTR_VAL(type));
		smart_str_append(&b, content);
		smart_str_appendl(&b, "\r\n", 2);
		zend_string_release(content);
	}
	ZEND_HASH_FOREACH_END();
	smart_str_append_printf(&b, "--%s--\r\n", boundary);
	smart_str_0(&b);
	return b.s;
}

/* Write the request for path. false with the error set (the connection closed). */
static bool send_request(http_client_obj *o, zend_string *path)
{
	if (ZSTR_LEN(path) == 0) {
		set_error(o, ERR_INVALID_PARAMS, "the path is empty", 0);
		return false;
	}
	/* the last response is forgotten */
	prop_null(o, P_HEADERS);
	prop_null(o, P_SET_COOKIE_HEADERS);
	prop_string(o, P_BODY, "", 0);
	if (!client_ensure_connected(o)) {
		return false;
	}
	set_error(o, 0, "", 0);
	smart_str_free(&o->in); /* what a previous response left is not this one's */

	zval *method = PROP(o, P_REQUEST_METHOD);
	zval *body = PROP(o, P_REQUEST_BODY);
	zval *files = PROP(o, P_UPLOAD_FILES);
	bool has_body = Z_TYPE_P(body) != IS_NULL;
	bool has_files = Z_TYPE_P(files) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(files)) > 0;
	const char *m = Z_TYPE_P(method) == IS_STRING ? Z_STRVAL_P(method)
	                : has_body || has_files       ? "POST"
	                                              : "GET";
	o->head_request = strcasecmp(m, "HEAD") == 0;

	smart_str b = {0};
	smart_str_appends(&b, m);
	smart_str_appendc(&b, ' ');
	smart_str_append(&b, path);
	smart_str_appends(&b, " HTTP/1.1\r\n");
	bool had_length;
	if (!append_headers(o, &b, &had_length)) {
		smart_str_free(&b);
		return false;
	}
	zend_string *payload = NULL;
	if (has_files) {
		char boundary[40];
		payload = multipart_body(body, Z_ARRVAL_P(files), boundary, sizeof(boundary));
		if (!payload) {
			smart_str_free(&b);
			set_error(o, ERR_INVALID_PARAMS, "an uploaded file cannot be read", 0);
			return false;
		}
		smart_str_append_printf(&b, "Content-Type: multipart/form-data; boundary=%s\r\n", boundary);
	} else if (Z_TYPE_P(body) == IS_ARRAY) {
		payload = form_encode(body);
		if (!payload) {
			smart_str_free(&b);
			return false;
		}
		smart_str_appends(&b, "Content-Type: application/x-www-form-urlencoded\r\n");
	} else if (has_body) {
		payload = zval_try_get_string(body);
		if (!payload) {
			smart_str_free(&b);
			return false;
		}
	}
	if (payload || had_length) {
		smart_str_append_printf(&b, "Content-Length: %zu\r\n", payload ? ZSTR_LEN(payload) : 0);
	}
	smart_str_appendl(&b, "\r\n", 2);
	smart_str_0(&b);
	if (ZSTR_LEN(b.s) > MAX_REQUEST_HEAD) {
		zend_throw_exception_ex(client_exception_ce, ERR_INVALID_PARAMS,
		                        "The request head is too large (%zu bytes, %d at most)",
		                        ZSTR_LEN(b.s), MAX_REQUEST_HEAD);
		smart_str_free(&b);
		if (payload) {
			zend_string_release(payload);
		}
		return false;
	}
	if (o->header_out) {
		zend_string_release(o->header_out);
	}
	o->header_out = zend_string_init(ZSTR_VAL(b.s), ZSTR_LEN(b.s), 0); /* b grows in place below */
	if (payload) {
		smart_str_append(&b, payload);
		zend_string_release(payload);
	}
	if (has_files) {
		prop_null(o, P_UPLOAD_FILES); /* sent once, as Swoole */
	}
	zend_object *so = Z_OBJ(o->sock);
	GC_ADDREF(so); /* the socket stays while we wait, even if another coroutine closes us */
	wserver_csock *s = wserver_socket_csock(so);
	double timeout = o->timeout != 0 ? o->timeout : 60;
	ssize_t n = wserver_csock_send(s, ZSTR_VAL(b.s), ZSTR_LEN(b.s), timeout, true);
	bool ok = n == (ssize_t) ZSTR_LEN(b.s);
	if (!ok) {
		fail_io(o, s, ESTATUS_SEND_FAILED);
	} else {
		o->wait_response = true;
	}
	OBJ_RELEASE(so);
	smart_str_free(&b);
	return ok;
}

/* ---- the response ---- */

/* A response header field into $headers: a name seen twice holds an array of the values. */
static void add_response_header(http_client_obj *o, const ws_http_header *f)
{
	zval *headers = prop_array(o, P_HEADERS);
	zend_string *name = zend_string_init(f->name.p, f->name.len, 0);
	if (o->lowercase_header) {
		zend_str_tolower(ZSTR_VAL(name), ZSTR_LEN(name));
	}
	zval v;
	ZVAL_STRINGL(&v, f->value.p, f->value.len);
	zval *old = zend_symtable_find(Z_ARRVAL_P(headers), name);
	if (!old) {
		zend_symtable_update(Z_ARRVAL_P(headers), name, &v);
	} else {
		if (Z_TYPE_P(old) != IS_ARRAY) {
			zval a;
			array_init(&a);
			Z_TRY_ADDREF_P(old);
			add_next_index_zval(&a, old);
			zend_symtable_update(Z_ARRVAL_P(headers), name, &a);
			old = zend_symtable_find(Z_ARRVAL_P(headers), name);
		}
		add_next_index_zval(old, &v);
	}
	zend_string_release(name);
}

/* Set-Cookie: name=value(; attributes) into $cookies (the value URL-decoded) and the whole
 * line into $set_cookie_headers. */
static void add_cookie(http_client_obj *o, const ws_http_span *v)
{
	zval *lines = prop_array(o, P_SET_COOKIE_HEADERS);
	add_next_index_stringl(lines, v->p, v->len);
	zval *cookies = prop_array(o, P_COOKIES);
	const char *end = v->p + v->len;
	const char *semi = memchr(v->p, ';', v->len);
	if (semi) {
		end = semi;
	}
	const char *eq = memchr(v->p, '=', (size_t) (end - v->p));
	const char *val = eq ? eq + 1 : v->p;
	zend_string *value = zend_string_init(val, (size_t) (end - val), 0);
	ZSTR_LEN(value) = php_url_decode(ZSTR_VAL(value), ZSTR_LEN(value));
	zval zv;
	ZVAL_STR(&zv, value);
	if (eq && eq > v->p) {
		zend_symtable_str_update(Z_ARRVAL_P(cookies), v->p, (size_t) (eq - v->p), &zv);
	} else {
		add_next_index_zval(cookies, &zv);
	}
}

/* Body bytes: to write_func, the download file, or $body (collected in *body). */
static bool on_body(http_client_obj *o, const char *p, size_t n, smart_str *body)
{
	if (n == 0) {
		return true;
	}
	if (Z_TYPE(o->write_func) != IS_UNDEF) {
		zval args[2], rv;
		ZVAL_OBJ(&args[0], &o->std);
		ZVAL_STRINGL(&args[1], p, n);
		ZVAL_UNDEF(&rv);
		call_user_function(NULL, NULL, &o->write_func, &rv, 2, args);
		zval_ptr_dtor(&args[1]);
		bool ok = !EG(exception) && Z_TYPE(rv) != IS_FALSE;
		zval_ptr_dtor(&rv);
		return ok;
	}
	zval *file = PROP(o, P_DOWNLOAD_FILE);
	if (Z_TYPE_P(file) == IS_STRING) {
		if (o->download_fd < 0) {
			zend_long offset = Z_LVAL_P(PROP(o, P_DOWNLOAD_OFFSET));
			int fd = open(Z_STRVAL_P(file), O_CREAT | O_WRONLY | O_CLOEXEC | (offset ? 0 : O_TRUNC),
			              0664);
			if (fd < 0 || (offset && lseek(fd, offset, SEEK_SET) < 0)) {
				wserver_aliases_warning(client_ce, "Cannot write \"%s\": %s", Z_STRVAL_P(file),
				                        strerror(errno));
				if (fd >= 0) {
					close(fd);
				}
				return false;
			}
			o->download_fd = fd;
		}
		while (n > 0) {
			ssize_t w = write(o->download_fd, p, n);
			if (w < 0 && errno == EINTR) {
				continue;
			}
			if (w <= 0) {
				return false;
			}
			p += w;
			n -= (size_t) w;
		}
		return true;
	}
	smart_str_appendl(body, p, n);
	return true;
}

/* More bytes into o->in; false (error set, closed) at EOF or failure. */
static bool fill(http_client_obj *o, wserver_csock *s, double deadline)
{
	ssize_t n = wserver_csock_fill(s, &o->in, deadline);
	if (n > 0) {
		return true;
	}
	if (n == 0) {
		wserver_csock_fail(s, ECONNRESET);
	}
	return false;
}

static const char *in_p(http_client_obj *o)
{
	return o->in.s ? ZSTR_VAL(o->in.s) : "";
}

static size_t in_len(http_client_obj *o)
{
	return o->in.s ? ZSTR_LEN(o->in.s) : 0;
}

static bool protocol_error(http_client_obj *o, wserver_csock *s, const char *why)
{
	s->err = ERR_HTTP_INVALID;
	snprintf(s->msg, sizeof(s->msg), "%s", why);
	return false;
}

/* The trailer fields after the last chunk (p[0, n), through the blank line) join $headers, as
 * in Swoole's client. */
static void add_trailers(http_client_obj *o, const char *p, size_t n)
{
	const char *end = p + n;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t) (end - p));
		const char *le = nl ? nl : end;
		const char *colon = memchr(p, ':', (size_t) (le - p));
		if (colon && colon > p) {
			const char *v = colon + 1, *ve = le;
			while (v < ve && (*v == ' ' || *v == '\t')) {
				v++;
			}
			while (ve > v && (ve[-1] == '\r' || ve[-1] == ' ' || ve[-1] == '\t')) {
				ve--;
			}
			ws_http_header f = {{p, (size_t) (colon - p)}, {v, (size_t) (ve - v)}};
			add_response_header(o, &f);
		}
		p = le + 1;
	}
}

/* The body framed by chunks, Content-Length, or the end of the connection (until_eof). */
static bool read_body(http_client_obj *o, wserver_csock *s, const ws_http_response_head *h,
                      double deadline, smart_str *body)
{
	if (h->chunked) {
		for (;;) {
			size_t off, len;
			ssize_t n = ws_http_chunk_next(in_p(o), in_len(o), &off, &len);
			if (n < 0) {
				return protocol_error(o, s, "bad chunk in the response");
			}
			if (n == 0) {
				if (!fill(o, s, deadline)) {
					return false;
				}
				continue;
			}
			if (!on_body(o, in_p(o) + off, len, body)) {
				return protocol_error(o, s, "the response body could not be stored");
			}
			if (len == 0) {
				add_trailers(o, in_p(o) + off, (size_t) n - off);
			}
			wserver_smart_str_consume(&o->in, (size_t) n);
			if (len == 0) {
				return true;
			}
		}
	}
	int64_t left = h->content_length;
	for (;;) {
		size_t have = in_len(o);
		size_t take = left >= 0 && (int64_t) have > left ? (size_t) left : have;
		if (!on_body(o, in_p(o), take, body)) {
			return protocol_error(o, s, "the response body could not be stored");
		}
		wserver_smart_str_consume(&o->in, take);
		if (left >= 0) {
			left -= (int64_t) take;
			if (left == 0) {
				return true;
			}
		}
		ssize_t n = wserver_csock_fill(s, &o->in, deadline);
		if (n == 0 && left < 0) {
			return true; /* no length: the body ends with the connection */
		}
		if (n <= 0) {
			if (n == 0) {
				wserver_csock_fail(s, ECONNRESET);
			}
			return false;
		}
	}
}

/* A Server-Sent Events response (Content-Type text/event-stream). */
static bool event_stream(const ws_http_response_head *h)
{
	for (uint32_t i = 0; i < h->nheaders; i++) {
		const ws_http_header *f = &h->headers[i];
		if (f->name.len == 12 && strncasecmp(f->name.p, "content-type", 12) == 0 &&
		    f->value.len >= 17 && strncasecmp(f->value.p, "text/event-stream", 17) == 0) {
			return true;
		}
	}
	return false;
}

/* Read the response of the request sent; false with the error set (the connection closed). */
static bool recv_response(http_client_obj *o, double timeout)
{
	if (!o->wait_response) {
		return false;
	}
	if (timeout == 0) {
		timeout = o->timeout != 0 ? o->timeout : 60;
	}
	double deadline = wserver_csock_deadline(timeout);
	zend_object *so = Z_OBJ(o->sock);
	GC_ADDREF(so);
	wserver_csock *s = wserver_socket_csock(so);
	ws_http_response_head *h = emalloc(sizeof(*h));
	smart_str body = {0};
	bool ok = false, until_eof = false;
	for (;;) {
		ssize_t hl = ws_http_parse_response_head(in_p(o), in_len(o), h);
		if (hl < 0) {
			protocol_error(o, s, "Http invalid protocol"); /* Swoole's errMsg for it */
			goto done;
		}
		if (hl == 0) {
			if (in_len(o) > MAX_RESPONSE_HEAD) {
				protocol_error(o, s, "the response head is too large");
				goto done;
			}
			if (!fill(o, s, deadline)) {
				goto done;
			}
			continue;
		}
		if (h->status >= 100 && h->status < 200 && h->status != 101) {
			wserver_smart_str_consume(&o->in,
			                          (size_t) hl); /* an interim answer: the real one follows */
			continue;
		}
		break;
	}
	for (uint32_t i = 0; i < h->nheaders; i++) {
		add_response_header(o, &h->headers[i]);
		if (h->headers[i].name.len == 10 &&
		    strncasecmp(h->headers[i].name.p, "set-cookie", 10) == 0) {
			add_cookie(o, &h->headers[i].value);
		}
	}
	ws_coding coding = WS_CODING_IDENTITY; /* of the body, when one we decode */
	for (uint32_t i = 0; i < h->nheaders; i++) {
		const ws_http_header *f = &h->headers[i];
		if (f->name.len == 16 && strncasecmp(f->name.p, "content-encoding", 16) == 0) {
			if (f->value.len >= 4 && strncasecmp(f->value.p, "gzip", 4) == 0) {
				coding = WS_CODING_GZIP;
			} else if (f->value.len >= 7 && strncasecmp(f->value.p, "deflate", 7) == 0) {
				coding = WS_CODING_DEFLATE;
			} else if (f->value.len >= 4 && strncasecmp(f->value.p, "zstd", 4) == 0) {
				coding = WS_CODING_ZSTD;
			}
		}
	}
	bool upgraded = false;
	if (o->ws_accept) {
		char why[128];
		upgraded =
		    h->status == 101 &&
		    wserver_websocket_client_verify(in_p(o), h->head_len, o->ws_accept, why, sizeof(why)) &&
		    wserver_websocket_answer_deflate(in_p(o), h->head_len, &o->ws.zp, &o->ws.deflate, why,
		                                     sizeof(why));
	}
	wserver_smart_str_consume(&o->in, h->head_len);
	if (event_stream(h) && !h->chunked && h->content_length < 0) {
		/* Swoole's: the response is complete with its head, the events are read from $socket
		 * (which gets what was read past the head) */
		wserver_socket_unread(so, in_p(o), in_len(o));
		wserver_smart_str_consume(&o->in, in_len(o));
	} else if (!(o->head_request || h->status == 204 || h->status == 304 || h->status == 101)) {
		until_eof = !h->chunked && h->content_length < 0;
		if (!read_body(o, s, h, deadline, &body)) {
			goto done;
		}
	}
	ok = true;
done:
	o->wait_response = false;
	download_end(o);
	if (!ok) {
		smart_str_free(&body);
		fail_io(o, s, ESTATUS_SERVER_RESET);
	} else {
		prop_long(o, P_STATUS, h->status);
		if (Z_TYPE_P(PROP(o, P_DOWNLOAD_FILE)) != IS_STRING) {
			smart_str_0(&body);
			zval zb;
			if (body.s) {
				ZVAL_STR(&zb, body.s);
			} else {
				ZVAL_EMPTY_STRING(&zb);
			}
			zend_string *plain = coding != WS_CODING_IDENTITY && o->body_decompression
			                         ? decompress(Z_STR(zb), coding)
			                         : NULL;
			if (plain) {
				zval_ptr_dtor(&zb);
				ZVAL_STR(&zb, plain);
			}
			prop_set(o, P_BODY, &zb);
		}
		if (o->ws_accept) {
			if (upgraded) {
				o->websocket = true;
			} else {
				set_error(o, ERR_WEBSOCKET_HANDSHAKE,
				          "websocket handshake failed: invalid Upgrade/Connection/"
				          "Sec-WebSocket-Accept headers",
				          h->status);
				client_close(o);
				ok = false;
			}
		} else if (!o->keep_alive || h->close || until_eof) {
			client_close(o);
		}
	}
	prop_null(o, P_DOWNLOAD_FILE);
	prop_long(o, P_DOWNLOAD_OFFSET, 0);
	efree(h);
	OBJ_RELEASE(so);
	return ok;
}

static bool client_execute(http_client_obj *o, zend_string *path)
{
	for (zend_long i = 0; i <= o->max_retries; i++) {
		if (!send_request(o, path)) {
			return false;
		}
		if (o->defer) {
			return true;
		}
		if (!recv_response(o, 0)) {
			return false;
		}
		zend_long status = Z_LVAL_P(PROP(o, P_STATUS));
		/* with retries, a gateway's failure is tried again on a new connection */
		if (o->max_retries > 0 && i < o->max_retries && (status == 502 || status == 503)) {
			client_close(o);
			continue;
		}
		return true;
	}
	return true;
}

/* ---- methods ---- */

static http_client_obj *client_begin(zval *this_zv, const char *what)
{
	http_client_obj *o = client_from_obj(Z_OBJ_P(this_zv));
	if (!o->constructed) {
		zend_throw_error(NULL, "WServer\\Coroutine\\Http\\Client was not constructed");
		return NULL;
	}
	if (!wserver_coro_require(what)) {
		return NULL;
	}
	return o;
}

#define CLIENT_BEGIN(what)                                                                         \
	http_client_obj *o = client_begin(ZEND_THIS, what);                                            \
	if (!o) {                                                                                      \
		RETURN_THROWS();                                                                           \
	}

ZEND_METHOD(WServer_Coroutine_Http_Client, __construct)
{
	zend_string *host;
	zend_long port = 0;
	bool ssl = false;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_STR(host)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(port)
	Z_PARAM_BOOL(ssl)
	ZEND_PARSE_PARAMETERS_END();
	http_client_obj *o = THIS_CLIENT();
	if (o->constructed) {
		zend_throw_error(NULL, "Cannot construct WServer\\Coroutine\\Http\\Client twice");
		RETURN_THROWS();
	}
	zval zh;
	ZVAL_STR_COPY(&zh, host);
	prop_set(o, P_HOST, &zh);
	ZVAL_BOOL(PROP(o, P_SSL), ssl);
	if (ZSTR_LEN(host) == 0) {
		zend_throw_exception(client_exception_ce, "host is empty", EINVAL);
		RETURN_THROWS();
	}
	bool unix_path = strncmp(ZSTR_VAL(host), "unix:", 5) == 0;
	if (port != 0 && !unix_path && (port < 1 || port > 65535)) {
		zend_throw_exception(client_exception_ce, "The port is invalid", ERR_INVALID_PARAMS);
		RETURN_THROWS();
	}
	if (port == 0) {
		port = ssl ? 443 : 80;
	}
	prop_long(o, P_PORT, port);
	o->constructed = true;
}

static bool setting_bool(HashTable *ht, const char *key, bool *out)
{
	zval *v = zend_hash_str_find(ht, key, strlen(key));
	if (v) {
		*out = zend_is_true(v);
	}
	return v != NULL;
}

static void setting_double(HashTable *ht, const char *key, double *out)
{
	zval *v = zend_hash_str_find(ht, key, strlen(key));
	if (v) {
		*out = zval_get_double(v);
	}
}

ZEND_METHOD(WServer_Coroutine_Http_Client, set)
{
	HashTable *given;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(given)
	ZEND_PARSE_PARAMETERS_END();
	http_client_obj *o = THIS_CLIENT();
	if (zend_hash_num_elements(given) == 0) {
		RETURN_FALSE;
	}
	zval *setting = prop_array(o, P_SETTING);
	zend_hash_merge(Z_ARRVAL_P(setting), given, zval_add_ref, 1);
	setting_double(given, "timeout", &o->timeout);
	setting_double(given, "connect_timeout", &o->connect_timeout);
	zval *v = zend_hash_str_find(given, ZEND_STRL("max_retries"));
	if (v) {
		zend_long n = zval_get_long(v);
		if (n < 0) {
			php_error_docref(NULL, E_WARNING,
			                 "max_retries must be greater than or equal to 0, got " ZEND_LONG_FMT,
			                 n);
			RETURN_FALSE;
		}
		o->max_retries = MIN(n, 255);
	}
	setting_bool(given, "defer", &o->defer);
	setting_bool(given, "keep_alive", &o->keep_alive);
	setting_bool(given, "lowercase_header", &o->lowercase_header);
	setting_bool(given, "http_compression", &o->http_compression);
	setting_bool(given, "body_decompression", &o->body_decompression);
	setting_bool(given, "websocket_mask", &o->ws.mask);
	setting_bool(given, "open_websocket_ping_frame", &o->ws.open_ping);
	setting_bool(given, "open_websocket_pong_frame", &o->ws.open_pong);
	setting_bool(given, "open_websocket_close_frame", &o->ws.open_close);
	setting_bool(given, "websocket_compression", &o->ws.compression);
	v = zend_hash_str_find(given, ZEND_STRL("package_max_length"));
	if (v) {
		o->ws.max = (size_t) MAX(zval_get_long(v), 0);
	}
	v = zend_hash_str_find(given, ZEND_STRL("write_func"));
	if (v) {
		if (!zend_is_callable(v, 0, NULL)) {
			zend_string *name = zend_get_callable_name(v);
			wserver_aliases_warning(client_ce, "function '%s' is not callable", ZSTR_VAL(name));
			zend_string_release(name);
			RETURN_FALSE;
		}
		zval_ptr_dtor(&o->write_func);
		ZVAL_COPY(&o->write_func, v);
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Coroutine_Http_Client, getDefer)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(THIS_CLIENT()->defer);
}

ZEND_METHOD(WServer_Coroutine_Http_Client, setDefer)
{
	bool defer = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(defer)
	ZEND_PARSE_PARAMETERS_END();
	THIS_CLIENT()->defer = defer;
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Coroutine_Http_Client, setMethod)
{
	zend_string *method;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(method)
	ZEND_PARSE_PARAMETERS_END();
	zval z;
	ZVAL_STR_COPY(&z, method);
	prop_set(THIS_CLIENT(), P_REQUEST_METHOD, &z);
	RETURN_TRUE;
}

static void set_array_prop(INTERNAL_FUNCTION_PARAMETERS, int prop)
{
	zval *a;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY(a)
	ZEND_PARSE_PARAMETERS_END();
	zval z;
	ZVAL_COPY(&z, a);
	prop_set(THIS_CLIENT(), prop, &z);
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Coroutine_Http_Client, setHeaders)
{
	set_array_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, P_REQUEST_HEADERS);
}

ZEND_METHOD(WServer_Coroutine_Http_Client, setCookies)
{
	set_array_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, P_COOKIES);
}

ZEND_METHOD(WServer_Coroutine_Http_Client, setBasicAuth)
{
	zend_string *user, *password;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(user)
	Z_PARAM_STR(password)
	ZEND_PARSE_PARAMETERS_END();
	http_client_obj *o = THIS_CLIENT();
	zend_string *pair = zend_string_concat3(ZSTR_VAL(user), ZSTR_LEN(user), ":", 1,
	                                        ZSTR_VAL(password), ZSTR_LEN(password));
	zend_string *enc = php_base64_encode((unsigned char *) ZSTR_VAL(pair), ZSTR_LEN(pair));
	zend_string_release(pair);
	if (o->basic_auth) {
		zend_string_release(o->basic_auth);
	}
	o->basic_auth = zend_string_concat2("Basic ", 6, ZSTR_VAL(enc), ZSTR_LEN(enc));
	zend_string_release(enc);
}

ZEND_METHOD(WServer_Coroutine_Http_Client, setData)
{
	zval *data;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(data)
	ZEND_PARSE_PARAMETERS_END();
	zval z;
	ZVAL_COPY(&z, data);
	prop_set(THIS_CLIENT(), P_REQUEST_BODY, &z);
	RETURN_TRUE;
}

static void add_upload(http_client_obj *o, zval *file)
{
	add_next_index_zval(prop_array(o, P_UPLOAD_FILES), file);
}

ZEND_METHOD(WServer_Coroutine_Http_Client, addFile)
{
	zend_string *path, *name, *type = NULL, *filename = NULL;
	zend_long offset = 0, length = 0;
	ZEND_PARSE_PARAMETERS_START(2, 6)
	Z_PARAM_PATH_STR(path)
	Z_PARAM_STR(name)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR_OR_NULL(type)
	Z_PARAM_STR_OR_NULL(filename)
	Z_PARAM_LONG(offset)
	Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();
	if (offset < 0) {
		wserver_aliases_warning(client_ce, "$offset must be greater than or equal to 0");
		RETURN_FALSE;
	}
	if (length < 0) {
		wserver_aliases_warning(client_ce, "$length must be greater than or equal to 0");
		RETURN_FALSE;
	}
	struct stat st;
	if (stat(ZSTR_VAL(path), &st) < 0) {
		wserver_aliases_warning(client_ce, "stat(%s) failed: %s", ZSTR_VAL(path), strerror(errno));
		RETURN_FALSE;
	}
	if (st.st_size == 0) {
		wserver_aliases_warning(client_ce, "Cannot send an empty file (%s)", ZSTR_VAL(path));
		RETURN_FALSE;
	}
	if (offset >= st.st_size) {
		wserver_aliases_warning(client_ce, "$offset (" ZEND_LONG_FMT ") exceeds the file size",
		                        offset);
		RETURN_FALSE;
	}
	if (length > st.st_size - offset) {
		wserver_aliases_warning(client_ce, "$length (" ZEND_LONG_FMT ") exceeds the file size",
		                        length);
		RETURN_FALSE;
	}
	if (length == 0) {
		length = st.st_size - offset;
	}
	zval f;
	array_init(&f);
	add_assoc_str(&f, "path", zend_string_copy(path));
	add_assoc_str(&f, "name", zend_string_copy(name));
	if (filename && ZSTR_LEN(filename) > 0) {
		add_assoc_str(&f, "filename", zend_string_copy(filename));
	} else {
		const char *slash = strrchr(ZSTR_VAL(path), '/');
		add_assoc_string(&f, "filename", slash ? slash + 1 : ZSTR_VAL(path));
	}
	if (type && ZSTR_LEN(type) > 0) {
		add_assoc_str(&f, "type", zend_string_copy(type));
	} else {
		add_assoc_string(&f, "type", ws_mime_type(ZSTR_VAL(path), ZSTR_LEN(path)));
	}
	add_assoc_long(&f, "size", length);
	add_assoc_long(&f, "offset", offset);
	add_upload(THIS_CLIENT(), &f);
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Coroutine_Http_Client, addData)
{
	zend_string *data, *name, *type = NULL, *filename = NULL;
	ZEND_PARSE_PARAMETERS_START(2, 4)
	Z_PARAM_STR(data)
	Z_PARAM_STR(name)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR_OR_NULL(type)
	Z_PARAM_STR_OR_NULL(filename)
	ZEND_PARSE_PARAMETERS_END();
	zval f;
	array_init(&f);
	add_assoc_str(&f, "content", zend_string_copy(data));
	add_assoc_str(&f, "name", zend_string_copy(name));
	add_assoc_str(&f, "filename",
	              zend_string_copy(filename && ZSTR_LEN(filename) ? filename : name));
	if (type && ZSTR_LEN(type) > 0) {
		add_assoc_str(&f, "type", zend_string_copy(type));
	} else {
		add_assoc_string(&f, "type", "application/octet-stream");
	}
	add_assoc_long(&f, "size", (zend_long) ZSTR_LEN(data));
	add_upload(THIS_CLIENT(), &f);
	RETURN_TRUE;
}

static void request_method(http_client_obj *o, const char *method)
{
	prop_string(o, P_REQUEST_METHOD, method, strlen(method));
}

ZEND_METHOD(WServer_Coroutine_Http_Client, execute)
{
	zend_string *path;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(path)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_BEGIN("WServer\\Coroutine\\Http\\Client::execute()");
	RETURN_BOOL(client_execute(o, path));
}

ZEND_METHOD(WServer_Coroutine_Http_Client, get)
{
	zend_string *path;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(path)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_BEGIN("WServer\\Coroutine\\Http\\Client::get()");
	request_method(o, "GET");
	RETURN_BOOL(client_execute(o, path));
}

ZEND_METHOD(WServer_Coroutine_Http_Client, post)
{
	zend_string *path;
	zval *data;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(path)
	Z_PARAM_ZVAL(data)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_BEGIN("WServer\\Coroutine\\Http\\Client::post()");
	request_method(o, "POST");
	zval z;
	ZVAL_COPY(&z, data);
	prop_set(o, P_REQUEST_BODY, &z);
	RETURN_BOOL(client_execute(o, path));
}

ZEND_METHOD(WServer_Coroutine_Http_Client, download)
{
	zend_string *path, *file;
	zend_long offset = 0;
	ZEND_PARSE_PARAMETERS_START(2, 3)
	Z_PARAM_STR(path)
	Z_PARAM_PATH_STR(file)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(offset)
	ZEND_PARSE_PARAMETERS_END();
	if (offset < 0) {
		wserver_aliases_warning(client_ce, "$offset must be greater than or equal to 0");
		RETURN_FALSE;
	}
	CLIENT_BEGIN("WServer\\Coroutine\\Http\\Client::download()");
	zval z;
	ZVAL_STR_COPY(&z, file);
	prop_set(o, P_DOWNLOAD_FILE, &z);
	prop_long(o, P_DOWNLOAD_OFFSET, offset);
	RETURN_BOOL(client_execute(o, path));
}

static void return_prop(INTERNAL_FUNCTION_PARAMETERS, int prop)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(PROP(THIS_CLIENT(), prop));
}

ZEND_METHOD(WServer_Coroutine_Http_Client, getBody)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, P_BODY);
}

ZEND_METHOD(WServer_Coroutine_Http_Client, getHeaders)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, P_HEADERS);
}

ZEND_METHOD(WServer_Coroutine_Http_Client, getCookies)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, P_COOKIES);
}

ZEND_METHOD(WServer_Coroutine_Http_Client, getStatusCode)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, P_STATUS);
}

ZEND_METHOD(WServer_Coroutine_Http_Client, getHeaderOut)
{
	ZEND_PARSE_PARAMETERS_NONE();
	http_client_obj *o = THIS_CLIENT();
	if (!o->header_out) {
		RETURN_FALSE;
	}
	RETURN_STR_COPY(o->header_out);
}

ZEND_METHOD(WServer_Coroutine_Http_Client, getPeerCert)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_csock *s = client_csock(THIS_CLIENT());
	if (!s || !wserver_tls_peer_cert(s, return_value)) {
		RETURN_FALSE;
	}
}

static void client_name(INTERNAL_FUNCTION_PARAMETERS, bool peer)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_csock *s = client_csock(THIS_CLIENT());
	if (!s || !wserver_csock_name(s, peer, return_value)) {
		RETURN_FALSE;
	}
}

ZEND_METHOD(WServer_Coroutine_Http_Client, getsockname)
{
	client_name(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(WServer_Coroutine_Http_Client, getpeername)
{
	client_name(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(WServer_Coroutine_Http_Client, upgrade)
{
	zend_string *path;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(path)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_BEGIN("WServer\\Coroutine\\Http\\Client::upgrade()");
	o->defer = false;
	unsigned char raw[16];
	if (getrandom(raw, sizeof(raw), 0) != sizeof(raw)) {
		memset(raw, 0x2a, sizeof(raw));
	}
	zend_string *key = php_base64_encode(raw, sizeof(raw));
	zval *headers = prop_array(o, P_REQUEST_HEADERS);
	add_assoc_string(headers, "Connection", "Upgrade");
	add_assoc_string(headers, "Upgrade", "websocket");
	add_assoc_string(headers, "Sec-WebSocket-Version", "13");
	add_assoc_str(headers, "Sec-WebSocket-Key", zend_string_copy(key));
	if (o->ws.compression) {
		add_assoc_string(headers, "Sec-WebSocket-Extensions", WS_DEFLATE_OFFER);
	}
	o->ws.deflate = false;
	request_method(o, "GET");
	if (o->ws_accept) {
		zend_string_release(o->ws_accept);
	}
	o->ws_accept = wserver_websocket_accept_for(ZSTR_VAL(key), ZSTR_LEN(key));
	zend_string_release(key);
	bool ok = client_execute(o, path);
	zend_string_release(o->ws_accept);
	o->ws_accept = NULL;
	RETURN_BOOL(ok && o->websocket);
}

/* The socket of an upgraded client, held for the call; NULL (errCode set) otherwise. */
static zend_object *ws_begin(http_client_obj *o)
{
	if (!o->websocket || Z_TYPE(o->sock) != IS_OBJECT) {
		set_error(o, ERR_WEBSOCKET_UNCONNECTED, "websocket handshake failed, cannot push data",
		          ESTATUS_CONNECT_FAILED);
		return NULL;
	}
	zend_object *so = Z_OBJ(o->sock);
	GC_ADDREF(so);
	return so;
}

static bool ws_sent(http_client_obj *o, zend_object *so, bool ok)
{
	if (!ok) {
		fail_io(o, wserver_socket_csock(so), ESTATUS_SERVER_RESET);
	}
	OBJ_RELEASE(so);
	return ok;
}

ZEND_METHOD(WServer_Coroutine_Http_Client, push)
{
	zval *data;
	zend_long opcode = WS_OP_TEXT, flags = WSERVER_WS_FLAG_FIN;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_ZVAL(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(opcode)
	Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_BEGIN("WServer\\Coroutine\\Http\\Client::push()");
	zend_object *so = ws_begin(o);
	if (!so) {
		wserver_aliases_warning(client_ce, "websocket handshake failed, cannot push data");
		RETURN_FALSE;
	}
	double timeout = o->timeout != 0 ? o->timeout : 60;
	bool ok = wserver_ws_peer_push(&o->ws, wserver_socket_csock(so), data, opcode, flags, timeout);
	if (EG(exception)) {
		OBJ_RELEASE(so);
		RETURN_THROWS();
	}
	RETURN_BOOL(ws_sent(o, so, ok));
}

ZEND_METHOD(WServer_Coroutine_Http_Client, ping)
{
	zend_string *data = ZSTR_EMPTY_ALLOC();
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_BEGIN("WServer\\Coroutine\\Http\\Client::ping()");
	zend_object *so = ws_begin(o);
	if (!so) {
		RETURN_FALSE;
	}
	double timeout = o->timeout != 0 ? o->timeout : 60;
	bool ok = wserver_ws_peer_send(&o->ws, wserver_socket_csock(so), WS_OP_PING,
	                               WSERVER_WS_FLAG_FIN, ZSTR_VAL(data), ZSTR_LEN(data), timeout);
	RETURN_BOOL(ws_sent(o, so, ok));
}

ZEND_METHOD(WServer_Coroutine_Http_Client, disconnect)
{
	zend_long code = WS_CLOSE_NORMAL;
	zend_string *reason = ZSTR_EMPTY_ALLOC();
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(code)
	Z_PARAM_STR(reason)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_BEGIN("WServer\\Coroutine\\Http\\Client::disconnect()");
	zend_object *so = ws_begin(o);
	if (!so) {
		RETURN_FALSE;
	}
	double timeout = o->timeout != 0 ? o->timeout : 60;
	bool ok = wserver_ws_peer_send_close(&o->ws, wserver_socket_csock(so), code, reason, timeout);
	OBJ_RELEASE(so);
	client_close(o); /* whatever the outcome */
	RETURN_BOOL(ok);
}

ZEND_METHOD(WServer_Coroutine_Http_Client, recv)
{
	double timeout = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_BEGIN("WServer\\Coroutine\\Http\\Client::recv()");
	if (Z_TYPE(o->sock) != IS_OBJECT) {
		/* closed (disconnect(), the peer's close): errCode says so, as Swoole's */
		prop_long(o, P_ERRCODE, WSERVER_ERROR_CLIENT_NO_CONNECTION);
		prop_string(o, P_ERRMSG, ZEND_STRL("Client no connection"));
		RETURN_FALSE;
	}
	if (!o->websocket) {
		RETURN_BOOL(recv_response(o, timeout));
	}
	if (timeout == 0) {
		timeout = o->timeout != 0 ? o->timeout : -1;
	}
	zend_object *so = Z_OBJ(o->sock);
	GC_ADDREF(so);
	wserver_csock *s = wserver_socket_csock(so);
	s->err = 0;
	s->msg[0] = 0;
	int rc = wserver_ws_peer_recv(&o->ws, s, &o->in, timeout, return_value);
	if (rc == 0) {
		client_close(o);
		RETVAL_EMPTY_STRING();
	} else if (rc < 0) {
		set_error(o, s->err, s->msg, ESTATUS_SERVER_RESET);
		if (s->err != ETIMEDOUT) {
			client_close(o);
		}
		RETVAL_FALSE;
	}
	OBJ_RELEASE(so);
}

ZEND_METHOD(WServer_Coroutine_Http_Client, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(client_close(THIS_CLIENT()));
}

void wserver_http_client_minit(int module_number)
{
	register_http_client_symbols(module_number);
	client_ce = register_class_WServer_Coroutine_Http_Client();
	client_ce->create_object = client_create;
	client_exception_ce =
	    register_class_WServer_Coroutine_Http_Client_Exception(wserver_exception_ce);
	wserver_http_client_ce = client_ce;
	wserver_http_client_exception_ce = client_exception_ce;
	memcpy(&client_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	client_handlers.offset = XtOffsetOf(http_client_obj, std);
	client_handlers.free_obj = client_free;
	client_handlers.get_gc = client_get_gc;
	client_handlers.clone_obj = NULL;
	wserver_websocket_csock_minit();
}
