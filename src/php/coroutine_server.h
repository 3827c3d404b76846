/* WServer\Coroutine\Server and WServer\Coroutine\Server\Connection (coroutine_server.c). */
#ifndef WSERVER_PHP_COROUTINE_SERVER_H
#define WSERVER_PHP_COROUTINE_SERVER_H

void wserver_coroutine_server_minit(void);

#endif
