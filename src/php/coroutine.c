/* WServer\Coroutine: the PHP face of coro.c. */
#include "binding.h"

#include "stubs/coroutine_arginfo.h"

zend_class_entry *wserver_coroutine_ce;

ZEND_METHOD(WServer_Coroutine, sleep)
{
	double seconds;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_DOUBLE(seconds)
	ZEND_PARSE_PARAMETERS_END();
	if (seconds < 0) {
		zend_argument_value_error(1, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	if (!wserver_coro_sleep(seconds)) {
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Coroutine, getCid)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(wserver_coro_cid());
}

void wserver_coroutine_minit(void)
{
	wserver_coroutine_ce = register_class_WServer_Coroutine();
}
