/* WServer\Coroutine\ConnectionPool: connections made on demand by a factory, up to a size,
 * shared by the coroutines of a process. Idle ones sit in a stack (the most recently used
 * goes out first: its server side is the least likely to have timed it out); a get() that
 * finds none and may not make one waits in the pool's queue, and put() hands its connection
 * straight to the first waiter. A put(null) frees a place: a waiter, if any, is woken to make
 * the replacement itself, so no connection is made that nobody asked for. */
#include "connection_pool.h"
#include "coro.h"
#include "exception.h"

#include "zend_exceptions.h"

#include "stubs/connection_pool_arginfo.h"

static zend_class_entry *pool_ce;
static zend_object_handlers pool_handlers;

typedef struct {
	zend_fcall_info_cache factory; /* function_handler NULL until constructed */
	zval factory_zv;               /* held */
	zend_long size;
	zend_long made; /* live connections: idle, handed out, or being made */
	zval *idle;     /* a stack of nidle connections; cap slots */
	uint32_t nidle, cap;
	bool closed;
	uint32_t nwaiting;
	wserver_wait_queue waiters; /* get()s with nothing to take */
	zend_object std;
} pool_obj;

static inline pool_obj *pool_from(zend_object *obj)
{
	return (pool_obj *) ((char *) obj - XtOffsetOf(pool_obj, std));
}
#define THIS_POOL() pool_from(Z_OBJ_P(ZEND_THIS))

static zend_object *pool_create(zend_class_entry *ce)
{
	pool_obj *p = zend_object_alloc(sizeof(*p), ce);
	zend_object_std_init(&p->std, ce);
	object_properties_init(&p->std, ce);
	p->std.handlers = &pool_handlers;
	ZVAL_UNDEF(&p->factory_zv);
	return &p->std;
}

static void idle_clear(pool_obj *p)
{
	while (p->nidle > 0) {
		zval_ptr_dtor(&p->idle[--p->nidle]);
	}
}

static void idle_push(pool_obj *p, zval *conn)
{
	if (p->nidle == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 8;
		p->idle = safe_erealloc(p->idle, p->cap, sizeof(zval), 0);
	}
	ZVAL_COPY_VALUE(&p->idle[p->nidle++], conn);
}

static void pool_free(zend_object *obj)
{
	pool_obj *p = pool_from(obj);
	idle_clear(p);
	if (p->idle) {
		efree(p->idle);
	}
	zval_ptr_dtor(&p->factory_zv);
	zend_object_std_dtor(obj);
}

static HashTable *pool_get_gc(zend_object *obj, zval **table, int *n)
{
	pool_obj *p = pool_from(obj);
	zend_get_gc_buffer *gc = zend_get_gc_buffer_create();
	zend_get_gc_buffer_add_zval(gc, &p->factory_zv);
	for (uint32_t i = 0; i < p->nidle; i++) {
		zend_get_gc_buffer_add_zval(gc, &p->idle[i]);
	}
	zend_get_gc_buffer_use(gc, table, n);
	return zend_std_get_properties(obj);
}

static pool_obj *pool_open(zval *this_zv)
{
	pool_obj *p = pool_from(Z_OBJ_P(this_zv));
	if (!p->factory.function_handler) {
		zend_throw_error(NULL, "WServer\\Coroutine\\ConnectionPool was not constructed");
		return NULL;
	}
	if (p->closed) {
		zend_throw_exception(wserver_exception_ce, "The connection pool is closed", 0);
		return NULL;
	}
	return p;
}

/* A new connection from the factory into out; false after it threw (or returned nothing). */
static bool pool_make(pool_obj *p, zval *out)
{
	p->made++;
	zend_call_known_function(p->factory.function_handler, p->factory.object,
	                         p->factory.called_scope, out, 0, NULL, NULL);
	if (EG(exception) || Z_TYPE_P(out) == IS_UNDEF || Z_TYPE_P(out) == IS_NULL ||
	    Z_TYPE_P(out) == IS_FALSE) {
		p->made--;
		if (!EG(exception)) {
			zend_throw_exception(wserver_exception_ce,
			                     "The connection pool's factory returned no connection", 0);
		}
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return false;
	}
	return true;
}

ZEND_METHOD(WServer_Coroutine_ConnectionPool, __construct)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	zend_long size = 64;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_FUNC(fci, fcc)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(size)
	ZEND_PARSE_PARAMETERS_END();
	pool_obj *p = THIS_POOL();
	if (p->factory.function_handler) {
		zend_throw_error(NULL, "Cannot construct WServer\\Coroutine\\ConnectionPool twice");
		RETURN_THROWS();
	}
	if (size < 1 || size > UINT32_MAX / 2) {
		zend_argument_value_error(2, "must be between 1 and %u", UINT32_MAX / 2);
		RETURN_THROWS();
	}
	ZVAL_COPY(&p->factory_zv, &fci.function_name); /* holds what fcc points into */
	p->factory = fcc;
	p->size = size;
}

ZEND_METHOD(WServer_Coroutine_ConnectionPool, fill)
{
	ZEND_PARSE_PARAMETERS_NONE();
	pool_obj *p = pool_open(ZEND_THIS);
	if (!p) {
		RETURN_THROWS();
	}
	while (!p->closed && p->made < p->size) {
		zval conn;
		if (!pool_make(p, &conn)) {
			RETURN_THROWS();
		}
		if (p->closed) {
			p->made--;
			zval_ptr_dtor(&conn);
			break;
		}
		idle_push(p, &conn);
	}
}

/* The most recently put idle connection into out, if any. */
static bool pool_take_idle(pool_obj *p, zval *out)
{
	if (p->nidle == 0) {
		return false;
	}
	ZVAL_COPY_VALUE(out, &p->idle[--p->nidle]);
	return true;
}

ZEND_METHOD(WServer_Coroutine_ConnectionPool, get)
{
	double timeout = -1;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	pool_obj *p = pool_open(ZEND_THIS);
	if (!p) {
		RETURN_THROWS();
	}
	for (;;) {
		if (pool_take_idle(p, return_value)) {
			return;
		}
		if (p->made < p->size) {
			if (!pool_make(p, return_value)) {
				RETURN_THROWS();
			}
			return;
		}
		if (!wserver_coro_require("Waiting in WServer\\Coroutine\\ConnectionPool::get()")) {
			RETURN_THROWS();
		}
		wserver_waiter w;
		ZVAL_UNDEF(&w.data);
		p->nwaiting++;
		/* as Channel::pop(): only a timeout > 0 limits the wait */
		int status = wserver_coro_wait(&p->waiters, &w, timeout > 0 ? timeout : -1);
		p->nwaiting--;
		if (status != WSERVER_WAIT_OK) {
			zval_ptr_dtor(&w.data);
			if (EG(exception)) {
				RETURN_THROWS();
			}
			RETURN_FALSE;
		}
		if (Z_TYPE(w.data) != IS_UNDEF) {
			RETURN_COPY_VALUE(&w.data); /* handed over by put() */
		}
		/* a place freed by put(null): look again (and make one) */
	}
}

ZEND_METHOD(WServer_Coroutine_ConnectionPool, put)
{
	zval *conn;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(conn)
	ZEND_PARSE_PARAMETERS_END();
	pool_obj *p = THIS_POOL();
	if (!p->factory.function_handler || p->closed) {
		return; /* nothing to give it back to: it goes with its last reference */
	}
	wserver_waiter *w = wserver_wait_queue_shift(&p->waiters);
	if (Z_TYPE_P(conn) == IS_NULL) {
		if (p->made > 0) {
			p->made--;
		}
		if (w) {
			wserver_coro_wake(w, WSERVER_WAIT_OK); /* it makes the replacement */
		}
		return;
	}
	if (w) {
		ZVAL_COPY(&w->data, conn);
		wserver_coro_wake(w, WSERVER_WAIT_OK);
		return;
	}
	Z_TRY_ADDREF_P(conn);
	idle_push(p, conn);
}

ZEND_METHOD(WServer_Coroutine_ConnectionPool, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	pool_obj *p = THIS_POOL();
	if (p->closed) {
		return;
	}
	p->closed = true;
	wserver_waiter *w;
	while ((w = wserver_wait_queue_shift(&p->waiters))) {
		wserver_coro_wake(w, WSERVER_WAIT_CLOSED);
	}
	idle_clear(p);
	p->made = 0;
}

ZEND_METHOD(WServer_Coroutine_ConnectionPool, stats)
{
	ZEND_PARSE_PARAMETERS_NONE();
	pool_obj *p = THIS_POOL();
	array_init(return_value);
	add_assoc_long(return_value, "size", p->size);
	add_assoc_long(return_value, "made", p->made);
	add_assoc_long(return_value, "idle", p->nidle);
	add_assoc_long(return_value, "waiting", p->nwaiting);
}

void wserver_connection_pool_minit(void)
{
	pool_ce = register_class_WServer_Coroutine_ConnectionPool();
	pool_ce->create_object = pool_create;
	memcpy(&pool_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	pool_handlers.offset = XtOffsetOf(pool_obj, std);
	pool_handlers.free_obj = pool_free;
	pool_handlers.get_gc = pool_get_gc;
	pool_handlers.clone_obj = NULL;
}
