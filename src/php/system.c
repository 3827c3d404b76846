/* Plain functions about the process and the machine: WServer\cpu_num() and its kin, which
 * wserver.aliases=swoole also names swoole_cpu_num() and so on. */
#include <unistd.h>
#include "php.h"
#include "system.h"
#include "../../stubs/system_arginfo.h"

ZEND_FUNCTION(WServer_cpu_num)
{
	ZEND_PARSE_PARAMETERS_NONE();
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	RETURN_LONG(n > 0 ? n : 1);
}

static int last_errno; /* of the last failed system call, for errno() and last_error() */

void wserver_set_errno(int err)
{
	last_errno = err;
}

ZEND_FUNCTION(WServer_errno)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(last_errno);
}

ZEND_FUNCTION(WServer_last_error)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(last_errno);
}

void wserver_system_minit(int module_number)
{
	register_system_symbols(module_number);
	zend_register_functions(NULL, ext_functions, NULL, MODULE_PERSISTENT);
}
