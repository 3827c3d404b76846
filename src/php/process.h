/* WServer\Process: a forked child running a callback, with a pipe to it (process.c). */
#ifndef WSERVER_PHP_PROCESS_H
#define WSERVER_PHP_PROCESS_H

#include "php.h"

extern zend_class_entry *wserver_process_ce;
void wserver_process_minit(int module_number);

#endif
