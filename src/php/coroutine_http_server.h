/* WServer\Coroutine\Http\Server (coroutine_http_server.c) and its connections: what the
 * Http\Request and Http\Response of http_server.c use when they belong to one. */
#ifndef WSERVER_PHP_COROUTINE_HTTP_SERVER_H
#define WSERVER_PHP_COROUTINE_HTTP_SERVER_H

#include "php.h"

/* One accepted connection: its Coroutine\Socket, its read buffer, its WebSocket state after
 * upgrade(). Reference counted: the serving coroutine and each Response hold one. */
typedef struct wserver_co_http_conn wserver_co_http_conn;

void wserver_coroutine_http_server_minit(void);

void wserver_co_http_conn_addref(wserver_co_http_conn *c);
void wserver_co_http_conn_release(wserver_co_http_conn *c);
/* The connection is open and not upgraded: a reply can go out. */
bool wserver_co_http_conn_writable(wserver_co_http_conn *c);
/* Send data, a Protocols\Http\Response (also one made withFile()) or a string (a plain 200
 * reply), with Connection: keep-alive or close as the request asked. false when it could not
 * be sent (the connection is closed) or data cannot be a string (exception). */
bool wserver_co_http_conn_send(wserver_co_http_conn *c, zval *data);
/* Write all of p[0, n) (a reply's raw bytes); false closes the connection. */
bool wserver_co_http_conn_write(wserver_co_http_conn *c, const char *p, size_t n);
/* One chunk of a chunked reply; empty: the last one. */
bool wserver_co_http_conn_chunk(wserver_co_http_conn *c, zend_string *content);
/* Response::upgrade(): answer the request's WebSocket handshake with 101, with the header
 * fields the handler set (headers: name => a string or a list; may be NULL). false (a
 * warning) when the request is no handshake. */
bool wserver_co_http_conn_upgrade(wserver_co_http_conn *c, HashTable *headers);
/* Response::push(), recv(), close() over the connection. */
bool wserver_co_http_conn_push(wserver_co_http_conn *c, zval *data, zend_long opcode,
                               zend_long flags);
void wserver_co_http_conn_recv(wserver_co_http_conn *c, double timeout, zval *return_value);
bool wserver_co_http_conn_close(wserver_co_http_conn *c);
/* Response::ping(), and disconnect(): a close frame, then the connection closed. */
bool wserver_co_http_conn_ping(wserver_co_http_conn *c, zend_string *data);
bool wserver_co_http_conn_disconnect(wserver_co_http_conn *c, zend_long code, zend_string *reason);

#endif
