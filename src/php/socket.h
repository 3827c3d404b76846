/* WServer\Coroutine\Socket (socket.c), over csock.h. */
#ifndef WSERVER_PHP_SOCKET_H
#define WSERVER_PHP_SOCKET_H

#include "php.h"

void wserver_socket_minit(void);
extern zend_class_entry *wserver_socket_ce;

#endif
