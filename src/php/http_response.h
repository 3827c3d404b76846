/* WServer\Protocols\Http\Response (http_response.c) and the head of the reply to send. */
#ifndef WSERVER_PHP_HTTP_RESPONSE_H
#define WSERVER_PHP_HTTP_RESPONSE_H

#include <sys/types.h>
#include "php.h"

extern zend_class_entry *wserver_http_response_ce;
void wserver_http_response_minit(void);
/* Status line and headers of the reply to send for data (a Response, or a string sent as a
 * 200 text/html reply); *body gets the body (a new reference); *streaming tells a reply that
 * opens a stream (chunked, text/event-stream: no Content-Length, more pieces follow). NULL +
 * exception when data cannot be a string. */
zend_string *wserver_http_reply_head(zval *data, bool keep_alive, zend_string **body,
                                     bool *streaming);
/* Room for wserver_http_plain_head()'s output. */
#define WSERVER_HTTP_PLAIN_HEAD_MAX 256
/* The head wserver_http_reply_head() makes for a string sent as the reply (200, text/html),
 * written into out (WSERVER_HTTP_PLAIN_HEAD_MAX bytes) without allocating; returns its
 * length. swoole: Swoole's Content-Type (Http\Server's replies). */
size_t wserver_http_plain_head(char *out, size_t body_len, bool keep_alive, bool swoole);
/* The reply to a Response made with withFile(), to the request req[0, req_len) (NULL: not
 * known): its status line and headers (Content-Length, and Content-Type from the extension,
 * Last-Modified and ETag unless set; 206, 304, 416 as the request's Range and conditional
 * headers make it: http_static.c), *fd (the caller owns it) open on the file with the range
 * *offset, *len to send. A reply without body (HEAD, 304, 416) gives *fd = -1 and an empty
 * *body. A file that cannot be read (missing, not a regular file, open_basedir) gives a 404
 * reply instead: *fd = -1, *body its body (a new reference). NULL when data is not such a
 * Response. Never calls user PHP. */
zend_string *wserver_http_reply_file(zval *data, bool keep_alive, const char *req, size_t req_len,
                                     int *fd, off_t *offset, size_t *len, zend_string **body);
/* The reply to send on conn for data, with the headers the application left in
 * $conn->headers (the session's Set-Cookie) added, as Workerman's Http::encode() does: data
 * itself (a Response gets them), or *tmp (a Response made for a string reply; the caller
 * releases it). $conn->headers is emptied once taken. Never calls user PHP. */
zval *wserver_http_reply_conn_headers(zend_object *conn, zval *data, zval *tmp);

/* A Response's parts, set from C: what its with*() methods do, shared with Http\Server's
 * Response. The setters that check their input return false with a ValueError. */
zend_object *wserver_http_response_new(void);
bool wserver_http_response_set_status(zend_object *resp, zend_long code, zend_string *reason);
zend_long wserver_http_response_status(zend_object *resp);
/* The header fields set on resp (name => a string, or a list of strings); borrowed. */
HashTable *wserver_http_response_headers(zend_object *resp);
void wserver_http_response_set_header(zend_object *resp, zend_string *name, zval *value);
void wserver_http_response_set_body(zend_object *resp, zend_string *body);
bool wserver_http_response_set_file(zend_object *resp, zend_string *file, zend_long offset,
                                    zend_long length);
typedef struct {
	zend_string *name, *value, *path, *domain, *same_site; /* NULL: none */
	bool has_max_age;
	zend_long max_age;
	bool secure, http_only;
} wserver_http_cookie;
/* One more Set-Cookie header. */
void wserver_http_response_add_cookie(zend_object *resp, const wserver_http_cookie *cookie);
/* One more Set-Cookie header with the value line (the reference is taken). */
void wserver_http_response_add_set_cookie(zend_object *resp, zend_string *line);
/* resp is Http\Server's: its head follows Swoole's rules (default Content-Type text/html
 * without a charset; Server, Connection, Date, Content-Length, Content-Type,
 * Transfer-Encoding or Content-Encoding set to "" is not sent, nor its default). */
void wserver_http_response_swoole_rules(zend_object *resp);
/* resp is sent chunked (Http\Server's write()): Transfer-Encoding is added unless set. */
void wserver_http_response_set_chunked(zend_object *resp);
/* Remove header name (any letter case). */
void wserver_http_response_del_header(zend_object *resp, zend_string *name);
/* For compression: a new Response with resp's status, headers, body and rules (not its
 * file); resp's body (borrowed), whether it sends a file, whether write() made it chunked. */
zend_object *wserver_http_response_copy(zend_object *resp);
void wserver_http_response_peek(zend_object *resp, zend_string **body, bool *file, bool *chunked);

#endif
