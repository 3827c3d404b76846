/* WServer\Server\Port (server_port.c): the socket addListener() adds to a Server. */
#ifndef WSERVER_PHP_SERVER_PORT_H
#define WSERVER_PHP_SERVER_PORT_H

#include "php.h"

/* The Port class (registered with the Server's). */
extern zend_class_entry *wserver_port_ce;
void wserver_port_setup(zend_class_entry *ce);
zend_object *wserver_port_create(zend_string *host, zend_long port, zend_long type);
zval *wserver_port_event(zend_object *port, const char *name);
const char *wserver_port_scheme(zend_object *port, const char *server_scheme);

#endif
