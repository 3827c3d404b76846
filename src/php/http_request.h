/* WServer\Protocols\Http\Request (http_request.c): a request over the bytes received. */
#ifndef WSERVER_PHP_HTTP_REQUEST_H
#define WSERVER_PHP_HTTP_REQUEST_H

#include "php.h"

extern zend_class_entry *wserver_http_request_ce;
void wserver_http_request_minit(void);
/* Read Request::$maxHeaderSize and ::$maxUriLength into the HTTP codec (worker start). */
void wserver_http_request_apply_limits(void);
/* Request shutdown: the Requests kept for reuse are freed. */
void wserver_http_request_rshutdown(void);
/* A Request over the bytes raw (referenced) received on conn (may be NULL). */
zend_object *wserver_http_request_create_for(zend_string *raw, zend_object *conn);
/* The same over a copy of len bytes at data (into the buffer of a reused Request if it fits). */
zend_object *wserver_http_request_from_bytes(const char *data, size_t len, zend_object *conn);

#endif
