/* The options of Coroutine::set() (coroutine_options.c). */
#ifndef WSERVER_PHP_COROUTINE_OPTIONS_H
#define WSERVER_PHP_COROUTINE_OPTIONS_H

#include "php.h"

typedef enum {
	WSERVER_SOCKET_CONNECT,
	WSERVER_SOCKET_READ,
	WSERVER_SOCKET_WRITE
} wserver_socket_op;

/* The default timeout of a socket operation whose call gives none: 0 when not set, < 0 no
 * limit. */
double wserver_coroutine_socket_timeout(wserver_socket_op op);

/* Merge $options into the process's options (throws on a bad value, keeping the old ones). */
void wserver_coroutine_options_set(HashTable *options);
/* The options set so far, null before any. */
void wserver_coroutine_options_get(zval *return_value);
/* Its enable_coroutine (swoole_async_set(['enable_coroutine' => false])): false, a script's
 * timer and signal callbacks run as plain calls, outside any coroutine, as in Swoole. */
bool wserver_coroutine_options_enabled(void);
/* Whether set() was given hook_flags. */
bool wserver_coroutine_options_has_hook_flags(void);
/* Its c_stack_size in bytes (64 KB to 16 MB, page-aligned), 0 when not set. */
size_t wserver_coroutine_c_stack_size(void);
void wserver_coroutine_options_rshutdown(void);
/* max_coroutine (max_coro_num): the most coroutines a process runs at once; 0: no limit. */
zend_long wserver_coroutine_max(void);
/* Whether one more coroutine would pass max_coroutine: then Swoole's warning is raised. */
bool wserver_coroutine_max_reached(void);

#endif
