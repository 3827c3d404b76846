/* WServer\Coroutine\Scheduler, Swoole's: a list of coroutines to start together. start() is
 * Coroutine\run() for several: the same loop of the script's own, made and run in one call. */
#include "coroutine_scheduler.h"
#include "coro.h"
#include "coroutine_options.h"
#include "event.h"
#include "runtime.h"

#include "zend_exceptions.h"

#include "stubs/coroutine_scheduler_arginfo.h"

static zend_object_handlers scheduler_handlers;

typedef struct {
	zval tasks;   /* list of [count, callable, [args...]]; IS_UNDEF: none */
	bool started; /* start() runs */
	zend_object std;
} scheduler_obj;

static inline scheduler_obj *scheduler_from(zend_object *obj)
{
	return (scheduler_obj *) ((char *) obj - XtOffsetOf(scheduler_obj, std));
}

static zend_object *scheduler_create(zend_class_entry *ce)
{
	scheduler_obj *s = zend_object_alloc(sizeof(*s), ce);
	zend_object_std_init(&s->std, ce);
	object_properties_init(&s->std, ce);
	s->std.handlers = &scheduler_handlers;
	ZVAL_UNDEF(&s->tasks);
	return &s->std;
}

static void scheduler_free(zend_object *obj)
{
	zval_ptr_dtor(&scheduler_from(obj)->tasks);
	zend_object_std_dtor(obj);
}

static HashTable *scheduler_get_gc(zend_object *obj, zval **table, int *n)
{
	scheduler_obj *s = scheduler_from(obj);
	*table = Z_TYPE(s->tasks) == IS_UNDEF ? NULL : &s->tasks;
	*n = Z_TYPE(s->tasks) == IS_UNDEF ? 0 : 1;
	return zend_std_get_properties(obj);
}

/* Queue count coroutines of fn(args); false with a warning once start() runs. */
static bool scheduler_queue(scheduler_obj *s, const char *method, zend_long count, zval *fn,
                            uint32_t argc, zval *args)
{
	if (s->started) {
		php_error_docref(NULL, E_WARNING,
		                 "The scheduler is running: Scheduler::%s() cannot queue more", method);
		return false;
	}
	if (Z_TYPE(s->tasks) == IS_UNDEF) {
		array_init(&s->tasks);
	}
	zval task, list;
	array_init(&task);
	add_next_index_long(&task, count);
	Z_TRY_ADDREF_P(fn);
	add_next_index_zval(&task, fn);
	array_init_size(&list, argc);
	for (uint32_t i = 0; i < argc; i++) {
		Z_TRY_ADDREF(args[i]);
		add_next_index_zval(&list, &args[i]);
	}
	add_next_index_zval(&task, &list);
	add_next_index_zval(&s->tasks, &task);
	return true;
}

static bool callable_arg(zval *fn, uint32_t arg)
{
	if (!zend_is_callable(fn, 0, NULL)) {
		zend_argument_type_error(arg, "must be a valid callback, %s given",
		                         zend_zval_type_name(fn));
		return false;
	}
	return true;
}

ZEND_METHOD(WServer_Coroutine_Scheduler, add)
{
	zval *fn, *args = NULL;
	uint32_t argc = 0;
	ZEND_PARSE_PARAMETERS_START(1, -1)
	Z_PARAM_ZVAL(fn)
	Z_PARAM_VARIADIC('*', args, argc)
	ZEND_PARSE_PARAMETERS_END();
	if (!callable_arg(fn, 1)) {
		RETURN_THROWS();
	}
	if (!scheduler_queue(scheduler_from(Z_OBJ_P(ZEND_THIS)), "add", 1, fn, argc, args)) {
		RETURN_FALSE;
	}
	RETURN_NULL();
}

ZEND_METHOD(WServer_Coroutine_Scheduler, parallel)
{
	zend_long num;
	zval *fn, *args = NULL;
	uint32_t argc = 0;
	ZEND_PARSE_PARAMETERS_START(2, -1)
	Z_PARAM_LONG(num)
	Z_PARAM_ZVAL(fn)
	Z_PARAM_VARIADIC('*', args, argc)
	ZEND_PARSE_PARAMETERS_END();
	if (num < 1) {
		zend_argument_value_error(1, "must be greater than 0");
		RETURN_THROWS();
	}
	if (!callable_arg(fn, 2)) {
		RETURN_THROWS();
	}
	if (!scheduler_queue(scheduler_from(Z_OBJ_P(ZEND_THIS)), "parallel", num, fn, argc, args)) {
		RETURN_FALSE;
	}
	RETURN_NULL();
}

ZEND_METHOD(WServer_Coroutine_Scheduler, set)
{
	HashTable *settings;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(settings)
	ZEND_PARSE_PARAMETERS_END();
	wserver_coroutine_options_set(settings);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Coroutine_Scheduler, getOptions)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_coroutine_options_get(return_value);
}

ZEND_METHOD(WServer_Coroutine_Scheduler, start)
{
	ZEND_PARSE_PARAMETERS_NONE();
	scheduler_obj *s = scheduler_from(Z_OBJ_P(ZEND_THIS));
	if (s->started) {
		php_error_docref(NULL, E_WARNING, "The scheduler runs already");
		RETURN_FALSE;
	}
	if (wserver_runtime_loop()) {
		php_error_docref(NULL, E_WARNING,
		                 "A loop runs here already (a worker, run(), or a go() at the top of the "
		                 "script): the scheduler cannot start one");
		RETURN_FALSE;
	}
	if (Z_TYPE(s->tasks) == IS_UNDEF) {
		php_error_docref(NULL, E_WARNING, "No coroutine to start: add() or parallel() first");
		RETURN_FALSE;
	}
	if (!wserver_event_loop_begin("WServer\\Coroutine\\Scheduler::start()", false)) {
		RETURN_THROWS();
	}
	s->started = true;
	GC_ADDREF(&s->std);
	zval tasks;
	ZVAL_COPY_VALUE(&tasks, &s->tasks); /* the queue is emptied: start() may be called again */
	ZVAL_UNDEF(&s->tasks);
	zval *task;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(tasks), task) {
		zend_long count = Z_LVAL_P(zend_hash_index_find(Z_ARRVAL_P(task), 0));
		zval *fn = zend_hash_index_find(Z_ARRVAL_P(task), 1);
		HashTable *list = Z_ARRVAL_P(zend_hash_index_find(Z_ARRVAL_P(task), 2));
		uint32_t argc = zend_hash_num_elements(list);
		zval *args = argc ? safe_emalloc(argc, sizeof(zval), 0) : NULL;
		uint32_t i = 0;
		zval *arg;
		ZEND_HASH_FOREACH_VAL(list, arg) {
			ZVAL_COPY_VALUE(&args[i++], arg); /* borrowed: the call copies them */
		}
		ZEND_HASH_FOREACH_END();
		for (zend_long n = 0; n < count && !EG(exception) && !wserver_runtime_exiting(); n++) {
			zend_long cid;
			wserver_coro_create(fn, argc, args, &cid);
		}
		if (args) {
			efree(args);
		}
	}
	ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&tasks);
	bool exited;
	wserver_event_loop_wait(&exited);
	s->started = false;
	OBJ_RELEASE(&s->std);
	if (exited) { /* exit() in a coroutine: the script ends here */
		zend_throw_unwind_exit();
		RETURN_THROWS();
	}
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

void wserver_coroutine_scheduler_minit(void)
{
	zend_class_entry *ce = register_class_WServer_Coroutine_Scheduler();
	ce->create_object = scheduler_create;
	memcpy(&scheduler_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	scheduler_handlers.offset = XtOffsetOf(scheduler_obj, std);
	scheduler_handlers.free_obj = scheduler_free;
	scheduler_handlers.get_gc = scheduler_get_gc;
	scheduler_handlers.clone_obj = NULL;
}
