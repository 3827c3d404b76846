/* WServer\Table (table.c): rows in shared memory over src/core/shm_table.c. */
#ifndef WSERVER_PHP_TABLE_H
#define WSERVER_PHP_TABLE_H

#include "php.h"

void wserver_table_minit(void);

#endif
