/* WServer\Coroutine\ConnectionPool (connection_pool.c). */
#ifndef WSERVER_PHP_CONNECTION_POOL_H
#define WSERVER_PHP_CONNECTION_POOL_H

void wserver_connection_pool_minit(void);

#endif
