/* WServer\Events\EventInterface, WServer\Events\Loop and Worker::getEventLoop()
 * (event_loop.c): Workerman's event-loop object on this process's loop. */
#ifndef WSERVER_PHP_EVENT_LOOP_H
#define WSERVER_PHP_EVENT_LOOP_H

#include "php.h"

extern zend_class_entry *wserver_event_interface_ce;
extern zend_class_entry *wserver_event_loop_ce;
void wserver_event_loop_minit(void);
/* A worker starts: Worker::$globalEvent becomes the loop object. Calls PHP (no user code). */
void wserver_event_loop_worker_start(void);
/* Whether Worker::$eventLoopClass names Workerman's Fiber loop, whose callbacks each run in a
 * Fiber of their own (Swoole's and Swow's run in their coroutines, which need those
 * extensions: nothing to do). Calls PHP (no user code). */
bool wserver_event_loop_is_fiber(void);
/* The loop ends: stop and free the stream and signal watchers added through the object, and
 * forget its error handler. Never calls user code (frees what it holds). */
void wserver_event_loop_shutdown(void);

#endif
