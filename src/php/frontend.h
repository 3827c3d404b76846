/* The front end of a listening group (frontend.c): which callable runs, in a coroutine, for
 * each event of the group's connections and workers. A Worker's reads its callback properties
 * (worker.c); a Server's runs C functions that fire its own events with Swoole's arguments
 * (server.c). The runtime asks the front end of the group its process serves. */
#ifndef WSERVER_PHP_FRONTEND_H
#define WSERVER_PHP_FRONTEND_H

#include "php.h"
#include "coro.h"
#include "core/conn.h"

/* The callable for an event, called with the Worker API's arguments; NULL: nothing runs.
 * group is the Worker object of the group; c the connection (NULL for a datagram). */
typedef zval *(*wserver_conn_lookup)(zend_object *group, ws_conn *c);
typedef zval *(*wserver_worker_lookup)(zend_object *group);

typedef struct wserver_frontend {
	wserver_conn_lookup connect;        /* ($connection) */
	wserver_conn_lookup message;        /* ($connection, $data): a TcpConnection or UdpConnection */
	wserver_conn_lookup close;          /* ($connection) */
	wserver_conn_lookup error;          /* ($connection, $code, $message) */
	wserver_conn_lookup buffer_full;    /* ($connection) */
	wserver_conn_lookup buffer_drain;   /* ($connection) */
	wserver_conn_lookup ws_connect;     /* a websocket:// handshake: ($connection, $request) */
	wserver_conn_lookup ws_connected;   /* after its 101: ($connection, $request) */
	wserver_worker_lookup worker_start; /* ($worker) */
	wserver_worker_lookup worker_stop;  /* ($worker) */
	wserver_worker_lookup worker_reload; /* ($worker) */
	wserver_worker_lookup worker_exit;   /* a graceful stop begins: ($worker) */
	/* The object an HTTP request on c (also a WebSocket handshake) becomes, made from the
	 * bytes raw (borrowed), before its callback is queued: the $request of message,
	 * ws_connect and ws_connected. */
	zend_object *(*http_request)(zend_object *group, ws_conn *c, zend_string *raw);
	/* An HTTP request on c (bytes raw: the callee takes the reference) whose message callable
	 * is cb (the message lookup's): queue what runs with wserver_coro_queue(), so that
	 * done(arg, threw) is called once it is over. */
	void (*http_message)(zend_object *group, ws_conn *c, zval *cb, zend_string *raw,
	                     wserver_coro_done_fn done, void *arg);
} wserver_frontend;
/* WServer\Worker's: its callback properties (worker.c); also what AsyncTcpConnections use. */
extern const wserver_frontend wserver_worker_frontend;

/* A C function run as a callback: a Closure over an internal function (no class, no PHP
 * name), made on first use in each process. What a front end returns for an event it serves
 * in C; also what a Server's task workers run. */
typedef struct wserver_native {
	zend_internal_function fn;
	zval callable;               /* IS_UNDEF until first asked for in this process */
	struct wserver_native *next; /* the ones made, released together */
} wserver_native;
/* At MINIT: n runs handler; name is what traces show. */
void wserver_native_init(wserver_native *n, const char *name, zif_handler handler);
zval *wserver_native_callable(wserver_native *n);
/* The worker ends: drop the callables made in this process. */
void wserver_native_release_all(void);

#endif
