/* WServer\Lock (lock.c): a lock shared across processes, over src/core/shm_lock.c. */
#ifndef WSERVER_PHP_LOCK_H
#define WSERVER_PHP_LOCK_H

#include "php.h"

void wserver_lock_minit(int module_number);

#endif
