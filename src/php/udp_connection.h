/* WServer\Connection\UdpConnection (udp_connection.c): the sender of a datagram. */
#ifndef WSERVER_PHP_UDP_CONNECTION_H
#define WSERVER_PHP_UDP_CONNECTION_H

#include <sys/socket.h>
#include "php.h"

/* The AsyncUdpConnection socket of obj (async_udp_connection.h). */
struct wserver_async_udp;
void wserver_udp_connection_set_peer(zend_object *obj, const struct sockaddr *peer, socklen_t len);
struct wserver_async_udp **wserver_udp_connection_async(zend_object *obj);
extern zend_class_entry *wserver_udp_connection_ce;
void wserver_udp_connection_minit(void);
/* The sender of one datagram to a udp:// worker. */
zend_object *wserver_udp_connection_create_for(const struct sockaddr *peer, socklen_t len,
                                               uint16_t port, zend_object *worker, zval *protocol);
/* Its address and listener index; false for any other object. */
bool wserver_udp_peer(zend_object *obj, struct sockaddr_storage *peer, socklen_t *len,
                      uint16_t *port);

#endif
