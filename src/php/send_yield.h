/* Swoole's send_yield (send_yield.c): a send from a coroutine to a connection whose send
 * buffer is full waits for it to drain instead of failing. */
#ifndef WSERVER_PHP_SEND_YIELD_H
#define WSERVER_PHP_SEND_YIELD_H

#include "core/conn.h"

/* Before a send to c (NULL: none) of the Server serving this worker: with send_yield on, from a
 * coroutine, wait while c's send buffer is full (send_timeout at most) and c is open. Calls PHP. */
void wserver_send_yield_wait(ws_conn *c);
/* A send buffer drained or a connection closed: the waiters look again. Never calls PHP. */
void wserver_send_yield_wake(void);

#endif
