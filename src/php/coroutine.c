/* WServer\Coroutine, go() and Coroutine\run(): the PHP face of coro.c. */
#include "coroutine.h"
#include "aliases.h"
#include "coro.h"
#include "coroutine_options.h"
#include "event.h"
#include "exception.h"
#include "hooks.h"
#include "errors.h"
#include "system.h"
#include "runtime.h"
#include "process.h"

#include "ext/spl/spl_array.h"
#include "zend_builtin_functions.h"
#include "zend_exceptions.h"

#include "stubs/coroutine_arginfo.h"

zend_class_entry *wserver_coroutine_ce;
zend_class_entry *wserver_coroutine_context_ce;
zend_class_entry *wserver_coroutine_canceled_exception_ce;
zend_class_entry *wserver_coroutine_timeout_exception_ce;
static zend_class_entry *iterator_ce;

/* Swoole's rule: once PHP ends the request (shutdown functions, then destructors), a destructor
 * may not start a coroutine when no loop runs: Swoole's loop would never run it. */
static bool destructor_at_shutdown(void)
{
	zend_execute_data *caller = EG(current_execute_data)->prev_execute_data;
	return (EG(flags) & EG_FLAGS_IN_SHUTDOWN) && caller && caller->func &&
	       caller->func->common.function_name &&
	       zend_string_equals_literal_ci(caller->func->common.function_name, "__destruct");
}

/* create() and go(): the new id, or false when the worker is exiting. */
static void coroutine_create(INTERNAL_FUNCTION_PARAMETERS)
{
	zval *fn, *args = NULL;
	uint32_t argc = 0;
	ZEND_PARSE_PARAMETERS_START(1, -1)
	Z_PARAM_ZVAL(fn)
	Z_PARAM_VARIADIC('*', args, argc)
	ZEND_PARSE_PARAMETERS_END();
	if (!zend_is_callable(fn, 0, NULL)) {
		zend_argument_type_error(1, "must be a valid callback, %s given", zend_zval_type_name(fn));
		RETURN_THROWS();
	}
	if (!wserver_runtime_loop() && wserver_aliases_swoole() && destructor_at_shutdown()) {
		php_error_docref(NULL, E_ERROR,
		                 "can not use coroutine in __destruct after php_request_shutdown");
		RETURN_FALSE;
	}
	/* at the top of a script: a loop of its own, run when the script ends (Swoole's way) */
	if (!wserver_runtime_loop() && !wserver_event_loop_begin("go()", true)) {
		RETURN_THROWS();
	}
	if (wserver_coroutine_max_reached()) {
		RETURN_FALSE;
	}
	zend_long cid;
	if (!wserver_coro_create(fn, argc, args, &cid)) {
		if (EG(exception)) {
			RETURN_THROWS(); /* it could not start (no stack) */
		}
		RETURN_FALSE; /* the worker is exiting */
	}
	RETURN_LONG(cid);
}

ZEND_METHOD(WServer_Coroutine, create)
{
	coroutine_create(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_FUNCTION(WServer_go)
{
	coroutine_create(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(WServer_Coroutine, sleep)
{
	double seconds;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_DOUBLE(seconds)
	ZEND_PARSE_PARAMETERS_END();
	if (seconds < 0) {
		zend_argument_value_error(1, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	if (!wserver_coro_sleep(seconds)) {
		RETURN_THROWS();
	}
	if (wserver_coro_canceled()) {
		wserver_set_errno(WSERVER_ERROR_CO_CANCELED);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Coroutine, getCid)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(wserver_coro_cid());
}

ZEND_METHOD(WServer_Coroutine, getuid)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(wserver_coro_cid());
}

ZEND_METHOD(WServer_Coroutine, getPcid)
{
	zend_long cid = 0;
	bool cid_null = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG_OR_NULL(cid, cid_null)
	ZEND_PARSE_PARAMETERS_END();
	if (cid_null || cid == 0) {
		cid = wserver_coro_cid(); /* -1 outside any: no coroutine, false below */
	}
	zend_long pcid;
	if (!wserver_coro_pcid(cid, &pcid)) {
		RETURN_FALSE;
	}
	RETURN_LONG(pcid);
}

static void coroutine_defer(INTERNAL_FUNCTION_PARAMETERS)
{
	zval *fn;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(fn)
	ZEND_PARSE_PARAMETERS_END();
	if (!zend_is_callable(fn, 0, NULL)) {
		zend_argument_type_error(1, "must be a valid callback, %s given", zend_zval_type_name(fn));
		RETURN_THROWS();
	}
	if (!wserver_coro_require("WServer\\Coroutine::defer()")) {
		RETURN_THROWS();
	}
	wserver_coro_defer(fn);
}

ZEND_METHOD(WServer_Coroutine, defer)
{
	coroutine_defer(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_FUNCTION(WServer_defer)
{
	coroutine_defer(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(WServer_Coroutine, getContext)
{
	zend_long cid = 0;
	bool cid_null = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG_OR_NULL(cid, cid_null)
	ZEND_PARSE_PARAMETERS_END();
	if (cid_null || cid == 0) {
		cid = wserver_coro_cid(); /* -1 outside any coroutine: null, as Swoole */
	}
	zval *context = wserver_coro_context(cid, wserver_coroutine_context_ce);
	if (!context) {
		RETURN_NULL();
	}
	RETURN_COPY(context);
}

ZEND_METHOD(WServer_Coroutine, exists)
{
	zend_long cid;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(cid)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(wserver_coro_exists(cid));
}

static void coroutine_list(zval *return_value)
{
	zval ids;
	wserver_coro_list(&ids);
	object_init_ex(return_value, iterator_ce);
	zend_call_known_instance_method_with_1_params(iterator_ce->constructor, Z_OBJ_P(return_value),
	                                              NULL, &ids);
	zval_ptr_dtor(&ids);
}

ZEND_METHOD(WServer_Coroutine, list)
{
	ZEND_PARSE_PARAMETERS_NONE();
	coroutine_list(return_value);
}

ZEND_METHOD(WServer_Coroutine, listCoroutines)
{
	ZEND_PARSE_PARAMETERS_NONE();
	coroutine_list(return_value);
}

ZEND_METHOD(WServer_Coroutine, stats)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_coro_stats(return_value);
	/* the Process::signal() handlers set (exit_condition callbacks read it, as in Swoole) */
	add_assoc_long(return_value, "signal_listener_num", (zend_long) wserver_process_signal_count());
}

static void coroutine_yield(INTERNAL_FUNCTION_PARAMETERS)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (!wserver_coro_require("WServer\\Coroutine::yield()")) {
		RETURN_THROWS();
	}
	bool resumed = wserver_coro_yield();
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (!resumed) {
		wserver_set_errno(WSERVER_ERROR_CO_CANCELED);
	}
	RETURN_BOOL(resumed);
}

ZEND_METHOD(WServer_Coroutine, yield)
{
	coroutine_yield(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(WServer_Coroutine, suspend)
{
	coroutine_yield(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(WServer_Coroutine, join)
{
	HashTable *cids;
	double timeout = -1;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ARRAY_HT(cids)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	if (!wserver_coro_require("WServer\\Coroutine::join()")) {
		RETURN_THROWS();
	}
	int err = wserver_coro_join(cids, timeout);
	if (EG(exception)) {
		RETURN_THROWS(); /* canceled with an exception, or destroyed */
	}
	if (err) {
		wserver_set_errno(err);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Coroutine, cancel)
{
	zend_long cid;
	bool throw_exception = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_LONG(cid)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(throw_exception)
	ZEND_PARSE_PARAMETERS_END();
	int err = wserver_coro_cancel(cid, throw_exception);
	if (err) {
		wserver_set_errno(err);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Coroutine, setTimeLimit)
{
	double seconds;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_DOUBLE(seconds)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(wserver_coro_set_time_limit(seconds));
}

ZEND_METHOD(WServer_Coroutine, isCanceled)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(wserver_coro_canceled());
}

ZEND_METHOD(WServer_Coroutine, getElapsed)
{
	zend_long cid = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(cid)
	ZEND_PARSE_PARAMETERS_END();
	double s = wserver_coro_elapsed(cid);
	RETURN_LONG(s < 0 ? -1 : (zend_long) (s * 1000));
}

/* A backtrace of cid: the caller's own when cid is 0 or its id (also outside any coroutine). */
static bool coroutine_backtrace(zend_long cid, int skip, zend_long options, zend_long limit,
                                zval *out)
{
	if (cid == 0 || cid == wserver_coro_cid()) {
		zend_fetch_debug_backtrace(out, skip, (int) options, (int) limit);
		return true;
	}
	if (!wserver_coro_backtrace(cid, (int) options, (int) limit, out)) {
		wserver_set_errno(WSERVER_ERROR_CO_NOT_EXISTS);
		return false;
	}
	return true;
}

ZEND_METHOD(WServer_Coroutine, getBackTrace)
{
	zend_long cid = 0, options = DEBUG_BACKTRACE_PROVIDE_OBJECT, limit = 0;
	ZEND_PARSE_PARAMETERS_START(0, 3)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(cid)
	Z_PARAM_LONG(options)
	Z_PARAM_LONG(limit)
	ZEND_PARSE_PARAMETERS_END();
	if (!coroutine_backtrace(cid, 0, options, limit, return_value)) {
		RETURN_FALSE;
	}
}

ZEND_METHOD(WServer_Coroutine, printBackTrace)
{
	zend_long cid = 0, options = 0, limit = 0;
	ZEND_PARSE_PARAMETERS_START(0, 3)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(cid)
	Z_PARAM_LONG(options)
	Z_PARAM_LONG(limit)
	ZEND_PARSE_PARAMETERS_END();
	zval trace;
	if (!coroutine_backtrace(cid, 1, options, limit, &trace)) {
		RETURN_FALSE;
	}
	zend_string *s = zend_trace_to_string(Z_ARRVAL(trace), false);
	ZEND_WRITE(ZSTR_VAL(s), ZSTR_LEN(s));
	zend_string_release(s);
	zval_ptr_dtor(&trace);
}

ZEND_METHOD(WServer_Coroutine, resume)
{
	zend_long cid;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(cid)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(wserver_coro_resume(cid));
}

/* Coroutine\run(): a loop of its own for a plain script. Inside a worker (or another run())
 * a loop already runs and every callback is a coroutine: that is an error, not a nested loop,
 * which would stall the worker. */
ZEND_FUNCTION(WServer_Coroutine_run)
{
	zval *fn, *args = NULL;
	uint32_t argc = 0;
	ZEND_PARSE_PARAMETERS_START(1, -1)
	Z_PARAM_ZVAL(fn)
	Z_PARAM_VARIADIC('*', args, argc)
	ZEND_PARSE_PARAMETERS_END();
	if (!zend_is_callable(fn, 0, NULL)) {
		zend_argument_type_error(1, "must be a valid callback, %s given", zend_zval_type_name(fn));
		RETURN_THROWS();
	}
	if (wserver_runtime_loop()) {
		zend_throw_exception(wserver_exception_ce,
		                     "WServer\\Coroutine\\run() cannot run inside a worker or another "
		                     "run(): a loop runs here already, use go()",
		                     0);
		RETURN_THROWS();
	}
	if (!wserver_event_loop_begin("WServer\\Coroutine\\run()", false)) {
		RETURN_THROWS();
	}
	/* with Swoole's names, as its library's run(): every hook on for the run unless
	 * Co::set() chose hook_flags (the streams made meanwhile stay coroutine ones) */
	zend_long hooks_before = wserver_hook_flags();
	bool hook_all = wserver_aliases_swoole() && !wserver_coroutine_options_has_hook_flags();
	if (hook_all) {
		wserver_hooks_set(WSERVER_HOOK_ALL_VALUE);
	}
	zend_long cid;
	wserver_coro_create(fn, argc, args, &cid);
	bool exited;
	bool all_done = wserver_event_loop_wait(&exited);
	if (hook_all) {
		wserver_hooks_set(hooks_before);
	}
	if (exited) { /* exit() in a coroutine: the script ends here */
		zend_throw_unwind_exit();
		RETURN_THROWS();
	}
	if (EG(exception)) {
		RETURN_THROWS(); /* the first coroutine could not start */
	}
	RETURN_BOOL(all_done);
}

ZEND_METHOD(WServer_Coroutine, set)
{
	HashTable *options;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();
	wserver_coroutine_options_set(options);
}

ZEND_FUNCTION(WServer_async_set)
{
	HashTable *options;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();
	wserver_coroutine_options_set(options);
}

ZEND_METHOD(WServer_Coroutine, getOptions)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_coroutine_options_get(return_value);
}

void wserver_coroutine_minit(void)
{
	wserver_coroutine_ce = register_class_WServer_Coroutine();
	wserver_coroutine_context_ce = register_class_WServer_Coroutine_Context(spl_ce_ArrayObject);
	iterator_ce = register_class_WServer_Coroutine_Iterator(spl_ce_ArrayIterator);
	wserver_coroutine_canceled_exception_ce =
	    register_class_WServer_Coroutine_CanceledException(zend_ce_exception);
	wserver_coroutine_timeout_exception_ce =
	    register_class_WServer_Coroutine_TimeoutException(zend_ce_exception);
	zend_register_functions(NULL, ext_functions, NULL, MODULE_PERSISTENT);
}
