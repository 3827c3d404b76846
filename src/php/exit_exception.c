/* WServer\ExitException (Swoole\ExitException): under Swoole's names, exit() in a coroutine of
 * a script throws it where exit() is written, as Swoole does, instead of ending the process;
 * the coroutine may catch it, and uncaught it is the script's fatal error. Server workers keep
 * wserver's exit() (the worker ends), so this is for scripts only. */
#include "exit_exception.h"
#include "aliases.h"
#include "coro.h"
#include "exception.h"
#include "runtime.h"

#include "zend_exceptions.h"
#include "stubs/exit_exception_arginfo.h"

zend_class_entry *wserver_exit_exception_ce;

static user_opcode_handler_t previous_exit_handler;

/* The ZEND_EXIT opcode: throws in a script's coroutine, else exit() as usual. */
static int exit_handler(zend_execute_data *execute_data)
{
	if (wserver_coro_cid() > 0 && !wserver_runtime_worker()) {
		const zend_op *opline = EX(opline);
		zval status;
		ZVAL_NULL(&status);
		if (opline->op1_type != IS_UNUSED) {
			zval *v = opline->op1_type == IS_CONST ? RT_CONSTANT(opline, opline->op1)
			                                       : EX_VAR(opline->op1.var);
			ZVAL_COPY_DEREF(&status, v);
		}
		zend_object *ex = zend_throw_exception(wserver_exit_exception_ce, "swoole exit", 0);
		zend_update_property(wserver_exit_exception_ce, ex, ZEND_STRL("status"), &status);
		zend_update_property_long(wserver_exit_exception_ce, ex, ZEND_STRL("flags"),
		                          WSERVER_EXIT_IN_COROUTINE);
		zval_ptr_dtor(&status);
		/* EX(opline) is now the exception's: dispatching runs the handler that unwinds */
		return ZEND_USER_OPCODE_DISPATCH;
	}
	return previous_exit_handler ? previous_exit_handler(execute_data) : ZEND_USER_OPCODE_DISPATCH;
}

ZEND_METHOD(WServer_ExitException, getStatus)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval rv, *v = zend_read_property(wserver_exit_exception_ce, Z_OBJ_P(ZEND_THIS),
	                                 ZEND_STRL("status"), 1, &rv);
	RETURN_COPY_DEREF(v);
}

ZEND_METHOD(WServer_ExitException, getFlags)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval rv, *v = zend_read_property(wserver_exit_exception_ce, Z_OBJ_P(ZEND_THIS),
	                                 ZEND_STRL("flags"), 1, &rv);
	RETURN_LONG(zval_get_long(v));
}

void wserver_exit_exception_minit(int module_number)
{
	wserver_exit_exception_ce = register_class_WServer_ExitException(wserver_exception_ce);
	REGISTER_LONG_CONSTANT("WSERVER_EXIT_IN_COROUTINE", WSERVER_EXIT_IN_COROUTINE,
	                       CONST_CS | CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_EXIT_IN_SERVER", WSERVER_EXIT_IN_SERVER,
	                       CONST_CS | CONST_PERSISTENT);
}

void wserver_exit_exception_hook(void)
{
	if (wserver_aliases_swoole()) {
		previous_exit_handler = zend_get_user_opcode_handler(ZEND_EXIT);
		zend_set_user_opcode_handler(ZEND_EXIT, exit_handler);
	}
}
