/* WServer\Coroutine\Scheduler (coroutine_scheduler.c). */
#ifndef WSERVER_PHP_COROUTINE_SCHEDULER_H
#define WSERVER_PHP_COROUTINE_SCHEDULER_H

void wserver_coroutine_scheduler_minit(void);

#endif
