/* The codes WServer\last_error() (system.c) answers besides an errno, with Swoole's values,
 * and clear_error(): as Swoole's swoole_last_error(), one per-process integer that a call
 * which succeeds leaves alone. */
#include "last_error.h"
#include "system.h"

#include "stubs/last_error_arginfo.h"

void wserver_set_last_error(int code)
{
	wserver_set_errno(code);
}

ZEND_FUNCTION(WServer_clear_error)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_set_errno(0);
}

void wserver_last_error_minit(int module_number)
{
	register_last_error_symbols(module_number);
	zend_register_functions(NULL, ext_functions, NULL, MODULE_PERSISTENT);
}
