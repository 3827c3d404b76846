/* Waiting for descriptors in a coroutine: one ev_io per descriptor on the worker's loop; the
 * first that fires stops them all and resumes the coroutine. The watchers live in the
 * waiter's frame, so they are stopped before it returns whatever woke it. */
#include "fd_wait.h"
#include "runtime.h"

static void stop_all(wserver_fd_waiter *fw)
{
	struct ev_loop *loop = wserver_runtime_loop();
	for (uint32_t i = 0; loop && i < fw->n; i++) {
		ev_io_stop(loop, &fw->ios[i]);
	}
}

static void on_ready(struct ev_loop *loop, ev_io *io, int revents)
{
	wserver_fd_waiter *fw = io->data;
	(void) loop;
	(void) revents;
	stop_all(fw);
	wserver_coro_wake_from_loop(&fw->w, WSERVER_WAIT_OK);
}

int wserver_fd_wait(wserver_fd_waiter *fw, const int *fds, const int *events, uint32_t n,
                    double timeout)
{
	memset(fw, 0, sizeof(*fw));
	ZVAL_UNDEF(&fw->w.data);
	fw->n = n;
	fw->ios = n == 1 ? &fw->one : safe_emalloc(n, sizeof(ev_io), 0);
	for (uint32_t i = 0; i < n; i++) {
		ev_io_init(&fw->ios[i], on_ready, fds[i], events[i]);
		fw->ios[i].data = fw;
		ev_io_start(wserver_runtime_loop(), &fw->ios[i]);
	}
	int status = wserver_coro_wait(NULL, &fw->w, timeout);
	stop_all(fw);
	if (fw->ios != &fw->one) {
		efree(fw->ios);
	}
	fw->ios = NULL;
	fw->n = 0;
	return status;
}

int wserver_fd_wait_one(int fd, int events, double timeout)
{
	wserver_fd_waiter fw;
	return wserver_fd_wait(&fw, &fd, &events, 1, timeout);
}

void wserver_fd_wait_cancel(wserver_fd_waiter *fw)
{
	stop_all(fw);
	wserver_coro_wake(&fw->w, WSERVER_WAIT_CLOSED);
}
