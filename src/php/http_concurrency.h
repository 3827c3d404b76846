/* Http\Server's max_concurrency and worker_max_concurrency (http_concurrency.c): the requests
 * under way in all workers (their status slots), 503 at max_concurrency, a worker's queue past
 * worker_max_concurrency. */
#ifndef WSERVER_PHP_HTTP_CONCURRENCY_H
#define WSERVER_PHP_HTTP_CONCURRENCY_H

#include "php.h"
#include "coro.h"
#include "server.h"

/* Start a request: its callback queued with done(arg); unavailable: answered 503 instead. */
typedef void (*wserver_http_start_fn)(wserver_server_obj *s, ws_conn *c, zend_string *raw,
                                      wserver_coro_done_fn done, void *arg, bool unavailable);
/* A request on c of s (raw: its bytes, the reference is taken): started now through start,
 * answered 503 when the server has max_concurrency requests under way, or queued until one of
 * this worker's worker_max_concurrency requests is over. Counted until done(arg) is called. */
void wserver_http_concurrency_admit(wserver_server_obj *s, ws_conn *c, zend_string *raw,
                                    wserver_coro_done_fn done, void *arg,
                                    wserver_http_start_fn start);
/* Requests under way in every worker now (Server::stats()'s concurrency). */
zend_long wserver_http_concurrency_now(void);
/* This worker's requests under way, queued ones included (stats()'s worker_concurrency). */
zend_long wserver_http_concurrency_worker(void);

#endif
