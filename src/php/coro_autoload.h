/* Autoloading in coroutines (coro_autoload.c). */
#ifndef WSERVER_PHP_CORO_AUTOLOAD_H
#define WSERVER_PHP_CORO_AUTOLOAD_H

void wserver_coro_autoload_minit(void);
void wserver_coro_autoload_rshutdown(void);

#endif
