/* task_ipc_mode 2 or 3 with message_queue_key (server_task_queue.c): task workers also run the
 * tasks other programs put in that System V message queue with Server\Task::pack(). */
#ifndef WSERVER_PHP_SERVER_TASK_QUEUE_H
#define WSERVER_PHP_SERVER_TASK_QUEUE_H

#include "server.h"

/* In a task worker at its start: begin reading the queue, when the options ask for it. */
void wserver_task_queue_start(wserver_server_obj *s, zend_long task_worker_index);
/* At the worker's stop: no more tasks from the queue. */
void wserver_task_queue_stop(void);

#endif
