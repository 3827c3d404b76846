/* Blocking work (a file read, a name lookup) done in a helper thread while the calling
 * coroutine waits (offload.c): the loop never blocks on it, and cancel() ends the wait. */
#ifndef WSERVER_PHP_OFFLOAD_H
#define WSERVER_PHP_OFFLOAD_H

/* Runs in the helper thread: no PHP, no emalloc. */
typedef void (*wserver_offload_fn)(void *arg);

/* Run work(arg) in a new thread and suspend the running coroutine (checked by the caller)
 * until it is done, timeout seconds passed (< 0: no limit) or the wait is canceled. Returns
 * WSERVER_WAIT_OK: arg holds the result, the caller frees it. Any other WSERVER_WAIT_*: the
 * thread goes on and frees arg with release() when it ends. WSERVER_OFFLOAD_NO_THREAD with
 * errno: no thread could start; arg is the caller's. Calls PHP. */
#define WSERVER_OFFLOAD_NO_THREAD (-100) /* below every WSERVER_WAIT_* status */
int wserver_offload(wserver_offload_fn work, wserver_offload_fn release, void *arg, double timeout);

#endif
