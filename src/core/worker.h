/* A worker process's runtime: its loop, the accept watcher, open connections, stop signals. */
#ifndef WS_CORE_WORKER_H
#define WS_CORE_WORKER_H

#include <ev.h>
#include <stdbool.h>
#include <stdint.h>

#include "conn.h"
#include "listener.h"
#include "signals.h"
#include "stats.h"

/* What a draining worker still has to do apart from its connections, counted by the binding.
 * A graceful stop ends once all of it is done (or at its deadline). */
typedef struct ws_pending {
	uint32_t timers;      /* one-shot timers (repeating ones never end by themselves) */
	uint32_t coroutines;  /* runnable or suspended, but for the local waits below */
	uint32_t local_waits; /* suspended until another coroutine acts: Channel, WaitGroup, yield */
	uint32_t clients;     /* client connections looking up a name or waiting to reconnect */
	uint32_t replies;     /* task results this worker waits for */
	size_t unsent;        /* bytes queued for other workers */
	bool inbox;           /* messages from other workers not read yet */
	uint32_t senders;     /* workers that may still send this one tasks (a stopping server) */
} ws_pending;

/* The binding's side of the core. Hooks may call PHP; the core never does otherwise. */
typedef struct ws_hooks {
	/* A new connection. Returns false when its callback is suspended (messages then wait). */
	bool (*on_connect)(ws_conn *c);
	/* One decoded message, with what its codec learnt about it (keep-alive; never NULL).
	 * Returns false when its callback is suspended. */
	bool (*on_message)(ws_conn *c, const char *data, size_t len, const ws_msg_info *info);
	/* One datagram from peer on the udp:// listener of index port. */
	void (*on_packet)(const char *data, size_t len, const struct sockaddr *peer, socklen_t plen,
	                  uint16_t port);
	void (*on_close)(ws_conn *c);
	void (*on_error)(ws_conn *c, int code, const char *msg);
	void (*on_buffer_full)(ws_conn *c);
	void (*on_buffer_drain)(ws_conn *c);
	/* A graceful stop (reload, stop -g, max_request) begins. May be NULL. */
	void (*on_drain)(void);
	/* The worker was asked to stop (signal or stopAll) and has closed its connections. */
	void (*on_stop)(void);
	/* Reload asked (SIGUSR1, or SIGQUIT when graceful): run onWorkerReload; true when this
	 * worker is reloadable and must now drain and exit. */
	bool (*on_reload)(bool graceful);
	/* The work a drain waits for beyond the connections themselves (ws_pending). */
	void (*count_pending)(ws_pending *p);
	/* A drain closed every connection and only waits that another coroutine would have to
	 * end are left (Channel, WaitGroup, yield): end them, so those coroutines finish. */
	void (*on_drain_idle)(void);
} ws_hooks;

struct ws_worker {
	struct ev_loop *loop;  /* owned: made after fork */
	ws_listener *listener; /* NULL: a worker without a socket; else a chain of them */
	ev_signal sig_w[WS_NSIGNALS];
	ev_timer accept_retry;   /* accepting paused for lack of descriptors (EMFILE) */
	ev_timer drain_check;    /* deferred check whether a drain is complete */
	ev_timer drain_deadline; /* stop_timeout after the drain began: stop anyway */
	ev_tstamp drain_started; /* loop time the drain began */
	double stop_timeout;     /* seconds a drain may take; set by the binding (0: 2 s) */
	double drain_delay;      /* stop -g: seconds to go on serving first (within stop_timeout) */
	ev_timer drain_delay_w;  /* ends that delay */
	bool stop_announced;     /* stop -g came: draining now or after drain_delay */
	ev_timer stats_timer;    /* refreshes memory and qps in the slot every second */
	uint64_t last_total;     /* total_request at the last stats tick */
	const char *conn_file;   /* where SIGIO writes the connection list; NULL: nowhere */
	ws_conn *conns;          /* open connections, newest first */
	ws_conn *flush_list;     /* connections whose queued bytes go out before the loop waits */
	ws_conn *due_list;       /* connections with a deadline: what the check each second walks */
	ev_prepare flush_w;      /* active while flush_list is not empty */
	uint32_t nconns;
	uint64_t next_id;
	bool eager_send; /* replies are written at once even while later requests of the connection
	                    wait (no batching): a Swoole TCP Server's send() leaves before the next
	                    message is handled */
	bool close_after_callback; /* a connection's socket is closed once on_close returned (as
	                              Swoole's: the close callback runs before the peer sees it) */
	uint64_t *shared_ids;      /* set: connection ids come from this counter shared by other
	                              processes (atomically), not from next_id */
	const ws_hooks *hooks;
	ws_slot *slot; /* this worker's status slot in shared memory */
	char *scratch; /* owned: read buffer shared by all connections */
	size_t scratch_cap;
	size_t default_max_send_buffer;
	size_t default_max_package;
	bool stopping; /* on_stop ran or runs: no more callbacks */
	bool draining; /* graceful stop: no new connections, the open ones close when idle */
	/* limits, set by the binding before ws_worker_listen(); 0 means none */
	uint64_t max_request; /* drain and exit after this many messages (jitter included) */
	uint64_t max_memory;  /* drain and exit past this resident size in bytes (jitter too) */
	uint64_t requests;    /* messages this process has handled */
	uint32_t max_conn;    /* connections open at once over peers (or this worker alone) */
	const ws_slot *peers; /* ro: the status slots of this worker's group, for max_conn */
	uint32_t npeers;
	uint64_t refused;   /* connections refused over max_conn */
	ev_timer heartbeat; /* closes connections idle for heartbeat_idle seconds */
	double heartbeat_idle;
	bool heartbeat_counts_sends;         /* a write keeps a connection alive too (max_idle_time) */
	struct ws_conn_region *shared_conns; /* where accepted connections are listed for the other
	                                        workers (conntab.c); NULL: nowhere */
	ws_listener *added; /* sockets listen()ed in this process only (added_next links them) */
};

/* Make the loop (ev_loop_new) and signal watchers; listener may be NULL. Never calls PHP. */
int ws_worker_init(ws_worker *w, ws_listener *listener, ws_slot *slot, const ws_hooks *hooks);
/* Start accepting (binds its own socket first with reusePort), then mark the worker ready in
 * its slot (a reload waits for that before it replaces the next worker). WS_ERR with errno:
 * not ready. */
int ws_worker_listen(ws_worker *w);
/* Stop accepting, close every connection, then hooks->on_stop. */
void ws_worker_stop(ws_worker *w);
/* Stop watching signum, one of the control signals (ws_signals): the process handles it
 * itself from now on (a Swoole user process's Process::signal()). */
void ws_worker_unwatch_signal(ws_worker *w, int signum);
/* Stop accepting on every listener (others serve them); connections stay. The added ones
 * (this process's own) are closed. */
void ws_worker_stop_accepting(ws_worker *w);
/* Serve l (bound here if it is not yet) from this worker process alone, besides its group's
 * listeners: its connections are the worker's (drained, stopped and counted with the others)
 * and carry l->index. WS_ERR with errno (bind failed), or EBUSY when the worker stops. */
int ws_worker_add_listener(ws_worker *w, ws_listener *l);
/* Stop serving an added listener and close its socket; its connections stay. */
void ws_worker_remove_listener(ws_worker *w, ws_listener *l);
/* pauseAccept() / resumeAccept() of one listener (of the group or added): a paused one is not
 * watched, and connections wait in its backlog. */
void ws_worker_pause_listener(ws_worker *w, ws_listener *l, bool pause);
/* Write one line per open connection to w->conn_file (atomically). Never calls PHP. */
void ws_worker_write_connections(ws_worker *w);
/* Send a datagram to peer from the worker's udp:// socket. WS_ERR with errno (a full socket
 * buffer drops the datagram, as UDP may). */
int ws_worker_sendto(ws_worker *w, const struct sockaddr *peer, socklen_t plen, const char *data,
                     size_t len);
/* The socket of the worker's first udp:// listener, or -1. */
int ws_worker_udp_fd(ws_worker *w);
/* Recycle the worker after about n messages: n plus or minus up to 10 % at random, so that
 * workers started together do not all restart together. Never calls PHP. */
void ws_worker_set_max_request(ws_worker *w, uint64_t n);
/* Recycle the worker once its resident memory (checked every second) is over about bytes. */
void ws_worker_set_max_memory(ws_worker *w, uint64_t bytes);
/* A message is about to be delivered: counts it, and starts a drain at max_request. */
void ws_worker_count_request(ws_worker *w);
/* Every interval seconds, close the connections that received nothing for idle seconds
 * (those with a callback under way are left alone). May call hooks->on_close. */
void ws_worker_set_heartbeat(ws_worker *w, double interval, double idle);
/* Free what init made; connections must be closed already. */
void ws_worker_free(ws_worker *w);

#endif
