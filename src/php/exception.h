/* WServer\Exception and WServer\Error (exception.c). */
#ifndef WSERVER_PHP_EXCEPTION_H
#define WSERVER_PHP_EXCEPTION_H

#include "php.h"

extern zend_class_entry *wserver_exception_ce, *wserver_error_ce;
void wserver_exception_minit(void);

#endif
