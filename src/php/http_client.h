/* WServer\Coroutine\Http\Client (http_client.c). */
#ifndef WSERVER_PHP_HTTP_CLIENT_H
#define WSERVER_PHP_HTTP_CLIENT_H

#include "php.h"

extern zend_class_entry *wserver_http_client_ce, *wserver_http_client_exception_ce;
void wserver_http_client_minit(int module_number);

#endif
