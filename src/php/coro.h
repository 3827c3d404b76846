/* The coroutine scheduler (coro.c): callbacks run in pooled coroutines, and the waits of Channel,
 * WaitGroup, yield() and the coroutine sockets. */
#ifndef WSERVER_PHP_CORO_H
#define WSERVER_PHP_CORO_H

#include <ev.h>
#include "php.h"
#include "core/stats.h"

void wserver_coro_minit(void);
/* A callback finished; threw: it ended with an uncaught exception (already logged). */
typedef void (*wserver_coro_done_fn)(void *arg, bool threw);

/* Run fn(args) in a coroutine; name (static) says what it is in logs. Returns true when it
 * finished at once; false when it is suspended, and then done(arg) runs (in loop context)
 * once it finishes. Holds fn until the end; args are only borrowed, since the call starts (and
 * copies them) before this returns. Calls PHP. */
bool wserver_coro_run(const char *name, zval *fn, uint32_t argc, zval *args,
                      wserver_coro_done_fn done, void *arg);
/* Queue fn(args) to run once the loop has handled this round's I/O, together with the other
 * queued callbacks in one coroutine: N messages of a round cost one switch, not N. Takes
 * ownership of args (at most WSERVER_CORO_QUEUE_ARGS); done(arg) runs in loop context once it
 * finished. */
#define WSERVER_CORO_QUEUE_ARGS 4 /* Swoole's receive($server, $fd, $reactorId, $data) */
void wserver_coro_queue(const char *name, zval *fn, uint32_t argc, zval *args,
                        wserver_coro_done_fn done, void *arg);
/* Coroutines run on loop from now on and keep the counters of the status slot (NULL: none).
 * queue: also run wserver_coro_queue()'s callbacks on loop, once per round (a worker's loop;
 * Coroutine\run() queues none, and the check watcher would keep its loop from ending).
 * loop NULL: no loop any more. */
void wserver_coro_attach(struct ev_loop *loop, ws_slot *slot, bool queue);
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
/* Run the running coroutine's defer()s now, each given retval, as its end would: for a callback
 * that a native coroutine body runs and outlives (a task: its result is sent after them). */
void wserver_coro_run_defers(zval *retval);
/* The context object of cid (made as a ce on first use, freed with the coroutine); NULL when
 * cid is not live. Borrowed. */
zval *wserver_coro_context(zend_long cid, zend_class_entry *ce);
/* out = array of the live coroutine ids. */
void wserver_coro_list(zval *out);
/* out = array of counters (coroutine_num, coroutine_peak_num, ...). */
void wserver_coro_stats(zval *out);
/* The most callbacks this process has had under way at once (Co::stats()'s coroutine_peak_num). */
uint32_t wserver_coro_peak(void);
/* Suspend the running coroutine until resume(); false when canceled. Calls PHP. */
bool wserver_coro_yield(void);
/* Resume cid, suspended in yield(), at once; the caller goes on once it suspends again.
 * false when cid is not in yield(). Calls PHP. */
bool wserver_coro_resume(zend_long cid);
/* Whether cancel() ended the running coroutine's last suspension (Swoole's isCanceled()). */
bool wserver_coro_canceled(void);
/* Swoole's cancel(): end the wait or sleep cid is suspended in, at once (its wait returns
 * CANCELED; throw_exception: a CanceledException is thrown there instead). 0, or the
 * WSERVER_ERROR_CO_* code saying why not. Calls PHP. */
int wserver_coro_cancel(zend_long cid, bool throw_exception);
/* Swoole's setTimeLimit(): once seconds pass, a TimeoutException is thrown where the running
 * coroutine waits (at once if it waits then, else at its next wait). false outside a
 * coroutine or for seconds <= 0. */
bool wserver_coro_set_time_limit(double seconds);
/* Swoole's join(): suspend the running coroutine (checked by the caller) until every live
 * coroutine of cids ended, or timeout seconds pass (< 0: no limit). 0, or a WSERVER_ERROR_*
 * code (INVALID_PARAMS: none live; WRONG_OPERATION: itself, or one another join() waits
 * for; CO_TIMEDOUT; CO_CANCELED). Calls PHP. */
int wserver_coro_join(HashTable *cids, double timeout);
/* Seconds since cid (0: the running one) started; < 0 when it is not live. */
double wserver_coro_elapsed(zend_long cid);
/* out = the PHP backtrace of the live coroutine cid (as debug_backtrace(options, limit)),
 * from where it waits or runs; false when it is not live. */
bool wserver_coro_backtrace(zend_long cid, int options, int limit, zval *out);
/* Callbacks started and not finished (suspended ones included). */
uint32_t wserver_coro_live(void);
/* Workerman's Fiber event loop (on) or not: from now on every callback (not go()) runs in a
 * PHP Fiber of its own, and counts as returned once that Fiber suspends. */
void wserver_coro_fiber_callbacks(bool on);
/* Coroutine\run(): stop the loop when the last live coroutine ends. */
void wserver_coro_break_when_done(bool on);
/* Whether the caller runs in a coroutine on a loop that may suspend now (not while it is
 * being destroyed, nor where Zend forbids switching): blocking I/O hooks wait there, and
 * block as usual anywhere else. Never calls PHP. */
bool wserver_coro_can_suspend(void);
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
	bool local; /* only another coroutine ends it (Channel, WaitGroup, yield) */
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
/* Wake w's coroutine and, when called from a coroutine, resume it at once as Swoole does
 * (Channel, WaitGroup): the caller goes on once it suspends again. Calls PHP. */
void wserver_coro_wake_now(wserver_waiter *w, int status);
/* wserver_coro_wake() from a loop callback (an ev_io of a socket): w's coroutine resumes
 * before this returns. Calls PHP. */
void wserver_coro_wake_from_loop(wserver_waiter *w, int status);
/* The loop is ending: every wait, present and to come, returns CANCELED. Calls PHP (what it
 * wakes runs) when called from loop context. */
void wserver_coro_cancel_waits(void);
/* For a graceful stop: coroutines runnable or suspended (*active), and of the suspended ones
 * those only another coroutine can wake (*local: Channel, WaitGroup, yield). */
void wserver_coro_count_pending(uint32_t *active, uint32_t *local);
/* Swoole's deadlock report on the output: a banner, then each waiting coroutine's trace. */
void wserver_coro_print_deadlock(void);
/* End every parked coroutine and unwind every suspended one, and release them. Calls PHP. */
void wserver_coro_shutdown(void);

#endif
