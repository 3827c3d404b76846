/* WServer\Atomic and WServer\Atomic\Long: counters in shared memory (atomic.c). */
#ifndef WSERVER_PHP_ATOMIC_H
#define WSERVER_PHP_ATOMIC_H

#include "php.h"

void wserver_atomic_minit(void);

#endif
