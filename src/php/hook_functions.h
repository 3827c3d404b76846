/* PHP functions swapped for coroutine-aware ones while hooked (hook_functions.c): sleep(),
 * usleep(), time_nanosleep(), time_sleep_until(), stream_select() and stream_socket_pair(). */
#ifndef WSERVER_PHP_HOOK_FUNCTIONS_H
#define WSERVER_PHP_HOOK_FUNCTIONS_H

#include "php.h"

/* Swap in ours the functions whose WSERVER_HOOK_* bit is in flags, put PHP's back for the
 * others. Ours act as PHP's anywhere but in a coroutine. */
void wserver_hook_functions(zend_long flags);

#endif
