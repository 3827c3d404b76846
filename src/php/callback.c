/* Reporting what escapes a callback: a Throwable is logged with its trace, never rethrown into
 * the loop. */
#include "callback.h"
#include "connection_interface.h"
#include "runtime.h"
#include "core/log.h"

#include "zend_exceptions.h"

void wserver_log_exception_in(const char *where, zend_long cid)
{
	zend_object *ex = EG(exception);
	if (!ex) {
		return;
	}
	GC_ADDREF(ex);
	zend_clear_exception();
	wserver_connection_stat_add(WSERVER_STAT_THROW_EXCEPTION, 1);
	zval zv, str;
	ZVAL_OBJ(&zv, ex);
	ZVAL_UNDEF(&str);
	zend_call_known_instance_method_with_0_params(ex->ce->__tostring, ex, &str);
	if (EG(exception)) {
		zend_clear_exception(); /* __toString() itself threw: fall back to the class name */
	}
	char co[40] = "";
	if (cid >= 0) {
		snprintf(co, sizeof(co), "[coroutine " ZEND_LONG_FMT "] ", cid);
	}
	if (Z_TYPE(str) == IS_STRING) {
		ws_log("%sUncaught in %s: %s", co, where, Z_STRVAL(str));
	} else {
		ws_log("%sUncaught %s in %s", co, ZSTR_VAL(ex->ce->name), where);
	}
	zval_ptr_dtor(&str);
	OBJ_RELEASE(ex);
}

void wserver_log_exception(const char *where)
{
	wserver_log_exception_in(where, -1);
}

void wserver_call_plain(const char *where, zval *fn, uint32_t argc, zval *argv)
{
	zval rv;
	ZVAL_UNDEF(&rv);
	call_user_function(NULL, NULL, fn, &rv, argc, argv);
	zval_ptr_dtor(&rv);
	if (EG(exception) && zend_is_unwind_exit(EG(exception))) {
		wserver_runtime_request_exit(); /* exit() in the callback: the loop ends */
	} else if (EG(exception)) {
		wserver_log_exception(where);
	}
}
