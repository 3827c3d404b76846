/* WServer\Coroutine\Socket (socket.c), over csock.h. */
#ifndef WSERVER_PHP_SOCKET_H
#define WSERVER_PHP_SOCKET_H

#include "php.h"

void wserver_socket_minit(void);
extern zend_class_entry *wserver_socket_ce;
/* out = a new Socket over a dup of fd (domain, type as socket() takes them), which it owns and
 * makes non-blocking (the flag is shared with fd). false with errno when dup() fails. */
bool wserver_socket_wrap(zval *out, int fd, int domain, int type);

#endif
