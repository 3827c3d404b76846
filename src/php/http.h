/* WServer\Protocols\Http (http.c): the http:// protocol's settings and its static
 * input/decode/encode. */
#ifndef WSERVER_PHP_HTTP_H
#define WSERVER_PHP_HTTP_H

#include "php.h"

extern zend_class_entry *wserver_protocols_http_ce;
void wserver_http_minit(void);
void wserver_http_rshutdown(void);
/* The class requests are made as (Http\Request unless requestClass() set a subclass). */
zend_class_entry *wserver_http_request_class(void);

#endif
