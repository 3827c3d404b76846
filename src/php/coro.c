/* The coroutine scheduler: every PHP callback of a worker runs in a coroutine. A coroutine is
 * not a PHP Fiber: it owns a C stack (core/cstack.c: carved from shared mappings, where a
 * Fiber maps its own stack and a guard, two of the 65 530 mappings a process may have) and a
 * VM stack whose first page is CORO_VM_PAGE (a Fiber's is 16 KB), and switches with
 * core/coctx.c, saving and restoring the executor state zend_fibers.c does. PHP Fibers still
 * work inside a callback: EG(current_fiber_context) points at the coroutine's own context,
 * which Zend switches away from and back to. Coroutines are pooled: one whose callback
 * finished parks itself and takes the next callback when resumed, so the common path costs a
 * context switch, not a new stack. The loop itself never runs inside a coroutine: they are
 * started and resumed from loop callbacks only. */
#include "coro.h"
#include "aliases.h"
#include "coroutine.h"
#include "coroutine_options.h"
#include "event.h"
#include "errors.h"
#include "system.h"
#include "callback.h"
#include "exception.h"
#include "runtime.h"
#include "core/coctx.h"
#include "core/cstack.h"
#include "core/log.h"

#include <errno.h>

#include "zend_closures.h"
#include "zend_exceptions.h"
#include "zend_builtin_functions.h"
#include "zend_fibers.h"
#include "zend_observer.h"

#define CORO_MAX_IDLE 64
/* The first page of a coroutine's VM stack: most callbacks never need a second one (Zend adds
 * pages of this size as calls go deeper), and a suspended coroutine costs little more. */
#define CORO_VM_PAGE 4096
/* The C stack when fiber.stack_size is left at its default (below); at least CORO_C_STACK_MIN */
#define CORO_C_STACK     (256 * 1024)
#define CORO_C_STACK_MIN (32 * 1024)

typedef struct wserver_coro wserver_coro;
struct wserver_coro {
	ws_coctx ctx;           /* its registers while switched out */
	ws_coctx *back;         /* where it goes when it suspends: the context that switched into it */
	ws_cstack *stack;       /* its C stack, owned; NULL until started and once its body returned */
	zend_vm_stack vm_stack; /* its VM stack once its body returned, for the resumer to free */
	zend_execute_data *bottom;       /* the frame under its callbacks' frames, on its VM stack */
	zend_execute_data *execute_data; /* where it suspended: its backtrace starts there */
	zend_execute_data *entered_from; /* the resumer's frame while it runs */
	zend_fiber_context fiber_ctx;    /* EG(current_fiber_context) while it runs */
	zend_fiber_context *back_fiber;  /* EG(current_fiber_context) of what switched into it */
#ifdef ZEND_FIBER_UCONTEXT
	ucontext_t fiber_uc; /* where Zend saves it when a Fiber started in a callback runs */
#endif
	zend_long cid; /* id of the current callback */
	zval fn;       /* the callback being run */
	zval *args;    /* its arguments, borrowed: valid only until the call has started */
	uint32_t argc;
	const char *name; /* what the callback is, for logs: "onMessage" */
	wserver_coro_done_fn done;
	void *done_arg;
	bool job_done;      /* the callback returned (or threw) */
	bool threw;         /* it threw (logged) */
	bool first_run;     /* started by wserver_coro_run, which has not returned yet */
	bool batch;         /* resumed to run the queued callbacks, not one of its own */
	bool parked;        /* suspended in the pool, waiting for a callback */
	bool dead;          /* its body returned: it is never switched to again */
	bool destroying;    /* being unwound (worker end): it may not suspend any more */
	bool bailout;       /* its body ended with a fatal error, to go on in the resumer */
	bool fatal;         /* its callback threw with Swoole's names: a fatal error once its
	                     * defer()s ran */
	bool in_app_fiber;  /* the callback runs in a PHP Fiber of its own (fiber_callbacks) */
	ev_timer timer;     /* sleep() wake-up, or the time-out of a wait */
	zend_long pcid;     /* the coroutine that created this one; -1: none */
	zend_array *defers; /* defer() callables, run last first at the end; NULL: none */
	zval context;       /* getContext()'s object; IS_UNDEF until asked for */
	bool registered;    /* in the cid table: it has suspended at least once */
	bool sleeping;      /* suspended in sleep(): cancel() may end it */
	bool canceled;      /* cancel() ended its last suspension (isCanceled()) */
	zend_class_entry *cancel_throw; /* what to throw where it waits: cancel($cid, true)'s
	                                 * CanceledException, setTimeLimit()'s TimeoutException */
	ev_timer time_limit;            /* setTimeLimit(); data: the cid it is for */
	bool joining;                   /* suspended in join() */
	uint32_t join_left;             /* coroutines its join() still waits for */
	zend_long joiner;               /* the coroutine whose join() waits for this one; 0: none */
	double started;           /* when its callback started, monotonic seconds (getElapsed()) */
	wserver_waiter *waiter;   /* set while it waits (Channel, WaitGroup, yield) */
	wserver_coro *resumer;    /* who switched into it: the chain of running coroutines */
	wserver_coro *next_ready; /* in the ready list: woken, to be resumed by the loop */
	bool in_ready;
	wserver_coro *next_idle;
	wserver_coro *prev, *next; /* every live coroutine */
};

/* the function of the bottom frame: backtraces show "{wserver coroutine}" there */
static zend_internal_function coro_bottom_fn;
static wserver_coro *idle_list, *all_list, *current;

/* A running coroutine's bottom frame leads on to its resumer's, as a Fiber's does, so a
 * backtrace shows who started or resumed it. With Swoole's names it ends at the bottom: in
 * Swoole a coroutine's trace is its own ("#0 [internal function]: {closure}()", "#1 {main}"). */
static void bottom_link(wserver_coro *co, zend_execute_data *resumer_frame)
{
	co->entered_from = resumer_frame;
	co->bottom->prev_execute_data = wserver_aliases_swoole() ? NULL : resumer_frame;
}
static uint32_t idle_count;
static uint32_t suspended_count; /* callbacks started and not finished, outside the stack */
static zend_long last_cid;
static uint32_t live_count, live_peak; /* callbacks started and not finished */
static uint32_t context_count;         /* coroutines alive, parked ones included */
static bool canceling;                 /* the loop is ending: every wait returns CANCELED */
static bool break_when_done;           /* Coroutine\run(): stop the loop once none is live */
static bool fiber_callbacks;           /* Workerman's Fiber event loop: callbacks in Fibers */

/* Given by wserver_coro_attach(): the loop coroutines run on (NULL: none) and the status slot
 * whose counters they keep (NULL: none, outside a worker). */
static struct ev_loop *attached_loop;
static ws_slot *attached_slot;

/* cid => coroutine, for those that have suspended: the others are on the running chain.
 * Made on first use and freed once empty, so a burst leaves no memory behind. */
static HashTable *cid_table;

/* Woken coroutines, resumed in order from loop context (never inside another coroutine). */
static wserver_coro *ready_head, *ready_tail;
static bool ready_running;
static ev_idle ready_idle; /* runs them on the next loop round when woken outside a switch */

/* Callbacks queued by wserver_coro_queue(), run together once per loop round. */
typedef struct coro_job {
	const char *name;
	zval fn;
	zval args[WSERVER_CORO_QUEUE_ARGS]; /* owned */
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

/* The executor state of whoever runs (the list of zend_fibers.c): saved on its own C stack by
 * the side that switches away, put back once something switches to it again. */
typedef struct coro_vm_state {
	zend_vm_stack vm_stack;
	zval *vm_stack_top, *vm_stack_end;
	size_t vm_stack_page_size;
	zend_execute_data *current_execute_data;
	int error_reporting;
	zend_error_handling_t error_handling; /* PDO's EH_THROW while it connects is its own */
	zend_class_entry *exception_class;
	uint32_t jit_trace_num;
	JMP_BUF *bailout;
	zend_fiber *active_fiber;
	zend_fiber_context *current_fiber_context;
#ifdef ZEND_CHECK_STACK_LIMIT
	void *stack_base, *stack_limit;
#endif
} coro_vm_state;

/* Switch from the running side (from) to to; returns when something switches back to from. */
static void coro_jump(ws_coctx *from, ws_coctx *to)
{
	coro_vm_state st = {EG(vm_stack),
	                    EG(vm_stack_top),
	                    EG(vm_stack_end),
	                    EG(vm_stack_page_size),
	                    EG(current_execute_data),
	                    EG(error_reporting),
	                    EG(error_handling),
	                    EG(exception_class),
	                    EG(jit_trace_num),
	                    EG(bailout),
	                    EG(active_fiber),
	                    EG(current_fiber_context),
#ifdef ZEND_CHECK_STACK_LIMIT
	                    EG(stack_base),
	                    EG(stack_limit)
#endif
	};
	/* each side keeps its own output buffers (ob_start()), as in Swoole: they go aside with it
	 * and the other side writes through buffers of its own */
	zend_output_globals *og = NULL;
	if (UNEXPECTED(OG(handlers).elements)) {
		og = emalloc(sizeof(*og));
		memcpy(og, &output_globals, sizeof(*og));
		php_output_activate();
	}
	ws_coctx_switch(from, to, false);
	if (UNEXPECTED(og)) {
		memcpy(&output_globals, og, sizeof(*og)); /* over the other side's, which has none */
		efree(og);
	}
	EG(vm_stack) = st.vm_stack;
	EG(vm_stack_top) = st.vm_stack_top;
	EG(vm_stack_end) = st.vm_stack_end;
	EG(vm_stack_page_size) = st.vm_stack_page_size;
	EG(current_execute_data) = st.current_execute_data;
	EG(error_reporting) = st.error_reporting;
	EG(error_handling) = st.error_handling;
	EG(exception_class) = st.exception_class;
	EG(jit_trace_num) = st.jit_trace_num;
	EG(bailout) = st.bailout;
	EG(active_fiber) = st.active_fiber;
	EG(current_fiber_context) = st.current_fiber_context;
#ifdef ZEND_CHECK_STACK_LIMIT
	EG(stack_base) = st.stack_base;
	EG(stack_limit) = st.stack_limit;
#endif
}

/* The running coroutine co switches back to whoever switched into it. Observers (profilers,
 * debuggers) are told of each switch as of a Fiber's. */
static void coro_jump_out(wserver_coro *co)
{
	co->execute_data = EG(current_execute_data);
	co->bottom->prev_execute_data = NULL; /* a suspended coroutine's trace ends at its bottom */
	zend_observer_fiber_switch_notify(&co->fiber_ctx, co->back_fiber);
	co->fiber_ctx.status = ZEND_FIBER_STATUS_SUSPENDED;
	coro_jump(&co->ctx, co->back);
}

static double monotonic_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + ts.tv_nsec / 1e9;
}

/* When a callback starts, read once per request: the coarse clock (the kernel's last tick, no
 * timer read) is a fraction of the cost and only ever behind, so getElapsed() errs by at most a
 * tick, and never below the true time. */
static double monotonic_start(void)
{
#ifdef CLOCK_MONOTONIC_COARSE
	struct timespec ts;
	if (clock_gettime(CLOCK_MONOTONIC_COARSE, &ts) == 0) {
		return (double) ts.tv_sec + ts.tv_nsec / 1e9;
	}
#endif
	return monotonic_now();
}

/* A callback starts: it gets its id; pcid is the coroutine that made it (go()), or -1. */

static void job_begin(wserver_coro *co, zend_long pcid)
{
	co->cid = ++last_cid;
	co->pcid = pcid;
	co->started = monotonic_start();
	co->canceled = false;
	co->cancel_throw = NULL;
	co->joiner = 0;
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
	co->in_app_fiber = fiber_callbacks;
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

/* Log and clear a user exception; exit() and a destruction are left to unwind. */
static bool log_uncaught(wserver_coro *co)
{
	if (EG(exception) && EG(exception)->ce == wserver_coroutine_canceled_exception_ce) {
		zend_clear_exception(); /* cancel($cid, true) ends a coroutine quietly, as Swoole */
		return false;
	}
	if (EG(exception) && !zend_is_unwind_exit(EG(exception)) &&
	    !zend_is_graceful_exit(EG(exception))) {
		if (wserver_aliases_swoole() && !wserver_runtime_worker()) {
			/* a script run with Swoole's names ends as Swoole's does: a fatal "Uncaught"
			 * error, printed here, then its defer()s run, then a bailout (carried to the
			 * resumer as any fatal error in a coroutine). A server's worker logs it and
			 * serves on. */
			zend_exception_error(EG(exception), E_ERROR | E_DONT_BAIL);
			co->fatal = true;
			return true;
		}
		wserver_log_exception_in(co->name, co->cid);
		return true;
	}
	return false;
}

/* defer()red callables, last first. A coroutine being destroyed (worker end) still runs them, as
 * PHP runs finally blocks then: its pending graceful exit is put aside meanwhile. exit() runs
 * none, as it runs no finally block. */
static void run_defers(wserver_coro *co, zval *retval)
{
	zend_object *unwinding = EG(exception);
	if (unwinding && zend_is_unwind_exit(unwinding)) {
		zend_array_release(co->defers);
		co->defers = NULL;
		return;
	}
	EG(exception) = NULL;
	/* one stack, as Swoole's: what a defer defers runs right after it, before older ones */
	while (co->defers && zend_hash_num_elements(co->defers) > 0) {
		zval fn;
		ZVAL_UNDEF(&fn);
		zend_ulong h = 0;
		zval *last;
		ZEND_HASH_REVERSE_FOREACH_NUM_KEY_VAL(co->defers, h, last)
		{
			ZVAL_COPY(&fn, last);
			break;
		}
		ZEND_HASH_FOREACH_END();
		zend_hash_index_del(co->defers, h);
		zval rv;
		ZVAL_UNDEF(&rv);
		/* with Swoole's names each gets what the callback returned, as in Swoole */
		bool pass = retval && !Z_ISUNDEF_P(retval) && wserver_aliases_swoole();
		call_user_function(NULL, NULL, &fn, &rv, pass ? 1 : 0, pass ? retval : NULL);
		zval_ptr_dtor(&rv);
		zval_ptr_dtor(&fn);
		bool was_fatal = co->fatal;
		log_uncaught(co);
		if (EG(exception)) {
			zend_clear_exception(); /* exit() in a defer: the worker ends anyway */
		}
		if (co->fatal && !was_fatal) {
			break; /* a defer threw, with Swoole's names: the others never run */
		}
	}
	if (co->defers) {
		zend_array_release(co->defers);
		co->defers = NULL;
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

static wserver_coro *coro_find(zend_long cid);

/* The last coroutine a join() waits for resumes it on the next loop round, after what this
 * one deferred (Swoole's order: Event::defer() callbacks first). */
static void join_resume(void *arg)
{
	wserver_coro *co = coro_find((zend_long) (intptr_t) arg);
	if (co && co->joining && co->join_left == 0 && co->waiter && !co->waiter->woken) {
		wserver_coro_wake_from_loop(co->waiter, WSERVER_WAIT_OK);
	}
}

static void join_target_ended(wserver_coro *co)
{
	wserver_coro *j = coro_find(co->joiner);
	co->joiner = 0;
	if (j && j->joining && j->join_left > 0 && --j->join_left == 0) {
		wserver_event_defer(join_resume, (void *) (intptr_t) j->cid);
	}
}

/* The callback returned: defers, context, output buffers and registration go with it. */
static void job_end(wserver_coro *co, zval *retval)
{
	if (attached_loop && ev_is_active(&co->time_limit)) { /* setTimeLimit() is rare */
		ev_timer_stop(attached_loop, &co->time_limit);
	}
	if (co->defers) {
		run_defers(co, retval);
	}
	if (UNEXPECTED(OG(handlers).elements)) {
		/* buffers it left open are flushed to what it writes through, as when PHP ends */
		php_output_end_all();
		php_output_deactivate();
		php_output_activate();
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
	if (co->joiner) {
		join_target_ended(co);
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

/* Workerman's Fiber event loop runs each callback in a new Fiber: Fiber::getCurrent() is the
 * callback's own, and once that Fiber suspends the callback counts as returned (the
 * application resumes it later, from a timer or another callback). An exception escaping
 * start() is left pending, as one from the callback itself. */
static void call_in_app_fiber(zval *fn, uint32_t argc, zval *args)
{
	zval fiber, rv;
	object_init_ex(&fiber, zend_ce_fiber);
	zend_call_known_instance_method_with_1_params(zend_ce_fiber->constructor, Z_OBJ(fiber), NULL,
	                                              fn);
	if (!EG(exception)) {
		static zend_function *start;
		if (!start) {
			start = zend_hash_str_find_ptr(&zend_ce_fiber->function_table, ZEND_STRL("start"));
		}
		ZVAL_UNDEF(&rv);
		zend_call_known_instance_method(start, Z_OBJ(fiber), &rv, argc, args);
		zval_ptr_dtor(&rv);
	}
	zval_ptr_dtor(&fiber); /* a suspended Fiber lives on while the application holds it */
}

void wserver_coro_fiber_callbacks(bool on)
{
	fiber_callbacks = on;
}

/* Returns whether the callback threw (the exception is logged and cleared; exit() and a
 * destruction are left to unwind). */
static bool job_call(wserver_coro *co)
{
	zend_fcall_info_cache fcc;
	bool threw = true;
	uint32_t argc = co->argc;
	zval *args = co->args;
	co->args = NULL; /* borrowed: gone once the callback suspends */
	co->argc = 0;
	/* warnings are warnings again, whatever zend_replace_error_handling() its creator is in */
	EG(error_handling) = EH_NORMAL;
	EG(exception_class) = NULL;
	if (job_resolve(&co->fn, &fcc)) {
		zval rv;
		ZVAL_UNDEF(&rv);
		if (UNEXPECTED(co->in_app_fiber)) {
			call_in_app_fiber(&co->fn, argc, args);
		} else if (!call_user_direct(&fcc, argc, args, &rv)) {
			zend_call_known_function(fcc.function_handler, fcc.object, fcc.called_scope, &rv, argc,
			                         args, NULL);
		}
		threw = log_uncaught(co);
		job_end(co, &rv);
		zval_ptr_dtor(&rv);
	} else {
		job_end(co, NULL);
	}
	if (UNEXPECTED(co->fatal)) {
		co->fatal = false;
		zend_bailout();
	}
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

/* Batch body: run queued callbacks until none is left. One that suspends keeps this coroutine;
 * the runner takes another one for the rest. */
static void coro_drain(wserver_coro *co)
{
	coro_job job;
	while (!EG(exception) && !wserver_runtime_exiting() && queue_pop(&job)) {
		co->name = job.name;
		ZVAL_COPY_VALUE(&co->fn, &job.fn);
		co->args = job.args; /* on this coroutine's C stack: alive while the call runs */
		co->argc = job.argc;
		co->done = job.done;
		co->done_arg = job.arg;
		co->job_done = false;
		co->in_app_fiber = fiber_callbacks;
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

/* Park in the pool. true: resumed with a new callback; false: end this coroutine. */
static bool coro_park(wserver_coro *co)
{
	if (co->destroying || wserver_runtime_exiting() || idle_count >= CORO_MAX_IDLE) {
		return false;
	}
	co->parked = true;
	co->next_idle = idle_list;
	idle_list = co;
	idle_count++;
	coro_jump_out(co);
	co->parked = false;
	return !EG(exception) && !co->destroying;
}

/* The body of every pooled coroutine: run callbacks until told to end. */
static void coro_body(wserver_coro *co)
{
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
			return; /* exit() or a destruction unwinds through here */
		}
	}
}

/* error_reporting as the ini says: the resumer may be inside a @ that is not the callback's */
static int coro_error_reporting(void)
{
	zend_long level = INI_INT("error_reporting");
	if (!level && !INI_STR("error_reporting")) {
		level = E_ALL; /* unset, not set to 0 */
	}
	return (int) level;
}

/* The first code on a coroutine's C stack: an executor state of its own, then the body. It
 * ends by switching back for good; the resumer frees its stacks. */
static void coro_entry(void *arg)
{
	wserver_coro *co = arg;
	zend_execute_data *resumer_frame = EG(current_execute_data);
	zend_try
	{
		zend_vm_stack page = zend_vm_stack_new_page(CORO_VM_PAGE, NULL);
		EG(vm_stack) = page;
		EG(vm_stack_top) = page->top + ZEND_CALL_FRAME_SLOT;
		EG(vm_stack_end) = page->end;
		EG(vm_stack_page_size) = CORO_VM_PAGE;
		co->bottom = (zend_execute_data *) page->top;
		memset(co->bottom, 0, sizeof(*co->bottom));
		co->bottom->func = (zend_function *) &coro_bottom_fn;
		bottom_link(co, resumer_frame);
		EG(current_execute_data) = co->bottom;
		EG(current_fiber_context) = &co->fiber_ctx;
		EG(active_fiber) = NULL;
		EG(jit_trace_num) = 0;
		EG(error_reporting) = coro_error_reporting();
#ifdef ZEND_CHECK_STACK_LIMIT
		EG(stack_base) = (char *) ws_cstack_lo(co->stack) + ws_cstack_size(co->stack);
		EG(stack_limit) = (char *) ws_cstack_lo(co->stack) + EG(reserved_stack_size);
#endif
		coro_body(co);
		if (co->destroying && EG(exception) &&
		    (zend_is_graceful_exit(EG(exception)) || zend_is_unwind_exit(EG(exception)))) {
			zend_clear_exception(); /* the unwinding it was told to do, not an error */
		}
	}
	zend_catch
	{
		co->bailout = true;
	}
	zend_end_try();
	co->vm_stack = EG(vm_stack);
	co->dead = true;
	co->fiber_ctx.status = ZEND_FIBER_STATUS_DEAD;
	zend_observer_fiber_switch_notify(&co->fiber_ctx, co->back_fiber);
	ws_coctx_switch(&co->ctx, co->back, true);
}

static wserver_coro *coro_new(void)
{
	wserver_coro *co = ecalloc(1, sizeof(*co));
	ZVAL_UNDEF(&co->fn);
	ZVAL_UNDEF(&co->context);
	context_count++;
	co->fiber_ctx.kind = &coro_bottom_fn; /* not a Fiber's: Zend never takes it for one */
#ifdef ZEND_FIBER_UCONTEXT
	co->fiber_ctx.handle = &co->fiber_uc;
#endif
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

static void coro_switch(wserver_coro *co);

/* Unwind a suspended coroutine (worker end): a graceful exit is thrown where it waits, so
 * finally blocks and defer()s run (catch blocks do not), as when PHP destroys a Fiber; a parked
 * one just ends its body. */
static void coro_destroy(wserver_coro *co)
{
	zend_object *pending = EG(exception);
	EG(exception) = NULL;
	co->destroying = true;
	coro_switch(co);
	if (EG(exception)) {
		zend_clear_exception();
	}
	EG(exception) = pending;
}

static void coro_free(wserver_coro *co)
{
	if (co->stack) {
		coro_destroy(co);
	}
	if (attached_loop && ev_is_active(&co->timer)) {
		ev_timer_stop(attached_loop, &co->timer);
	}
	if (attached_loop) {
		ev_timer_stop(attached_loop, &co->time_limit);
	}
	if (co->in_ready) {
		ready_remove(co); /* woken, then destroyed before its turn (worker end) */
	}
	context_count--;
	if (co->prev) {
		co->prev->next = co->next;
	} else {
		all_list = co->next;
	}
	if (co->next) {
		co->next->prev = co->prev;
	}
	job_release(co);
	efree(co);
}

/* After a switch into co returned: deal with exit(), free an ended coroutine.
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
	if (co->dead) {
		coro_free(co); /* its body returned */
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

/* Its body returned: free what the coroutine ran on (frames a fatal error left included). */
static void coro_free_stacks(wserver_coro *co)
{
	zend_vm_stack running = EG(vm_stack);
	EG(vm_stack) = co->vm_stack;
	zend_vm_stack_destroy();
	EG(vm_stack) = running;
	co->vm_stack = NULL;
	co->bottom = NULL;
	ws_cstack_free(co->stack);
	co->stack = NULL;
	zend_observer_fiber_destroy_notify(&co->fiber_ctx);
}

/* Run co (started by coro_enter()) until it suspends, parks or ends. */
static void coro_switch(wserver_coro *co)
{
	wserver_coro *prev = current;
	ws_coctx here = {0};
	current = co;
	co->resumer = prev;
	co->back = &here;
	co->back_fiber = EG(current_fiber_context);
	zend_observer_fiber_switch_notify(co->back_fiber, &co->fiber_ctx); /* INIT: a new one */
	co->fiber_ctx.status = ZEND_FIBER_STATUS_RUNNING;
	if (co->bottom) {
		bottom_link(co, EG(current_execute_data)); /* its trace goes on here */
	}
	/* PHP runs from here until the coroutine suspends or ends: status shows the worker busy */
	uint8_t state = attached_slot ? attached_slot->state : WS_SLOT_IDLE;
	if (attached_slot) {
		attached_slot->state = WS_SLOT_BUSY;
	}
	/* PHP forbids switching away from a destructor (or a tick function) while it runs; a
	 * coroutine started or resumed from one is a context of its own that returns to it when it
	 * suspends, so the ban is lifted while it runs and put back after, as for a nested call */
	uint32_t blocked = 0;
	while (zend_fiber_switch_blocked()) {
		zend_fiber_switch_unblock();
		blocked++;
	}
	coro_jump(&here, &co->ctx);
	while (blocked--) {
		zend_fiber_switch_block();
	}
	if (attached_slot) {
		attached_slot->state = state;
	}
	current = prev;
	if (co->dead && co->stack) {
		coro_free_stacks(co);
		if (co->bailout) {
			zend_bailout(); /* a fatal error in the callback goes on as it would outside */
		}
	}
}

static void coro_run_ready(void);

/* Back in loop context after a switch: tell owners what finished, resume what was woken.
 * Inside a coroutine (go() or resume() nest switches) this waits for the outermost switch. */
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

/* A parked coroutine, or a new one (not started yet). NULL on failure. */
static wserver_coro *coro_take(void)
{
	wserver_coro *co = idle_list;
	if (co) {
		idle_list = co->next_idle;
		idle_count--;
		return co;
	}
	return coro_new();
}

/* fiber.stack_size sizes coroutine stacks as it sizes Fibers', except its default (2 MB),
 * which becomes CORO_C_STACK: 100 000 suspended coroutines would otherwise reserve 200 GB of
 * address space, and a page-table page each for the few pages they touch. */
static size_t coro_stack_size(void)
{
	size_t size = wserver_coroutine_c_stack_size(); /* Coroutine::set(['c_stack_size' => n]) */
	if (size) {
		return size;
	}
	size = (size_t) EG(fiber_stack_size);
	if (size == ZEND_FIBER_DEFAULT_C_STACK_SIZE && !wserver_aliases_swoole()) {
		size = CORO_C_STACK; /* Swoole's programs keep its default, 2 MB, as fiber.stack_size */
	}
	return size < CORO_C_STACK_MIN ? CORO_C_STACK_MIN : size;
}

/* Switch into co: it gets its C stack and starts the first time, resumes after. false when
 * it could not start (no stack): co is freed and an exception thrown. */
static bool coro_enter(wserver_coro *co)
{
	if (co->stack) {
		coro_switch(co);
		return true;
	}
	size_t size = coro_stack_size();
	co->stack = ws_cstack_new(size);
	if (!co->stack) {
		zend_throw_exception_ex(wserver_exception_ce, errno,
		                        "Cannot map a stack of %zu bytes for a coroutine: %s", size,
		                        strerror(errno));
		if (!co->batch) {
			job_release(co);
			live_count--;
		}
		coro_free(co);
		return false;
	}
	ws_coctx_make(&co->ctx, ws_cstack_lo(co->stack), ws_cstack_size(co->stack), coro_entry, co);
	zend_observer_fiber_init_notify(&co->fiber_ctx);
	coro_switch(co);
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
	coro_switch(co);
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
			suspended_changed(1); /* a callback suspended: the rest goes to another coroutine */
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
	ZEND_ASSERT(argc <= WSERVER_CORO_QUEUE_ARGS);
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
	/* inside a Fiber started by the callback, the callback itself is not what runs */
	if (!current || EG(current_fiber_context) != &current->fiber_ctx) {
		return NULL;
	}
	return current;
}

void wserver_coro_run_defers(zval *retval)
{
	wserver_coro *co = coro_running();
	if (co && co->defers) {
		run_defers(co, retval);
	}
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

bool wserver_coro_can_suspend(void)
{
	wserver_coro *co = coro_running();
	return co && attached_loop && !co->destroying && !zend_fiber_switch_blocked();
}

/* Suspend the running coroutine co until something resumes it. It becomes findable by cid
 * from here on (exists(), resume(), getContext($cid)). An Error when it may not suspend; a
 * graceful exit when it resumes to be destroyed. */
static void coro_suspend(wserver_coro *co)
{
	if (co->destroying || zend_fiber_switch_blocked()) {
		zend_throw_error(NULL, "Cannot suspend a coroutine %s",
		                 co->destroying ? "that is being destroyed"
		                                : "in the current execution context");
		return;
	}
	if (!co->registered) {
		if (!cid_table) {
			cid_table = zend_new_array(8);
		}
		zend_hash_index_add_new_ptr(cid_table, co->cid, co);
		co->registered = true;
	}
	co->canceled = false;
	coro_jump_out(co);
	if (co->destroying) {
		zend_throw_graceful_exit();
	} else if (co->cancel_throw) {
		zend_class_entry *ce = co->cancel_throw;
		co->cancel_throw = NULL;
		zend_throw_exception(ce,
		                     ce == wserver_coroutine_canceled_exception_ce
		                         ? "The coroutine was canceled"
		                         : "The coroutine ran over its time limit (setTimeLimit())",
		                     0);
	}
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
	co->sleeping = true;
	coro_suspend(co);
	co->sleeping = false;
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
	if (attached_loop) {
		ev_timer_stop(attached_loop, &co->timer); /* also a time-out fired but not run yet */
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

void wserver_coro_wake_now(wserver_waiter *w, int status)
{
	if (w->woken) {
		return;
	}
	wserver_coro_wake(w, status);
	wserver_coro *co = w->co;
	/* from a coroutine, as Swoole does: the waker goes on once the woken one suspends again.
	 * While the loop ends (cancel) the ready list resumes them in order instead. */
	if (!coro_running() || canceling || wserver_runtime_exiting() || !co->in_ready) {
		return;
	}
	ready_remove(co);
	coro_resume(co);
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
		queue_remove(w); /* it is being destroyed (worker end) */
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
	co->in_app_fiber = false; /* a coroutine of ours, not a callback */
	*cid = co->cid;
	if (!coro_enter(co)) {
		zend_throw_exception_ex(wserver_exception_ce, 0,
		                        "Cannot start a coroutine with %u coroutines alive: see the "
		                        "previous exception",
		                        context_count);
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

uint32_t wserver_coro_peak(void)
{
	return live_peak;
}

void wserver_coro_stats(zval *out)
{
	array_init(out);
	add_assoc_long(out, "coroutine_num", live_count);
	add_assoc_long(out, "coroutine_peak_num", live_peak);
	add_assoc_long(out, "coroutine_last_cid", last_cid);
	add_assoc_long(out, "context_num", context_count);
	add_assoc_long(out, "context_idle_num", idle_count);
	add_assoc_long(out, "c_stack_size", (zend_long) coro_stack_size());
	add_assoc_long(out, "vm_stack_page_size", CORO_VM_PAGE);
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

static bool coro_is_running(wserver_coro *co);

bool wserver_coro_canceled(void)
{
	wserver_coro *co = coro_running();
	return co && co->canceled;
}

static int coro_cancel(wserver_coro *co, zend_class_entry *throw_ce)
{
	bool waiting = co->waiter && !co->waiter->woken;
	/* its timer may have fired this round without running yet: still asleep */
	bool sleeping = co->sleeping && (ev_is_active(&co->timer) || ev_is_pending(&co->timer));
	if (coro_is_running(co) || (!waiting && !sleeping)) {
		return WSERVER_ERROR_CO_CANNOT_CANCEL; /* it runs, or it was woken already */
	}
	co->cancel_throw = throw_ce;
	if (waiting) {
		wserver_coro_wake(co->waiter, WSERVER_WAIT_CANCELED);
		ready_remove(co);
	} else {
		ev_timer_stop(attached_loop, &co->timer);
	}
	co->canceled = true; /* after the wake: it is the state it resumes with */
	coro_resume(co);     /* at once, as Swoole: the caller goes on when it suspends again */
	return 0;
}

int wserver_coro_cancel(zend_long cid, bool throw_exception)
{
	wserver_coro *co = coro_find(cid);
	if (!co) {
		return WSERVER_ERROR_CO_NOT_EXISTS;
	}
	return coro_cancel(co, throw_exception ? wserver_coroutine_canceled_exception_ce : NULL);
}

/* The time limit passed: a TimeoutException where it waits now, or at its next wait if it
 * cannot be ended now. */
static void coro_on_time_limit(struct ev_loop *loop, ev_timer *t, int revents)
{
	(void) loop;
	(void) revents;
	wserver_coro *co = coro_find((zend_long) (intptr_t) t->data);
	if (co && coro_cancel(co, wserver_coroutine_timeout_exception_ce) != 0) {
		co->cancel_throw = wserver_coroutine_timeout_exception_ce;
	}
	coro_loop_work();
}

bool wserver_coro_set_time_limit(double seconds)
{
	wserver_coro *co = coro_running();
	if (!co || !attached_loop || seconds <= 0) {
		return false;
	}
	ev_timer_stop(attached_loop, &co->time_limit);
	ev_timer_init(&co->time_limit, coro_on_time_limit, seconds, 0.);
	co->time_limit.data = (void *) (intptr_t) co->cid;
	ev_timer_start(attached_loop, &co->time_limit);
	return true;
}

int wserver_coro_join(HashTable *cids, double timeout)
{
	wserver_coro *self = coro_running();
	uint32_t n = 0;
	int err = 0;
	zval *zcid;
	ZEND_HASH_FOREACH_VAL(cids, zcid) {
		zend_long cid = zval_get_long(zcid);
		if (cid == self->cid) {
			err = WSERVER_ERROR_WRONG_OPERATION; /* it would wait for itself forever */
			break;
		}
		wserver_coro *co = coro_find(cid);
		if (!co) {
			continue; /* ended already (or never was): nothing to wait for */
		}
		if (co->joiner) {
			err = WSERVER_ERROR_WRONG_OPERATION; /* another join() (or this one) waits for it */
			break;
		}
		co->joiner = self->cid;
		n++;
	}
	ZEND_HASH_FOREACH_END();
	if (!err && n == 0) {
		err = WSERVER_ERROR_INVALID_PARAMS;
	}
	if (!err) {
		wserver_waiter w;
		ZVAL_UNDEF(&w.data);
		self->joining = true;
		self->join_left = n;
		int status = coro_wait(NULL, &w, timeout, true);
		self->joining = false;
		self->join_left = 0;
		if (status == WSERVER_WAIT_OK) {
			return 0;
		}
		err =
		    status == WSERVER_WAIT_TIMEOUT ? WSERVER_ERROR_CO_TIMEDOUT : WSERVER_ERROR_CO_CANCELED;
	}
	/* those it still waits for are free for another join() */
	ZEND_HASH_FOREACH_VAL(cids, zcid) {
		wserver_coro *co = coro_find(zval_get_long(zcid));
		if (co && co->joiner == self->cid) {
			co->joiner = 0;
		}
	}
	ZEND_HASH_FOREACH_END();
	return err;
}

double wserver_coro_elapsed(zend_long cid)
{
	wserver_coro *co = cid == 0 ? coro_running() : coro_find(cid);
	return co ? monotonic_now() - co->started : -1;
}

bool wserver_coro_backtrace(zend_long cid, int options, int limit, zval *out)
{
	wserver_coro *co = coro_find(cid);
	if (!co) {
		return false;
	}
	zend_execute_data *frame = co->execute_data;
	for (wserver_coro *r = current; r; r = r->resumer) {
		if (r->resumer == co) {
			frame = r->entered_from; /* it runs: it switched into r there */
			break;
		}
	}
	/* its own frames only: a running coroutine's bottom leads on to its resumer's */
	zend_execute_data *below = co->bottom ? co->bottom->prev_execute_data : NULL;
	if (co->bottom) {
		co->bottom->prev_execute_data = NULL;
	}
	zend_execute_data *saved = EG(current_execute_data);
	EG(current_execute_data) = frame;
	zend_fetch_debug_backtrace(out, 0, options, limit);
	EG(current_execute_data) = saved;
	if (co->bottom) {
		co->bottom->prev_execute_data = below;
	}
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

/* The PHP backtrace of a suspended coroutine, from the call it waits in. */
static zend_string *coro_trace(wserver_coro *co)
{
	zend_execute_data *saved = EG(current_execute_data);
	EG(current_execute_data) = co->execute_data;
	zval trace;
	zend_fetch_debug_backtrace(&trace, 0, 0, 0);
	EG(current_execute_data) = saved;
	zend_string *s = zend_trace_to_string(Z_ARRVAL(trace), false);
	zval_ptr_dtor(&trace);
	return s;
}

/* Whether co is on the chain of running coroutines (it switched into another one). */
static bool coro_is_running(wserver_coro *co)
{
	for (wserver_coro *r = current; r; r = r->resumer) {
		if (r == co) {
			return true;
		}
	}
	return false;
}

/* Swoole's report of a deadlock (its library's deadlock_check()): a banner with the count,
 * then each waiting coroutine, newest first, with its backtrace, printed to the output. */
static int cid_descending(const void *a, const void *b)
{
	zend_long x = (*(wserver_coro *const *) a)->cid, y = (*(wserver_coro *const *) b)->cid;
	return x < y ? 1 : x > y ? -1 : 0;
}

void wserver_coro_print_deadlock(void)
{
	uint32_t n = 0, i = 0;
	for (wserver_coro *co = all_list; co; co = co->next) {
		n += co->stack && !co->parked && !co->job_done && !coro_is_running(co);
	}
	wserver_coro **waiting = safe_emalloc(n ? n : 1, sizeof(*waiting), 0);
	for (wserver_coro *co = all_list; co; co = co->next) {
		if (co->stack && !co->parked && !co->job_done && !coro_is_running(co)) {
			waiting[i++] = co;
		}
	}
	qsort(waiting, n, sizeof(*waiting), cid_descending);
	char hr1[96], hr2[96];
	int width = 64 + snprintf(NULL, 0, "%u", n);
	memset(hr1, '=', width);
	memset(hr2, '-', width);
	hr1[width] = hr2[width] = '\0';
	php_printf("\n %s\n  [FATAL ERROR]: all coroutines (count: %u) are asleep - deadlock!\n %s\n",
	           hr1, n, hr1);
	for (i = 0; i < n; i++) {
		zend_string *trace = coro_trace(waiting[i]);
		php_printf("\n  [Coroutine-%ld]\n %s\n%s", (long) waiting[i]->cid, hr2, ZSTR_VAL(trace));
		zend_string_release(trace);
	}
	php_printf("\n %s\n", hr1);
	efree(waiting);
}

/* Log every suspended coroutine with its PHP backtrace, why first; returns how many. */
static uint32_t wserver_coro_log_suspended(const char *why)
{
	uint32_t n = 0;
	for (wserver_coro *co = all_list; co; co = co->next) {
		if (!co->stack || co->parked || co->job_done || coro_is_running(co)) {
			continue;
		}
		zend_string *trace = coro_trace(co);
		ws_log("%s: coroutine %ld (%s) is suspended at\n%s", why, (long) co->cid,
		       co->name ? co->name : "a coroutine", ZSTR_VAL(trace));
		zend_string_release(trace);
		n++;
	}
	return n;
}

void wserver_coro_shutdown(void)
{
	/* a worker ends with coroutines still waiting: say where they wait, never silently (but
	 * after a fatal error with Swoole's names, which ends a script without a word, as Swoole) */
	if (!wserver_aliases_swoole() ||
	    !(PG(last_error_message) && (PG(last_error_type) & E_FATAL_ERRORS))) {
		wserver_coro_log_suspended("worker exits");
	}
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
	/* parked coroutines: their body returns */
	while (idle_list) {
		wserver_coro *co = idle_list;
		idle_list = co->next_idle;
		idle_count--;
		coro_free(co);
	}
	/* suspended callbacks: freeing them unwinds them (finally blocks run), and their body
	 * queues their done callback as for any callback that ends */
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
	memset(&coro_bottom_fn, 0, sizeof(coro_bottom_fn));
	coro_bottom_fn.type = ZEND_INTERNAL_FUNCTION;
	coro_bottom_fn.fn_flags = ZEND_ACC_PUBLIC;
	coro_bottom_fn.function_name = zend_string_init_interned(ZEND_STRL("{wserver coroutine}"), 1);
	ev_idle_init(&ready_idle, coro_on_ready_idle);
}
