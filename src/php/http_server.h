/* WServer\Http\Server (http_server.c) and its Swoole-style Request and Response. */
#ifndef WSERVER_PHP_HTTP_SERVER_H
#define WSERVER_PHP_HTTP_SERVER_H

#include "php.h"
#include "coro.h"
#include "server.h"

extern zend_class_entry *wserver_http_server_ce;
void wserver_http_server_minit(void);
/* Request shutdown: free the kept Requests and Responses. */
void wserver_http_server_rshutdown(void);
/* A request on c, an accepted connection of s (bytes raw: the reference is taken): queue
 * request($request, $response) with wserver_coro_queue(); done(arg, threw) once it is over
 * (and its Response ended, if nobody kept it). */
void wserver_http_server_queue(wserver_server_obj *s, ws_conn *c, zend_string *raw,
                               wserver_coro_done_fn done, void *arg);
/* A WebSocket\Server's handshake($request, $response) callback; true when it accepted. */
bool wserver_http_server_handshake(wserver_server_obj *s, zend_object *conn, zval *request);
/* The WServer\Http\Request (Swoole style) over the bytes raw (referenced) of a request on c,
 * an accepted connection of s: the one object a request of a Server becomes. */
zend_object *wserver_swoole_request_create(wserver_server_obj *s, ws_conn *c, zend_string *raw);

/* Coroutine\Http\Server (coroutine_http_server.c): the Request over the bytes raw
 * (referenced) of a request on its connection fd, with info merged into $server; the Response
 * that writes to its connection c (referenced). */
struct wserver_co_http_conn;
zend_object *wserver_swoole_request_for_co(zend_string *raw, zend_long fd, zval *info);
zend_object *wserver_swoole_response_for_co(struct wserver_co_http_conn *c, zend_long fd);
/* The handler returned: a Response nobody else holds and nobody ended goes out now, with
 * status (0: as set). */
void wserver_swoole_response_finish(zend_object *resp, zend_long status);

#endif
