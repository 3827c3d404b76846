/* WServer\Coroutine\WaitGroup: a counter of pending jobs; wait() suspends until it is zero. */
#include "wait_group.h"
#include "coro.h"

#include "ext/spl/spl_exceptions.h"
#include "zend_exceptions.h"

#include "stubs/wait_group_arginfo.h"

static zend_class_entry *wait_group_ce;
static zend_object_handlers wait_group_handlers;

typedef struct {
	zend_long count;
	wserver_wait_queue waiters;
	zend_object std;
} wserver_wait_group_obj;

#define PROP_ERRCODE 0

static inline wserver_wait_group_obj *wait_group_from_obj(zend_object *obj)
{
	return (wserver_wait_group_obj *) ((char *) obj - XtOffsetOf(wserver_wait_group_obj, std));
}
#define Z_WSERVER_WAIT_GROUP_P(zv) wait_group_from_obj(Z_OBJ_P(zv))

static zend_object *wait_group_create(zend_class_entry *ce)
{
	wserver_wait_group_obj *wg = zend_object_alloc(sizeof(*wg), ce);
	zend_object_std_init(&wg->std, ce);
	object_properties_init(&wg->std, ce);
	wg->std.handlers = &wait_group_handlers;
	return &wg->std;
}

/* Add delta; at zero every waiter wakes, and runs at once. false + a LogicException, as
 * Swoole's: add() while a wait() runs (it would race the wake), or a counter below zero. */
static bool wait_group_add(wserver_wait_group_obj *wg, zend_long delta, bool is_done)
{
	if (!is_done && wg->waiters.head) {
		zend_throw_exception(spl_ce_BadMethodCallException,
		                     "WServer\\Coroutine\\WaitGroup::add() cannot run while a wait() waits",
		                     0);
		return false;
	}
	if (wg->count + delta < 0) {
		zend_throw_exception(is_done ? spl_ce_BadMethodCallException
		                             : spl_ce_InvalidArgumentException,
		                     "WServer\\Coroutine\\WaitGroup: the counter cannot go below zero "
		                     "(more done() than add())",
		                     0);
		return false;
	}
	wg->count += delta;
	if (wg->count == 0 && wg->waiters.head) {
		GC_ADDREF(&wg->std); /* a waiter that runs now may drop the last reference */
		wserver_waiter *w;
		while ((w = wserver_wait_queue_shift(&wg->waiters))) {
			wserver_coro_wake_now(w, WSERVER_WAIT_OK);
		}
		OBJ_RELEASE(&wg->std);
	}
	return true;
}

ZEND_METHOD(WServer_Coroutine_WaitGroup, __construct)
{
	zend_long delta = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(delta)
	ZEND_PARSE_PARAMETERS_END();
	if (delta < 0) {
		zend_argument_value_error(1, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	wait_group_add(Z_WSERVER_WAIT_GROUP_P(ZEND_THIS), delta, false);
}

ZEND_METHOD(WServer_Coroutine_WaitGroup, add)
{
	zend_long delta = 1;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(delta)
	ZEND_PARSE_PARAMETERS_END();
	if (!wait_group_add(Z_WSERVER_WAIT_GROUP_P(ZEND_THIS), delta, false)) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(WServer_Coroutine_WaitGroup, done)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (!wait_group_add(Z_WSERVER_WAIT_GROUP_P(ZEND_THIS), -1, true)) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(WServer_Coroutine_WaitGroup, wait)
{
	double timeout = -1;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	wserver_wait_group_obj *wg = Z_WSERVER_WAIT_GROUP_P(ZEND_THIS);
	int status = WSERVER_WAIT_OK;
	/* nothing pending: true at once, in a coroutine or not */
	if (wg->count > 0) {
		if (!wserver_coro_require("WServer\\Coroutine\\WaitGroup::wait()")) {
			RETURN_THROWS();
		}
		wserver_waiter w;
		ZVAL_UNDEF(&w.data);
		status = wserver_coro_wait(&wg->waiters, &w, timeout > 0 ? timeout : -1); /* Swoole's 0 */
	}
	ZVAL_LONG(OBJ_PROP_NUM(&wg->std, PROP_ERRCODE), status);
	if (EG(exception)) {
		RETURN_THROWS(); /* the coroutine is being destroyed */
	}
	RETURN_BOOL(status == WSERVER_WAIT_OK);
}

ZEND_METHOD(WServer_Coroutine_WaitGroup, count)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(Z_WSERVER_WAIT_GROUP_P(ZEND_THIS)->count);
}

void wserver_wait_group_minit(void)
{
	wait_group_ce = register_class_WServer_Coroutine_WaitGroup();
	wait_group_ce->create_object = wait_group_create;
	memcpy(&wait_group_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wait_group_handlers.offset = XtOffsetOf(wserver_wait_group_obj, std);
	wait_group_handlers.clone_obj = NULL;
}
