/* WServer\Protocols\Http (http.c): Workerman's protocol class for http://. */
#ifndef WSERVER_PHP_HTTP_H
#define WSERVER_PHP_HTTP_H

#include "php.h"

extern zend_class_entry *wserver_protocols_http_ce;
void wserver_http_minit(void);

#endif
