/* Server\Task::pack() / ::unpack() (server_task_pack.c), and the decoding task workers use for
 * the packets a message queue brings (server_task_queue.c). */
#ifndef WSERVER_PHP_SERVER_TASK_PACK_H
#define WSERVER_PHP_SERVER_TASK_PACK_H

#include "php.h"

/* The data and task id of a packet pack() made. false with *why (a reason for a log line) when
 * p is cut, foreign, or names a spool file that cannot be read. */
bool wserver_task_unpack(const char *p, size_t len, zval *out, zend_long *task_id,
                         const char **why);

#endif
