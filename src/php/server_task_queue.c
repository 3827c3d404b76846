/* A task worker's System V message queue (task_ipc_mode 2 or 3 with message_queue_key): other
 * programs msg_send() packets made by Server\Task::pack() and a task worker runs them as tasks
 * nobody waits for. task() itself keeps the workers' own IPC. A message queue has no fd for
 * the loop to watch, so the worker polls it (without waiting) a hundred times a second. */
#include "server_task_queue.h"
#include "runtime.h"
#include "server_options.h"
#include "server_task.h"
#include "server_task_pack.h"
#include "core/log.h"

#include <errno.h>
#include <sys/ipc.h>
#include <sys/msg.h>

#define QUEUE_POLL_S  0.01
#define QUEUE_MSG_MAX 65536 /* msgmax is 8 KiB by default; pack() keeps packets under it */
#define QUEUE_BATCH   64    /* messages run per poll, so the loop still serves its other fds */

static ev_timer poll_w;
static int queue_id = -1;
static long queue_type; /* msgrcv()'s: 0 takes any message (mode 3), n only type n (mode 2) */
static key_t queue_key;

static struct {
	long mtype;
	char mtext[QUEUE_MSG_MAX];
} msg;

static void on_poll(struct ev_loop *loop, ev_timer *w, int revents)
{
	(void) loop;
	(void) w;
	(void) revents;
	for (int i = 0; i < QUEUE_BATCH; i++) {
		ssize_t n = msgrcv(queue_id, &msg, sizeof(msg.mtext), queue_type, IPC_NOWAIT);
		if (n < 0 && errno == E2BIG) {
			/* too big to be one of pack()'s: dropped, so it does not block the queue */
			msgrcv(queue_id, &msg, sizeof(msg.mtext), queue_type, IPC_NOWAIT | MSG_NOERROR);
			ws_log("bad task packet in message queue %#lx: larger than %d bytes",
			       (unsigned long) queue_key, QUEUE_MSG_MAX);
			continue;
		}
		if (n < 0) {
			return; /* ENOMSG: empty for now */
		}
		zval data;
		zend_long task_id;
		const char *why;
		if (!wserver_task_unpack(msg.mtext, (size_t) n, &data, &task_id, &why)) {
			ws_log("bad task packet in message queue %#lx (%zd bytes): %s",
			       (unsigned long) queue_key, n, why);
			continue;
		}
		wserver_task_run_queued(task_id, &data);
		zval_ptr_dtor(&data);
	}
}

void wserver_task_queue_start(wserver_server_obj *s, zend_long task_worker_index)
{
	zend_long mode = s->config.task_ipc_mode;
	struct ev_loop *loop = wserver_runtime_loop();
	if ((mode != 2 && mode != 3) || !s->config.message_queue_key || !loop) {
		return;
	}
	queue_key = (key_t) s->config.message_queue_key;
	queue_id = msgget(queue_key, IPC_CREAT | 0666);
	if (queue_id < 0) {
		ws_log("message_queue_key %#lx: msgget: %s", (unsigned long) queue_key, strerror(errno));
		return;
	}
	queue_type = mode == 2 ? (long) task_worker_index + 1 : 0;
	ev_timer_init(&poll_w, on_poll, QUEUE_POLL_S, QUEUE_POLL_S);
	ev_timer_start(loop, &poll_w);
	ev_unref(loop); /* the poll alone does not keep the worker running */
}

void wserver_task_queue_stop(void)
{
	struct ev_loop *loop = wserver_runtime_loop();
	if (queue_id >= 0 && loop && ev_is_active(&poll_w)) {
		ev_ref(loop);
		ev_timer_stop(loop, &poll_w);
	}
	queue_id = -1;
}
