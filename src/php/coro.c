/* The coroutine scheduler: every PHP callback of a worker runs in a Fiber. Fibers are pooled:
 * one whose callback finished parks itself (Fiber::suspend) and takes the next callback when
 * resumed, so the common path costs a context switch, not a new C stack. The loop itself
 * never runs inside a Fiber: Fibers are started and resumed from loop callbacks only. */
#include "coro.h"
#include "callback.h"
#include "exception.h"
#include "runtime.h"
#include "core/log.h"

#include "zend_closures.h"
#include "zend_exceptions.h"
#include "zend_builtin_functions.h"
#include "zend_fibers.h"
#include "zend_observer.h"

#define CORO_MAX_IDLE 64

typedef struct wserver_coro wserver_coro;
struct wserver_coro {
	zend_object *fiber; /* owned; NULL until started */
	zend_long cid;      /* id of the current callback */
	zval fn;            /* the callback being run */
	zval *args;         /* its arguments, borrowed: valid only until the call has started */
	uint32_t argc;
	const char *name; /* what the callback is, for logs: "onMessage" */
	wserver_coro_done_fn done;
	void *done_arg;
	bool job_done;  /* the callback returned (or threw) */
	bool threw;     /* it threw (logged) */
	bool first_run; /* started by wserver_coro_run, which has not returned yet */
	bool batch;     /* resumed to run the queued callbacks, not one of its own */
	bool parked;    /* suspended in the pool, waiting for a callback */
	bool fiber_started;
	bool quit;                /* parked and told to end */
	ev_timer timer;           /* sleep() wake-up, or the time-out of a wait */
	zend_long pcid;           /* the coroutine that created this one; -1: none */
	zend_array *defers;       /* defer() callables, run last first at the end; NULL: none */
	zval context;             /* getContext()'s object; IS_UNDEF until asked for */
	bool registered;          /* in the cid table: it has suspended at least once */
	wserver_waiter *waiter;   /* set while it waits (Channel, WaitGroup, yield) */
	wserver_coro *resumer;    /* who switched into it: the chain of running coroutines */
	wserver_coro *next_ready; /* in the ready list: woken, to be resumed by the loop */
	bool in_ready;
	wserver_coro *next_idle;
	wserver_coro *prev, *next; /* every live coroutine */
};

static zend_function *fiber_start, *fiber_resume, *fiber_suspend;
static zend_internal_function coro_main_fn;
static zval coro_main_closure; /* IS_UNDEF until the first Fiber of this process */
static wserver_coro *idle_list, *all_list, *current, *starting;
static uint32_t idle_count;
static uint32_t suspended_count; /* callbacks started and not finished, outside the stack */
static zend_long last_cid;
static uint32_t live_count, live_peak; /* callbacks started and not finished */
static uint32_t fiber_count;           /* Fibers alive, parked ones included */
static bool canceling;                 /* the loop is ending: every wait returns CANCELED */
static bool break_when_done;           /* Coroutine\run(): stop the loop once none is live */

/* Given by wserver_coro_attach(): the loop coroutines run on (NULL: none) and the status slot
 * whose counters they keep (NULL: none, outside a worker). */
static struct ev_loop *attached_loop;
static ws_slot *attached_slot;

/* cid => coroutine, for those that have suspended: the others are on the running chain.
 * Made on first use and freed once empty, so a burst leaves no memory behind. */
static HashTable *cid_table;

/* Woken coroutines, resumed in order from loop context (never inside another Fiber). */
static wserver_coro *ready_head, *ready_tail;
static bool ready_running;
static ev_idle ready_idle; /* runs them on the next loop round when woken outside a switch */

/* Callbacks queued by wserver_coro_queue(), run together once per loop round. */
typedef struct coro_job {
	const char *name;
	zval fn;
	zval args[2]; /* owned */
	uint32_t argc;
	wserver_coro_done_fn done;
	void *arg;
} coro_job;
static coro_job *queue;
static uint32_t queue_head, queue_len, queue_cap; /* queue_cap: 0 or a power of two */
static ev_check runner;

/* done callbacks of finished callbacks, run in loop context after each switch */
typedef struct coro_completion {
	wserver_coro_done_fn done;
	void *arg;
	bool threw;
} coro_completion;
static coro_completion *completions;
static uint32_t completions_len, completions_cap;

ZEND_BEGIN_ARG_INFO_EX(arginfo_coro_main, 0, 0, 0)
ZEND_END_ARG_INFO()

/* Call Fiber::start/resume (on obj) or Fiber::suspend (obj NULL) with no arguments. This is
 * zend_call_function() for the one case we need, without its generality (callable checks,
 * named arguments, user-code frames): the hot path makes two such calls per message. */
static void fiber_call(zend_function *fn, zend_object *obj, zval *retval)
{
	uint32_t info = ZEND_CALL_TOP_FUNCTION | (obj ? ZEND_CALL_HAS_THIS : 0);
	zend_execute_data *call =
	    zend_vm_stack_push_call_frame(info, fn, 0, obj ? (void *) obj : (void *) zend_ce_fiber);
	call->prev_execute_data = EG(current_execute_data);
	EG(current_execute_data) = call;
	ZVAL_NULL(retval);
	if (EXPECTED(zend_execute_internal == NULL)) {
		fn->internal_function.handler(call, retval);
	} else {
		zend_execute_internal(call, retval);
	}
	EG(current_execute_data) = call->prev_execute_data;
	zend_vm_stack_free_call_frame(call);
}

/* A callback starts: it gets its id; pcid is the coroutine that made it (go()), or -1. */
static void job_begin(wserver_coro *co, zend_long pcid)
{
	co->cid = ++last_cid;
	co->pcid = pcid;
	if (++live_count > live_peak) {
		live_peak = live_count;
	}
}

static void job_release(wserver_coro *co)
{
	zval_ptr_dtor(&co->fn);
	ZVAL_UNDEF(&co->fn);
	co->args = NULL;
	co->argc = 0;
}

/* The callable is held (a method's object must outlive a suspended call); the arguments are
 * not: a callback starts before wserver_coro_run() returns, and the call copies them. */
static void job_set(wserver_coro *co, const char *name, zval *fn, uint32_t argc, zval *args,
                    wserver_coro_done_fn done, void *arg)
{
	co->name = name;
	ZVAL_COPY(&co->fn, fn);
	co->args = args;
	co->argc = argc;
	co->batch = false;
	co->first_run = true;
	co->done = done;
	co->done_arg = arg;
	co->job_done = false;
	job_begin(co, current ? current->cid : -1);
}

/* Resolve a callable. Closures, the common case, take the short way through get_closure. */
static bool job_resolve(zval *fn, zend_fcall_info_cache *fcc)
{
	if (Z_TYPE_P(fn) == IS_OBJECT && Z_OBJCE_P(fn) == zend_ce_closure) {
		zend_object *obj = Z_OBJ_P(fn);
		return obj->handlers->get_closure(obj, &fcc->called_scope, &fcc->function_handler,
		                                  &fcc->object, 0) == SUCCESS;
	}
	char *error = NULL;
	bool ok = zend_is_callable_ex(fn, NULL, 0, NULL, fcc, &error);
	if (!ok) {
		ws_log("callback is not callable: %s", error ? error : "unknown");
	}
	if (error) {
		efree(error);
	}
	return ok;
}

/* Log and clear a user exception; exit() and Fiber destruction are left to unwind. */
static bool log_uncaught(wserver_coro *co)
{
	if (EG(exception) && !zend_is_unwind_exit(EG(exception)) &&
	    !zend_is_graceful_exit(EG(exception))) {
		wserver_log_exception_in(co->name, co->cid);
		return true;
	}
	return false;
}

/* defer()red callables, last first. A Fiber being destroyed (worker end) still runs them, as
 * PHP runs finally blocks then: its pending graceful exit is put aside meanwhile. exit() runs
 * none, as it runs no finally block. */
static void run_defers(wserver_coro *co)
{
	zend_object *unwinding = EG(exception);
	if (unwinding && zend_is_unwind_exit(unwinding)) {
		zend_array_release(co->defers);
		co->defers = NULL;
		return;
	}
	EG(exception) = NULL;
	while (co->defers) {
		zend_array *defers = co->defers; /* a defer may defer again: those run next */
		co->defers = NULL;
		zval *fn;
		ZEND_HASH_REVERSE_FOREACH_VAL(defers, fn)
		{
			zval rv;
			ZVAL_UNDEF(&rv);
			call_user_function(NULL, NULL, fn, &rv, 0, NULL);
			zval_ptr_dtor(&rv);
			log_uncaught(co);
			if (EG(exception)) {
				zend_clear_exception(); /* exit() in a defer: the worker ends anyway */
			}
		}
		ZEND_HASH_FOREACH_END();
		zend_array_release(defers);
	}
	EG(exception) = unwinding;
}

static void cid_unregister(wserver_coro *co)
{
	zend_hash_index_del(cid_table, co->cid);
	co->registered = false;
	uint32_t n = zend_hash_num_elements(cid_table);
	if (n == 0) {
		zend_array_destroy(cid_table);
		cid_table = NULL;
	} else if (cid_table->nTableSize > 64 && n < cid_table->nTableSize / 8) {
		/* a hash never shrinks: after a burst, move the few left to a small one */
		HashTable *small = zend_new_array(n * 2);
		zend_ulong cid;
		void *p;
		ZEND_HASH_FOREACH_NUM_KEY_PTR(cid_table, cid, p)
		{
			zend_hash_index_add_new_ptr(small, cid, p);
		}
		ZEND_HASH_FOREACH_END();
		zend_array_destroy(cid_table);
		cid_table = small;
	}
}

/* The callback returned: defers, context and registration go with it. */
static void job_end(wserver_coro *co)
{
	if (co->defers) {
		run_defers(co);
	}
	while (Z_TYPE(co->context) != IS_UNDEF) { /* a destructor in it may ask for a new one */
		zval context;
		ZVAL_COPY_VALUE(&context, &co->context);
		ZVAL_UNDEF(&co->context);
		zval_ptr_dtor(&context);
	}
	if (co->registered) {
		cid_unregister(co);
	}
	live_count--;
	if (live_count == 0 && break_when_done && attached_loop) {
		ev_break(attached_loop, EVBREAK_ALL);
	}
}

/* Call a user function (a closure, the common callback) the way zend_call_function() does
 * for it, without its general cases. false, nothing done: one of those cases (an internal
 * function, a by-reference parameter, a deprecated or trampoline function, a pending
 * exception), for zend_call_known_function(). */
static bool call_user_direct(zend_fcall_info_cache *fcc, uint32_t argc, zval *args, zval *rv)
{
	zend_function *fn = fcc->function_handler;
	if (fn->type != ZEND_USER_FUNCTION || EG(exception) ||
	    (fn->common.fn_flags & (ZEND_ACC_DEPRECATED | ZEND_ACC_CALL_VIA_TRAMPOLINE))) {
		return false;
	}
	for (uint32_t i = 0; i < argc; i++) {
		if (ARG_SHOULD_BE_SENT_BY_REF(fn, i + 1) || Z_ISUNDEF(args[i])) {
			return false;
		}
	}
	uint32_t info = ZEND_CALL_TOP_FUNCTION | ZEND_CALL_DYNAMIC;
	void *this_or_scope = fcc->called_scope;
	if (fcc->object && !(fn->common.fn_flags & ZEND_ACC_STATIC)) {
		info |= ZEND_CALL_HAS_THIS;
		this_or_scope = fcc->object;
	}
	zend_execute_data *call = zend_vm_stack_push_call_frame(info, fn, argc, this_or_scope);
	for (uint32_t i = 0; i < argc; i++) {
		zval *arg = Z_ISREF(args[i]) ? Z_REFVAL(args[i]) : &args[i];
		ZVAL_COPY(ZEND_CALL_ARG(call, i + 1), arg);
	}
	if (fn->op_array.fn_flags & ZEND_ACC_CLOSURE) {
		GC_ADDREF(ZEND_CLOSURE_OBJECT(fn)); /* released with the frame */
		ZEND_ADD_CALL_FLAG(
		    call, ZEND_CALL_CLOSURE |
		              ((fn->common.fn_flags & ZEND_ACC_FAKE_CLOSURE) ? ZEND_CALL_FAKE_CLOSURE : 0));
	}
	zend_class_entry *fake_scope = EG(fake_scope);
	uint32_t jit_trace = EG(jit_trace_num);
	EG(fake_scope) = NULL;
	zend_init_func_execute_data(call, &fn->op_array, rv);
	ZEND_OBSERVER_FCALL_BEGIN(call);
	zend_execute_ex(call);
	EG(jit_trace_num) = jit_trace;
	EG(fake_scope) = fake_scope;
	zend_vm_stack_free_call_frame(call); /* a top frame's return leaves that to its caller */
	if (UNEXPECTED(EG(exception))) {
		zend_execute_data *ex = EG(current_execute_data);
		if (!ex) {
			zend_throw_exception_internal(NULL);
		} else if (ex->func && ZEND_USER_CODE(ex->func->common.type)) {
			zend_rethrow_exception(ex);
		}
	}
	return true;
}

/* Returns whether the callback threw (the exception is logged and cleared; exit() and Fiber
 * destruction are left to unwind). */
static bool job_call(wserver_coro *co)
{
	zend_fcall_info_cache fcc;
	bool threw = true;
	uint32_t argc = co->argc;
	zval *args = co->args;
	co->args = NULL; /* borrowed: gone once the callback suspends */
	co->argc = 0;
	if (job_resolve(&co->fn, &fcc)) {
		zval rv;
		ZVAL_UNDEF(&rv);
		if (!call_user_direct(&fcc, argc, args, &rv)) {
			zend_call_known_function(fcc.function_handler, fcc.object, fcc.called_scope, &rv, argc,
			                         args, NULL);
		}
		zval_ptr_dtor(&rv);
		threw = log_uncaught(co);
	}
	job_end(co);
	return threw;
}

static void completion_push(wserver_coro_done_fn done, void *arg, bool threw)
{
	if (!done) {
		return;
	}
	if (completions_len == completions_cap) {
		completions_cap = completions_cap ? completions_cap * 2 : 64;
		completions = erealloc(completions, completions_cap * sizeof(*completions));
	}
	completions[completions_len++] = (coro_completion){done, arg, threw};
}

/* In loop context: tell the owners of finished callbacks (a connection then goes on with
 * its next message, which may queue more callbacks). */
static void run_completions(void)
{
	for (uint32_t i = 0; i < completions_len; i++) {
		completions[i].done(completions[i].arg, completions[i].threw);
	}
	completions_len = 0;
}

static bool queue_pop(coro_job *job)
{
	if (queue_len == 0) {
		return false;
	}
	*job = queue[queue_head];
	queue_head = (queue_head + 1) & (queue_cap - 1); /* a mask, not a division */
	queue_len--;
	return true;
}

/* Batch body: run queued callbacks until none is left. One that suspends keeps this Fiber;
 * the runner takes another one for the rest. */
static void coro_drain(wserver_coro *co)
{
	coro_job job;
	while (!EG(exception) && !wserver_runtime_exiting() && queue_pop(&job)) {
		co->name = job.name;
		ZVAL_COPY_VALUE(&co->fn, &job.fn);
		co->args = job.args; /* on this Fiber's stack: alive while the call runs */
		co->argc = job.argc;
		co->done = job.done;
		co->done_arg = job.arg;
		co->job_done = false;
		job_begin(co, -1);
		bool threw = job_call(co);
		for (uint32_t i = 0; i < job.argc; i++) {
			zval_ptr_dtor(&job.args[i]);
		}
		job_release(co);
		co->job_done = true;
		completion_push(job.done, job.arg, threw);
	}
}

/* Park in the pool. true: resumed with a new callback; false: end this Fiber. */
static bool coro_park(wserver_coro *co)
{
	if (wserver_runtime_exiting() || idle_count >= CORO_MAX_IDLE) {
		return false;
	}
	co->parked = true;
	co->next_idle = idle_list;
	idle_list = co;
	idle_count++;
	zval rv;
	fiber_call(fiber_suspend, NULL, &rv);
	zval_ptr_dtor(&rv);
	co->parked = false;
	return !EG(exception) && !co->quit;
}

/* The body of every pooled Fiber: run callbacks until told to end. */
static ZEND_NAMED_FUNCTION(coro_main)
{
	wserver_coro *co = starting;
	starting = NULL;
	(void) execute_data;
	RETVAL_NULL();
	for (;;) {
		if (co->batch) {
			coro_drain(co);
		} else {
			bool threw = job_call(co);
			job_release(co);
			co->job_done = true;
			if (!co->first_run) {
				completion_push(co->done, co->done_arg, threw); /* it had suspended */
			}
		}
		if (EG(exception) || !coro_park(co)) {
			return; /* exit() or Fiber destruction unwinds through here */
		}
	}
}

static wserver_coro *coro_new(void)
{
	wserver_coro *co = ecalloc(1, sizeof(*co));
	ZVAL_UNDEF(&co->fn);
	ZVAL_UNDEF(&co->context);
	fiber_count++;
	co->next = all_list;
	if (all_list) {
		all_list->prev = co;
	}
	all_list = co;
	return co;
}

static void ready_remove(wserver_coro *co)
{
	wserver_coro **p = &ready_head, *prev = NULL;
	while (*p && *p != co) {
		prev = *p;
		p = &(*p)->next_ready;
	}
	if (*p) {
		*p = co->next_ready;
		if (ready_tail == co) {
			ready_tail = prev;
		}
	}
	co->in_ready = false;
}

static void coro_free(wserver_coro *co)
{
	if (attached_loop && ev_is_active(&co->timer)) {
		ev_timer_stop(attached_loop, &co->timer);
	}
	if (co->in_ready) {
		ready_remove(co); /* woken, then destroyed before its turn (worker end) */
	}
	fiber_count--;
	if (co->prev) {
		co->prev->next = co->next;
	} else {
		all_list = co->next;
	}
	if (co->next) {
		co->next->prev = co->prev;
	}
	if (co->fiber) {
		OBJ_RELEASE(co->fiber);
	}
	job_release(co);
	efree(co);
}

/* After a start or resume returned: deal with exit(), free an ended Fiber.
 * Returns whether the callback finished. */
static bool coro_after_switch(wserver_coro *co)
{
	if (EG(exception)) {
		if (zend_is_unwind_exit(EG(exception))) {
			wserver_runtime_request_exit();
		} else {
			wserver_log_exception("coroutine");
		}
	}
	bool finished = co->job_done;
	if (finished && !co->parked) {
		coro_free(co); /* its Fiber returned */
	}
	return finished;
}

static void suspended_changed(int delta)
{
	suspended_count += delta;
	if (attached_slot) {
		attached_slot->coroutines = suspended_count;
	}
}

void wserver_coro_count_pending(uint32_t *active, uint32_t *local)
{
	uint32_t n = 0;
	for (wserver_coro *co = all_list; co; co = co->next) {
		n += co->waiter && co->waiter->local && !co->waiter->woken && !co->job_done;
	}
	uint32_t all = suspended_count + queue_len;
	*local = n;
	*active = all > n ? all - n : 0;
}

static void coro_switch(wserver_coro *co, zend_function *fn)
{
	wserver_coro *prev = current;
	zval rv;
	ZVAL_UNDEF(&rv);
	current = co;
	co->resumer = prev;
	/* PHP runs from here until the Fiber suspends or ends: status shows the worker busy */
	uint8_t state = attached_slot ? attached_slot->state : WS_SLOT_IDLE;
	if (attached_slot) {
		attached_slot->state = WS_SLOT_BUSY;
	}
	fiber_call(fn, co->fiber, &rv);
	if (attached_slot) {
		attached_slot->state = state;
	}
	current = prev;
	zval_ptr_dtor(&rv);
}

static void coro_run_ready(void);

/* Back in loop context after a switch: tell owners what finished, resume what was woken.
 * Inside a Fiber (go() or resume() nest switches) this waits for the outermost switch. */
static void coro_loop_work(void)
{
	if (current) {
		return;
	}
	run_completions();
	coro_run_ready();
}

/* After a callback's first run: a suspended one is counted until it finishes. */
static bool coro_finished_or_counted(wserver_coro *co)
{
	co->first_run = false;
	bool finished = coro_after_switch(co);
	if (!finished) {
		suspended_changed(1);
	}
	coro_loop_work();
	return finished;
}

/* A parked coroutine, or a new one with its Fiber (not started yet). NULL on failure. */
static wserver_coro *coro_take(void)
{
	wserver_coro *co = idle_list;
	if (co) {
		idle_list = co->next_idle;
		idle_count--;
		return co;
	}
	if (Z_TYPE(coro_main_closure) == IS_UNDEF) {
		zend_create_closure(&coro_main_closure, (zend_function *) &coro_main_fn, NULL, NULL, NULL);
	}
	co = coro_new();
	zval fiber;
	if (object_init_ex(&fiber, zend_ce_fiber) != SUCCESS) {
		coro_free(co);
		return NULL;
	}
	co->fiber = Z_OBJ(fiber);
	zend_call_known_instance_method_with_1_params(zend_ce_fiber->constructor, co->fiber, NULL,
	                                              &coro_main_closure);
	return co;
}

/* Switch into co: its Fiber is started the first time, resumed after. false when the Fiber
 * could not start: co is freed and the exception left pending. */
static bool coro_enter(wserver_coro *co)
{
	if (co->fiber_started) {
		coro_switch(co, fiber_resume);
		return true;
	}
	co->fiber_started = true;
	starting = co;
	coro_switch(co, fiber_start);
	if (starting == co) {
		/* coro_main never ran: no stack for the Fiber (mmap failed, vm.max_map_count) */
		starting = NULL;
		if (!co->batch) {
			job_release(co);
			live_count--;
		}
		coro_free(co);
		return false;
	}
	return true;
}

bool wserver_coro_run(const char *name, zval *fn, uint32_t argc, zval *args,
                      wserver_coro_done_fn done, void *arg)
{
	if (wserver_runtime_exiting()) {
		return true;
	}
	wserver_coro *co = coro_take();
	if (!co) {
		return true;
	}
	job_set(co, name, fn, argc, args, done, arg);
	if (!coro_enter(co)) {
		wserver_log_exception(name);
		return true;
	}
	return coro_finished_or_counted(co);
}

/* Resume a coroutine suspended inside its callback (sleep ended). */
static void coro_resume(wserver_coro *co)
{
	coro_switch(co, fiber_resume);
	if (coro_after_switch(co)) {
		suspended_changed(-1);
		wserver_runtime_poke();
	}
	coro_loop_work(); /* the body queued the done callback of what finished */
}

/* Resume woken coroutines, first woken first, until none is left. Loop context only. */
static void coro_run_ready(void)
{
	if (current || ready_running) {
		return;
	}
	ready_running = true;
	while (ready_head && !wserver_runtime_exiting()) {
		wserver_coro *co = ready_head;
		ready_head = co->next_ready;
		if (!ready_head) {
			ready_tail = NULL;
		}
		co->in_ready = false;
		coro_resume(co);
	}
	ready_running = false;
}

/* Run the queued callbacks: once per loop round, after every I/O callback of the round. */
static void coro_run_queue(struct ev_loop *loop, ev_check *w, int revents)
{
	(void) loop;
	(void) w;
	(void) revents;
	while (queue_len > 0 && !wserver_runtime_exiting()) {
		wserver_coro *co = coro_take();
		if (!co) {
			return;
		}
		co->batch = true;
		co->first_run = false;
		if (!coro_enter(co)) {
			wserver_log_exception("the queued callbacks"); /* they wait for the next round */
			return;
		}
		if (!coro_after_switch(co)) {
			suspended_changed(1); /* a callback suspended: the rest goes to another Fiber */
		}
		coro_loop_work();
	}
	/* waits woken from loop context (a message from another worker) resume here */
	coro_loop_work();
}

void wserver_coro_queue(const char *name, zval *fn, uint32_t argc, zval *args,
                        wserver_coro_done_fn done, void *arg)
{
	if (queue_len == queue_cap) {
		uint32_t cap = queue_cap ? queue_cap * 2 : 64;
		coro_job *n = safe_emalloc(cap, sizeof(coro_job), 0);
		for (uint32_t i = 0; i < queue_len; i++) {
			n[i] = queue[(queue_head + i) & (queue_cap - 1)];
		}
		if (queue) {
			efree(queue);
		}
		queue = n;
		queue_cap = cap;
		queue_head = 0;
	}
	coro_job *job = &queue[(queue_head + queue_len) & (queue_cap - 1)];
	job->name = name;
	ZVAL_COPY(&job->fn, fn);
	for (uint32_t i = 0; i < argc; i++) {
		ZVAL_COPY_VALUE(&job->args[i], &args[i]); /* ownership passes to the queue */
	}
	job->argc = argc;
	job->done = done;
	job->arg = arg;
	queue_len++;
}

void wserver_coro_attach(struct ev_loop *loop, ws_slot *slot, bool queue)
{
	attached_loop = loop;
	attached_slot = slot;
	if (loop && queue) {
		ev_check_init(&runner, coro_run_queue);
		ev_set_priority(&runner, EV_MINPRI); /* after every I/O callback of the round */
		ev_check_start(loop, &runner);
	}
}

static wserver_coro *coro_running(void)
{
	if (!current || !EG(active_fiber) || &EG(active_fiber)->std != current->fiber) {
		return NULL;
	}
	return current;
}

bool wserver_coro_require(const char *what)
{
	if (coro_running() && attached_loop) {
		return true;
	}
	zend_throw_exception_ex(wserver_exception_ce, 0,
	                        "%s must be called in a coroutine: a worker callback, go() or "
	                        "WServer\\Coroutine\\run()",
	                        what);
	return false;
}

/* Suspend the running coroutine co until something resumes it. It becomes findable by cid
 * from here on (exists(), resume(), getContext($cid)). */
static void coro_suspend(wserver_coro *co)
{
	if (!co->registered) {
		if (!cid_table) {
			cid_table = zend_new_array(8);
		}
		zend_hash_index_add_new_ptr(cid_table, co->cid, co);
		co->registered = true;
	}
	zval rv;
	fiber_call(fiber_suspend, NULL, &rv);
	zval_ptr_dtor(&rv);
}

static void coro_on_timer(struct ev_loop *loop, ev_timer *t, int revents)
{
	(void) loop;
	(void) revents;
	coro_resume(t->data);
}

bool wserver_coro_sleep(double seconds)
{
	wserver_coro *co = coro_running();
	if (!co || !attached_loop) {
		zend_throw_exception(wserver_exception_ce,
		                     "Cannot sleep outside a coroutine: call it in a worker callback", 0);
		return false;
	}
	ev_now_update(attached_loop); /* from now: the loop's clock is stale after PHP ran a while */
	ev_timer_init(&co->timer, coro_on_timer, seconds > 0 ? seconds : 0., 0.);
	co->timer.data = co;
	ev_timer_start(attached_loop, &co->timer);
	coro_suspend(co);
	if (ev_is_active(&co->timer)) {
		ev_timer_stop(attached_loop, &co->timer); /* woken early: the worker is ending */
	}
	return !EG(exception);
}

/* ---- waits: Channel, WaitGroup, yield() ---- */

static void queue_remove(wserver_waiter *w)
{
	wserver_wait_queue *q = w->queue;
	if (w->prev) {
		w->prev->next = w->next;
	} else {
		q->head = w->next;
	}
	if (w->next) {
		w->next->prev = w->prev;
	} else {
		q->tail = w->prev;
	}
	w->queue = NULL;
	w->prev = w->next = NULL;
}

wserver_waiter *wserver_wait_queue_shift(wserver_wait_queue *q)
{
	wserver_waiter *w = q->head;
	if (w) {
		queue_remove(w);
	}
	return w;
}

void wserver_coro_wake(wserver_waiter *w, int status)
{
	if (w->woken) {
		return;
	}
	if (w->queue) {
		queue_remove(w);
	}
	w->woken = true;
	w->status = status;
	wserver_coro *co = w->co;
	if (attached_loop && ev_is_active(&co->timer)) {
		ev_timer_stop(attached_loop, &co->timer);
	}
	co->next_ready = NULL;
	co->in_ready = true;
	if (ready_tail) {
		ready_tail->next_ready = co;
	} else {
		ready_head = co;
	}
	ready_tail = co;
	if (!current && attached_loop && !ev_is_active(&ready_idle)) {
		/* woken from loop context (a destructor): no switch is there to run it afterwards */
		ev_idle_start(attached_loop, &ready_idle);
	}
}

static void coro_on_ready_idle(struct ev_loop *loop, ev_idle *w, int revents)
{
	(void) revents;
	ev_idle_stop(loop, w);
	coro_run_ready();
}

void wserver_coro_wake_from_loop(wserver_waiter *w, int status)
{
	wserver_coro_wake(w, status);
	coro_loop_work();
}

static void coro_on_wait_timeout(struct ev_loop *loop, ev_timer *t, int revents)
{
	wserver_coro *co = t->data;
	(void) loop;
	(void) revents;
	if (co->waiter) {
		wserver_coro_wake(co->waiter, WSERVER_WAIT_TIMEOUT);
	}
	coro_run_ready();
}

/* local: only another coroutine of this process ends the wait (a graceful stop may cancel
 * it once nothing else is left). */
static int coro_wait(wserver_wait_queue *q, wserver_waiter *w, double timeout, bool local)
{
	wserver_coro *co = coro_running();
	w->co = co;
	w->local = local;
	w->queue = NULL;
	w->prev = w->next = NULL;
	w->woken = false;
	w->status = WSERVER_WAIT_OK;
	if (canceling) {
		return WSERVER_WAIT_CANCELED;
	}
	if (timeout == 0) {
		return WSERVER_WAIT_TIMEOUT; /* a non-blocking try */
	}
	if (q) {
		w->queue = q;
		w->prev = q->tail;
		if (q->tail) {
			q->tail->next = w;
		} else {
			q->head = w;
		}
		q->tail = w;
	}
	if (timeout > 0) {
		ev_now_update(attached_loop); /* the loop's clock may be stale after a long run of PHP */
		ev_timer_init(&co->timer, coro_on_wait_timeout, timeout, 0.);
		co->timer.data = co;
		ev_timer_start(attached_loop, &co->timer);
	}
	co->waiter = w;
	coro_suspend(co);
	co->waiter = NULL;
	if (ev_is_active(&co->timer)) {
		ev_timer_stop(attached_loop, &co->timer);
	}
	if (w->queue) {
		queue_remove(w); /* its Fiber is being destroyed (worker end) */
	}
	return w->woken ? w->status : WSERVER_WAIT_CANCELED;
}

int wserver_coro_wait(wserver_wait_queue *q, wserver_waiter *w, double timeout)
{
	return coro_wait(q, w, timeout, q != NULL);
}

void wserver_coro_cancel_waits(void)
{
	canceling = true;
	for (wserver_coro *co = all_list; co; co = co->next) {
		if (co->waiter) {
			wserver_coro_wake(co->waiter, WSERVER_WAIT_CANCELED);
		}
	}
	coro_run_ready();
}

/* ---- the Coroutine API ---- */

zend_long wserver_coro_cid(void)
{
	wserver_coro *co = coro_running();
	return co ? co->cid : -1;
}

/* A live coroutine by id: suspended ones are in the table, running ones on the chain. */
static wserver_coro *coro_find(zend_long cid)
{
	if (cid_table) {
		wserver_coro *co = zend_hash_index_find_ptr(cid_table, cid);
		if (co) {
			return co;
		}
	}
	for (wserver_coro *co = current; co; co = co->resumer) {
		if (co->cid == cid && !co->job_done) {
			return co;
		}
	}
	return NULL;
}

bool wserver_coro_create(zval *fn, uint32_t argc, zval *args, zend_long *cid)
{
	if (wserver_runtime_exiting() || !attached_loop) {
		return false;
	}
	wserver_coro *co = coro_take();
	if (!co) {
		return false;
	}
	job_set(co, "go()", fn, argc, args, NULL, NULL);
	*cid = co->cid;
	if (!coro_enter(co)) {
		zend_throw_exception_ex(wserver_exception_ce, 0,
		                        "Cannot start a coroutine with %u Fibers alive: see the previous "
		                        "exception",
		                        fiber_count);
		return false;
	}
	coro_finished_or_counted(co);
	return true;
}

bool wserver_coro_exists(zend_long cid)
{
	return coro_find(cid) != NULL;
}

bool wserver_coro_pcid(zend_long cid, zend_long *pcid)
{
	wserver_coro *co = coro_find(cid);
	if (co) {
		*pcid = co->pcid;
	}
	return co != NULL;
}

bool wserver_coro_defer(zval *fn)
{
	wserver_coro *co = coro_running();
	if (!co) {
		return false;
	}
	if (!co->defers) {
		co->defers = zend_new_array(4);
	}
	Z_TRY_ADDREF_P(fn);
	zend_hash_next_index_insert_new(co->defers, fn);
	return true;
}

zval *wserver_coro_context(zend_long cid, zend_class_entry *ce)
{
	wserver_coro *co = coro_find(cid);
	if (!co) {
		return NULL;
	}
	if (Z_TYPE(co->context) == IS_UNDEF) {
		object_init_ex(&co->context, ce);
	}
	return &co->context;
}

void wserver_coro_list(zval *out)
{
	array_init(out);
	if (cid_table) {
		zend_ulong cid;
		ZEND_HASH_FOREACH_NUM_KEY(cid_table, cid)
		{
			add_next_index_long(out, (zend_long) cid);
		}
		ZEND_HASH_FOREACH_END();
	}
	for (wserver_coro *co = current; co; co = co->resumer) {
		if (!co->registered && !co->job_done) {
			add_next_index_long(out, co->cid);
		}
	}
}

void wserver_coro_stats(zval *out)
{
	array_init(out);
	add_assoc_long(out, "coroutine_num", live_count);
	add_assoc_long(out, "coroutine_peak_num", live_peak);
	add_assoc_long(out, "coroutine_last_cid", last_cid);
	add_assoc_long(out, "fiber_num", fiber_count);
	add_assoc_long(out, "fiber_idle_num", idle_count);
	add_assoc_long(out, "fiber_stack_size", (zend_long) EG(fiber_stack_size));
}

bool wserver_coro_yield(void)
{
	wserver_waiter w;
	ZVAL_UNDEF(&w.data);
	return coro_wait(NULL, &w, -1, true) == WSERVER_WAIT_OK;
}

bool wserver_coro_resume(zend_long cid)
{
	wserver_coro *co = coro_find(cid);
	/* only a yield() is resumed so: it waits in no queue */
	if (!co || !co->waiter || co->waiter->woken || co->waiter->queue) {
		return false;
	}
	co->waiter->woken = true;
	co->waiter->status = WSERVER_WAIT_OK;
	coro_resume(co); /* at once, as Swoole does: the caller goes on when it suspends again */
	return true;
}

uint32_t wserver_coro_live(void)
{
	return live_count;
}

void wserver_coro_break_when_done(bool on)
{
	break_when_done = on;
}

/* The PHP backtrace of a suspended Fiber, as ReflectionFiber::getTrace() makes it. */
static zend_string *fiber_trace(zend_fiber *fiber)
{
	zend_execute_data *saved = EG(current_execute_data);
	zend_execute_data *prev = fiber->stack_bottom->prev_execute_data;
	fiber->stack_bottom->prev_execute_data = NULL;
	EG(current_execute_data) = fiber->execute_data;
	zval trace;
	zend_fetch_debug_backtrace(&trace, 1, 0, 0); /* without Fiber::suspend() */
	EG(current_execute_data) = saved;
	fiber->stack_bottom->prev_execute_data = prev;
	zend_string *s = zend_trace_to_string(Z_ARRVAL(trace), false);
	zval_ptr_dtor(&trace);
	return s;
}

/* Log every suspended coroutine with its PHP backtrace, why first; returns how many. */
static uint32_t wserver_coro_log_suspended(const char *why)
{
	uint32_t n = 0;
	for (wserver_coro *co = all_list; co; co = co->next) {
		zend_fiber *fiber = co->fiber ? (zend_fiber *) co->fiber : NULL;
		if (!fiber || co->parked || co == current || co->job_done ||
		    fiber->context.status != ZEND_FIBER_STATUS_SUSPENDED || !fiber->execute_data) {
			continue;
		}
		zend_string *trace = fiber_trace(fiber);
		ws_log("%s: coroutine %ld (%s) is suspended at\n%s", why, (long) co->cid,
		       co->name ? co->name : "a coroutine", ZSTR_VAL(trace));
		zend_string_release(trace);
		n++;
	}
	return n;
}

void wserver_coro_shutdown(void)
{
	/* a worker ends with coroutines still waiting: say where they wait, never silently */
	wserver_coro_log_suspended("worker exits");
	/* waits end with CANCELED, and what that wakes runs to its next suspension */
	wserver_coro_cancel_waits();
	/* callbacks still queued never run: their owners are told they are done */
	coro_job job;
	while (queue_pop(&job)) {
		zval_ptr_dtor(&job.fn);
		for (uint32_t i = 0; i < job.argc; i++) {
			zval_ptr_dtor(&job.args[i]);
		}
		completion_push(job.done, job.arg, false);
	}
	if (queue) {
		efree(queue);
		queue = NULL;
		queue_cap = queue_head = 0;
	}
	if (attached_loop && ev_is_active(&runner)) {
		ev_check_stop(attached_loop, &runner);
	}
	/* parked Fibers: resume them with quit so their body returns normally */
	while (idle_list) {
		wserver_coro *co = idle_list;
		idle_list = co->next_idle;
		idle_count--;
		co->quit = true;
		coro_switch(co, fiber_resume);
		if (EG(exception)) {
			zend_clear_exception();
		}
		coro_free(co);
	}
	/* suspended callbacks: releasing the Fiber unwinds them (finally blocks run), and their
	 * body queues their done callback as for any callback that ends */
	while (all_list) {
		coro_free(all_list);
		if (EG(exception)) {
			zend_clear_exception();
		}
	}
	run_completions();
	if (completions) {
		efree(completions);
		completions = NULL;
		completions_cap = 0;
	}
	zval_ptr_dtor(&coro_main_closure);
	ZVAL_UNDEF(&coro_main_closure);
	current = NULL;
	ready_head = ready_tail = NULL;
	if (attached_loop && ev_is_active(&ready_idle)) {
		ev_idle_stop(attached_loop, &ready_idle);
	}
	suspended_count = 0;
	canceling = false;
}

void wserver_coro_minit(void)
{
	fiber_start = zend_hash_str_find_ptr(&zend_ce_fiber->function_table, ZEND_STRL("start"));
	fiber_resume = zend_hash_str_find_ptr(&zend_ce_fiber->function_table, ZEND_STRL("resume"));
	fiber_suspend = zend_hash_str_find_ptr(&zend_ce_fiber->function_table, ZEND_STRL("suspend"));
	memset(&coro_main_fn, 0, sizeof(coro_main_fn));
	coro_main_fn.type = ZEND_INTERNAL_FUNCTION;
	coro_main_fn.fn_flags = ZEND_ACC_PUBLIC;
	coro_main_fn.function_name = zend_string_init_interned(ZEND_STRL("{wserver coroutine}"), 1);
	coro_main_fn.handler = coro_main;
	coro_main_fn.arg_info = (zend_internal_arg_info *) arginfo_coro_main + 1;
	ZVAL_UNDEF(&coro_main_closure);
	ev_idle_init(&ready_idle, coro_on_ready_idle);
}
