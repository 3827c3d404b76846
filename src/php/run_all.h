/* runAll(): the launcher. It reads the command words, checks the configuration, binds the
 * sockets of every Worker (one group each), daemonizes and runs the master. */
#ifndef WSERVER_PHP_RUN_ALL_H
#define WSERVER_PHP_RUN_ALL_H

#include <stdbool.h>

#include "php.h"

/* Worker::runAll() / Server::start(): serve every Worker made so far; who names the caller in
 * errors. Ends like exit() (an unwind_exit is thrown) or with an exception; with
 * return_in_master, true in the master once the server stopped cleanly (Swoole's start()
 * returns there and the script goes on). */
bool wserver_run_all(const char *who, bool return_in_master);
/* A configuration mistake found before runAll(): `start` prints the first one as its one-line
 * error and exits with 1, before anything is bound or forked; the other commands ignore it. */
void wserver_run_all_config_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Whether runAll() was called in this request. */
bool wserver_run_all_entered(void);
/* Whether runAll() made this process a daemon (its output goes nowhere). */
bool wserver_run_all_daemon(void);
/* How long a graceful stop may take: the started Server's max_wait_time, else
 * Worker::$stopTimeout. */
double wserver_run_all_stop_timeout(void);
/* Worker::$drainDelay: how long a worker serves on after stop -g before it drains. */
double wserver_run_all_drain_delay(void);
/* End of request: forget the configuration error. */
void wserver_run_all_rshutdown(void);
/* Worker::$eventLoopClass as Workerman sets it: in a worker process (worker: the Worker it
 * serves) its $eventLoop when set; else the class given, or the default loop's name. */
void wserver_run_all_event_loop_class(zend_object *worker);

#endif
