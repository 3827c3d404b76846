/* WServer\Process: a forked child running a callback, with a pipe to it (process.c). */
#ifndef WSERVER_PHP_PROCESS_H
#define WSERVER_PHP_PROCESS_H

#include "php.h"

extern zend_class_entry *wserver_process_ce;
void wserver_process_minit(int module_number);
/* How many signals have a Process::signal() handler. */
uint32_t wserver_process_signal_count(void);
/* Server::addProcess(): the pipe is made now, before the server forks, so that every process
 * of the server holds both ends (workers write() to the user process, which read()s). */
bool wserver_process_open_for_server(zend_object *proc);
/* In the user process the server runs for proc: proc becomes the child's object (pid, its end
 * of the pipe) and its callback runs here; exceptions stay pending. */
void wserver_process_run_for_server(zend_object *proc);

#endif
