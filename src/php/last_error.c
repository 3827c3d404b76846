/* WServer\last_error() and clear_error(): the code the last failing call left, as Swoole's
 * swoole_last_error() (a per-process integer, never reset by a call that succeeds). */
#include "last_error.h"

#include "stubs/last_error_arginfo.h"

static int last_error;

void wserver_set_last_error(int code)
{
	last_error = code;
}

ZEND_FUNCTION(WServer_last_error)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(last_error);
}

ZEND_FUNCTION(WServer_clear_error)
{
	ZEND_PARSE_PARAMETERS_NONE();
	last_error = 0;
}

void wserver_last_error_minit(int module_number)
{
	register_last_error_symbols(module_number);
	zend_register_functions(NULL, ext_functions, NULL, MODULE_PERSISTENT);
}
