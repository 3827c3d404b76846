/* WServer\Timer (timer.c): the timers of a worker process. */
#ifndef WSERVER_PHP_TIMER_H
#define WSERVER_PHP_TIMER_H

#include "php.h"

extern zend_class_entry *wserver_timer_ce;
extern zend_class_entry *wserver_timer_iterator_ce; /* what Timer::list() returns */
void wserver_timer_minit(int module_number);
/* Stop and free every timer of this worker, and the event-loop object's watchers. */
void wserver_timer_shutdown(void);
/* Start a timer calling fn(args...) (fn(id, args...) when pass_id) after interval seconds, and
 * every interval when persistent. Returns its id; 0 with a warning outside a worker. */
zend_long wserver_timer_add(double interval, zval *fn, zval *args, bool persistent, bool pass_id);
bool wserver_timer_del(zend_long id);
/* Swoole's tick() (persistent) and after(), shared by Timer and Server: (int $ms, callable
 * $callback, ...$params); $ms < 1 warns and returns false. */
void wserver_timer_swoole_add(INTERNAL_FUNCTION_PARAMETERS, bool persistent);
/* Delete every timer of this worker (Timer::delAll()). */
void wserver_timer_del_all(void);
/* Timers of this worker, one-shot and persistent. */
uint32_t wserver_timer_count(void);
/* Whether a timer's callback runs now (and has not suspended). */
bool wserver_timer_firing(void);
/* In a child just forked (Swoole's Process::start()): forget the parent's timers, as Swoole
 * does; the child's own count from 1 again. */
void wserver_timer_after_fork(void);
/* Swoole's timers in the master and the manager run on a loop of their own, which the core's
 * wait loop of the process runs: how long it may wait (ms; -1: no timer), and running what
 * is due. */
int64_t wserver_timer_supervisor_wait_ms(void);
void wserver_timer_supervisor_run(void);
/* A server starts with Swoole's timers made at the top of the script (on the script's loop,
 * not run yet): they go on in its master, as in Swoole. */
void wserver_timer_to_master(void);
/* A process forked from the master or the manager (or the master at its end) drops their
 * timers and that loop. */
void wserver_timer_supervisor_end(void);
/* One-shot timers not fired yet: a graceful stop waits for them. */
uint32_t wserver_timer_oneshot_count(void);

#endif
