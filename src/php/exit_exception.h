/* WServer\ExitException: exit() in a script's coroutine under Swoole's names (exit_exception.c). */
#ifndef WSERVER_PHP_EXIT_EXCEPTION_H
#define WSERVER_PHP_EXIT_EXCEPTION_H

#include "php.h"

/* getFlags() bits, Swoole's values */
#define WSERVER_EXIT_IN_COROUTINE (1 << 1)
#define WSERVER_EXIT_IN_SERVER    (1 << 2)

extern zend_class_entry *wserver_exit_exception_ce;
/* the class and its constants (before the aliases, which copy WSERVER_* to SWOOLE_*) */
void wserver_exit_exception_minit(int module_number);
/* with Swoole's names on (after the aliases' MINIT): exit() in a coroutine throws it */
void wserver_exit_exception_hook(void);

#endif
