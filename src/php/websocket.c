/* websocket:// handshakes (RFC 6455 §4.2): check the upgrade request, let onWebSocketConnect
 * see it (and refuse it), answer 101; and WServer\Protocols\Websocket's constants. The frames
 * after the handshake are core/websocket.c's. */
#include "websocket.h"
#include "connection_interface.h"
#include "tcp_connection.h"
#include "core/ratelog.h"
#include "runtime.h"
#include "core/websocket.h"
#include "proto/http.h"
#include "proto/websocket.h"

#include "ext/standard/base64.h"
#include "ext/standard/sha1.h"
#include "zend_smart_str.h"
#if PHP_VERSION_ID >= 80200
#include "ext/random/php_random.h"
#else
#include "ext/standard/php_mt_rand.h"
#include "ext/standard/php_random.h"
#endif
#include "stubs/websocket_arginfo.h"

#include <strings.h>

/* Whether the comma-separated header value s holds token (case-insensitive). */
static bool has_token(const ws_http_span *s, const char *token)
{
	size_t tlen = strlen(token);
	const char *p = s->p, *end = s->p + s->len;
	while (p < end) {
		while (p < end && (*p == ' ' || *p == '\t' || *p == ',')) {
			p++;
		}
		const char *start = p;
		while (p < end && *p != ',') {
			p++;
		}
		const char *stop = p;
		while (stop > start && (stop[-1] == ' ' || stop[-1] == '\t')) {
			stop--;
		}
		if ((size_t) (stop - start) == tlen && strncasecmp(start, token, tlen) == 0) {
			return true;
		}
	}
	return false;
}

static void refuse(ws_conn *c, int status, const char *extra)
{
	const char *reason = ws_http_reason(status);
	/* a page a browser shows, naming the status as Swoole's does */
	char body[160];
	int blen = snprintf(body, sizeof(body), "<html><body><h2>HTTP %d %s</h2></body></html>", status,
	                    reason);
	zend_string *reply = zend_strpprintf(0,
	                                     "HTTP/1.1 %d %s\r\n%sContent-Type: text/html\r\n"
	                                     "Content-Length: %d\r\nConnection: close\r\n\r\n%s",
	                                     status, reason, extra, blen, body);
	ws_websocket_refuse(c, ZSTR_VAL(reply), ZSTR_LEN(reply));
	zend_string_release(reply);
}

/* A client decides how often this happens: logged at most once a second. */
static ws_ratelog not_handshake_log =
    WS_RATELOG("requests that were not WebSocket handshakes", 1000);

/* The Sec-WebSocket-Key of a valid upgrade request in data, or NULL after answering 400
 * (426 for another protocol version) and closing. */
static const ws_http_span *upgrade_key(ws_conn *c, const char *data, size_t len, ws_http_head *head)
{
	ws_http_limits lim = *ws_http_default_limits();
	lim.max_body = len;
	const ws_http_span *upgrade, *connection, *version, *key = NULL;
	if (ws_http_parse_head(data, len, &lim, head) <= 0 || head->version != 11 ||
	    head->method.len != 3 || memcmp(head->method.p, "GET", 3) != 0 ||
	    !(upgrade = ws_http_header_get(head, "upgrade")) || !has_token(upgrade, "websocket") ||
	    !(connection = ws_http_header_get(head, "connection")) ||
	    !has_token(connection, "upgrade") ||
	    !(key = ws_http_header_get(head, "sec-websocket-key")) || key->len != 24) {
		ws_ratelog_write(&not_handshake_log,
		                 "websocket connection %llu from worker pid %d: not a WebSocket handshake, "
		                 "answered 400 and closed",
		                 (unsigned long long) c->id, (int) getpid());
		refuse(c, 400, "");
		return NULL;
	}
	version = ws_http_header_get(head, "sec-websocket-version");
	if (!version || version->len != 2 || memcmp(version->p, "13", 2) != 0) {
		refuse(c, 426, "Sec-WebSocket-Version: 13\r\n");
		return NULL;
	}
	return key;
}

bool wserver_websocket_is_upgrade(const char *data, size_t len)
{
	ws_http_limits lim = *ws_http_default_limits();
	lim.max_body = len;
	ws_http_head head;
	const ws_http_span *upgrade;
	return ws_http_parse_head(data, len, &lim, &head) > 0 &&
	       (upgrade = ws_http_header_get(&head, "upgrade")) && has_token(upgrade, "websocket");
}

/* Sec-WebSocket-Accept: base64(SHA-1(key + the RFC's GUID)). */
static zend_string *accept_for(const char *key, size_t len)
{
	static const char guid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
	PHP_SHA1_CTX ctx;
	unsigned char digest[20];
	PHP_SHA1Init(&ctx);
	PHP_SHA1Update(&ctx, (const unsigned char *) key, len);
	PHP_SHA1Update(&ctx, (const unsigned char *) guid, sizeof(guid) - 1);
	PHP_SHA1Final(digest, &ctx);
	return php_base64_encode(digest, sizeof(digest));
}

zend_string *wserver_websocket_accept_for(const char *key, size_t len)
{
	return accept_for(key, len);
}

zend_string *wserver_websocket_check(ws_conn *c, const char *data, size_t len)
{
	ws_http_head head;
	const ws_http_span *key = upgrade_key(c, data, len, &head);
	if (!key) {
		return NULL;
	}
	/* permessage-deflate, when the client offers it and the server allows it: the 101 then
	 * answers (every Sec-WebSocket-Extensions header, in order, as one list) */
	smart_str ext = {0};
	for (size_t i = 0; i < head.nheaders; i++) {
		const ws_http_header *h = &head.headers[i];
		if (h->name.len == 24 && strncasecmp(h->name.p, "sec-websocket-extensions", 24) == 0) {
			if (ext.s) {
				smart_str_appendc(&ext, ',');
			}
			smart_str_appendl(&ext, h->value.p, h->value.len);
		}
	}
	if (ext.s) {
		ws_websocket_offer(c, ZSTR_VAL(ext.s), ZSTR_LEN(ext.s));
		smart_str_free(&ext);
	}
	return accept_for(key->p, key->len);
}

/* $connection->headers, as Workerman: lines ("Name: value") or name => value pairs. */
static void append_headers(smart_str *s, zval *h)
{
	ZVAL_DEREF(h);
	if (Z_TYPE_P(h) == IS_STRING && Z_STRLEN_P(h) > 0) {
		smart_str_append(s, Z_STR_P(h));
		smart_str_appendl(s, "\r\n", 2);
		return;
	}
	if (Z_TYPE_P(h) != IS_ARRAY) {
		return;
	}
	zend_string *name;
	zval *v;
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(h), name, v) {
		zend_string *value = zval_get_string(v);
		if (name) {
			smart_str_append(s, name);
			smart_str_appendl(s, ": ", 2);
		}
		smart_str_append(s, value);
		smart_str_appendl(s, "\r\n", 2);
		zend_string_release(value);
	}
	ZEND_HASH_FOREACH_END();
}

void wserver_websocket_finish(ws_conn *c, zend_string *accept, bool threw)
{
	if (c->status != WS_CONN_ESTABLISHED || ws_conn_ws_open(c)) {
		return; /* refused (closed), or answered already (a Swoole handshake callback) */
	}
	if (threw) {
		refuse(c, 500, "");
		return;
	}
	smart_str s = {0};
	smart_str_appends(&s, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
	                      "Connection: Upgrade\r\nSec-WebSocket-Accept: ");
	smart_str_append(&s, accept);
	smart_str_appendl(&s, "\r\n", 2);
	zval *h = c->user ? wserver_tcp_connection_prop(c->user, "headers") : NULL;
	if (h) {
		append_headers(&s, h);
	}
	smart_str_appendl(&s, "\r\n", 2);
	smart_str_0(&s);
	wserver_runtime_ws_open(c);
	ws_websocket_accept(c, ZSTR_VAL(s.s), ZSTR_LEN(s.s));
	smart_str_free(&s);
}

void wserver_websocket_close(ws_conn *c)
{
	if (ws_conn_ws_open(c)) {
		ws_websocket_close(c, WS_CLOSE_NORMAL, NULL, 0);
	} else if (!c->outgoing && c->bytes_read > 0) {
		refuse(c, 403, ""); /* closed in onWebSocketConnect: the handshake is refused */
	} else {
		ws_conn_close(c);
	}
}

/* ---- ws:// client side ---- */

/* The value of the header name (lower case, with its colon) in the response head, trimmed. */
static bool response_header(const char *head, size_t len, const char *name, ws_http_span *v)
{
	size_t n = strlen(name);
	const char *p = memchr(head, '\n', len), *end = head + len;
	while (p && p + 1 < end) {
		const char *line = p + 1;
		const char *eol = memchr(line, '\n', (size_t) (end - line));
		if (!eol) {
			break;
		}
		if ((size_t) (eol - line) > n && strncasecmp(line, name, n) == 0) {
			const char *b = line + n, *e = eol;
			while (b < e && (*b == ' ' || *b == '\t')) {
				b++;
			}
			while (e > b && (e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t')) {
				e--;
			}
			v->p = b;
			v->len = (size_t) (e - b);
			return true;
		}
		p = eol;
	}
	return false;
}

zend_string *wserver_websocket_client_request(const char *host, const char *path, zval *headers,
                                              zend_string **accept)
{
	unsigned char raw[16];
	if (php_random_bytes_silent(raw, sizeof(raw)) != SUCCESS) {
		for (size_t i = 0; i < sizeof(raw); i++) {
			raw[i] = (unsigned char) php_mt_rand();
		}
	}
	zend_string *key = php_base64_encode(raw, sizeof(raw));
	*accept = accept_for(ZSTR_VAL(key), ZSTR_LEN(key));
	smart_str s = {0};
	smart_str_append_printf(&s,
	                        "GET %s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\n"
	                        "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
	                        "Sec-WebSocket-Key: %s\r\n",
	                        path, host, ZSTR_VAL(key));
	zend_string_release(key);
	size_t user_at = smart_str_get_len(&s);
	if (headers) {
		append_headers(&s, headers);
	}
	/* permessage-deflate is offered, unless the application offers extensions itself */
	static const char ext[] = "sec-websocket-extensions:";
	if (!s.s || !zend_memnistr(ZSTR_VAL(s.s) + user_at, ext, sizeof(ext) - 1,
	                           ZSTR_VAL(s.s) + ZSTR_LEN(s.s))) {
		smart_str_appends(&s, "Sec-WebSocket-Extensions: " WS_DEFLATE_OFFER "\r\n");
	}
	smart_str_appendl(&s, "\r\n", 2);
	smart_str_0(&s);
	return s.s;
}

bool wserver_websocket_answer_deflate(const char *head, size_t len, ws_deflate_params *p,
                                      bool *agreed, char *why, size_t whylen)
{
	ws_http_span v;
	*agreed = false;
	if (!response_header(head, len, "sec-websocket-extensions:", &v)) {
		return true; /* none agreed: frames go as they are */
	}
	if (!ws_deflate_answer_params(v.p, v.len, false, p)) {
		snprintf(why, whylen, "the server answered extensions we cannot speak: \"%.*s\"",
		         (int) MIN(v.len, 100), v.p);
		return false;
	}
	*agreed = true;
	return true;
}

bool wserver_websocket_client_extensions(ws_conn *c, const char *head, size_t len, char *why,
                                         size_t whylen)
{
	ws_deflate_params p;
	bool agreed;
	if (!wserver_websocket_answer_deflate(head, len, &p, &agreed, why, whylen)) {
		return false;
	}
	if (agreed) {
		ws_websocket_agreed(c, &p);
	}
	return true;
}

bool wserver_websocket_client_verify(const char *head, size_t len, zend_string *accept, char *why,
                                     size_t whylen)
{
	if (len < 12 || memcmp(head, "HTTP/1.1 101", 12) != 0) {
		/* the status line, copied: head is not NUL-terminated, and PHP's snprintf would read on */
		char status[64];
		const char *eol = memchr(head, '\r', len);
		size_t n = eol ? (size_t) (eol - head) : len;
		n = n < sizeof(status) - 1 ? n : sizeof(status) - 1;
		memcpy(status, head, n);
		status[n] = 0;
		snprintf(why, whylen, "the server answered \"%s\" instead of 101", status);
		return false;
	}
	/* header lines after the status line: Sec-WebSocket-Accept must be the key's */
	const char *p = memchr(head, '\n', len), *end = head + len;
	while (p && p + 1 < end) {
		const char *line = p + 1;
		const char *eol = memchr(line, '\n', (size_t) (end - line));
		if (!eol) {
			break;
		}
		static const char name[] = "sec-websocket-accept:";
		size_t n = sizeof(name) - 1;
		if ((size_t) (eol - line) > n && strncasecmp(line, name, n) == 0) {
			const char *v = line + n, *ve = eol;
			while (v < ve && (*v == ' ' || *v == '\t')) {
				v++;
			}
			while (ve > v && (ve[-1] == '\r' || ve[-1] == ' ' || ve[-1] == '\t')) {
				ve--;
			}
			if ((size_t) (ve - v) == ZSTR_LEN(accept) &&
			    memcmp(v, ZSTR_VAL(accept), ZSTR_LEN(accept)) == 0) {
				return true;
			}
			snprintf(why, whylen, "Sec-WebSocket-Accept does not match the key sent");
			return false;
		}
		p = eol;
	}
	snprintf(why, whylen, "the answer has no Sec-WebSocket-Accept");
	return false;
}

/* ---- the static Websocket::input/decode/encode (and Ws's) ---- */

/* The length of the first whole frame in buf (0: more needed or malformed, and conn, if any,
 * is then closed: as Workerman, a bad frame ends it). */
static zend_long frame_length(zend_string *buf, zval *conn)
{
	ws_frame f;
	ssize_t n = ws_frame_parse(ZSTR_VAL(buf), ZSTR_LEN(buf), SIZE_MAX, false, &f);
	if (n < 0 && conn && instanceof_function(Z_OBJCE_P(conn), wserver_tcp_connection_ce)) {
		wserver_tcp_connection_close(Z_OBJ_P(conn), NULL, false);
	}
	return n > 0 ? (zend_long) n : 0;
}

/* The payload of the frame at the start of buf, unmasked; empty if it is not whole. */
static zend_string *frame_payload(zend_string *buf)
{
	ws_frame f;
	ssize_t n = ws_frame_parse(ZSTR_VAL(buf), ZSTR_LEN(buf), SIZE_MAX, false, &f);
	if (n <= 0) {
		return ZSTR_EMPTY_ALLOC();
	}
	zend_string *out = zend_string_init(ZSTR_VAL(buf) + f.head_len, (size_t) f.payload_len, 0);
	if (f.masked) {
		ws_frame_unmask(ZSTR_VAL(out), ZSTR_LEN(out), f.mask, 0);
	}
	return out;
}

zend_string *wserver_websocket_frame_make(zend_string *data, zval *conn, bool masked)
{
	uint8_t op = 0x81;
	if (conn && Z_TYPE_P(conn) == IS_OBJECT &&
	    instanceof_function(Z_OBJCE_P(conn), wserver_tcp_connection_ce)) {
		zval *t =
		    zend_read_property(Z_OBJCE_P(conn), Z_OBJ_P(conn), ZEND_STRL("websocketType"), 1, NULL);
		if (t && Z_TYPE_P(t) == IS_STRING && Z_STRLEN_P(t) == 1 &&
		    (unsigned char) Z_STRVAL_P(t)[0] == 0x82) {
			op = 0x82;
		}
	}
	char head[16];
	uint8_t mask[4] = {0};
	size_t hlen;
	if (masked) {
		if (php_random_bytes_silent(mask, sizeof(mask)) != SUCCESS) {
			uint32_t r = php_mt_rand();
			memcpy(mask, &r, sizeof(mask));
		}
		hlen = ws_frame_head_masked(op, ZSTR_LEN(data), mask, head);
	} else {
		hlen = ws_frame_head(op, ZSTR_LEN(data), head);
	}
	zend_string *out = zend_string_alloc(hlen + ZSTR_LEN(data), 0);
	memcpy(ZSTR_VAL(out), head, hlen);
	memcpy(ZSTR_VAL(out) + hlen, ZSTR_VAL(data), ZSTR_LEN(data));
	ZSTR_VAL(out)[ZSTR_LEN(out)] = 0;
	if (masked) {
		ws_frame_unmask(ZSTR_VAL(out) + hlen, ZSTR_LEN(data), mask, 0);
	}
	return out;
}

void wserver_websocket_static_input(INTERNAL_FUNCTION_PARAMETERS)
{
	zend_string *buf;
	zval *conn = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(buf)
	Z_PARAM_OPTIONAL
	Z_PARAM_OBJECT_OF_CLASS_OR_NULL(conn, wserver_connection_interface_ce)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_LONG(frame_length(buf, conn));
}

void wserver_websocket_static_decode(INTERNAL_FUNCTION_PARAMETERS)
{
	zend_string *buf;
	zval *conn = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(buf)
	Z_PARAM_OPTIONAL
	Z_PARAM_OBJECT_OF_CLASS_OR_NULL(conn, wserver_connection_interface_ce)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_STR(frame_payload(buf));
}

ZEND_METHOD(WServer_Protocols_Websocket, input)
{
	wserver_websocket_static_input(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(WServer_Protocols_Websocket, decode)
{
	wserver_websocket_static_decode(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(WServer_Protocols_Websocket, encode)
{
	zval *data, *conn = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ZVAL(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_OBJECT_OF_CLASS_OR_NULL(conn, wserver_connection_interface_ce)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *s = zval_try_get_string(data);
	if (!s) {
		RETURN_THROWS();
	}
	RETVAL_STR(wserver_websocket_frame_make(s, conn, false));
	zend_string_release(s);
}

zend_class_entry *wserver_protocols_websocket_ce;

void wserver_websocket_minit(void)
{
	zend_class_entry *ce = register_class_WServer_Protocols_Websocket();
	wserver_protocols_websocket_ce = ce;
	zend_declare_class_constant_stringl(ce, "BINARY_TYPE_BLOB", sizeof("BINARY_TYPE_BLOB") - 1,
	                                    "\x81", 1);
	zend_declare_class_constant_stringl(ce, "BINARY_TYPE_ARRAYBUFFER",
	                                    sizeof("BINARY_TYPE_ARRAYBUFFER") - 1, "\x82", 1);
}
