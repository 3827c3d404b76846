/* The front end of a listening group (frontend.c): which callable runs, in a coroutine, for
 * each event of the group's connections and workers. A Worker's reads its callback properties
 * (worker.c); a Server's runs C functions that fire its own events with Swoole's arguments
 * (server.c). The runtime asks the front end of the group its process serves. */
#ifndef WSERVER_PHP_FRONTEND_H
#define WSERVER_PHP_FRONTEND_H

#include "php.h"
#include "coro.h"
#include "core/conn.h"

/* The events of a connection; the first five follow wserver_conn_cb's order (tcp_connection.h:
 * an AsyncTcpConnection's own callbacks). The arguments each callable gets are the Worker
 * API's. */
typedef enum {
	WSERVER_EV_MESSAGE,      /* ($connection, $data): a TcpConnection or UdpConnection */
	WSERVER_EV_CLOSE,        /* ($connection) */
	WSERVER_EV_ERROR,        /* ($connection, $code, $message) */
	WSERVER_EV_BUFFER_FULL,  /* ($connection) */
	WSERVER_EV_BUFFER_DRAIN, /* ($connection) */
	WSERVER_EV_CONNECT,      /* ($connection) */
	WSERVER_EV_WS_CONNECT,   /* a websocket:// handshake: ($connection, $request) */
	WSERVER_EV_WS_CONNECTED, /* after its 101: ($connection, $request) */
	WSERVER_EV_WS_PING,      /* a ping the application answers: ($connection, $data) */
	WSERVER_EV_WS_PONG,      /* ($connection, $data) */
	WSERVER_EV_WS_CLOSE,     /* the peer's close frame: ($connection, $code, $reason) */
	WSERVER_EV_CONN_COUNT
} wserver_conn_event;

/* The events of a worker process, each ($worker). */
typedef enum {
	WSERVER_EV_WORKER_START,
	WSERVER_EV_WORKER_STOP,
	WSERVER_EV_WORKER_RELOAD,
	WSERVER_EV_WORKER_EXIT, /* a graceful stop begins */
	WSERVER_EV_WORKER_COUNT
} wserver_worker_event;

typedef struct wserver_frontend {
	/* The callable for ev of connection c (NULL for a datagram's message) of the group (its
	 * Worker object); NULL: nothing runs. */
	zval *(*conn_event)(zend_object *group, ws_conn *c, wserver_conn_event ev);
	/* The callable for ev of the group's worker process; NULL: nothing runs. */
	zval *(*worker_event)(zend_object *group, wserver_worker_event ev);
	/* The object an HTTP request on c (also a WebSocket handshake) becomes, made from the
	 * bytes raw (borrowed), before its callback is queued: the $request of message,
	 * ws_connect and ws_connected. */
	zend_object *(*http_request)(zend_object *group, ws_conn *c, zend_string *raw);
	/* An HTTP request on c (bytes raw: the callee takes the reference) whose message callable
	 * is cb (conn_event's for WSERVER_EV_MESSAGE): queue what runs with wserver_coro_queue(), so
	 * that done(arg, threw) is called once it is over. */
	void (*http_message)(zend_object *group, ws_conn *c, zval *cb, zend_string *raw,
	                     wserver_coro_done_fn done, void *arg);
	/* A message on c for the callable cb (conn_event's for WSERVER_EV_MESSAGE), other than
	 * HTTP and a user protocol's, with args ($connection, $data), argc 2 (owned): may
	 * rewrite them (up to WSERVER_CORO_QUEUE_ARGS, *argc) and return the callable to queue
	 * with them instead, so that no C function runs between. NULL: none (cb runs). */
	zval *(*message)(zend_object *group, ws_conn *c, zval *cb, zval *args, uint32_t *argc);
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
