/* Handshakes of websocket:// (websocket.c), server and client side, and its close. */
#ifndef WSERVER_PHP_WEBSOCKET_H
#define WSERVER_PHP_WEBSOCKET_H

#include "php.h"
#include "core/conn.h"
#include "proto/ws_deflate.h"

void wserver_websocket_minit(void);
/* The Sec-WebSocket-Accept value for the upgrade request data; NULL after answering a bad one
 * (400, 426) and closing. */
zend_string *wserver_websocket_check(ws_conn *c, const char *data, size_t len);
/* onWebSocketConnect is done (threw: with an exception): answer 101 with accept and the
 * connection's $headers, unless the connection was closed meanwhile (refused). */
void wserver_websocket_finish(ws_conn *c, zend_string *accept, bool threw);
/* ws:// client: the upgrade request for host (with its port) and path, with the extra headers
 * ($connection->headers; may be NULL); *accept gets the Sec-WebSocket-Accept the answer must
 * carry. */
zend_string *wserver_websocket_client_request(const char *host, const char *path, zval *headers,
                                              zend_string **accept);
/* The Sec-WebSocket-Accept value answering the Sec-WebSocket-Key key. */
zend_string *wserver_websocket_accept_for(const char *key, size_t len);
/* Whether the response head (status line and headers) accepts the upgrade; else why says so. */
bool wserver_websocket_client_verify(const char *head, size_t len, zend_string *accept, char *why,
                                     size_t whylen);
/* ws:// client, the handshake accepted: the extensions the server's answer head names
 * (permessage-deflate, which we offered) take effect on c; false with why when it names one
 * we cannot speak. */
bool wserver_websocket_client_extensions(ws_conn *c, const char *head, size_t len, char *why,
                                         size_t whylen);
/* The same for any client: *agreed (with *p) when the answer head agrees to permessage-deflate;
 * false with why when it names an extension we cannot speak. */
bool wserver_websocket_answer_deflate(const char *head, size_t len, ws_deflate_params *p,
                                      bool *agreed, char *why, size_t whylen);
/* TcpConnection::close() of a websocket:// connection: a close frame, or a refused
 * handshake (403). */
void wserver_websocket_close(ws_conn *c);
/* Whether data (a whole request head) asks for a WebSocket upgrade. */
bool wserver_websocket_is_upgrade(const char *data, size_t len);

extern zend_class_entry *wserver_protocols_websocket_ce;
/* The static input($buffer, $connection) and decode($buffer, $connection) of Websocket and
 * Ws: the same on both sides of a connection. */
void wserver_websocket_static_input(INTERNAL_FUNCTION_PARAMETERS);
void wserver_websocket_static_decode(INTERNAL_FUNCTION_PARAMETERS);
/* One final frame of data, text unless conn's websocketType is "\x82"; masked (a client's)
 * when masked. */
zend_string *wserver_websocket_frame_make(zend_string *data, zval *conn, bool masked);

#endif
