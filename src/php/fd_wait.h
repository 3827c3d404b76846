/* Waiting for descriptors in a coroutine (fd_wait.c): the hooks of PHP's blocking stream I/O
 * suspend the calling coroutine here while the worker's loop serves others. */
#ifndef WSERVER_PHP_FD_WAIT_H
#define WSERVER_PHP_FD_WAIT_H

#include <ev.h>
#include "coro.h"

typedef struct wserver_fd_waiter {
	wserver_waiter w;
	ev_io *ios; /* one watcher per descriptor (one inline, more allocated) */
	uint32_t n;
	ev_io one;
} wserver_fd_waiter;

/* Suspend the running coroutine (wserver_coro_can_suspend() checked by the caller) until one
 * of fds[i] is ready for events[i] (EV_READ, EV_WRITE or both) or timeout seconds pass (< 0:
 * no limit). Returns WSERVER_WAIT_OK (ready, or a wake-up without cause: check again),
 * _TIMEOUT, _CLOSED (wserver_fd_wait_cancel()) or _CANCELED (the worker is stopping).
 * Calls PHP. */
int wserver_fd_wait(wserver_fd_waiter *fw, const int *fds, const int *events, uint32_t n,
                    double timeout);
/* One descriptor. */
int wserver_fd_wait_one(int fd, int events, double timeout);
/* Stop watching (before the descriptor closes) and let the waiter resume with
 * WSERVER_WAIT_CLOSED. Never calls PHP. */
void wserver_fd_wait_cancel(wserver_fd_waiter *fw);

#endif
