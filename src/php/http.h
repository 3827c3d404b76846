/* WServer\Protocols\Http (http.c): the http:// protocol's settings. */
#ifndef WSERVER_PHP_HTTP_H
#define WSERVER_PHP_HTTP_H

#include "php.h"

void wserver_http_minit(void);
void wserver_http_rshutdown(void);
/* The class requests are made as (Http\Request unless requestClass() set a subclass). */
zend_class_entry *wserver_http_request_class(void);

#endif
