/* The PHP side of the master process (master.c): its hooks and what it supervises. */
#ifndef WSERVER_PHP_MASTER_H
#define WSERVER_PHP_MASTER_H

#include "php.h"

struct ws_app;
/* Set the master's PHP hooks and remember the files loaded so far. objs stays owned by the
 * caller and must outlive the master. */
void wserver_master_prepare(struct ws_app *app, zend_object **objs);
/* In a child, or once the master is done. */
void wserver_master_release(void);
/* In the master or the manager, the master's pid; 0 elsewhere. */
pid_t wserver_master_pid(void);
/* True in the master process while it supervises (not in its children). */
extern bool wserver_in_master;
/* The Server whose start() runs the master (its master and manager events fire); NULL under
 * Worker::runAll(). Borrowed: start() never returns while it is set. */
extern zend_object *wserver_master_server;
/* The shared status of the server this master or manager supervises; NULL elsewhere (a
 * worker reads its own, wserver_runtime_shm()). */
struct ws_shm *wserver_master_shm(void);

#endif
