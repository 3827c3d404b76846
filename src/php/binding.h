/* What the binding files share: class entries, the coroutine scheduler, the worker runtime. */
#ifndef WSERVER_PHP_BINDING_H
#define WSERVER_PHP_BINDING_H

#include <ev.h>

#include "php.h"
#include "zend_smart_str.h"
#include "core/conn.h"
#include "core/worker.h"

extern zend_class_entry *wserver_worker_ce;
extern zend_class_entry *wserver_tcp_connection_ce;
extern zend_class_entry *wserver_timer_ce;
extern zend_class_entry *wserver_coroutine_ce;
extern zend_class_entry *wserver_exception_ce;
extern zend_class_entry *wserver_http_request_ce;
extern zend_class_entry *wserver_http_response_ce;
extern zend_class_entry *wserver_http_chunk_ce;
/* Keeps a zend_string alive while the send queue holds it. */
extern const ws_owner_ops wserver_zstr_ops;

void wserver_exception_minit(void);
void wserver_worker_minit(void);
void wserver_tcp_connection_minit(void);
void wserver_timer_minit(void);
void wserver_coroutine_minit(void);
void wserver_coro_minit(void);
void wserver_http_request_minit(void);
void wserver_http_response_minit(void);
void wserver_http_stream_minit(void);
void wserver_worker_rshutdown(void);
const char *wserver_backend_name(void);

/* ---- coro.c: callbacks run in pooled Fibers ---- */

/* A callback finished; threw: it ended with an uncaught exception (already logged). */
typedef void (*wserver_coro_done_fn)(void *arg, bool threw);

/* Run fn(args) in a coroutine; name (static) says what it is in logs. Returns true when it
 * finished at once; false when it is suspended, and then done(arg) runs (in loop context)
 * once it finishes. Holds fn until the end; args are only borrowed, since the call starts (and
 * copies them) before this returns. Calls PHP. */
bool wserver_coro_run(const char *name, zval *fn, uint32_t argc, zval *args,
                      wserver_coro_done_fn done, void *arg);
/* Queue fn(args) to run once the loop has handled this round's I/O, together with the other
 * queued callbacks in one Fiber: N messages of a round cost one Fiber switch, not N. Takes
 * ownership of args (at most 2); done(arg) runs in loop context once it finished. */
void wserver_coro_queue(const char *name, zval *fn, uint32_t argc, zval *args,
                        wserver_coro_done_fn done, void *arg);
/* Run queued callbacks on this loop (once per worker, after the loop is made). */
void wserver_coro_attach(struct ev_loop *loop);
/* Suspend the calling coroutine for seconds on the worker loop. false + exception outside
 * a coroutine. Calls PHP. */
bool wserver_coro_sleep(double seconds);
/* The id of the running coroutine, -1 outside any. */
zend_long wserver_coro_cid(void);
/* Callbacks suspended now (started, not finished). */
uint32_t wserver_coro_suspended(void);
/* Resume every parked Fiber so it ends, and release them. Calls PHP. */
void wserver_coro_shutdown(void);

/* ---- worker runtime (worker.c) ---- */

/* The loop of this worker process; NULL in the master or before runAll(). */
extern struct ev_loop *wserver_loop;
/* Set when exit() ran in a callback: the worker unwinds and ends. */
extern bool wserver_exiting;
/* This worker's status slot in shared memory; NULL outside a worker. */
extern ws_slot *wserver_slot;
/* The whole status area (every worker's slot); NULL outside a worker. */
extern ws_shm *wserver_shm;
/* Worker::runAll(): serve every Worker made so far; who names the caller in errors. Ends like
 * exit() (an unwind_exit is thrown) or with an exception. */
void wserver_worker_run_all(const char *who);
/* Log the pending exception with where it escaped and clear it. Calls PHP. */
void wserver_log_exception(const char *where);
/* Record an exit() seen at a Fiber boundary (takes the unwind_exit) and stop the loop. */
void wserver_request_exit(void);
/* A suspended callback finished: a draining worker may be done. */
void wserver_worker_poke(void);

/* Settings of a Worker that have no PHP property; Server::start() fills them. */
typedef struct wserver_worker_limits {
	uint64_t max_request;      /* recycle a worker after about this many messages */
	uint32_t max_conn;         /* connections open at once over the Worker's processes */
	double heartbeat_interval; /* seconds between idle checks */
	double heartbeat_idle;     /* a connection silent this long is closed */
} wserver_worker_limits;
wserver_worker_limits *wserver_worker_limits_of(zend_object *worker);
/* Frame the Worker's plain tcp:// socket with proto, whose parameter block (len bytes) is
 * copied into the Worker. false when the Worker has no socket or already a protocol. */
bool wserver_worker_set_framing(zend_object *worker, const ws_proto *proto, const void *param,
                                size_t len);

/* ---- master.c ---- */

struct ws_app;
/* Set the master's PHP hooks and remember the files loaded so far. objs stays owned by the
 * caller and must outlive the master. */
void wserver_master_prepare(struct ws_app *app, zend_object **objs);
/* In a child, or once the master is done. */
void wserver_master_release(void);
/* True in the master process while it supervises (not in its children). */
extern bool wserver_in_master;
/* The Server whose start() runs the master (its master and manager events fire); NULL under
 * Worker::runAll(). Borrowed: start() never returns while it is set. */
extern zend_object *wserver_master_server;

/* ---- tcp_connection.c ---- */

/* Make the PHP object of a new connection, with its Worker's protocol and transport; the
 * connection keeps it alive while open. */
zend_object *wserver_tcp_connection_create_for(ws_conn *c, zend_object *worker, zval *protocol,
                                               zval *transport);
/* Per-connection callbacks; each falls back to the Worker's property of the same name. */
typedef enum {
	WSERVER_CB_MESSAGE,
	WSERVER_CB_CLOSE,
	WSERVER_CB_ERROR,
	WSERVER_CB_BUFFER_FULL,
	WSERVER_CB_BUFFER_DRAIN,
	WSERVER_CB_COUNT,
} wserver_conn_cb;
extern const char *const wserver_conn_cb_names[WSERVER_CB_COUNT];
/* The connection object's own callback property (IS_NULL when unset). */
zval *wserver_tcp_connection_callback(zend_object *conn, wserver_conn_cb cb);

/* The core connection of a TcpConnection (NULL for one the server did not make). */
ws_conn *wserver_tcp_connection_get(zend_object *conn);
/* TcpConnection::send(): WS_SEND_DONE, WS_SEND_QUEUED or WS_SEND_FAILED (maybe with an
 * exception). */
int wserver_tcp_connection_send(zend_object *conn, zval *data, bool raw);

/* A new request on conn: whether its reply keeps the connection open. */
void wserver_tcp_connection_set_keep_alive(zend_object *conn, bool keep_alive);
/* The callback of the current request threw: answer 500 and close, unless it replied. */
void wserver_tcp_connection_http_fail(zend_object *conn);

/* ---- http_request.c, http_response.c ---- */

/* Read Request::$maxHeaderSize and ::$maxUriLength into the HTTP codec (worker start). */
void wserver_http_request_apply_limits(void);
/* A Request over the bytes raw (referenced) received on conn (may be NULL). */
zend_object *wserver_http_request_create_for(zend_string *raw, zend_object *conn);
/* Status line and headers of the reply to send for data (a Response, or a string sent as a
 * 200 text/html reply); *body gets the body (a new reference); *streaming tells a reply that
 * opens a stream (chunked, text/event-stream: no Content-Length, more pieces follow). NULL +
 * exception when data cannot be a string. */
zend_string *wserver_http_reply_head(zval *data, bool keep_alive, zend_string **body,
                                     bool *streaming);
/* The bytes of a ServerSentEvents or Chunk (new reference); false for anything else. */
bool wserver_http_stream_bytes(zval *data, zend_string **bytes);

/* ---- websocket.c: handshakes of websocket:// ---- */

void wserver_websocket_minit(void);
/* The Sec-WebSocket-Accept value for the upgrade request data; NULL after answering a bad one
 * (400, 426) and closing. */
zend_string *wserver_websocket_check(ws_conn *c, const char *data, size_t len);
/* onWebSocketConnect is done (threw: with an exception): answer 101 with accept and the
 * connection's $headers, unless the connection was closed meanwhile (refused). */
void wserver_websocket_finish(ws_conn *c, zend_string *accept, bool threw);
/* TcpConnection::close() of a websocket:// connection: a close frame, or a refused
 * handshake (403). */
void wserver_websocket_close(ws_conn *c);

/* ---- server.c, server_options.c, http_server.c, websocket_server.c: the Swoole API ---- */

extern zend_class_entry *wserver_server_ce;
extern zend_class_entry *wserver_http_server_ce;
extern zend_class_entry *wserver_websocket_server_ce;

typedef enum {
	WSERVER_SERVER_TCP,
	WSERVER_SERVER_HTTP,
	WSERVER_SERVER_WEBSOCKET
} wserver_server_kind;

typedef struct {
	HashTable events;     /* lower-case event name => callable */
	zend_object *worker;  /* the Worker serving this server, made by start() */
	zend_long worker_num; /* its count */
	zend_long worker_id;  /* in a worker process; -1 elsewhere */
	wserver_server_kind kind;
	zend_object std;
} wserver_server_obj;

void wserver_server_minit(int module_number);
void wserver_http_server_minit(void);
void wserver_websocket_server_minit(int module_number);
wserver_server_obj *wserver_server_from(zend_object *obj);
/* The callback of event (lower-case), or NULL. */
zval *wserver_server_event(wserver_server_obj *s, const char *name);
/* Call event's callback with args; false when it is not set. Exceptions stay pending. */
bool wserver_server_fire(wserver_server_obj *s, const char *name, uint32_t argc, zval *argv);
/* The fd number of c: unique across the server's workers. */
zend_long wserver_server_fd(wserver_server_obj *s, ws_conn *c);
/* The TcpConnection of fd if this worker owns it; else NULL (with a warning unless quiet). */
zend_object *wserver_server_conn(wserver_server_obj *s, zend_long fd, bool quiet);
/* set()'s options onto the Worker and the static defaults, at start(). FAILURE with an
 * exception. */
zend_result wserver_server_apply_settings(zend_object *server, zend_object *worker);
/* A request on an Http\Server: request($request, $response). */
void wserver_http_server_dispatch(wserver_server_obj *s, zend_object *conn, zval *request);
/* A message on a WebSocket\Server: message($server, $frame). */
void wserver_websocket_server_dispatch(zval *server, ws_conn *c, zval *data);
/* A WServer\Http\Request (Swoole style) over a Protocols\Http\Request. */
zend_object *wserver_swoole_request_create(wserver_server_obj *s, zend_object *conn,
                                           zend_object *request);

/* ---- timer.c ---- */

/* Stop and free every timer of this worker. */
void wserver_timer_shutdown(void);
/* Start a timer calling fn(args...) (fn(id, args...) when pass_id) after interval seconds, and
 * every interval when persistent. Returns its id; 0 with a warning outside a worker. */
zend_long wserver_timer_add(double interval, zval *fn, zval *args, bool persistent, bool pass_id);
bool wserver_timer_del(zend_long id);

#endif
