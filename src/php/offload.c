/* Helper threads for blocking calls made from a coroutine. Each job gets a thread of its own
 * (they are rare and short: a file read, a lookup) and an eventfd the loop watches; the
 * coroutine waits on it as on a socket. Whoever lets go of the job last (the thread, or the
 * coroutine once the answer is in) frees it, so a canceled or timed-out wait leaves nothing
 * behind and never blocks. */
#include "offload.h"
#include "core/pin.h"
#include "coro.h"
#include "runtime.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/eventfd.h>
#include <unistd.h>

typedef struct offload_job {
	wserver_offload_fn work, release;
	void *arg; /* NULL once the coroutine took the result */
	int efd;
	atomic_int refs; /* the thread and the coroutine */
} offload_job;

typedef struct offload_wait {
	ev_io io;
	wserver_waiter w;
} offload_wait;

static void job_unref(offload_job *job)
{
	if (atomic_fetch_sub(&job->refs, 1) != 1) {
		return;
	}
	if (job->arg) {
		job->release(job->arg);
	}
	close(job->efd);
	free(job);
}

static void *job_thread(void *p)
{
	offload_job *job = p;
	job->work(job->arg);
	uint64_t one = 1;
	ssize_t n;
	do {
		n = write(job->efd, &one, sizeof(one));
	} while (n < 0 && errno == EINTR);
	job_unref(job);
	return NULL;
}

static void on_done(struct ev_loop *loop, ev_io *io, int revents)
{
	offload_wait *ow = (offload_wait *) io;
	(void) revents;
	ev_io_stop(loop, io);
	wserver_coro_wake_from_loop(&ow->w, WSERVER_WAIT_OK);
}

int wserver_offload(wserver_offload_fn work, wserver_offload_fn release, void *arg, double timeout)
{
	ws_pin_self();
	offload_job *job = malloc(sizeof(*job));
	if (!job) {
		errno = ENOMEM;
		return WSERVER_OFFLOAD_NO_THREAD;
	}
	job->work = work;
	job->release = release;
	job->arg = arg;
	atomic_init(&job->refs, 2);
	job->efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (job->efd < 0) {
		free(job);
		return WSERVER_OFFLOAD_NO_THREAD;
	}
	pthread_attr_t attr;
	pthread_t tid;
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	int rc = pthread_create(&tid, &attr, job_thread, job);
	pthread_attr_destroy(&attr);
	if (rc != 0) {
		close(job->efd);
		free(job);
		errno = rc;
		return WSERVER_OFFLOAD_NO_THREAD;
	}
	offload_wait ow;
	memset(&ow, 0, sizeof(ow));
	ZVAL_UNDEF(&ow.w.data);
	ev_io_init(&ow.io, on_done, job->efd, EV_READ);
	ev_io_start(wserver_runtime_loop(), &ow.io);
	int status = wserver_coro_wait(NULL, &ow.w, timeout);
	if (wserver_runtime_loop()) {
		ev_io_stop(wserver_runtime_loop(), &ow.io);
	}
	if (status == WSERVER_WAIT_OK) {
		job->arg = NULL; /* the result is the caller's now */
	}
	job_unref(job);
	return status;
}
