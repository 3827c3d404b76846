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
/* Log the pending exception with where it escaped and clear it. Calls PHP. */
void wserver_log_exception(const char *where);
/* Record an exit() seen at a Fiber boundary (takes the unwind_exit) and stop the loop. */
void wserver_request_exit(void);
/* A suspended callback finished: a draining worker may be done. */
void wserver_worker_poke(void);

/* ---- master.c ---- */

struct ws_app;
/* Set the master's PHP hooks and remember the files loaded so far. objs stays owned by the
 * caller and must outlive the master. */
void wserver_master_prepare(struct ws_app *app, zend_object **objs);
/* In a child, or once the master is done. */
void wserver_master_release(void);
/* True in the master process while it supervises (not in its children). */
extern bool wserver_in_master;

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
/* The reply to a Response made with withFile(): its status line and headers (Content-Length,
 * and Content-Type from the extension and Last-Modified unless set), *fd (the caller owns it)
 * open on the file with the range *offset, *len to send. A file that cannot be read (missing,
 * not a regular file, open_basedir) gives a 404 reply instead: *fd = -1, *body its body (a new
 * reference). NULL when data is not such a Response. Never calls user PHP. */
zend_string *wserver_http_reply_file(zval *data, bool keep_alive, int *fd, off_t *offset,
                                     size_t *len, zend_string **body);
/* The bytes of a ServerSentEvents or Chunk (new reference); false for anything else. */
bool wserver_http_stream_bytes(zval *data, zend_string **bytes);

/* ---- timer.c ---- */

/* Stop and free every timer of this worker. */
void wserver_timer_shutdown(void);

#endif
