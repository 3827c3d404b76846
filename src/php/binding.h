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
extern zend_class_entry *wserver_coroutine_context_ce;

void wserver_exception_minit(void);
void wserver_worker_minit(void);
void wserver_tcp_connection_minit(void);
void wserver_timer_minit(void);
void wserver_coroutine_minit(void);
void wserver_coro_minit(void);
void wserver_http_request_minit(void);
void wserver_http_response_minit(void);
void wserver_http_stream_minit(void);
void wserver_channel_minit(int module_number);
void wserver_wait_group_minit(void);
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
/* Start fn(args) as a new coroutine, child of the running one: it runs at once until it
 * suspends or ends. *cid gets its id. false (no exception) when no loop runs here or the
 * worker is exiting. Calls PHP. */
bool wserver_coro_create(zval *fn, uint32_t argc, zval *args, zend_long *cid);
/* Whether the coroutine cid is live (started, not finished). Never calls PHP. */
bool wserver_coro_exists(zend_long cid);
/* *pcid = the creator of cid (-1: none); false when cid is not live. */
bool wserver_coro_pcid(zend_long cid, zend_long *pcid);
/* Run fn (a new reference is held) when the running coroutine ends, last deferred first.
 * false outside a coroutine. */
bool wserver_coro_defer(zval *fn);
/* The context object of cid (made as a ce on first use, freed with the coroutine); NULL when
 * cid is not live. Borrowed. */
zval *wserver_coro_context(zend_long cid, zend_class_entry *ce);
/* out = array of the live coroutine ids. */
void wserver_coro_list(zval *out);
/* out = array of counters (coroutine_num, coroutine_peak_num, ...). */
void wserver_coro_stats(zval *out);
/* Suspend the running coroutine until resume(); false when canceled. Calls PHP. */
bool wserver_coro_yield(void);
/* Resume cid, suspended in yield(), at once; the caller goes on once it suspends again.
 * false when cid is not in yield(). Calls PHP. */
bool wserver_coro_resume(zend_long cid);
/* Callbacks started and not finished (suspended ones included). */
uint32_t wserver_coro_live(void);
/* Coroutine\run(): stop the loop when the last live coroutine ends. */
void wserver_coro_break_when_done(bool on);
/* Throw WServer\Exception naming what unless a coroutine runs on a loop. */
bool wserver_coro_require(const char *what);

/* Waits of Channel, WaitGroup and yield(): a waiter lives on the waiting coroutine's stack
 * and is linked in the queue of what it waits for. */
enum {
	WSERVER_WAIT_OK = 0,
	WSERVER_WAIT_TIMEOUT = -1,
	WSERVER_WAIT_CLOSED = -2,
	WSERVER_WAIT_CANCELED = -3,
};
typedef struct wserver_waiter wserver_waiter;
typedef struct wserver_wait_queue {
	wserver_waiter *head, *tail;
} wserver_wait_queue;
struct wserver_waiter {
	struct wserver_coro *co;
	wserver_wait_queue *queue; /* the queue it waits in; NULL once taken off */
	wserver_waiter *prev, *next;
	zval data;  /* a value handed over (Channel); the owner of the waiter sets and frees it */
	int status; /* WSERVER_WAIT_*, once woken */
	bool woken;
};
/* Suspend the running coroutine (checked by the caller) in q (NULL: only resume() or a cancel
 * wakes it) until woken or timeout seconds pass (< 0: no limit; 0: fail at once). Returns
 * the status: OK, TIMEOUT, or what the waker gave. Calls PHP. */
int wserver_coro_wait(wserver_wait_queue *q, wserver_waiter *w, double timeout);
/* The first waiter of q, taken off it; NULL when q is empty. */
wserver_waiter *wserver_wait_queue_shift(wserver_wait_queue *q);
/* Make w's coroutine resume with status, from the loop once it gets control back. Never
 * calls PHP. */
void wserver_coro_wake(wserver_waiter *w, int status);
/* The loop is ending: every wait, present and to come, returns CANCELED. Calls PHP (what it
 * wakes runs) when called from loop context. */
void wserver_coro_cancel_waits(void);
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
/* The same, for an exception that ended coroutine cid. */
void wserver_log_exception_in(const char *where, zend_long cid);
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
/* The bytes of a ServerSentEvents or Chunk (new reference); false for anything else. */
bool wserver_http_stream_bytes(zval *data, zend_string **bytes);

/* ---- timer.c ---- */

/* Stop and free every timer of this worker. */
void wserver_timer_shutdown(void);

#endif
