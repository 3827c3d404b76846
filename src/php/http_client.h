/* WServer\Coroutine\Http\Client (http_client.c). */
#ifndef WSERVER_PHP_HTTP_CLIENT_H
#define WSERVER_PHP_HTTP_CLIENT_H

void wserver_http_client_minit(int module_number);

#endif
