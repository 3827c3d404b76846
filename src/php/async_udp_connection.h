/* WServer\Connection\AsyncUdpConnection (async_udp_connection.c): its connected socket. */
#ifndef WSERVER_PHP_ASYNC_UDP_CONNECTION_H
#define WSERVER_PHP_ASYNC_UDP_CONNECTION_H

#include <ev.h>
#include "php.h"

/* An AsyncUdpConnection's socket, while it is connected. */
typedef struct wserver_async_udp {
	int fd;
	ev_io rw;
	zend_object *obj; /* the PHP object: referenced while the socket is open */
	struct wserver_async_udp *next;
} wserver_async_udp;
/* Close (without onClose) and free; NULL is fine. */
void wserver_async_udp_free(wserver_async_udp *a);
/* Worker end: close every AsyncUdpConnection still open. */
void wserver_async_udp_shutdown(void);

#endif
