/* C functions run as callbacks, for the front ends of listening groups: each is a Closure
 * over an internal function, as the coroutine scheduler runs callables. */
#include "frontend.h"

#include "zend_closures.h"

ZEND_BEGIN_ARG_INFO_EX(arginfo_native, 0, 0, 0)
ZEND_END_ARG_INFO()

static wserver_native *made; /* the ones with a callable in this process */

void wserver_native_init(wserver_native *n, const char *name, zif_handler handler)
{
	memset(n, 0, sizeof(*n));
	n->fn.type = ZEND_INTERNAL_FUNCTION;
	n->fn.fn_flags = ZEND_ACC_PUBLIC; /* its arguments are read from the frame */
	n->fn.function_name = zend_string_init_interned(name, strlen(name), 1);
	n->fn.handler = handler;
	n->fn.arg_info = (zend_internal_arg_info *) arginfo_native + 1;
	ZVAL_UNDEF(&n->callable);
}

zval *wserver_native_callable(wserver_native *n)
{
	if (UNEXPECTED(Z_TYPE(n->callable) == IS_UNDEF)) {
		zend_create_closure(&n->callable, (zend_function *) &n->fn, NULL, NULL, NULL);
		n->next = made;
		made = n;
	}
	return &n->callable;
}

void wserver_native_release_all(void)
{
	while (made) {
		wserver_native *n = made;
		made = n->next;
		n->next = NULL;
		zval_ptr_dtor(&n->callable);
		ZVAL_UNDEF(&n->callable);
	}
}
