/* Task workers: task() sends a value to a task worker, whose `task` callback runs with it in a
 * coroutine; its return value (or finish()) goes back to the sender, where the task's own
 * callback, a waiting taskwait() or the `finish` event gets it. Values travel serialized over
 * the workers' message sockets (server_ipc.c). */
#include "server_task.h"
#include "coro.h"
#include "core/log.h"
#include "frontend.h"
#include "runtime.h"
#include "server.h"
#include "server_ipc.h"
#include "server_event_object.h"

#include "zend_exceptions.h"

#include <time.h>

/* The head of a task message and of its result: the sender's number for the task, what the
 * sender waits for (flags below), and the sender's pid (a result meant for the process its
 * worker replaced is dropped, as task ids start again in each process). */
typedef struct {
	int64_t task_id;
	int64_t wants_result;
	int64_t pid;
	int64_t flags; /* Swoole's: how the task was sent (WSERVER_TASK_*), its Task's $flags */
} task_head;

/* Swoole's task flags (its ext_flags), which the task callback's Task reads */
enum {
	TASK_SERIALIZE = 2,
	TASK_NONBLOCK = 4,
	TASK_CALLBACK = 8,
	TASK_COROUTINE = 32,
	TASK_NOREPLY = 128
};

/* The flags Swoole's task() or taskwait() gives a task: a waiter is a coroutine here; a task
 * sent from outside the workers (no_reply) has nobody to answer. */
static int64_t task_flags(zval *data, zval *finish_cb, bool waited, bool no_reply)
{
	int64_t f = TASK_NONBLOCK | (Z_TYPE_P(data) == IS_STRING ? 0 : TASK_SERIALIZE);
	if (waited) {
		f |= TASK_COROUTINE;
	} else if (no_reply) {
		f |= TASK_NOREPLY;
	} else if (finish_cb && Z_TYPE_P(finish_cb) != IS_NULL) {
		f |= TASK_CALLBACK;
	}
	return f;
}

/* wants_result: a finish callback or event waits (then a task that ends without a result
 * still says so, in a result message with no value); a taskwait() waits (a result that comes
 * after it gave up is dropped, as Swoole drops an expired one, never given to finish). */
enum { WANTS_FINISH = 1, WANTS_WAITER = 2 };

static HashTable callbacks;    /* task id => finish callback, for tasks sent from here */
static zend_long next_task_id; /* as Swoole: each process numbers its tasks from 0 */
static uint32_t awaited;       /* tasks sent from here whose result a callback waits for */
static uint32_t next_task_worker;

/* In a task worker: the task each coroutine runs, for finish(). cid => running_task. */
typedef struct {
	wserver_server_obj *server;
	int32_t from_slot;
	task_head head;
	bool finished;
} running_task;
static HashTable running;

static bool tables_ready;
static bool waits_ready;
static HashTable waits; /* task id => task_wait*, on the waiting coroutines' stacks */

/* A result arrived for task_id: true when a taskwait() took it. */
static bool wserver_taskwait_wake(zend_long task_id, zval *result);

static void tables_init(void)
{
	if (!tables_ready) {
		zend_hash_init(&callbacks, 8, NULL, ZVAL_PTR_DTOR, 0);
		zend_hash_init(&running, 8, NULL, NULL, 0);
		tables_ready = true;
	}
}

zend_long wserver_task_send(wserver_server_obj *s, zval *data, zend_long dst, zval *finish_cb,
                            bool waited)
{
	if (s->task_worker_num <= 0) {
		php_error_docref(NULL, E_WARNING, "task() needs task workers: set task_worker_num");
		return -1;
	}
	if (s->taskworker) {
		php_error_docref(NULL, E_WARNING, "task() cannot be called in a task worker");
		return -1;
	}
	if (dst >= s->task_worker_num) {
		php_error_docref(NULL, E_WARNING, "there is no task worker %ld", (long) dst);
		return -1;
	}
	/* any task worker: the next one in turn that is running (all down: the next one, where
	 * the task waits until it is back) */
	for (zend_long k = 0; dst < 0 && k < s->task_worker_num; k++) {
		zend_long next = (zend_long) (next_task_worker++ % (uint32_t) s->task_worker_num);
		if (k == s->task_worker_num - 1 || wserver_ipc_worker_running(s, s->worker_num + next)) {
			dst = next;
		}
	}
	zend_string *bytes = wserver_ipc_serialize(data);
	if (!bytes) {
		return -1;
	}
	bool no_reply = wserver_ipc_outsider() || wserver_server_in_user_process();
	if (no_reply) {
		finish_cb = NULL; /* as Swoole: from outside the workers, no result comes back */
	}
	bool wants =
	    !waited && !no_reply &&
	    ((finish_cb && Z_TYPE_P(finish_cb) != IS_NULL) || wserver_server_event(s, "finish"));
	task_head h = {next_task_id, (wants ? WANTS_FINISH : 0) | (waited ? WANTS_WAITER : 0), getpid(),
	               task_flags(data, finish_cb, waited, no_reply)};
	int32_t slot = wserver_ipc_slot_of_worker(s, s->worker_num + dst);
	bool ok =
	    wserver_ipc_send2(slot, WSERVER_IPC_TASK, &h, sizeof(h), ZSTR_VAL(bytes), ZSTR_LEN(bytes));
	zend_string_release(bytes);
	if (!ok) {
		wserver_ipc_warn_unsent("the task", "task worker", dst);
		return -1;
	}
	next_task_id++;
	awaited += wants;
	if (finish_cb && Z_TYPE_P(finish_cb) != IS_NULL) {
		tables_init();
		Z_TRY_ADDREF_P(finish_cb);
		zend_hash_index_update(&callbacks, h.task_id, finish_cb);
	}
	return h.task_id;
}

/* Send the result (NULL: the task ended without one) back to the sender. */
static bool task_reply(running_task *t, zval *result)
{
	if (t->from_slot < 0) {
		t->finished = true;
		return true; /* a task from the message queue (server_task_queue.c): nobody to answer */
	}
	if (wserver_ipc_no_reply_to(t->server, t->from_slot)) {
		ws_log("task %ld came from outside the workers: finish() has nobody to answer",
		       (long) t->head.task_id); /* as Swoole: a log line, false */
		return false;
	}
	const ws_shm *shm = wserver_runtime_shm();
	if (shm && (uint32_t) t->from_slot < shm->nslots &&
	    shm->slots[t->from_slot].pid != (pid_t) t->head.pid) {
		t->finished = true;
		return true; /* the sender's process is gone: nobody there waits for it */
	}
	zend_string *bytes = result ? wserver_ipc_serialize(result) : ZSTR_EMPTY_ALLOC();
	if (!bytes) {
		return false;
	}
	t->finished = true;
	bool ok = wserver_ipc_send2(t->from_slot, WSERVER_IPC_TASK_RESULT, &t->head, sizeof(t->head),
	                            ZSTR_VAL(bytes), ZSTR_LEN(bytes));
	zend_string_release(bytes);
	if (!ok) {
		char what[64];
		snprintf(what, sizeof(what), "the result of task %ld", (long) t->head.task_id);
		wserver_ipc_warn_unsent(what, "worker",
		                        wserver_ipc_worker_of_slot(t->server, (uint32_t) t->from_slot));
	}
	return ok;
}

bool wserver_task_finish(zval *result)
{
	running_task *t = tables_ready ? zend_hash_index_find_ptr(&running, wserver_coro_cid()) : NULL;
	if (!t) {
		php_error_docref(NULL, E_WARNING, "finish() belongs in the task callback of a task worker");
		return false;
	}
	if (t->finished) {
		php_error_docref(NULL, E_WARNING, "task %ld already finished", (long) t->head.task_id);
		return false;
	}
	return task_reply(t, result);
}

/* ---- Server\Task: what the task callback gets with task_enable_coroutine ---- */

zend_class_entry *wserver_task_ce;
static zend_object_handlers task_handlers;

typedef struct {
	running_task t;
	bool running; /* made by a task worker for a task (not by new) */
	zend_object std;
} task_obj;

#define TASK_OBJ(o) ((task_obj *) ((char *) (o) -XtOffsetOf(task_obj, std)))

static zend_object *task_obj_create(zend_class_entry *ce)
{
	task_obj *o = zend_object_alloc(sizeof(*o), ce);
	zend_object_std_init(&o->std, ce);
	object_properties_init(&o->std, ce);
	o->std.handlers = &task_handlers;
	return &o->std;
}

ZEND_METHOD(WServer_Server_Task, finish)
{
	zval *data;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(data)
	ZEND_PARSE_PARAMETERS_END();
	task_obj *o = TASK_OBJ(Z_OBJ_P(ZEND_THIS));
	if (!o->running) {
		php_error_docref(NULL, E_WARNING, "this Task was not received by a task worker");
		RETURN_FALSE;
	}
	if (o->t.finished) {
		php_error_docref(NULL, E_WARNING, "task %ld already finished", (long) o->t.head.task_id);
		RETURN_FALSE;
	}
	RETURN_BOOL(task_reply(&o->t, data));
}

void wserver_task_setup(zend_class_entry *ce)
{
	wserver_task_ce = ce;
	ce->create_object = task_obj_create;
	memcpy(&task_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	task_handlers.offset = XtOffsetOf(task_obj, std);
	task_handlers.clone_obj = NULL;
}

/* The Task object of a task that arrived; *rt becomes its state. */
static zend_object *task_object(running_task *t, zend_long worker_id, zval *data, running_task **rt)
{
	zend_object *obj = task_obj_create(wserver_task_ce);
	task_obj *o = TASK_OBJ(obj);
	o->t = *t;
	o->running = true;
	*rt = &o->t;
	zend_update_property(wserver_task_ce, obj, ZEND_STRL("data"), data);
	zend_update_property_long(wserver_task_ce, obj, ZEND_STRL("id"), t->head.task_id);
	zend_update_property_long(wserver_task_ce, obj, ZEND_STRL("worker_id"), worker_id);
	zend_update_property_long(wserver_task_ce, obj, ZEND_STRL("flags"), t->head.flags);
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	zend_update_property_double(wserver_task_ce, obj, ZEND_STRL("dispatch_time"),
	                            (double) now.tv_sec + now.tv_nsec / 1e9);
	return obj;
}

void wserver_task_run(wserver_server_obj *s, zend_long task_id, zend_long from_slot,
                      zend_long wants_result, zend_long from_pid, zend_long flags, zval *data)
{
	zval *cb = wserver_server_event(s, "task");
	if (!cb) {
		php_error_docref(NULL, E_WARNING, "task %ld arrived, but no \"task\" callback is set",
		                 (long) task_id);
		return;
	}
	tables_init();
	running_task t = {s, (int32_t) from_slot, {task_id, wants_result, from_pid, flags}, false},
	             *rt = &t;
	zend_long from_worker = wserver_ipc_worker_of_slot(s, (uint32_t) from_slot);
	zval args[4], rv;
	uint32_t argc = 4;
	ZVAL_OBJ(&args[0], &s->std);
	if (s->config.task_enable_coroutine || s->config.event_object) {
		/* as Swoole: task($server, Task $task); finish() is the Task's */
		ZVAL_OBJ(&args[1], task_object(&t, from_worker, data, &rt));
		argc = 2;
	} else {
		ZVAL_LONG(&args[1], task_id);
		ZVAL_LONG(&args[2], from_worker);
		ZVAL_COPY_VALUE(&args[3], data);
	}
	zend_long cid = wserver_coro_cid();
	zend_hash_index_update_ptr(&running, cid, rt);
	ws_slot *slot = wserver_runtime_slot();
	if (slot) {
		slot->tasking++;
	}
	ZVAL_UNDEF(&rv);
	call_user_function(NULL, NULL, cb, &rv, argc, args);
	if (s->config.task_return_to_defers) {
		/* as Swoole's coroutine: the callback is the coroutine, its defers get what it returned
		 * (Task::finish() there sends the result) and it is no result itself */
		wserver_coro_run_defers(&rv);
	} else if (!EG(exception) && !rt->finished && Z_TYPE(rv) != IS_UNDEF && Z_TYPE(rv) != IS_NULL) {
		task_reply(rt, &rv); /* as Swoole: a value returned (not null) is the result, unless
		                        finish() sent one */
	}
	if (!rt->finished && (wants_result & WANTS_FINISH)) {
		task_reply(rt, NULL); /* the sender stops waiting (a graceful stop counts on it) */
	}
	zval_ptr_dtor(&rv);
	slot = wserver_runtime_slot(); /* read again: the task may have suspended meanwhile */
	if (slot) {
		slot->tasking--;
	}
	zend_hash_index_del(&running, cid);
	if (argc == 2) {
		zval_ptr_dtor(&args[1]);
	}
	ws_worker *self = wserver_runtime_worker();
	if (self && self->max_request && self->requests < self->max_request) {
		ws_worker_count_request(self); /* task_max_request: a task is a task worker's request */
		if (self->requests == self->max_request) {
			wserver_ipc_stop_reading(); /* as Swoole's: the tasks after it go to the next one */
		}
	}
}

/* In a task worker's coroutine: ($taskId, $fromSlot, $wantsResult, $fromPid, $flags, $data). */
static ZEND_NAMED_FUNCTION(run_task)
{
	RETVAL_NULL();
	if (ZEND_NUM_ARGS() != 6) {
		return;
	}
	zval *a = ZEND_CALL_ARG(execute_data, 1);
	wserver_task_run(wserver_server_serving(), Z_LVAL(a[0]), Z_LVAL(a[1]), Z_LVAL(a[2]),
	                 Z_LVAL(a[3]), Z_LVAL(a[4]), &a[5]);
}
static wserver_native native_run_task;

void wserver_task_minit(void)
{
	wserver_native_init(&native_run_task, "{Server task}", run_task);
}

/* A task arrived: run it in a coroutine. */
static void on_task(wserver_server_obj *s, uint32_t from, const char *data, size_t len)
{
	(void) s;
	task_head h;
	if (len < sizeof(h)) {
		return;
	}
	memcpy(&h, data, sizeof(h));
	zval args[6];
	ZVAL_LONG(&args[0], h.task_id);
	ZVAL_LONG(&args[1], from);
	ZVAL_LONG(&args[2], h.wants_result);
	ZVAL_LONG(&args[3], h.pid);
	ZVAL_LONG(&args[4], h.flags);
	wserver_ipc_unserialize(data + sizeof(h), len - sizeof(h), &args[5]);
	wserver_coro_run("task", wserver_native_callable(&native_run_task), 6, args, NULL, NULL);
	zval_ptr_dtor(&args[5]);
}

void wserver_task_run_queued(zend_long task_id, zval *data)
{
	zval args[6];
	ZVAL_LONG(&args[0], task_id);
	ZVAL_LONG(&args[1], -1); /* no worker sent it */
	ZVAL_LONG(&args[2], 0);
	ZVAL_LONG(&args[3], 0);
	ZVAL_LONG(&args[4], TASK_NONBLOCK | TASK_NOREPLY);
	ZVAL_COPY_VALUE(&args[5], data);
	wserver_coro_run("task", wserver_native_callable(&native_run_task), 6, args, NULL, NULL);
}

/* Back in the worker that sent the task: a taskwait() waiting for it, else the task's own
 * callback, else the finish event. */
static void on_result(wserver_server_obj *s, uint32_t from, const char *data, size_t len)
{
	task_head h;
	if (len < sizeof(h)) {
		return;
	}
	memcpy(&h, data, sizeof(h));
	if (h.pid != getpid()) {
		return; /* sent by the process this worker replaced: nobody here waits for it */
	}
	if ((h.wants_result & WANTS_FINISH) && awaited > 0) {
		awaited--;
		wserver_runtime_poke();
	}
	if (len == sizeof(h)) {
		return; /* the task ended without a result */
	}
	zval result;
	wserver_ipc_unserialize(data + sizeof(h), len - sizeof(h), &result);
	if (wserver_taskwait_wake(h.task_id, &result) || (h.wants_result & WANTS_WAITER)) {
		zval_ptr_dtor(&result); /* taken, or expired: nobody waits any more */
		return;
	}
	zval cb;
	ZVAL_UNDEF(&cb);
	zval *own = tables_ready ? zend_hash_index_find(&callbacks, h.task_id) : NULL;
	if (own) {
		ZVAL_COPY(&cb, own);
		zend_hash_index_del(&callbacks, h.task_id);
	} else if (wserver_server_event(s, "finish")) {
		ZVAL_COPY(&cb, wserver_server_event(s, "finish"));
	}
	if (Z_TYPE(cb) != IS_UNDEF) {
		zval args[3];
		ZVAL_OBJ(&args[0], &s->std);
		if (s->config.event_object) {
			/* finish($server, TaskResult $result) */
			wserver_event_object_task_result(&args[1], h.task_id,
			                                 wserver_ipc_worker_of_slot(s, from), &result);
			wserver_coro_run("finish", &cb, 2, args, NULL, NULL);
			zval_ptr_dtor(&args[1]);
		} else {
			ZVAL_LONG(&args[1], h.task_id);
			ZVAL_COPY_VALUE(&args[2], &result);
			wserver_coro_run("finish", &cb, 3, args, NULL, NULL);
		}
		zval_ptr_dtor(&cb);
	}
	zval_ptr_dtor(&result);
}

void wserver_task_message(wserver_server_obj *s, uint32_t type, uint32_t from, const char *data,
                          size_t len)
{
	if (type == WSERVER_IPC_TASK) {
		on_task(s, from, data, len);
	} else if (type == WSERVER_IPC_TASK_RESULT) {
		on_result(s, from, data, len);
	}
}

uint32_t wserver_task_awaited(void)
{
	return awaited;
}

void wserver_task_shutdown(void)
{
	if (tables_ready) {
		zend_hash_destroy(&callbacks);
		zend_hash_destroy(&running);
		tables_ready = false;
	}
	if (waits_ready) {
		zend_hash_destroy(&waits);
		waits_ready = false;
	}
}

/* ---- taskwait(), taskWaitMulti(), taskCo(): the calling coroutine waits for results ---- */

/* One wait for several tasks, on the waiting coroutine's stack. */
typedef struct {
	wserver_waiter w;
	zval results; /* index in the tasks given => result */
	uint32_t remaining;
} task_wait;

/* A task a task_wait waits for: waits maps its task id to it. */
typedef struct {
	task_wait *wait;
	zend_long index;
} task_waited;

/* Send each of tasks (index => data) and wait up to timeout seconds (<= 0: no limit) for the
 * results; return_value gets index => result of those that came. false: none could be sent. */
static bool wait_for_tasks(wserver_server_obj *s, HashTable *tasks, double timeout, zend_long dst,
                           zval *results)
{
	uint32_t n = zend_hash_num_elements(tasks);
	task_waited *each = safe_emalloc(n ? n : 1, sizeof(*each), 0);
	zend_long *ids = safe_emalloc(n ? n : 1, sizeof(*ids), 0);
	task_wait tw;
	memset(&tw, 0, sizeof(tw));
	array_init(&tw.results);
	if (!waits_ready) {
		zend_hash_init(&waits, 8, NULL, NULL, 0);
		waits_ready = true;
	}
	uint32_t sent = 0;
	zend_ulong index;
	zend_string *key;
	zval *data;
	ZEND_HASH_FOREACH_KEY_VAL(tasks, index, key, data) {
		if (key) {
			continue; /* as Swoole: the tasks are a list */
		}
		zend_long id = wserver_task_send(s, data, dst, NULL, true);
		if (id < 0) {
			continue;
		}
		each[sent] = (task_waited){&tw, (zend_long) index};
		ids[sent] = id;
		zend_hash_index_update_ptr(&waits, id, &each[sent]);
		sent++;
	}
	ZEND_HASH_FOREACH_END();
	tw.remaining = sent;
	/* as Swoole: the tasks that time out are missing, without a warning */
	if (sent) {
		wserver_coro_wait(NULL, &tw.w, timeout > 0 ? timeout : -1);
	}
	for (uint32_t i = 0; i < sent; i++) {
		zend_hash_index_del(&waits, ids[i]); /* those still out expire */
	}
	efree(each);
	efree(ids);
	ZVAL_COPY_VALUE(results, &tw.results);
	return sent > 0 || n == 0;
}

void wserver_taskwait(wserver_server_obj *s, zval *data, double timeout, zend_long dst,
                      zval *return_value)
{
	if (!wserver_coro_require("Server::taskwait()")) {
		return;
	}
	zend_long id = wserver_task_send(s, data, dst, NULL, true);
	if (id < 0) {
		RETURN_FALSE;
	}
	if (!waits_ready) {
		zend_hash_init(&waits, 8, NULL, NULL, 0);
		waits_ready = true;
	}
	task_wait tw;
	memset(&tw, 0, sizeof(tw));
	array_init(&tw.results);
	tw.remaining = 1;
	task_waited one = {&tw, 0};
	zend_hash_index_update_ptr(&waits, id, &one);
	int status = wserver_coro_wait(NULL, &tw.w, timeout > 0 ? timeout : -1);
	zend_hash_index_del(&waits, id);
	zval *result = zend_hash_index_find(Z_ARRVAL(tw.results), 0);
	if (result) {
		RETVAL_COPY(result);
	} else {
		(void) status; /* as Swoole: false, without a warning, when no result came in time */
		RETVAL_FALSE;
	}
	zval_ptr_dtor(&tw.results);
}

void wserver_task_wait_multi(wserver_server_obj *s, HashTable *tasks, double timeout,
                             bool false_for_missing, zval *return_value)
{
	if (!wserver_coro_require(false_for_missing ? "Server::taskCo()" : "Server::taskWaitMulti()")) {
		return;
	}
	zval results;
	if (!wait_for_tasks(s, tasks, timeout, -1, &results)) {
		zval_ptr_dtor(&results);
		RETURN_FALSE;
	}
	if (!false_for_missing) {
		RETURN_COPY_VALUE(&results);
	}
	/* taskCo(): every index, false where no result came */
	array_init(return_value);
	zend_ulong index;
	zend_string *key;
	ZEND_HASH_FOREACH_KEY(tasks, index, key)
	{
		if (key) {
			continue;
		}
		zval *r = zend_hash_index_find(Z_ARRVAL(results), index);
		if (r) {
			Z_TRY_ADDREF_P(r);
			zend_hash_index_update(Z_ARRVAL_P(return_value), index, r);
		} else {
			add_index_bool(return_value, index, false);
		}
	}
	ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&results);
}

static bool wserver_taskwait_wake(zend_long task_id, zval *result)
{
	task_waited *t = waits_ready ? zend_hash_index_find_ptr(&waits, task_id) : NULL;
	if (!t) {
		return false; /* nobody waits (any more): a late result is dropped */
	}
	task_wait *tw = t->wait;
	Z_TRY_ADDREF_P(result);
	zend_hash_index_update(Z_ARRVAL(tw->results), t->index, result);
	zend_hash_index_del(&waits, task_id);
	if (--tw->remaining == 0) {
		wserver_coro_wake(&tw->w, WSERVER_WAIT_OK);
	}
	return true;
}
