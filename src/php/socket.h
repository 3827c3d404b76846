/* WServer\Coroutine\Socket (socket.c), over csock.h. */
#ifndef WSERVER_PHP_SOCKET_H
#define WSERVER_PHP_SOCKET_H

#include "php.h"
#include "csock.h"

void wserver_socket_minit(void);
/* out = a new Coroutine\Socket that takes over s (its fd is the object's from now on). */
void wserver_socket_adopt(zval *out, const wserver_csock *s);
/* The coroutine socket of a Coroutine\Socket object (borrowed; fd -1 once closed). */
wserver_csock *wserver_socket_csock(zend_object *obj);
/* Give back n bytes read from sock by another reader (an HTTP client's buffer): its next
 * recv(), recvLine() or recvPacket() gets them first. */
void wserver_socket_unread(zend_object *sock, const char *p, size_t n);
/* Copy the csock's last error into the object's errCode/errMsg. */
void wserver_socket_sync_error(zend_object *obj);
extern zend_class_entry *wserver_socket_ce;
/* out = a new Socket over a dup of fd (domain, type as socket() takes them), which it owns and
 * makes non-blocking (the flag is shared with fd). false with errno when dup() fails. */
bool wserver_socket_wrap(zval *out, int fd, int domain, int type);

#endif
