/* Server option stats_file (server_stats_file.c). */
#ifndef WSERVER_PHP_SERVER_STATS_FILE_H
#define WSERVER_PHP_SERVER_STATS_FILE_H

#include "php.h"

void wserver_stats_file_minit(void);
/* In worker worker_id of server: worker 0 starts writing the file when stats_file is set. */
void wserver_stats_file_start(zend_object *server, zend_long worker_id);

#endif
