/* Autoloading in coroutines. PHP keeps one set of the classes being autoloaded (so that an
 * autoloader asking for the class it loads gets no second call), global to the process: while
 * one coroutine's autoloader waits (a sleep, a hooked read), another coroutine needing the same
 * class would be told it does not exist. Here the class is taken out of PHP's set while a
 * coroutine loads it, and another coroutine needing it waits for that load and gets its result,
 * as Swoole does. Outside coroutines PHP's own way applies. */
#include "coro_autoload.h"
#include "coro.h"

#include "php.h"

typedef struct {
	zend_long cid;              /* the coroutine running the autoloaders */
	wserver_wait_queue waiters; /* the other coroutines that need the class */
} class_loading;

static zend_class_entry *(*previous_autoload)(zend_string *name, zend_string *lc_name);
static HashTable *loading; /* lowercase name => class_loading on its loader's stack */

static zend_class_entry *coro_autoload(zend_string *name, zend_string *lc_name)
{
	zend_long cid = wserver_coro_cid();
	if (cid < 0 || !wserver_coro_can_suspend() || !EG(in_autoload)) {
		return previous_autoload(name, lc_name);
	}
	zend_hash_del(EG(in_autoload), lc_name);
	class_loading *l = loading ? zend_hash_find_ptr(loading, lc_name) : NULL;
	if (l) {
		if (l->cid == cid) {
			return NULL; /* its own autoloader asks for it: not loaded yet, as PHP answers */
		}
		wserver_waiter w;
		ZVAL_UNDEF(&w.data);
		if (wserver_coro_wait(&l->waiters, &w, -1) != WSERVER_WAIT_OK || EG(exception)) {
			return NULL;
		}
		return zend_hash_find_ptr(EG(class_table), lc_name);
	}
	if (!loading) {
		ALLOC_HASHTABLE(loading);
		zend_hash_init(loading, 8, NULL, NULL, 0);
	}
	class_loading me = {.cid = cid};
	zend_hash_add_new_ptr(loading, lc_name, &me);
	zend_class_entry *ce = previous_autoload(name, lc_name);
	zend_hash_del(loading, lc_name);
	wserver_waiter *w;
	while ((w = wserver_wait_queue_shift(&me.waiters))) {
		wserver_coro_wake(w, WSERVER_WAIT_OK);
	}
	return ce;
}

void wserver_coro_autoload_minit(void)
{
	previous_autoload = zend_autoload;
	zend_autoload = coro_autoload;
}

void wserver_coro_autoload_rshutdown(void)
{
	if (loading) {
		zend_hash_destroy(loading);
		FREE_HASHTABLE(loading);
		loading = NULL;
	}
}
