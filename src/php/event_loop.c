/* WServer\Events\EventInterface and Loop, Worker::getEventLoop(): Workerman's event-loop
 * object on the loop this process already runs (a worker's, or Coroutine\run()'s). It owns
 * the stream and signal watchers apps add through it; its timers are WServer\Timer's. Every
 * Loop object is a handle on the same per-process state, and every callback runs as a
 * coroutine. It never runs or nests a loop of its own. */
#include "event_loop.h"
#include "coro.h"
#include "exception.h"
#include "runtime.h"
#include "timer.h"
#include "worker.h"

#include "zend_closures.h"
#include "zend_exceptions.h"

#include <signal.h>
#include <strings.h>

#include "stubs/event_loop_arginfo.h"

zend_class_entry *wserver_event_interface_ce;
zend_class_entry *wserver_event_loop_ce;

/* A stream watched for reading or writing. */
typedef struct loop_io {
	ev_io w;
	zval stream;   /* what the callback gets */
	zval exported; /* a Socket's stream, held while watched; IS_UNDEF for a stream */
	zval fn;
} loop_io;

typedef struct loop_signal {
	ev_signal w;
	zval fn;
} loop_signal;

/* fd => loop_io*, for reading [0] and writing [1]; signum => loop_signal*. NULL until used. */
static HashTable *io_watchers[2];
static HashTable *signal_watchers;
static zval error_handler; /* setErrorHandler()'s callable; IS_UNDEF when none */
static zval the_loop;      /* getEventLoop()'s object, made on first use; IS_UNDEF until */

/* Every callback of the loop runs through this function, as a closure call_closure(fn,
 * ...args): what fn lets escape goes to the error handler when one is set (else it is logged
 * like that of any callback). */
static zend_internal_function call_fn;
static zval call_closure; /* IS_UNDEF until the first use in this process */

ZEND_BEGIN_ARG_INFO_EX(arginfo_loop_call, 0, 0, 0)
ZEND_ARG_VARIADIC_INFO(0, args)
ZEND_END_ARG_INFO()

static ZEND_NAMED_FUNCTION(loop_call)
{
	uint32_t argc = ZEND_NUM_ARGS();
	RETVAL_NULL();
	if (argc == 0) {
		return;
	}
	zval *argv = ZEND_CALL_ARG(execute_data, 1);
	zval rv;
	ZVAL_UNDEF(&rv);
	call_user_function(NULL, NULL, &argv[0], &rv, argc - 1, argc > 1 ? &argv[1] : NULL);
	zval_ptr_dtor(&rv);
	zend_object *ex = EG(exception);
	if (!ex || Z_TYPE(error_handler) == IS_UNDEF || zend_is_unwind_exit(ex) ||
	    zend_is_graceful_exit(ex)) {
		return;
	}
	zval arg, handler;
	ZVAL_OBJ_COPY(&arg, ex);
	zend_clear_exception();
	ZVAL_COPY(&handler, &error_handler); /* the handler may replace itself */
	ZVAL_UNDEF(&rv);
	call_user_function(NULL, NULL, &handler, &rv, 1, &arg);
	zval_ptr_dtor(&rv);
	zval_ptr_dtor(&handler);
	zval_ptr_dtor(&arg);
}

static zval *loop_call_closure(void)
{
	if (Z_TYPE(call_closure) == IS_UNDEF) {
		zend_create_closure(&call_closure, (zend_function *) &call_fn, NULL, NULL, NULL);
	}
	return &call_closure;
}

/* Run fn(arg) (arg may be NULL) as a coroutine, through loop_call. */
static void loop_run(const char *name, zval *fn, zval *arg)
{
	zval argv[2];
	ZVAL_COPY(&argv[0], fn);
	if (arg) {
		ZVAL_COPY(&argv[1], arg);
	}
	wserver_coro_run(name, loop_call_closure(), arg ? 2 : 1, argv, NULL, NULL);
	zval_ptr_dtor(&argv[0]);
	if (arg) {
		zval_ptr_dtor(&argv[1]);
	}
}

/* Throw unless this process runs a loop; what names the method. */
static struct ev_loop *loop_require(const char *what)
{
	struct ev_loop *loop = wserver_runtime_loop();
	if (!loop) {
		zend_throw_exception_ex(wserver_exception_ce, 0,
		                        "WServer\\Events\\Loop::%s() works in a worker process (or "
		                        "Coroutine\\run()): call it in onWorkerStart or later",
		                        what);
	}
	return loop;
}

/* ---- timers: WServer\Timer's, their callbacks through loop_call ---- */

static void loop_timer(INTERNAL_FUNCTION_PARAMETERS, bool persistent)
{
	double interval;
	zval *fn;
	HashTable *args = NULL;
	ZEND_PARSE_PARAMETERS_START(2, 3)
	Z_PARAM_DOUBLE(interval)
	Z_PARAM_ZVAL(fn)
	Z_PARAM_OPTIONAL
	Z_PARAM_ARRAY_HT(args)
	ZEND_PARSE_PARAMETERS_END();
	if (!zend_is_callable(fn, 0, NULL)) {
		zend_argument_type_error(2, "must be a valid callback, %s given", zend_zval_type_name(fn));
		RETURN_THROWS();
	}
	if (persistent ? interval <= 0 : interval < 0) {
		zend_argument_value_error(1, persistent ? "must be greater than 0"
		                                        : "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	if (!loop_require(persistent ? "repeat" : "delay")) {
		RETURN_THROWS();
	}
	zval call_args, *v;
	array_init_size(&call_args, 1 + (args ? zend_hash_num_elements(args) : 0));
	Z_TRY_ADDREF_P(fn);
	add_next_index_zval(&call_args, fn);
	if (args) {
		ZEND_HASH_FOREACH_VAL(args, v) {
			Z_TRY_ADDREF_P(v);
			add_next_index_zval(&call_args, v);
		}
		ZEND_HASH_FOREACH_END();
	}
	zend_long id = wserver_timer_add(interval, loop_call_closure(), &call_args, persistent, false);
	zval_ptr_dtor(&call_args);
	RETURN_LONG(id);
}

ZEND_METHOD(WServer_Events_Loop, delay)
{
	loop_timer(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(WServer_Events_Loop, repeat)
{
	loop_timer(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(WServer_Events_Loop, offDelay)
{
	zend_long id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(wserver_timer_del(id));
}

ZEND_METHOD(WServer_Events_Loop, offRepeat)
{
	zend_long id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(wserver_timer_del(id));
}

ZEND_METHOD(WServer_Events_Loop, deleteAllTimer)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_timer_del_all();
}

ZEND_METHOD(WServer_Events_Loop, getTimerCount)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(wserver_timer_count());
}

/* ---- streams ---- */

/* The descriptor of a stream resource or a Socket (argument 1); -1 after throwing a
 * TypeError. A Socket's stream goes to *exported (the caller holds it while watching). */
static int io_fd(zval *zv, zval *exported)
{
	ZVAL_UNDEF(exported);
	zval *target = zv;
	if (Z_TYPE_P(zv) == IS_OBJECT && zend_string_equals_literal(Z_OBJCE_P(zv)->name, "Socket")) {
		/* ext/sockets: its stream (socket_export_stream()) gives the descriptor */
		zval fname;
		ZVAL_STRING(&fname, "socket_export_stream");
		call_user_function(NULL, NULL, &fname, exported, 1, zv);
		zval_ptr_dtor(&fname);
		if (EG(exception)) {
			zval_ptr_dtor(exported);
			ZVAL_UNDEF(exported);
			return -1;
		}
		target = exported;
	}
	php_stream *stream = NULL;
	if (Z_TYPE_P(target) == IS_RESOURCE) {
		stream = zend_fetch_resource2_ex(target, NULL, php_file_le_stream(), php_file_le_pstream());
	}
	int fd = -1;
	if (!stream ||
	    php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL,
	                    (void **) &fd, 0) != SUCCESS ||
	    fd < 0) {
		zval_ptr_dtor(exported);
		ZVAL_UNDEF(exported);
		zend_argument_type_error(1, "must be an open stream or Socket with a descriptor, %s given",
		                         zend_zval_type_name(zv));
		return -1;
	}
	return (int) fd;
}

static void io_free(zval *zv)
{
	loop_io *io = Z_PTR_P(zv);
	if (wserver_runtime_loop()) {
		ev_io_stop(wserver_runtime_loop(), &io->w);
	}
	zval_ptr_dtor(&io->stream);
	zval_ptr_dtor(&io->exported);
	zval_ptr_dtor(&io->fn);
	efree(io);
}

static void io_fire(struct ev_loop *loop, ev_io *w, int revents)
{
	loop_io *io = w->data;
	int which = (w->events & EV_WRITE) ? 1 : 0;
	if (revents & EV_ERROR) {
		/* the descriptor was closed under the watcher: forget it */
		zend_hash_index_del(io_watchers[which], w->fd);
		return;
	}
	zval fn, stream; /* own copies: the callback may remove its watcher */
	ZVAL_COPY(&fn, &io->fn);
	ZVAL_COPY(&stream, &io->stream);
	loop_run(which ? "onWritable" : "onReadable", &fn, &stream);
	zval_ptr_dtor(&fn);
	zval_ptr_dtor(&stream);
	(void) loop;
}

static void io_on(INTERNAL_FUNCTION_PARAMETERS, int which)
{
	zval *stream, *fn;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_ZVAL(stream)
	Z_PARAM_ZVAL(fn)
	ZEND_PARSE_PARAMETERS_END();
	if (!zend_is_callable(fn, 0, NULL)) {
		zend_argument_type_error(2, "must be a valid callback, %s given", zend_zval_type_name(fn));
		RETURN_THROWS();
	}
	struct ev_loop *loop = loop_require(which ? "onWritable" : "onReadable");
	if (!loop) {
		RETURN_THROWS();
	}
	zval exported;
	int fd = io_fd(stream, &exported);
	if (fd < 0) {
		RETURN_THROWS();
	}
	if (!io_watchers[which]) {
		ALLOC_HASHTABLE(io_watchers[which]);
		zend_hash_init(io_watchers[which], 8, NULL, io_free, 0);
	}
	loop_io *io = emalloc(sizeof(*io));
	ZVAL_COPY(&io->stream, stream);
	ZVAL_COPY_VALUE(&io->exported, &exported);
	ZVAL_COPY(&io->fn, fn);
	ev_io_init(&io->w, io_fire, fd, which ? EV_WRITE : EV_READ);
	io->w.data = io;
	zend_hash_index_update_ptr(io_watchers[which], fd, io); /* replaces an earlier one */
	ev_io_start(loop, &io->w);
}

static void io_off(INTERNAL_FUNCTION_PARAMETERS, int which)
{
	zval *stream;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(stream)
	ZEND_PARSE_PARAMETERS_END();
	if (!io_watchers[which]) {
		RETURN_FALSE;
	}
	zval exported;
	int fd = io_fd(stream, &exported);
	if (fd < 0) {
		/* a stream closed before offReadable(): find its watcher by the stream itself */
		zend_clear_exception();
		loop_io *io;
		zend_ulong key;
		ZEND_HASH_FOREACH_NUM_KEY_PTR(io_watchers[which], key, io)
		{
			if (zend_is_identical(&io->stream, stream)) {
				RETURN_BOOL(zend_hash_index_del(io_watchers[which], key) == SUCCESS);
			}
		}
		ZEND_HASH_FOREACH_END();
		RETURN_FALSE;
	}
	zval_ptr_dtor(&exported);
	RETURN_BOOL(zend_hash_index_del(io_watchers[which], fd) == SUCCESS);
}

ZEND_METHOD(WServer_Events_Loop, onReadable)
{
	io_on(INTERNAL_FUNCTION_PARAM_PASSTHRU, 0);
}

ZEND_METHOD(WServer_Events_Loop, offReadable)
{
	io_off(INTERNAL_FUNCTION_PARAM_PASSTHRU, 0);
}

ZEND_METHOD(WServer_Events_Loop, onWritable)
{
	io_on(INTERNAL_FUNCTION_PARAM_PASSTHRU, 1);
}

ZEND_METHOD(WServer_Events_Loop, offWritable)
{
	io_off(INTERNAL_FUNCTION_PARAM_PASSTHRU, 1);
}

/* ---- signals ---- */

static void signal_free(zval *zv)
{
	loop_signal *s = Z_PTR_P(zv);
	if (wserver_runtime_loop()) {
		ev_signal_stop(wserver_runtime_loop(), &s->w);
	}
	zval_ptr_dtor(&s->fn);
	efree(s);
}

static void signal_fire(struct ev_loop *loop, ev_signal *w, int revents)
{
	loop_signal *s = w->data;
	zval fn, signum;
	ZVAL_COPY(&fn, &s->fn);
	ZVAL_LONG(&signum, w->signum);
	loop_run("onSignal", &fn, &signum);
	zval_ptr_dtor(&fn);
	(void) loop;
	(void) revents;
}

static bool signal_valid(zend_long signum)
{
	return signum > 0 && signum < NSIG && signum != SIGKILL && signum != SIGSTOP;
}

ZEND_METHOD(WServer_Events_Loop, onSignal)
{
	zend_long signum;
	zval *fn;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_LONG(signum)
	Z_PARAM_ZVAL(fn)
	ZEND_PARSE_PARAMETERS_END();
	if (!signal_valid(signum)) {
		zend_argument_value_error(1, "must be a signal number that can be caught");
		RETURN_THROWS();
	}
	if (!zend_is_callable(fn, 0, NULL)) {
		zend_argument_type_error(2, "must be a valid callback, %s given", zend_zval_type_name(fn));
		RETURN_THROWS();
	}
	struct ev_loop *loop = loop_require("onSignal");
	if (!loop) {
		RETURN_THROWS();
	}
	if (!signal_watchers) {
		ALLOC_HASHTABLE(signal_watchers);
		zend_hash_init(signal_watchers, 8, NULL, signal_free, 0);
	}
	/* the old watcher goes first: libev keeps one list per signal */
	zend_hash_index_del(signal_watchers, signum);
	loop_signal *s = emalloc(sizeof(*s));
	ZVAL_COPY(&s->fn, fn);
	ev_signal_init(&s->w, signal_fire, (int) signum);
	s->w.data = s;
	zend_hash_index_add_new_ptr(signal_watchers, signum, s);
	ev_signal_start(loop, &s->w);
}

ZEND_METHOD(WServer_Events_Loop, offSignal)
{
	zend_long signum;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(signum)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(signal_watchers && zend_hash_index_del(signal_watchers, signum) == SUCCESS);
}

/* ---- the loop itself ---- */

ZEND_METHOD(WServer_Events_Loop, run)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_throw_exception(wserver_exception_ce,
	                     "WServer\\Events\\Loop::run(): the loop is the one the worker runs "
	                     "already; use it from onWorkerStart or later",
	                     0);
	RETURN_THROWS();
}

ZEND_METHOD(WServer_Events_Loop, stop)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (wserver_runtime_worker()) {
		wserver_runtime_stop(0);
	}
}

ZEND_METHOD(WServer_Events_Loop, setErrorHandler)
{
	zval *fn;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(fn)
	ZEND_PARSE_PARAMETERS_END();
	if (!zend_is_callable(fn, 0, NULL)) {
		zend_argument_type_error(1, "must be a valid callback, %s given", zend_zval_type_name(fn));
		RETURN_THROWS();
	}
	zval_ptr_dtor(&error_handler);
	ZVAL_COPY(&error_handler, fn);
}

static zval *loop_object(void)
{
	if (Z_TYPE(the_loop) == IS_UNDEF) {
		object_init_ex(&the_loop, wserver_event_loop_ce);
	}
	return &the_loop;
}

ZEND_METHOD(WServer_Worker, getEventLoop)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(loop_object());
}

void wserver_event_loop_worker_start(void)
{
	zend_update_static_property(wserver_worker_ce, ZEND_STRL("globalEvent"), loop_object());
}

bool wserver_event_loop_is_fiber(void)
{
	zval *cls = zend_read_static_property(wserver_worker_ce, ZEND_STRL("eventLoopClass"), 1);
	if (!cls || Z_TYPE_P(cls) != IS_STRING) {
		return false;
	}
	const char *name = Z_STRVAL_P(cls);
	name += *name == '\\';
	return strcasecmp(name, "Workerman\\Events\\Fiber") == 0;
}

void wserver_event_loop_shutdown(void)
{
	for (int i = 0; i < 2; i++) {
		if (io_watchers[i]) {
			zend_hash_destroy(io_watchers[i]);
			FREE_HASHTABLE(io_watchers[i]);
			io_watchers[i] = NULL;
		}
	}
	if (signal_watchers) {
		zend_hash_destroy(signal_watchers);
		FREE_HASHTABLE(signal_watchers);
		signal_watchers = NULL;
	}
	zval_ptr_dtor(&error_handler);
	ZVAL_UNDEF(&error_handler);
	zval_ptr_dtor(&call_closure);
	ZVAL_UNDEF(&call_closure);
}

void wserver_event_loop_minit(void)
{
	wserver_event_interface_ce = register_class_WServer_Events_EventInterface();
	wserver_event_loop_ce = register_class_WServer_Events_Loop(wserver_event_interface_ce);
	memset(&call_fn, 0, sizeof(call_fn));
	call_fn.type = ZEND_INTERNAL_FUNCTION;
	call_fn.fn_flags = ZEND_ACC_PUBLIC | ZEND_ACC_VARIADIC;
	call_fn.function_name = zend_string_init_interned(ZEND_STRL("{wserver event loop call}"), 1);
	call_fn.handler = loop_call;
	call_fn.arg_info = (zend_internal_arg_info *) arginfo_loop_call + 1;
	ZVAL_UNDEF(&call_closure);
	ZVAL_UNDEF(&error_handler);
	ZVAL_UNDEF(&the_loop);
}
