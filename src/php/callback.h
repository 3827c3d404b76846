/* Logging an exception that escaped a PHP callback (callback.c). */
#ifndef WSERVER_PHP_CALLBACK_H
#define WSERVER_PHP_CALLBACK_H

#include "php.h"

/* Log the pending exception with where it escaped and clear it. Calls PHP. */
void wserver_log_exception(const char *where);
/* The same, for an exception that ended coroutine cid. */
void wserver_log_exception_in(const char *where, zend_long cid);
/* Call fn outside any coroutine (a loop callback with enable_coroutine off): exit() in it ends
 * the loop, an exception is logged as escaping where. Calls PHP. */
void wserver_call_plain(const char *where, zval *fn, uint32_t argc, zval *argv);

#endif
