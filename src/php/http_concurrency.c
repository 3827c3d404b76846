/* Http\Server's max_concurrency and worker_max_concurrency, as Swoole applies them: each worker
 * counts its requests under way in its status slot (reset by the manager when it dies, so a
 * killed worker's requests stop counting); at max_concurrency over all workers a new request is
 * answered 503 at once; past worker_max_concurrency (max_concurrency when not set) in one
 * worker it waits in that worker's queue, first in first out, for one to be over. */
#include "http_concurrency.h"
#include "runtime.h"

typedef struct pending {
	wserver_server_obj *s;
	ws_conn *c; /* referenced by the runtime until done */
	zend_string *raw;
	wserver_coro_done_fn done;
	void *arg;
	wserver_http_start_fn start;
	struct pending *next;
} pending;

static pending *queue_head, *queue_tail;
static uint32_t running; /* this worker's counted requests, the slot's when it has one */

zend_long wserver_http_concurrency_now(void)
{
	const ws_shm *shm = wserver_runtime_shm();
	zend_long n = 0;
	for (uint32_t i = 0; shm && i < shm->nslots; i++) {
		n += shm->slots[i].concurrency;
	}
	return shm ? n : running;
}

zend_long wserver_http_concurrency_worker(void)
{
	zend_long n = running;
	for (const pending *p = queue_head; p; p = p->next) {
		n++;
	}
	return n;
}

static void count(int delta)
{
	running += delta;
	ws_slot *slot = wserver_runtime_slot();
	if (slot) {
		slot->concurrency = running;
	}
}

static uint32_t worker_limit(const wserver_server_obj *s)
{
	zend_long n = s->config.worker_max_concurrency ? s->config.worker_max_concurrency
	                                               : s->config.max_concurrency;
	return n > 0 ? (uint32_t) n : UINT32_MAX;
}

static void start_counted(pending *p);

/* A counted request is over: the next one queued starts in its place. */
static void counted_done(void *arg, bool threw)
{
	pending *p = arg;
	count(-1);
	p->done(p->arg, threw);
	efree(p);
	if (queue_head && running < worker_limit(queue_head->s)) {
		pending *next = queue_head;
		queue_head = next->next;
		if (!queue_head) {
			queue_tail = NULL;
		}
		start_counted(next);
	}
}

static void start_counted(pending *p)
{
	count(+1);
	p->start(p->s, p->c, p->raw, counted_done, p, false);
}

void wserver_http_concurrency_admit(wserver_server_obj *s, ws_conn *c, zend_string *raw,
                                    wserver_coro_done_fn done, void *arg,
                                    wserver_http_start_fn start)
{
	zend_long max = s->config.max_concurrency;
	if (max > 0 && wserver_http_concurrency_now() >= max) {
		start(s, c, raw, done, arg, true);
		return;
	}
	pending *p = emalloc(sizeof(*p));
	*p = (pending){s, c, raw, done, arg, start, NULL};
	if (running < worker_limit(s)) {
		start_counted(p);
	} else if (queue_tail) {
		queue_tail = queue_tail->next = p;
	} else {
		queue_head = queue_tail = p;
	}
}
