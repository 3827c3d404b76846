/* The code of the last call that failed without an exception (last_error.c): Swoole's
 * swoole_last_error(), set by the coroutine calls that answer false. */
#ifndef WSERVER_PHP_LAST_ERROR_H
#define WSERVER_PHP_LAST_ERROR_H

#include "php.h"

/* Swoole's values (stubs/last_error.stub.php names them for PHP) */
#define WSERVER_ERROR_SYSTEM_CALL_FAIL          502
#define WSERVER_ERROR_INVALID_PARAMS            505
#define WSERVER_ERROR_OPERATION_NOT_SUPPORT     507
#define WSERVER_ERROR_WRONG_OPERATION           509
#define WSERVER_ERROR_DNSLOOKUP_RESOLVE_FAILED  711
#define WSERVER_ERROR_DNSLOOKUP_RESOLVE_TIMEOUT 712
#define WSERVER_ERROR_CO_OUT_OF_COROUTINE       10001
#define WSERVER_ERROR_CO_CANNOT_CANCEL          10015
#define WSERVER_ERROR_CO_NOT_EXISTS             10016
#define WSERVER_ERROR_CO_CANCELED               10017
#define WSERVER_ERROR_CO_TIMEDOUT               10018

void wserver_last_error_minit(int module_number);
void wserver_set_last_error(int code);

#endif
