/* The coroutine scheduler: every PHP callback of a worker runs in a Fiber. Fibers are pooled:
 * one whose callback finished parks itself (Fiber::suspend) and takes the next callback when
 * resumed, so the common path costs a context switch, not a new C stack. The loop itself
 * never runs inside a Fiber: Fibers are started and resumed from loop callbacks only. */
#include "binding.h"
#include "core/log.h"

#include "zend_closures.h"
#include "zend_exceptions.h"
#include "zend_fibers.h"

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
	bool job_done; /* the callback returned (or threw) */
	bool parked;   /* suspended in the pool, waiting for a callback */
	bool quit;     /* parked and told to end */
	ev_timer timer; /* sleep() wake-up */
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

ZEND_BEGIN_ARG_INFO_EX(arginfo_coro_main, 0, 0, 0)
ZEND_END_ARG_INFO()

/* Call Fiber::start/resume (on obj) or Fiber::suspend (obj NULL) with no arguments. This is
 * zend_call_function() for the one case we need, without its generality (callable checks,
 * named arguments, user-code frames): the hot path makes two such calls per message. */
static void fiber_call(zend_function *fn, zend_object *obj, zval *retval)
{
	uint32_t info = ZEND_CALL_TOP_FUNCTION | (obj ? ZEND_CALL_HAS_THIS : 0);
	zend_execute_data *call = zend_vm_stack_push_call_frame(
	    info, fn, 0, obj ? (void *) obj : (void *) zend_ce_fiber);
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
	co->done = done;
	co->done_arg = arg;
	co->job_done = false;
	co->cid = ++last_cid;
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

static void job_call(wserver_coro *co)
{
	zend_fcall_info_cache fcc;
	if (!job_resolve(&co->fn, &fcc)) {
		return;
	}
	zval rv;
	ZVAL_UNDEF(&rv);
	uint32_t argc = co->argc;
	zval *args = co->args;
	co->args = NULL; /* borrowed: gone once the callback suspends */
	co->argc = 0;
	zend_call_known_function(fcc.function_handler, fcc.object, fcc.called_scope, &rv, argc, args,
	                         NULL);
	zval_ptr_dtor(&rv);
	if (EG(exception) && !zend_is_unwind_exit(EG(exception)) &&
	    !zend_is_graceful_exit(EG(exception))) {
		wserver_log_exception(co->name);
	}
}

/* Park in the pool. true: resumed with a new callback; false: end this Fiber. */
static bool coro_park(wserver_coro *co)
{
	if (wserver_exiting || idle_count >= CORO_MAX_IDLE) {
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
		job_call(co);
		job_release(co);
		co->job_done = true;
		if (EG(exception) || !coro_park(co)) {
			return; /* exit() or Fiber destruction unwinds through here */
		}
	}
}

static wserver_coro *coro_new(void)
{
	wserver_coro *co = ecalloc(1, sizeof(*co));
	ZVAL_UNDEF(&co->fn);
	co->next = all_list;
	if (all_list) {
		all_list->prev = co;
	}
	all_list = co;
	return co;
}

static void coro_free(wserver_coro *co)
{
	if (wserver_loop && ev_is_active(&co->timer)) {
		ev_timer_stop(wserver_loop, &co->timer);
	}
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
			wserver_request_exit();
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
	if (wserver_slot) {
		wserver_slot->coroutines = suspended_count;
	}
}

uint32_t wserver_coro_suspended(void)
{
	return suspended_count;
}

static void coro_switch(wserver_coro *co, zend_function *fn)
{
	wserver_coro *prev = current;
	zval rv;
	ZVAL_UNDEF(&rv);
	current = co;
	/* PHP runs from here until the Fiber suspends or ends: status shows the worker busy */
	uint8_t state = wserver_slot ? wserver_slot->state : WS_SLOT_IDLE;
	if (wserver_slot) {
		wserver_slot->state = WS_SLOT_BUSY;
	}
	fiber_call(fn, co->fiber, &rv);
	if (wserver_slot) {
		wserver_slot->state = state;
	}
	current = prev;
	zval_ptr_dtor(&rv);
}

/* After a callback's first run: a suspended one is counted until it finishes. */
static bool coro_finished_or_counted(wserver_coro *co)
{
	bool finished = coro_after_switch(co);
	if (!finished) {
		suspended_changed(1);
	}
	return finished;
}

bool wserver_coro_run(const char *name, zval *fn, uint32_t argc, zval *args,
                      wserver_coro_done_fn done, void *arg)
{
	if (wserver_exiting) {
		return true;
	}
	wserver_coro *co = idle_list;
	if (co) {
		idle_list = co->next_idle;
		idle_count--;
		job_set(co, name, fn, argc, args, done, arg);
		coro_switch(co, fiber_resume);
		return coro_finished_or_counted(co);
	}
	if (Z_TYPE(coro_main_closure) == IS_UNDEF) {
		zend_create_closure(&coro_main_closure, (zend_function *) &coro_main_fn, NULL, NULL, NULL);
	}
	co = coro_new();
	job_set(co, name, fn, argc, args, done, arg);
	zval fiber;
	if (object_init_ex(&fiber, zend_ce_fiber) != SUCCESS) {
		coro_free(co);
		return true;
	}
	co->fiber = Z_OBJ(fiber);
	zend_call_known_instance_method_with_1_params(zend_ce_fiber->constructor, co->fiber, NULL,
	                                              &coro_main_closure);
	starting = co;
	coro_switch(co, fiber_start);
	starting = NULL;
	return coro_finished_or_counted(co);
}

/* Resume a coroutine suspended inside its callback (sleep ended). */
static void coro_resume(wserver_coro *co)
{
	wserver_coro_done_fn done = co->done;
	void *arg = co->done_arg;
	coro_switch(co, fiber_resume);
	if (coro_after_switch(co)) {
		suspended_changed(-1);
		if (done) {
			done(arg);
		}
		wserver_worker_poke();
	}
}

static void coro_on_timer(struct ev_loop *loop, ev_timer *t, int revents)
{
	(void) loop;
	(void) revents;
	coro_resume(t->data);
}

static wserver_coro *coro_running(void)
{
	if (!current || !EG(active_fiber) || &EG(active_fiber)->std != current->fiber) {
		return NULL;
	}
	return current;
}

bool wserver_coro_sleep(double seconds)
{
	wserver_coro *co = coro_running();
	if (!co || !wserver_loop) {
		zend_throw_exception(wserver_exception_ce,
		                     "Cannot sleep outside a coroutine: call it in a worker callback", 0);
		return false;
	}
	ev_timer_init(&co->timer, coro_on_timer, seconds > 0 ? seconds : 0., 0.);
	co->timer.data = co;
	ev_timer_start(wserver_loop, &co->timer);
	zval rv;
	fiber_call(fiber_suspend, NULL, &rv);
	zval_ptr_dtor(&rv);
	if (ev_is_active(&co->timer)) {
		ev_timer_stop(wserver_loop, &co->timer); /* woken early: the worker is ending */
	}
	return !EG(exception);
}

zend_long wserver_coro_cid(void)
{
	wserver_coro *co = coro_running();
	return co ? co->cid : -1;
}

void wserver_coro_shutdown(void)
{
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
	/* suspended callbacks: releasing the Fiber unwinds them (finally blocks run) */
	while (all_list) {
		wserver_coro *co = all_list;
		wserver_coro_done_fn done = co->job_done ? NULL : co->done;
		void *arg = co->done_arg;
		coro_free(co);
		if (EG(exception)) {
			zend_clear_exception();
		}
		if (done) {
			done(arg); /* lets the owner drop what it held for the callback */
		}
	}
	zval_ptr_dtor(&coro_main_closure);
	ZVAL_UNDEF(&coro_main_closure);
	current = NULL;
	suspended_count = 0;
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
}
