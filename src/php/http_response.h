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
 * length. */
size_t wserver_http_plain_head(char *out, size_t body_len, bool keep_alive);
/* The reply to a Response made with withFile(): its status line and headers (Content-Length,
 * and Content-Type from the extension and Last-Modified unless set), *fd (the caller owns it)
 * open on the file with the range *offset, *len to send. A file that cannot be read (missing,
 * not a regular file, open_basedir) gives a 404 reply instead: *fd = -1, *body its body (a new
 * reference). NULL when data is not such a Response. Never calls user PHP. */
zend_string *wserver_http_reply_file(zval *data, bool keep_alive, int *fd, off_t *offset,
                                     size_t *len, zend_string **body);

#endif
