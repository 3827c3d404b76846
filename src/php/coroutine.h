/* WServer\Coroutine and its Context (coroutine.c): the PHP face of coro.c's scheduler. */
#ifndef WSERVER_PHP_COROUTINE_H
#define WSERVER_PHP_COROUTINE_H

#include "php.h"

extern zend_class_entry *wserver_coroutine_ce;
extern zend_class_entry *wserver_coroutine_context_ce;
extern zend_class_entry *wserver_coroutine_canceled_exception_ce;
extern zend_class_entry *wserver_coroutine_timeout_exception_ce;
void wserver_coroutine_minit(void);

#endif
