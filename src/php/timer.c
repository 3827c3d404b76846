/* WServer\Timer: ev_timer watchers on the worker loop; each run is a coroutine. Workerman's
 * add()/del() and Swoole's tick()/after()/clear()/info()/list()/stats() share them; Swoole's
 * also run at the top of a script, on the loop a top-level go() makes (event.c). */
#include "timer.h"
#include "callback.h"
#include "coro.h"
#include "coroutine_options.h"
#include "event.h"
#include "event_loop.h"
#include "exception.h"
#include "master.h"
#include "runtime.h"
#include "core/log.h"
#include "core/stats.h"

#include "ext/spl/spl_array.h"
#include "zend_exceptions.h"
#include "zend_fibers.h"

#include "stubs/timer_arginfo.h"

zend_class_entry *wserver_timer_ce;

typedef struct wserver_timer {
	ev_timer w;
	zend_long id;
	zval fn;
	zval args; /* array, passed positionally */
	bool persistent;
	bool pass_id; /* Swoole's tick(): the timer id comes first */
	bool removed; /* cleared in its own callback: it goes once that returns */
	/* what Swoole's info() shows */
	zend_long interval_ms; /* 0: fires once */
	int64_t exec_msec;     /* the next run, in ms since this process's timers began */
	zend_long exec_count;  /* runs of a persistent timer */
	zend_long round;       /* the loop round it was added in */
} wserver_timer;

static HashTable timers;       /* id => wserver_timer*, this worker's */
static uint32_t oneshot_count; /* of them, those that fire once */
static bool timers_ready;
static zend_long last_timer_id;
static zend_long firing_id; /* the timer whose callback runs now; 0: none */
static int64_t base_ms;     /* ws_now_ms() when this process's timers began */
static unsigned round_base; /* the loop's iteration count then: rounds count from there */
zend_class_entry *wserver_timer_iterator_ce;
/* Swoole's timers in the master and the manager (onStart, onManagerStart): a loop of their
 * own, which the core's wait loop of that process runs between its waits. NULL: none. */
static struct ev_loop *supervisor_loop;

/* The loop timers go on: a worker's or the script's, else the master's or manager's. */
static struct ev_loop *timer_loop(void)
{
	struct ev_loop *loop = wserver_runtime_loop();
	return loop ? loop : supervisor_loop;
}
static zend_function *fiber_suspend; /* Fiber::suspend, for sleep() in an application's Fiber */

static void timer_count_changed(void)
{
	ws_slot *slot = wserver_runtime_slot();
	if (slot) {
		slot->timers = timers_ready ? zend_hash_num_elements(&timers) : 0;
	}
}

static void timer_free(zval *zv)
{
	wserver_timer *t = Z_PTR_P(zv);
	if (timer_loop()) {
		ev_timer_stop(timer_loop(), &t->w);
	}
	if (!t->persistent) {
		oneshot_count--;
		wserver_runtime_poke(); /* a graceful stop may have waited for it */
	}
	zval_ptr_dtor(&t->fn);
	zval_ptr_dtor(&t->args);
	efree(t);
}

/* Swoole's clock for info(): ms since this process's timers began. */
static int64_t timer_now_ms(void)
{
	return ws_now_ms() - base_ms;
}

static zend_long timer_round(void)
{
	struct ev_loop *loop = timer_loop();
	return loop ? (zend_long) (ev_iteration(loop) - round_base) : 0;
}

/* After a run: a one-shot timer, or one cleared in its callback, goes; a tick counts the run.
 * Looked up again by id: the callback may have deleted it, or every timer. */
static void timer_after_run(zend_long id)
{
	wserver_timer *t = timers_ready ? zend_hash_index_find_ptr(&timers, id) : NULL;
	if (!t) {
		return;
	}
	if (!t->persistent || t->removed) {
		zend_hash_index_del(&timers, id);
		timer_count_changed();
		return;
	}
	t->exec_count++;
	int64_t now = timer_now_ms();
	while (t->interval_ms > 0 && t->exec_msec <= now) {
		t->exec_msec += t->interval_ms;
	}
}

bool wserver_timer_firing(void)
{
	return firing_id != 0;
}

static void timer_fire(struct ev_loop *loop, ev_timer *w, int revents)
{
	wserver_timer *t = w->data;
	(void) loop;
	(void) revents;
	zval fn, args;
	/* own copies: the callback may delete its timer, or every timer */
	ZVAL_COPY(&fn, &t->fn);
	ZVAL_COPY(&args, &t->args);
	zend_long id = t->id;
	bool pass_id = t->pass_id;
	uint32_t argc = zend_hash_num_elements(Z_ARRVAL(args)) + pass_id, i = 0;
	zval *argv = argc ? safe_emalloc(argc, sizeof(zval), 0) : NULL;
	zval *v;
	if (pass_id) {
		ZVAL_LONG(&argv[i++], id);
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(args), v) {
		ZVAL_COPY_VALUE(&argv[i++], v);
	}
	ZEND_HASH_FOREACH_END();
	/* as in Swoole, the timer stays listed while its callback runs (until it suspends) */
	zend_long outer = firing_id;
	firing_id = id;
	/* no coroutines in the master and the manager, as in Swoole */
	if (!supervisor_loop && wserver_coroutine_options_enabled()) {
		wserver_coro_run("a timer", &fn, argc, argv, NULL, NULL);
	} else {
		wserver_call_plain("a timer", &fn, argc, argv);
	}
	firing_id = outer;
	timer_after_run(id);
	if (argv) {
		efree(argv);
	}
	zval_ptr_dtor(&fn);
	zval_ptr_dtor(&args);
}

/* Checks of add(), delay() and repeat(): false after throwing. min_zero: 0 is allowed (a
 * one-shot timer runs on the next loop round). */
static bool timer_args_valid(double interval, zval *fn, bool min_zero)
{
	if (!zend_is_callable(fn, 0, NULL)) {
		zend_argument_type_error(2, "must be a valid callback, %s given", zend_zval_type_name(fn));
		return false;
	}
	if (min_zero ? interval < 0 : interval <= 0) {
		zend_argument_value_error(1, min_zero ? "must be greater than or equal to 0"
		                                      : "must be greater than 0");
		return false;
	}
	return true;
}

ZEND_METHOD(WServer_Timer, add)
{
	double interval;
	zval *fn, *args = NULL;
	bool persistent = true;
	ZEND_PARSE_PARAMETERS_START(2, 4)
	Z_PARAM_DOUBLE(interval)
	Z_PARAM_ZVAL(fn)
	Z_PARAM_OPTIONAL
	Z_PARAM_ARRAY_OR_NULL(args)
	Z_PARAM_BOOL(persistent)
	ZEND_PARSE_PARAMETERS_END();
	if (!timer_args_valid(interval, fn, !persistent)) {
		RETURN_THROWS();
	}
	zend_long id = wserver_timer_add(interval, fn, args, persistent, false);
	if (id == 0) {
		RETURN_FALSE;
	}
	RETURN_LONG(id);
}

/* delay() and repeat(): as add(), but declared to return an id, so outside a worker they throw
 * instead of warning. */
static void timer_start(INTERNAL_FUNCTION_PARAMETERS, bool persistent)
{
	double interval;
	zval *fn, *args = NULL;
	ZEND_PARSE_PARAMETERS_START(2, 3)
	Z_PARAM_DOUBLE(interval)
	Z_PARAM_ZVAL(fn)
	Z_PARAM_OPTIONAL
	Z_PARAM_ARRAY(args)
	ZEND_PARSE_PARAMETERS_END();
	if (!timer_args_valid(interval, fn, !persistent)) {
		RETURN_THROWS();
	}
	if (!wserver_runtime_loop()) {
		zend_throw_exception(
		    wserver_exception_ce,
		    "Timers run in worker processes only: add them in onWorkerStart or later", 0);
		RETURN_THROWS();
	}
	RETURN_LONG(wserver_timer_add(interval, fn, args, persistent, false));
}

ZEND_METHOD(WServer_Timer, delay)
{
	timer_start(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(WServer_Timer, repeat)
{
	timer_start(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

zend_long wserver_timer_add(double interval, zval *fn, zval *args, bool persistent, bool pass_id)
{
	struct ev_loop *loop = timer_loop();
	if (!loop) {
		php_error_docref(NULL, E_WARNING,
		                 "Timers run in worker processes only: add them in onWorkerStart or later");
		return 0;
	}
	if (!timers_ready) {
		zend_hash_init(&timers, 8, NULL, timer_free, 0);
		timers_ready = true;
		base_ms = ws_now_ms();
		round_base = ev_iteration(loop);
	}
	/* from now, not from when the loop last woke: a script may add timers long after that */
	ev_now_update(loop);
	wserver_timer *t = emalloc(sizeof(*t));
	t->id = ++last_timer_id;
	t->persistent = persistent;
	oneshot_count += !persistent;
	t->pass_id = pass_id;
	t->removed = false;
	t->interval_ms = persistent ? (zend_long) (interval * 1000) : 0;
	t->exec_msec = timer_now_ms() + (int64_t) (interval * 1000);
	t->exec_count = 0;
	t->round = timer_round();
	ZVAL_COPY(&t->fn, fn);
	if (args) {
		ZVAL_COPY(&t->args, args);
	} else {
		array_init(&t->args);
	}
	ev_timer_init(&t->w, timer_fire, interval, persistent ? interval : 0.);
	t->w.data = t;
	ev_timer_start(loop, &t->w);
	zend_hash_index_add_new_ptr(&timers, t->id, t);
	timer_count_changed();
	return t->id;
}

bool wserver_timer_del(zend_long id)
{
	wserver_timer *t = timers_ready ? zend_hash_index_find_ptr(&timers, id) : NULL;
	if (!t || t->removed) {
		return false;
	}
	if (id == firing_id) {
		/* in its own callback: stopped now, freed once the callback returns */
		t->removed = true;
		ev_timer_stop(timer_loop(), &t->w);
		return true;
	}
	zend_hash_index_del(&timers, id);
	timer_count_changed();
	return true;
}

ZEND_METHOD(WServer_Timer, del)
{
	zend_long id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(wserver_timer_del(id));
}

void wserver_timer_del_all(void)
{
	if (timers_ready) {
		zend_hash_clean(&timers);
	}
	timer_count_changed();
}

uint32_t wserver_timer_count(void)
{
	return timers_ready ? zend_hash_num_elements(&timers) : 0;
}

ZEND_METHOD(WServer_Timer, delAll)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_timer_del_all();
}

/* sleep() in a Fiber the application made (workerman/coroutine runs its coroutines in plain
 * Fibers): a one-shot timer resumes that Fiber, which suspends until then. The timer holds
 * the Fiber, and runs its resume() as a coroutine, like any timer callback. */
static void sleep_in_app_fiber(double delay)
{
	zval resume;
	array_init_size(&resume, 2);
	GC_ADDREF(&EG(active_fiber)->std);
	add_next_index_object(&resume, &EG(active_fiber)->std);
	add_next_index_stringl(&resume, ZEND_STRL("resume"));
	zend_long id = wserver_timer_add(delay, &resume, NULL, false, false);
	zval_ptr_dtor(&resume);
	if (id == 0) {
		return; /* warned: no loop in this process */
	}
	zval rv;
	ZVAL_UNDEF(&rv);
	zend_call_known_function(fiber_suspend, NULL, zend_ce_fiber, &rv, 0, NULL, NULL);
	zval_ptr_dtor(&rv);
}

ZEND_METHOD(WServer_Timer, sleep)
{
	double delay;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_DOUBLE(delay)
	ZEND_PARSE_PARAMETERS_END();
	if (delay < 0) {
		zend_argument_value_error(1, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	if (EG(active_fiber) && wserver_coro_cid() < 0 && wserver_runtime_loop()) {
		sleep_in_app_fiber(delay);
		return;
	}
	if (!wserver_coro_sleep(delay)) {
		RETURN_THROWS();
	}
}

/* ---- Swoole's Timer: milliseconds, the id first for tick(), false with a warning on bad ms ----
 */

void wserver_timer_swoole_add(INTERNAL_FUNCTION_PARAMETERS, bool persistent)
{
	zend_long ms;
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	zval *params = NULL;
	uint32_t nparams = 0;
	ZEND_PARSE_PARAMETERS_START(2, -1)
	Z_PARAM_LONG(ms)
	Z_PARAM_FUNC(fci, fcc)
	Z_PARAM_VARIADIC('*', params, nparams)
	ZEND_PARSE_PARAMETERS_END();
	if (ms < 1) { /* WSERVER_TIMER_MIN_MS */
		php_error_docref(NULL, E_WARNING, "Timer must be greater than or equal to 1");
		RETURN_FALSE;
	}
	if (!timer_loop() && wserver_in_master) {
		/* the master or the manager of a server: a loop their wait loop runs */
		supervisor_loop = ev_loop_new(EVFLAG_AUTO);
		if (!supervisor_loop) {
			php_error_docref(NULL, E_WARNING, "Cannot create an event loop for timers");
			RETURN_FALSE;
		}
	} else if (!timer_loop() && !wserver_event_loop_begin("WServer\\Timer", true)) {
		/* at the top of a script: the script's own loop, run when the script ends */
		RETURN_THROWS();
	}
	zval args;
	array_init_size(&args, nparams);
	for (uint32_t i = 0; i < nparams; i++) {
		Z_TRY_ADDREF(params[i]);
		add_next_index_zval(&args, &params[i]);
	}
	zend_long id =
	    wserver_timer_add((double) ms / 1000.0, &fci.function_name, &args, persistent, persistent);
	zval_ptr_dtor(&args);
	if (id == 0) {
		RETURN_FALSE;
	}
	RETURN_LONG(id);
}

ZEND_METHOD(WServer_Timer, tick)
{
	wserver_timer_swoole_add(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(WServer_Timer, after)
{
	wserver_timer_swoole_add(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(WServer_Timer, clear)
{
	zend_long id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(wserver_timer_del(id));
}

ZEND_METHOD(WServer_Timer, clearAll)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (!timers_ready) {
		RETURN_FALSE;
	}
	wserver_timer_del_all();
	RETURN_TRUE;
}

static wserver_timer *timer_find(zend_long id)
{
	return timers_ready ? zend_hash_index_find_ptr(&timers, id) : NULL;
}

ZEND_METHOD(WServer_Timer, exists)
{
	zend_long id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();
	wserver_timer *t = timer_find(id);
	RETURN_BOOL(t && !t->removed);
}

ZEND_METHOD(WServer_Timer, info)
{
	zend_long id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();
	wserver_timer *t = timer_find(id);
	if (!t) {
		RETURN_NULL();
	}
	array_init_size(return_value, 5);
	add_assoc_long(return_value, "exec_msec", (zend_long) t->exec_msec);
	add_assoc_long(return_value, "exec_count", t->exec_count);
	add_assoc_long(return_value, "interval", t->interval_ms);
	add_assoc_long(return_value, "round", t->round);
	add_assoc_bool(return_value, "removed", t->removed);
}

ZEND_METHOD(WServer_Timer, list)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval ids;
	array_init_size(&ids, wserver_timer_count());
	if (timers_ready) {
		zend_ulong id;
		ZEND_HASH_FOREACH_NUM_KEY(&timers, id)
		{
			add_next_index_long(&ids, (zend_long) id);
		}
		ZEND_HASH_FOREACH_END();
	}
	object_init_ex(return_value, wserver_timer_iterator_ce);
	zend_call_known_instance_method_with_1_params(wserver_timer_iterator_ce->constructor,
	                                              Z_OBJ_P(return_value), NULL, &ids);
	zval_ptr_dtor(&ids);
}

ZEND_METHOD(WServer_Timer, stats)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init_size(return_value, 3);
	add_assoc_bool(return_value, "initialized", timers_ready);
	add_assoc_long(return_value, "num", wserver_timer_count());
	add_assoc_long(return_value, "round", timers_ready ? timer_round() : 0);
}

uint32_t wserver_timer_oneshot_count(void)
{
	return oneshot_count;
}

void wserver_timer_shutdown(void)
{
	wserver_event_loop_shutdown(); /* the loop object's watchers end with the timers */
	if (timers_ready) {
		zend_hash_destroy(&timers);
		timers_ready = false;
		last_timer_id = 0; /* a new loop's timers count from 1 again, as Swoole's */
	}
	timer_count_changed();
}

void wserver_timer_after_fork(void)
{
	if (!timers_ready) {
		return;
	}
	/* the parent's: freed without stopping them on the loop or waking a drain, both the
	 * parent's business */
	wserver_timer *t;
	ZEND_HASH_FOREACH_PTR(&timers, t)
	{
		zval_ptr_dtor(&t->fn);
		zval_ptr_dtor(&t->args);
		efree(t);
	}
	ZEND_HASH_FOREACH_END();
	timers.pDestructor = NULL;
	zend_hash_destroy(&timers);
	timers_ready = false;
	oneshot_count = 0;
	last_timer_id = 0;
}

void wserver_timer_to_master(void)
{
	struct ev_loop *from = wserver_runtime_loop();
	supervisor_loop = ev_loop_new(EVFLAG_AUTO);
	if (!supervisor_loop) {
		ws_log("cannot create an event loop for the timers of the script: they are dropped");
		wserver_timer_after_fork();
		return;
	}
	if (!timers_ready) {
		return;
	}
	ev_now_update(from);
	wserver_timer *t;
	ZEND_HASH_FOREACH_PTR(&timers, t)
	{
		double left = ev_timer_remaining(from, &t->w);
		ev_timer_stop(from, &t->w);
		ev_timer_set(&t->w, left > 0 ? left : 0., t->w.repeat);
		ev_timer_start(supervisor_loop, &t->w);
	}
	ZEND_HASH_FOREACH_END();
	round_base = ev_iteration(supervisor_loop);
}

int64_t wserver_timer_supervisor_wait_ms(void)
{
	if (!supervisor_loop || !timers_ready) {
		return -1;
	}
	ev_now_update(supervisor_loop);
	double next = -1;
	wserver_timer *t;
	ZEND_HASH_FOREACH_PTR(&timers, t)
	{
		if (ev_is_active(&t->w)) {
			double left = ev_timer_remaining(supervisor_loop, &t->w);
			if (next < 0 || left < next) {
				next = left;
			}
		}
	}
	ZEND_HASH_FOREACH_END();
	return next < 0 ? -1 : (int64_t) (next * 1000) + 1; /* rounded up: not woken too early */
}

void wserver_timer_supervisor_run(void)
{
	if (supervisor_loop) {
		ev_run(supervisor_loop, EVRUN_NOWAIT);
	}
}

void wserver_timer_supervisor_end(void)
{
	if (supervisor_loop) {
		wserver_timer_after_fork(); /* frees them without touching the loop */
		ev_loop_destroy(supervisor_loop);
		supervisor_loop = NULL;
	}
}

void wserver_timer_minit(int module_number)
{
	register_timer_symbols(module_number);
	wserver_timer_ce = register_class_WServer_Timer();
	wserver_timer_iterator_ce = register_class_WServer_Timer_Iterator(spl_ce_ArrayIterator);
	fiber_suspend = zend_hash_str_find_ptr(&zend_ce_fiber->function_table, ZEND_STRL("suspend"));
}
