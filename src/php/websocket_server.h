/* WServer\WebSocket\Server (websocket_server.c). */
#ifndef WSERVER_PHP_WEBSOCKET_SERVER_H
#define WSERVER_PHP_WEBSOCKET_SERVER_H

#include "php.h"
#include "server.h"
#include "core/conn.h"

extern zend_class_entry *wserver_websocket_server_ce;
void wserver_websocket_server_minit(int module_number);
/* server's control frame options (open_websocket_*_frame) into its worker's connections; none
 * for a server that is no WebSocket\Server. */
void wserver_websocket_server_apply(zend_object *server, zend_object *worker);
/* A message on a WebSocket\Server: message($server, $frame). */
void wserver_websocket_server_dispatch(wserver_server_obj *s, ws_conn *c, zval *data);

#endif
