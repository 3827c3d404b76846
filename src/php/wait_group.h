/* WServer\Coroutine\WaitGroup (wait_group.c). */
#ifndef WSERVER_PHP_WAIT_GROUP_H
#define WSERVER_PHP_WAIT_GROUP_H

#include "php.h"

void wserver_wait_group_minit(void);

#endif
