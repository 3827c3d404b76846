/* A pool of objects a worker makes per request (a Request, a Response): one nobody holds any
 * more is kept, cleared, with its object handle and memory, for the next, instead of freed and
 * made again. The owner's dtor_obj handler offers it (wserver_obj_pool_keep), its constructor
 * asks first (wserver_obj_pool_take). */
#ifndef WSERVER_PHP_OBJ_POOL_H
#define WSERVER_PHP_OBJ_POOL_H

#include "php.h"

#define WSERVER_OBJ_POOL_MAX 64

typedef struct {
	zend_class_entry *ce; /* only objects of exactly this class are kept */
	uint32_t len;
	zend_object *items[WSERVER_OBJ_POOL_MAX];
} wserver_obj_pool;

/* From dtor_obj: true if obj may be kept (the last reference went, it is a plain object of the
 * pool's class, no dynamic properties, no weak references to it, not at shutdown, room left).
 * Then the owner clears its C state and calls wserver_obj_pool_put. */
bool wserver_obj_pool_can_keep(const wserver_obj_pool *p, zend_object *obj);
/* Keep obj: its declared properties back to their defaults (a PHP reference to one keeps its
 * value, as when an object is freed), resurrected by the pool's reference
 * (zend_objects_store_del() then leaves it alone). */
void wserver_obj_pool_put(wserver_obj_pool *p, zend_object *obj);
/* A kept object (its reference is the caller's), or NULL. */
zend_object *wserver_obj_pool_take(wserver_obj_pool *p);
/* At request shutdown: free them (their destructors ran). */
void wserver_obj_pool_clear(wserver_obj_pool *p);

#endif
