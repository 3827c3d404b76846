/* Server::task() and its task workers (server_task.c). */
#ifndef WSERVER_PHP_SERVER_TASK_H
#define WSERVER_PHP_SERVER_TASK_H

#include "php.h"
#include "server.h"

/* task(): the task id, or -1 after a warning. */
/* At MINIT: the C function tasks run in. */
void wserver_task_minit(void);
/* Server\Task (the task callback's argument with task_enable_coroutine), at MINIT. */
extern zend_class_entry *wserver_task_ce;
void wserver_task_setup(zend_class_entry *ce);
/* waited: a taskwait() waits for it (its result never goes to finish). */
zend_long wserver_task_send(wserver_server_obj *s, zval *data, zend_long dst, zval *finish_cb,
                            bool waited);
bool wserver_task_finish(zval *result);
/* In a task worker's coroutine: run the task callback, send back its result (to the process
 * from_pid of slot from_slot). */
void wserver_task_run(wserver_server_obj *s, zend_long task_id, zend_long from_slot,
                      zend_long wants_result, zend_long from_pid, zend_long flags, zval *data);
/* A task from the message queue (server_task_queue.c), run in a coroutine; nobody waits for its
 * result. */
void wserver_task_run_queued(zend_long task_id, zval *data);
void wserver_task_message(wserver_server_obj *s, uint32_t type, uint32_t from, const char *data,
                          size_t len);
/* taskwait(): false + warning on time-out. */
void wserver_taskwait(wserver_server_obj *s, zval *data, double timeout, zend_long dst,
                      zval *return_value);
/* taskWaitMulti() (index => result of those that came) and taskCo() (false_for_missing:
 * false at the index of each task without a result). */
void wserver_task_wait_multi(wserver_server_obj *s, HashTable *tasks, double timeout,
                             bool false_for_missing, zval *return_value);
void wserver_task_shutdown(void);
/* Results of tasks sent from here that a callback or the finish event waits for. */
uint32_t wserver_task_awaited(void);

#endif
