/* WServer\Atomic (32-bit unsigned, with a futex wait/wakeup) and WServer\Atomic\Long (64-bit
 * signed): counters in shared memory, so that processes forked after the object was made
 * (Process::start(), a server's workers) all see one value. Never calls PHP. */
#include "core/shm_usage.h"
#include "atomic.h"
#include "exception.h"

#include <errno.h>
#include <linux/futex.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "zend_exceptions.h"

#include "stubs/atomic_arginfo.h"

/* Counters are cells carved from shared pages, not a mapping each (a process may hold only
 * ~65 000 mappings). A cell is a cache line, so that two counters never share one (updates of
 * one would slow down the other's in other processes). A cell is never handed out twice: a
 * child forked earlier may still use a cell its parent has freed. A page is unmapped here once
 * it is used up and none of its cells is held any more in this process. */
#define CELL_SIZE      64
#define CELLS_PER_PAGE 64

typedef struct shm_page {
	char *base;    /* CELLS_PER_PAGE cells, MAP_SHARED */
	uint32_t used; /* cells handed out */
	uint32_t live; /* of those, held by an object of this process */
} shm_page;

static shm_page *current_page;

typedef struct {
	shm_page *page; /* NULL: no shared memory could be had */
	void *cell;     /* uint32_t (Atomic) or int64_t (Long), in page */
	zend_object std;
} wserver_atomic_obj;

static zend_class_entry *atomic_ce, *atomic_long_ce;
static zend_object_handlers atomic_handlers;

static inline wserver_atomic_obj *atomic_from_obj(zend_object *obj)
{
	return (wserver_atomic_obj *) ((char *) obj - XtOffsetOf(wserver_atomic_obj, std));
}

static bool cell_alloc(wserver_atomic_obj *a)
{
	if (!current_page || current_page->used == CELLS_PER_PAGE) {
		void *base = mmap(NULL, CELL_SIZE * CELLS_PER_PAGE, PROT_READ | PROT_WRITE,
		                  MAP_SHARED | MAP_ANONYMOUS, -1, 0);
		if (base == MAP_FAILED) {
			return false;
		}
		if (current_page && current_page->live == 0) {
			/* used up and no longer held: nothing points into it any more */
			munmap(current_page->base, CELL_SIZE * CELLS_PER_PAGE);
			pefree(current_page, 1);
		}
		current_page = pecalloc(1, sizeof(*current_page), 1);
		current_page->base = base;
	}
	a->page = current_page;
	a->cell = current_page->base + CELL_SIZE * current_page->used++;
	current_page->live++;
	ws_shm_usage_add(WS_SHM_ATOMIC, CELL_SIZE);
	return true;
}

static void cell_release(wserver_atomic_obj *a)
{
	shm_page *p = a->page;
	if (!p) {
		return;
	}
	a->page = NULL;
	ws_shm_usage_add(WS_SHM_ATOMIC, -(int64_t) CELL_SIZE);
	if (--p->live == 0 && p->used == CELLS_PER_PAGE && p != current_page) {
		munmap(p->base, CELL_SIZE * CELLS_PER_PAGE);
		pefree(p, 1);
	}
}

static zend_object *atomic_create(zend_class_entry *ce)
{
	wserver_atomic_obj *a = zend_object_alloc(sizeof(*a), ce);
	zend_object_std_init(&a->std, ce);
	object_properties_init(&a->std, ce);
	a->std.handlers = &atomic_handlers;
	cell_alloc(a); /* on failure every method throws */
	return &a->std;
}

static void atomic_free(zend_object *obj)
{
	cell_release(atomic_from_obj(obj));
	zend_object_std_dtor(obj);
}

/* The object's cell; NULL + exception when no shared memory could be had. */
static void *cell_of(zval *this_zv)
{
	wserver_atomic_obj *a = atomic_from_obj(Z_OBJ_P(this_zv));
	if (UNEXPECTED(!a->cell)) {
		zend_throw_exception_ex(wserver_exception_ce, ENOMEM,
		                        "%s: no shared memory could be mapped for the counter",
		                        ZSTR_VAL(Z_OBJCE_P(this_zv)->name));
	}
	return a->cell;
}

#define CELL32()                                                                                   \
	uint32_t *v = cell_of(ZEND_THIS);                                                              \
	if (!v) {                                                                                      \
		RETURN_THROWS();                                                                           \
	}
#define CELL64()                                                                                   \
	int64_t *v = cell_of(ZEND_THIS);                                                               \
	if (!v) {                                                                                      \
		RETURN_THROWS();                                                                           \
	}

static long futex(uint32_t *addr, int op, uint32_t val, const struct timespec *timeout)
{
	/* not FUTEX_PRIVATE_FLAG: the waiters are other processes */
	return syscall(SYS_futex, addr, op, val, timeout, NULL, 0);
}

static bool take_wakeup(uint32_t *v)
{
	uint32_t one = 1;
	return __atomic_compare_exchange_n(v, &one, 0, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

ZEND_METHOD(WServer_Atomic, __construct)
{
	zend_long value = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(value)
	ZEND_PARSE_PARAMETERS_END();
	CELL32();
	__atomic_store_n(v, (uint32_t) value, __ATOMIC_SEQ_CST);
}

ZEND_METHOD(WServer_Atomic, add)
{
	zend_long n = 1;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(n)
	ZEND_PARSE_PARAMETERS_END();
	CELL32();
	RETURN_LONG(__atomic_add_fetch(v, (uint32_t) n, __ATOMIC_SEQ_CST));
}

ZEND_METHOD(WServer_Atomic, sub)
{
	zend_long n = 1;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(n)
	ZEND_PARSE_PARAMETERS_END();
	CELL32();
	RETURN_LONG(__atomic_sub_fetch(v, (uint32_t) n, __ATOMIC_SEQ_CST));
}

ZEND_METHOD(WServer_Atomic, get)
{
	ZEND_PARSE_PARAMETERS_NONE();
	CELL32();
	RETURN_LONG(__atomic_load_n(v, __ATOMIC_SEQ_CST));
}

ZEND_METHOD(WServer_Atomic, set)
{
	zend_long value;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(value)
	ZEND_PARSE_PARAMETERS_END();
	CELL32();
	__atomic_store_n(v, (uint32_t) value, __ATOMIC_SEQ_CST);
}

ZEND_METHOD(WServer_Atomic, cmpset)
{
	zend_long cmp, value;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_LONG(cmp)
	Z_PARAM_LONG(value)
	ZEND_PARSE_PARAMETERS_END();
	CELL32();
	uint32_t expected = (uint32_t) cmp;
	RETURN_BOOL(__atomic_compare_exchange_n(v, &expected, (uint32_t) value, false, __ATOMIC_SEQ_CST,
	                                        __ATOMIC_SEQ_CST));
}

/* As Swoole: 1 means "woken"; wait() takes it (back to 0), or sleeps while the value is 0. */
ZEND_METHOD(WServer_Atomic, wait)
{
	double timeout = 1.0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	CELL32();
	if (take_wakeup(v)) {
		RETURN_TRUE;
	}
	struct timespec ts, *tp = NULL;
	if (timeout > 0 && timeout < 1e9) { /* beyond: no limit (and no overflow of tv_sec) */
		ts.tv_sec = (time_t) timeout;
		ts.tv_nsec = (long) ((timeout - (double) ts.tv_sec) * 1e9);
		tp = &ts;
	}
	long r = futex(v, FUTEX_WAIT, 0, tp);
	/* EAGAIN: the value was no longer 0, maybe a wakeup() just before the sleep */
	RETURN_BOOL((r == 0 || errno == EAGAIN) && take_wakeup(v));
}

ZEND_METHOD(WServer_Atomic, wakeup)
{
	zend_long count = 1;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(count)
	ZEND_PARSE_PARAMETERS_END();
	CELL32();
	uint32_t zero = 0;
	if (!__atomic_compare_exchange_n(v, &zero, 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
		RETURN_TRUE; /* woken already, or not a wait flag: nobody sleeps on it */
	}
	int n = count < 1 ? 1 : count > INT_MAX ? INT_MAX : (int) count;
	RETURN_BOOL(futex(v, FUTEX_WAKE, (uint32_t) n, NULL) >= 0);
}

ZEND_METHOD(WServer_Atomic_Long, __construct)
{
	zend_long value = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(value)
	ZEND_PARSE_PARAMETERS_END();
	CELL64();
	__atomic_store_n(v, (int64_t) value, __ATOMIC_SEQ_CST);
}

/* two's complement wrap-around, done unsigned so that it is defined */
ZEND_METHOD(WServer_Atomic_Long, add)
{
	zend_long n = 1;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(n)
	ZEND_PARSE_PARAMETERS_END();
	CELL64();
	RETURN_LONG((zend_long) __atomic_add_fetch((uint64_t *) v, (uint64_t) n, __ATOMIC_SEQ_CST));
}

ZEND_METHOD(WServer_Atomic_Long, sub)
{
	zend_long n = 1;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(n)
	ZEND_PARSE_PARAMETERS_END();
	CELL64();
	RETURN_LONG((zend_long) __atomic_sub_fetch((uint64_t *) v, (uint64_t) n, __ATOMIC_SEQ_CST));
}

ZEND_METHOD(WServer_Atomic_Long, get)
{
	ZEND_PARSE_PARAMETERS_NONE();
	CELL64();
	RETURN_LONG(__atomic_load_n(v, __ATOMIC_SEQ_CST));
}

ZEND_METHOD(WServer_Atomic_Long, set)
{
	zend_long value;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(value)
	ZEND_PARSE_PARAMETERS_END();
	CELL64();
	__atomic_store_n(v, (int64_t) value, __ATOMIC_SEQ_CST);
}

ZEND_METHOD(WServer_Atomic_Long, cmpset)
{
	zend_long cmp, value;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_LONG(cmp)
	Z_PARAM_LONG(value)
	ZEND_PARSE_PARAMETERS_END();
	CELL64();
	int64_t expected = cmp;
	RETURN_BOOL(__atomic_compare_exchange_n(v, &expected, (int64_t) value, false, __ATOMIC_SEQ_CST,
	                                        __ATOMIC_SEQ_CST));
}

void wserver_atomic_minit(void)
{
	atomic_ce = register_class_WServer_Atomic();
	atomic_ce->create_object = atomic_create;
	atomic_long_ce = register_class_WServer_Atomic_Long();
	atomic_long_ce->create_object = atomic_create;
	memcpy(&atomic_handlers, zend_get_std_object_handlers(), sizeof(atomic_handlers));
	atomic_handlers.offset = XtOffsetOf(wserver_atomic_obj, std);
	atomic_handlers.free_obj = atomic_free;
	atomic_handlers.clone_obj = NULL;
}
