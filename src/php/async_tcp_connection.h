/* WServer\Connection\AsyncTcpConnection (async_tcp_connection.c): outgoing connections,
 * for the runtime's hooks. */
#ifndef WSERVER_PHP_ASYNC_TCP_CONNECTION_H
#define WSERVER_PHP_ASYNC_TCP_CONNECTION_H

#include "php.h"
#include "core/conn.h"

void wserver_async_tcp_connection_minit(void);
/* c (outgoing) is connected: ws:// sends its upgrade request. Never calls PHP. */
void wserver_async_connected(ws_conn *c);
/* The ws:// answer head arrived: true when it accepts the upgrade (frames flow from now);
 * else onError(CONNECT_FAIL) and the connection is closed. */
bool wserver_async_handshake(ws_conn *c, const char *head, size_t len);
/* The object's own onConnect, or onWebSocketConnect (websocket); NULL when unset. */
zval *wserver_async_callback(ws_conn *c, bool websocket);
/* Worker end: drop pending reconnects and lookups. */
void wserver_async_shutdown(void);
/* Client connections looking up a name or waiting to reconnect. */
uint32_t wserver_async_pending(void);

#endif
