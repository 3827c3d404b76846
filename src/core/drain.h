/* Graceful stop of one worker (stop -g, reload -g, max_request, maxMemory, stopAll()): what
 * "idle" means for each connection, and the deadline. */
#ifndef WS_CORE_DRAIN_H
#define WS_CORE_DRAIN_H

#include "worker.h"

/* Set up the drain timers of w (from ws_worker_init). Never calls PHP. */
void ws_drain_init(ws_worker *w);
/* Begin a graceful stop: no more accepting; an HTTP connection closes after the reply in
 * flight (which says Connection: close) or once idle; every other connection (WebSocket with
 * close code 1001) once nothing is pending in the worker (ws_pending, busy connections, send
 * queues, unanswered requests, client connections). Then hooks->on_stop. At w->stop_timeout
 * the worker stops anyway and logs what was still pending. */
void ws_worker_drain(ws_worker *w);
/* stop -g: drain after w->drain_delay seconds (taken from w->stop_timeout), serving and
 * accepting as before meanwhile, so a health check the application answers from
 * w->stop_announced tells the balancer to go elsewhere before the worker stops accepting. */
void ws_worker_drain_announced(ws_worker *w);
/* Something finished (a callback, a connection, a write): re-check a drain, from the loop. */
void ws_worker_poke_drain(ws_worker *w);

#endif
