/* Pools of per-request objects (obj_pool.h). */
#include "obj_pool.h"

/* dtor_obj also runs on objects still referenced (the destructors at shutdown, the cycle
 * collector): those are never kept (the one reference zend_objects_store_del() holds during
 * the call is the only one). */
bool wserver_obj_pool_can_keep(const wserver_obj_pool *p, zend_object *obj)
{
	return GC_REFCOUNT(obj) == 1 && obj->ce == p->ce && !obj->properties &&
	       !(GC_FLAGS(obj) & IS_OBJ_WEAKLY_REFERENCED) && !(EG(flags) & EG_FLAGS_IN_SHUTDOWN) &&
	       p->len < WSERVER_OBJ_POOL_MAX;
}

void wserver_obj_pool_put(wserver_obj_pool *p, zend_object *obj)
{
	zval *props = obj->properties_table;
	zval *defaults = CE_DEFAULT_PROPERTIES_TABLE(obj->ce);
	for (int i = 0; i < obj->ce->default_properties_count; i++) {
		/* null, false and true carry no value (it may be uninitialised) */
		if (Z_TYPE_INFO(props[i]) == Z_TYPE_INFO(defaults[i]) &&
		    (Z_TYPE(props[i]) <= IS_TRUE || Z_COUNTED(props[i]) == Z_COUNTED(defaults[i]))) {
			continue; /* untouched (or the same value): nothing to put back */
		}
		zval old;
		ZVAL_COPY_VALUE(&old, &props[i]);
		if (UNEXPECTED(Z_ISREF(old)) && ZEND_REF_HAS_TYPE_SOURCES(Z_REF(old))) {
			/* a PHP reference to the property outlives it: it no longer holds the type */
			zend_property_info *info = zend_get_property_info_for_slot(obj, &props[i]);
			if (ZEND_TYPE_IS_SET(info->type)) {
				ZEND_REF_DEL_TYPE_SOURCE(Z_REF(old), info);
			}
		}
		ZVAL_COPY_PROP(&props[i], &defaults[i]);
		zval_ptr_dtor(&old);
	}
	GC_ADDREF(obj);
	p->items[p->len++] = obj;
}

zend_object *wserver_obj_pool_take(wserver_obj_pool *p)
{
	if (p->len == 0) {
		return NULL;
	}
	zend_object *obj = p->items[--p->len];
	GC_DEL_FLAGS(obj, IS_OBJ_DESTRUCTOR_CALLED); /* kept again when released */
	return obj;
}

void wserver_obj_pool_clear(wserver_obj_pool *p)
{
	while (p->len > 0) {
		OBJ_RELEASE(p->items[--p->len]);
	}
}
