/* Reporting what escapes a callback: a Throwable is logged with its trace, never rethrown into
 * the loop. */
#include "binding.h"
#include "core/log.h"

#include "zend_exceptions.h"

void wserver_log_exception(const char *where)
{
	zend_object *ex = EG(exception);
	if (!ex) {
		return;
	}
	GC_ADDREF(ex);
	zend_clear_exception();
	zval zv, str;
	ZVAL_OBJ(&zv, ex);
	ZVAL_UNDEF(&str);
	zend_call_known_instance_method_with_0_params(ex->ce->__tostring, ex, &str);
	if (EG(exception)) {
		zend_clear_exception(); /* __toString() itself threw: fall back to the class name */
	}
	if (Z_TYPE(str) == IS_STRING) {
		ws_log("Uncaught in %s: %s", where, Z_STRVAL(str));
	} else {
		ws_log("Uncaught %s in %s", ZSTR_VAL(ex->ce->name), where);
	}
	zval_ptr_dtor(&str);
	OBJ_RELEASE(ex);
}
