/* WServer\Coroutine\System and its calls on Coroutine (coroutine_system.c). */
#ifndef WSERVER_PHP_COROUTINE_SYSTEM_H
#define WSERVER_PHP_COROUTINE_SYSTEM_H

#include "php.h"

void wserver_coroutine_system_minit(int module_number);

#endif
