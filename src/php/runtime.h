/* The per-process runtime of a worker: one struct holds this process's loop, its core worker,
 * the Worker it serves and its status slot; runtime.c turns core events into PHP callbacks. */
#ifndef WSERVER_PHP_RUNTIME_H
#define WSERVER_PHP_RUNTIME_H

#include <ev.h>

#include "php.h"
#include "core/worker.h"
#include "core/process.h"

typedef struct wserver_runtime {
	/* the loop of this process: a worker's, or Coroutine\run()'s; NULL in the master, before
	 * runAll() and outside run() */
	struct ev_loop *loop;
	ws_worker worker;  /* the core worker: listeners, connections, hooks (worker processes) */
	zend_object *self; /* the Worker this process serves; NULL outside a worker */
	const struct wserver_frontend *frontend; /* self's: how its events reach PHP */
	ws_slot *slot;          /* this worker's status slot in shared memory; NULL outside a worker */
	ws_shm *shm;            /* the whole status area (every worker's slot); NULL outside a worker */
	bool exiting;           /* exit() ran in a callback: the worker unwinds and ends */
	bool stop_callback_ran; /* onWorkerStop ran: it runs once, at the drain or at the stop */
	bool started;           /* self's run() began serving (onWorkerStart, then accepting) */
	/* Workers listen()ed in this process (held), their listeners numbered from
	 * WSERVER_ADDED_PORT by their place here */
	zend_object **added;
	uint32_t nadded;
	uint32_t ngroups; /* the Workers runAll() started with (the first ones getAllWorkers() has) */
} wserver_runtime;

/* The listener index of the first Worker listen()ed inside a worker process; a group's own
 * listeners (Server::addListener() ports) are numbered from 0. */
#define WSERVER_ADDED_PORT 0x8000

/* The state of this process. Written by runtime.c only: read it through the accessors below,
 * which compile to a field read (some run per request). */
extern wserver_runtime wserver_rt;

static inline struct ev_loop *wserver_runtime_loop(void)
{
	return wserver_rt.loop;
}
static inline bool wserver_runtime_exiting(void)
{
	return wserver_rt.exiting;
}
static inline ws_slot *wserver_runtime_slot(void)
{
	return wserver_rt.slot;
}
static inline ws_shm *wserver_runtime_shm(void)
{
	return wserver_rt.shm;
}
/* The core worker of this process (its loop, connections, hooks); NULL outside a worker. */
static inline ws_worker *wserver_runtime_worker(void)
{
	return wserver_rt.loop && wserver_rt.worker.loop == wserver_rt.loop ? &wserver_rt.worker : NULL;
}

/* How many Workers runAll() serves (the groups); 0 outside a worker. */
static inline uint32_t wserver_runtime_ngroups(void)
{
	return wserver_rt.ngroups;
}

/* The Worker (group) this process serves; NULL outside a worker. */
static inline zend_object *wserver_runtime_self(void)
{
	return wserver_rt.self;
}

/* The Worker whose socket accepted c: the one this process serves, or one listen()ed in it. */
static inline zend_object *wserver_runtime_owner(const ws_conn *c)
{
	uint32_t i = (uint32_t) c->port - WSERVER_ADDED_PORT; /* wraps for the group's own */
	return EXPECTED(c->port < WSERVER_ADDED_PORT) || i >= wserver_rt.nadded ? wserver_rt.self
	                                                                        : wserver_rt.added[i];
}
/* worker, listen()ed in this worker process: its place among the added ones (it is held until
 * the process ends), as a listener index. */
uint16_t wserver_runtime_adopt(zend_object *worker);
/* self's run(): onWorkerStart, then accepting. false when it ran already. */
bool wserver_runtime_start_self(void);
/* A WebSocket connection of the Worker API (accepted or ws://) opens: the control frames its
 * callbacks (onWebSocketPing, onWebSocketPong, onWebSocketClose, its own or the Worker's) ask
 * for are delivered to them from now on. */
void wserver_runtime_ws_open(ws_conn *c);
/* At MINIT: the C callables the runtime runs. */
void wserver_runtime_minit(void);
/* Worker::stop() of worker in this process: its onWorkerStop (once), then its connections
 * close. */
void wserver_runtime_stop_worker(zend_object *worker);

/* Runs in a forked worker (slot_index of app, serving group_objs[its group]); returns its exit
 * status. */
int wserver_runtime_main(ws_app *app, zend_object **group_objs, int slot_index);
/* Coroutine\run(): coroutines, timers and sockets run on loop until wserver_runtime_leave(). */
void wserver_runtime_enter(struct ev_loop *loop);
/* Coroutine\run() is over: no loop; true when exit() ran meanwhile (then cleared: the caller
 * ends the script). */
bool wserver_runtime_leave(void);
/* Record an exit() seen at a Fiber boundary (takes the unwind_exit) and stop the loop. */
void wserver_runtime_request_exit(void);
/* A suspended callback finished: a draining worker may be done. */
void wserver_runtime_poke(void);
/* Worker::stopAll() in a worker: code 0 stops gracefully (what is under way finishes first),
 * any other ends now with that exit status. */
void wserver_runtime_stop(int code);
/* Send a datagram from this worker's udp:// socket; false with a warning. */
bool wserver_runtime_sendto(const struct sockaddr *peer, socklen_t plen, const char *data,
                            size_t len);
/* The same from fd, one of this worker's datagram sockets (-1: the first of the peer's
 * address family). */
bool wserver_runtime_sendto_from(int fd, const struct sockaddr *peer, socklen_t plen,
                                 const char *data, size_t len);
/* This worker's udp:// socket, or -1. */
int wserver_runtime_udp_fd(void);
/* This worker's datagram socket of listener index (0: its own, then a Server's addListener()
 * ones), or -1. */
int wserver_runtime_datagram_fd(uint16_t index);
/* Whether fd is one of this worker's datagram sockets. */
bool wserver_runtime_is_datagram_fd(int fd);
/* cli_set_process_title(title), when PHP has it. */
void wserver_runtime_set_title(const char *title);

#endif
