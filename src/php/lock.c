/* WServer\Lock: Swoole 6's lock(operation, timeout) and unlock(), plus Swoole 5's trylock(),
 * lockwait(), lock_read() and trylock_read() as spellings of lock(). A failure returns false
 * and leaves its error number in $errCode. Waiting blocks the whole process, coroutines
 * included, as in Swoole. */
#include "lock.h"
#include "aliases.h"
#include "core/shm_lock.h"

#include <sys/file.h>

#include "zend_exceptions.h"

#include "stubs/lock_arginfo.h"

static zend_class_entry *lock_ce;
static zend_object_handlers lock_handlers;

typedef struct {
	ws_shm_lock *lock; /* owned (this process's mapping); NULL before the constructor */
	uint32_t held;     /* locks taken through this object and not given back */
	zend_object std;
} wserver_lock_obj;

#define PROP_ERRCODE 0

static inline wserver_lock_obj *lock_from_obj(zend_object *obj)
{
	return (wserver_lock_obj *) ((char *) obj - XtOffsetOf(wserver_lock_obj, std));
}
#define Z_WSERVER_LOCK_P(zv) lock_from_obj(Z_OBJ_P(zv))

static zend_object *lock_create(zend_class_entry *ce)
{
	wserver_lock_obj *o = zend_object_alloc(sizeof(*o), ce);
	zend_object_std_init(&o->std, ce);
	object_properties_init(&o->std, ce);
	o->std.handlers = &lock_handlers;
	return &o->std;
}

static void lock_free(zend_object *obj)
{
	wserver_lock_obj *o = lock_from_obj(obj);
	/* this process's mapping; the others keep theirs. A mutex still held stays mapped: the
	 * kernel releases it when the process exits (a fatal error inside the critical section
	 * frees the objects first), which it can only do if it can reach it */
	if (o->lock && o->held == 0) {
		ws_shm_lock_free(o->lock);
	}
	zend_object_std_dtor(obj);
}

static ws_shm_lock *lock_of(zval *this)
{
	ws_shm_lock *l = Z_WSERVER_LOCK_P(this)->lock;
	if (!l) {
		zend_throw_error(NULL, "%s: must call constructor first",
		                 wserver_aliases_class_name(lock_ce));
	}
	return l;
}

ZEND_METHOD(WServer_Lock, __construct)
{
	zend_long type = WS_LOCK_MUTEX;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(type)
	ZEND_PARSE_PARAMETERS_END();
	wserver_lock_obj *o = Z_WSERVER_LOCK_P(ZEND_THIS);
	/* checked after parsing, which may have run an error handler that constructed it */
	if (o->lock) {
		zend_throw_error(NULL, "Constructor of %s can only be called once",
		                 wserver_aliases_class_name(lock_ce));
		RETURN_THROWS();
	}
	if (type != WS_LOCK_MUTEX && type != WS_LOCK_RWLOCK && type != WS_LOCK_SPINLOCK) {
		zend_argument_value_error(
		    1, "must be Lock::MUTEX, Lock::RWLOCK or Lock::SPINLOCK, " ZEND_LONG_FMT " given",
		    type);
		RETURN_THROWS();
	}
	o->lock = ws_shm_lock_create((ws_lock_type) type);
	if (!o->lock) {
		zend_throw_error(NULL, "WServer\\Lock: unable to map the shared memory: %s",
		                 strerror(errno));
		RETURN_THROWS();
	}
}

/* 0 on success; else false to PHP with the error in $errCode. */
static void finish(INTERNAL_FUNCTION_PARAMETERS, int err)
{
	if (err == 0) {
		RETURN_TRUE;
	}
	ZVAL_LONG(OBJ_PROP_NUM(Z_OBJ_P(ZEND_THIS), PROP_ERRCODE), err);
	RETURN_FALSE;
}

/* timeout < 0: as long as it takes; 0: one try; > 0: seconds. */
static void acquire(INTERNAL_FUNCTION_PARAMETERS, bool shared, double timeout)
{
	ws_shm_lock *l = lock_of(ZEND_THIS);
	if (!l) {
		RETURN_THROWS();
	}
	bool recovered = false;
	int err = ws_shm_lock_acquire(l, shared, timeout, &recovered);
	if (err == 0) {
		Z_WSERVER_LOCK_P(ZEND_THIS)->held++;
	}
	if (recovered) {
		wserver_aliases_warning(
		    lock_ce, "a process died holding the lock; it is taken over (what it guarded "
		             "may be half written)");
	}
	finish(INTERNAL_FUNCTION_PARAM_PASSTHRU, err);
}

ZEND_METHOD(WServer_Lock, lock)
{
	zend_long operation = LOCK_EX;
	double timeout = -1;
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(operation)
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	/* as Swoole: LOCK_NB is one try whatever the timeout, and a timeout of 0 waits forever */
	if (operation & LOCK_NB) {
		timeout = 0;
	} else if (!(timeout > 0)) {
		timeout = -1;
	}
	acquire(INTERNAL_FUNCTION_PARAM_PASSTHRU, (operation & LOCK_SH) != 0, timeout);
}

ZEND_METHOD(WServer_Lock, unlock)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ws_shm_lock *l = lock_of(ZEND_THIS);
	if (!l) {
		RETURN_THROWS();
	}
	int err = ws_shm_lock_release(l);
	wserver_lock_obj *o = Z_WSERVER_LOCK_P(ZEND_THIS);
	if (err == 0 && o->held > 0) {
		o->held--;
	}
	finish(INTERNAL_FUNCTION_PARAM_PASSTHRU, err);
}

ZEND_METHOD(WServer_Lock, trylock)
{
	ZEND_PARSE_PARAMETERS_NONE();
	acquire(INTERNAL_FUNCTION_PARAM_PASSTHRU, false, 0);
}

ZEND_METHOD(WServer_Lock, lockwait)
{
	double timeout = 1.0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	acquire(INTERNAL_FUNCTION_PARAM_PASSTHRU, false, timeout > 0 ? timeout : 0);
}

ZEND_METHOD(WServer_Lock, lock_read)
{
	ZEND_PARSE_PARAMETERS_NONE();
	acquire(INTERNAL_FUNCTION_PARAM_PASSTHRU, true, -1);
}

ZEND_METHOD(WServer_Lock, trylock_read)
{
	ZEND_PARSE_PARAMETERS_NONE();
	acquire(INTERNAL_FUNCTION_PARAM_PASSTHRU, true, 0);
}

void wserver_lock_minit(int module_number)
{
	register_lock_symbols(module_number);
	lock_ce = register_class_WServer_Lock();
	lock_ce->create_object = lock_create;
	memcpy(&lock_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	lock_handlers.offset = XtOffsetOf(wserver_lock_obj, std);
	lock_handlers.free_obj = lock_free;
	lock_handlers.clone_obj = NULL;
}
