/* WServer\Server\ConnectionIterator (server_connections.c): $server->connections. */
#ifndef WSERVER_PHP_SERVER_CONNECTIONS_H
#define WSERVER_PHP_SERVER_CONNECTIONS_H

#include "php.h"

extern zend_class_entry *wserver_connection_iterator_ce;
/* At MINIT, with the class the stub registered. */
void wserver_connection_iterator_setup(zend_class_entry *ce);
/* A new iterator over fds (an array of fd numbers, ascending) of server. */
void wserver_connection_iterator_new(zend_object *server, zval *fds, zval *out);

#endif
