/* Messages between worker processes: one SOCK_SEQPACKET socket pair per worker slot, made by
 * the master before it forks, so every process can write to every slot and a replaced worker
 * reads what was sent to its slot. Messages of any size are cut into datagrams and joined
 * again per sender. While a target slot has no live worker (crashed, being replaced), what is
 * sent to it waits in the sender, at most queue_max messages, and goes out in order once a
 * worker runs there again. Never calls PHP. */
#ifndef WS_CORE_IPC_H
#define WS_CORE_IPC_H

#include <ev.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buffer.h"
#include "presence.h"

/* Senders outside the slots, which never read messages (the master, the manager): their
 * messages come from slot nslots + WS_IPC_FROM_MASTER or nslots + WS_IPC_FROM_MANAGER. */
enum { WS_IPC_FROM_MASTER = 0, WS_IPC_FROM_MANAGER = 1, WS_IPC_OUTSIDERS = 2 };

/* Delivers one whole message of type from slot from (nslots and above: an outsider). */
typedef void (*ws_ipc_handler)(uint32_t type, uint32_t from, const char *data, size_t len);

typedef struct ws_ipc_out ws_ipc_out;

typedef struct ws_ipc {
	uint32_t nslots;
	int (*fds)[2];         /* per slot: [0] written by anyone, [1] read by the slot's worker */
	ws_presence *presence; /* which slots have a live worker; NULL: all count as live */
	uint32_t queue_max;    /* messages kept for a slot with no live worker; 0: no limit */
	/* messages for a slot with no live worker go into its socket (its next worker reads them)
	 * rather than wait here: for a sender whose loop may not run to send them later */
	bool write_through;
	/* in a worker, after ws_ipc_attach(): */
	struct ev_loop *loop;
	uint32_t self;
	ev_io rw;
	ws_ipc_handler handler;
	ws_rbuf *partial; /* per sender: the message being joined */
	ws_ipc_out *outs; /* per target: what its socket did not take yet */
	char *scratch;    /* one datagram */
	ev_timer retry;   /* runs while messages wait for a slot with no live worker */
} ws_ipc;

/* Make the socket pairs for nslots slots (master, before forking). WS_ERR with errno. */
int ws_ipc_create(ws_ipc *ipc, uint32_t nslots);
/* In the worker of slot self: read its socket on loop, handing messages to handler. */
int ws_ipc_attach(ws_ipc *ipc, struct ev_loop *loop, uint32_t self, ws_ipc_handler handler);
/* Send len bytes as one message of type to slot to: queued when its socket is full, or when
 * no worker runs in that slot (then at most queue_max messages). WS_ERR with errno: EINVAL
 * for a bad slot, ENOBUFS when the slot has no live worker and queue_max messages wait for it
 * already, ENOMEM. */
int ws_ipc_send(ws_ipc *ipc, uint32_t to, uint32_t type, const char *data, size_t len);
/* From a process without a loop (an outsider, which never attaches): send len bytes as one
 * message of type to slot to now, waiting up to timeout_ms for room in its socket. A slot with
 * no live worker keeps it in its socket for the next one. WS_ERR with errno: EINVAL, EAGAIN
 * (no room in time: the message may be cut short, and its receiver drops the piece). */
int ws_ipc_send_now(ws_ipc *ipc, uint32_t outsider, uint32_t to, uint32_t type, const char *data,
                    size_t len, int timeout_ms);
/* Bytes queued for targets that have a live worker (their sockets were full); what waits
 * for a slot with no live worker is not counted: this process cannot make it go. */
size_t ws_ipc_unsent(const ws_ipc *ipc);
/* Whether messages wait in this worker's own socket (after ws_ipc_attach). Never blocks. */
bool ws_ipc_has_input(const ws_ipc *ipc);
/* Close every descriptor and free what attach made; messages still waiting are dropped, with
 * a log line. */
/* Read no more messages here: they wait in this slot's socket for the process that replaces
 * this one (a task worker past task_max_request). */
void ws_ipc_stop_reading(ws_ipc *ipc);
void ws_ipc_free(ws_ipc *ipc);

#endif
