/* Worker-to-worker messages over SOCK_SEQPACKET pairs. A message goes as datagrams of at most
 * WS_IPC_DGRAM bytes, each with a header; datagrams are atomic, so senders never interleave
 * inside one, and a receiver joins the pieces of each sender in order. */
#include "ipc.h"
#include "log.h"
#include "stats.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define WS_IPC_DGRAM (64 * 1024)

typedef struct ws_ipc_head {
	uint32_t type;
	uint32_t from;
	uint32_t total;  /* bytes of the whole message */
	uint32_t offset; /* of this piece */
} ws_ipc_head;

#define WS_IPC_PIECE (WS_IPC_DGRAM - sizeof(ws_ipc_head))

/* How often a sender looks whether a slot without a live worker has one again. */
#define WS_IPC_RETRY 0.02

/* Datagrams waiting for a target's socket to take them, or for the target to come back. */
struct ws_ipc_out {
	ev_io ww;
	ws_ipc *ipc;
	ws_sendq q;        /* whole datagrams, each one chunk */
	uint32_t messages; /* whole messages in q */
};

static void ipc_on_retry(struct ev_loop *loop, ev_timer *t, int revents);

static bool target_up(ws_ipc *ipc, uint32_t to)
{
	return !ipc->presence || ws_presence_up(ipc->presence, to);
}

/* Whether what waits for to may be written to its socket now. */
static bool may_write(ws_ipc *ipc, uint32_t to)
{
	return ipc->write_through || target_up(ipc, to);
}

/* Whether the datagram at data ends its message. */
static bool ends_message(const char *data, size_t len)
{
	ws_ipc_head h;
	memcpy(&h, data, sizeof(h));
	return h.offset + (len - sizeof(h)) == h.total;
}

int ws_ipc_create(ws_ipc *ipc, uint32_t nslots)
{
	memset(ipc, 0, sizeof(*ipc));
	ipc->fds = calloc(nslots, sizeof(*ipc->fds));
	if (!ipc->fds) {
		return WS_ERR;
	}
	for (uint32_t i = 0; i < nslots; i++) {
		if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, ipc->fds[i]) !=
		    0) {
			int e = errno;
			ipc->nslots = i;
			ws_ipc_free(ipc);
			errno = e;
			return WS_ERR;
		}
		/* room for a few whole datagrams in flight */
		int size = 4 * WS_IPC_DGRAM;
		setsockopt(ipc->fds[i][0], SOL_SOCKET, SO_SNDBUF, &size, sizeof(size));
		setsockopt(ipc->fds[i][1], SOL_SOCKET, SO_RCVBUF, &size, sizeof(size));
	}
	ipc->nslots = nslots;
	return WS_OK;
}

static void ipc_on_read(struct ev_loop *loop, ev_io *w, int revents)
{
	ws_ipc *ipc = w->data;
	(void) loop;
	(void) revents;
	for (int budget = 64; budget > 0 && ev_is_active(&ipc->rw); budget--) {
		ssize_t n = recv(w->fd, ipc->scratch, WS_IPC_DGRAM, 0);
		if (n < 0) {
			if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
				ws_log("ipc: reading slot %u: %s", ipc->self, strerror(errno));
			}
			return;
		}
		ws_ipc_head h;
		if ((size_t) n < sizeof(h)) {
			continue;
		}
		memcpy(&h, ipc->scratch, sizeof(h));
		const char *piece = ipc->scratch + sizeof(h);
		size_t plen = (size_t) n - sizeof(h);
		if (h.from >= ipc->nslots + WS_IPC_OUTSIDERS || h.offset > h.total ||
		    plen > h.total - h.offset) {
			continue; /* not ours: ignore */
		}
		ws_rbuf *part = &ipc->partial[h.from];
		if (h.offset == 0 && plen == h.total) {
			ws_rbuf_free(part); /* the common case: the whole message in one datagram */
			ipc->handler(h.type, h.from, piece, plen);
			continue;
		}
		if (h.offset != ws_rbuf_size(part)) {
			ws_rbuf_free(part); /* the sender died mid-message: start over */
			if (h.offset != 0) {
				continue;
			}
		}
		if (ws_rbuf_append(part, piece, plen) != WS_OK) {
			ws_rbuf_free(part);
			continue;
		}
		if (ws_rbuf_size(part) == h.total) {
			ws_rbuf held = *part;
			memset(part, 0, sizeof(*part));
			ipc->handler(h.type, h.from, held.data + held.off, h.total);
			ws_rbuf_free(&held);
		}
	}
}

int ws_ipc_attach(ws_ipc *ipc, struct ev_loop *loop, uint32_t self, ws_ipc_handler handler)
{
	ipc->loop = loop;
	ipc->self = self;
	ipc->handler = handler;
	ipc->partial = calloc(ipc->nslots + WS_IPC_OUTSIDERS, sizeof(*ipc->partial));
	ipc->outs = calloc(ipc->nslots, sizeof(*ipc->outs));
	ipc->scratch = malloc(WS_IPC_DGRAM);
	if (!ipc->partial || !ipc->outs || !ipc->scratch) {
		return WS_ERR;
	}
	ev_io_init(&ipc->rw, ipc_on_read, ipc->fds[self][1], EV_READ);
	ipc->rw.data = ipc;
	ev_init(&ipc->retry, ipc_on_retry);
	ipc->retry.repeat = WS_IPC_RETRY;
	ipc->retry.data = ipc;
	ev_io_start(loop, &ipc->rw);
	return WS_OK;
}

/* Write queued datagrams while the target's socket takes them. While the target has no live
 * worker they stay here (its socket would keep them too, but unbounded and unseen), and the
 * retry timer looks again. */
static void out_flush(ws_ipc_out *o)
{
	ws_ipc *ipc = o->ipc;
	ws_sendq *q = &o->q;
	if (!ws_sendq_empty(q) && !may_write(ipc, (uint32_t) (o - ipc->outs))) {
		if (!ev_is_active(&ipc->retry)) {
			ev_timer_again(ipc->loop, &ipc->retry);
		}
		return;
	}
	while (!ws_sendq_empty(q)) {
		ws_chunk *k = &q->chunks[q->head];
		ssize_t n = send(o->ww.fd, k->data, k->len, MSG_NOSIGNAL);
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
			if (!ev_is_active(&o->ww)) {
				ev_io_start(o->ipc->loop, &o->ww);
			}
			return;
		}
		if (n < 0) {
			ws_log("ipc: writing to slot %u: %s; message dropped", (unsigned) (o - o->ipc->outs),
			       strerror(errno));
		}
		if (ends_message(k->data, k->len)) {
			o->messages--;
		}
		ws_sendq_drop_first(q);
	}
	if (ev_is_active(&o->ww)) {
		ev_io_stop(o->ipc->loop, &o->ww);
	}
}

static void out_on_write(struct ev_loop *loop, ev_io *w, int revents)
{
	(void) loop;
	(void) revents;
	out_flush(w->data);
}

/* Targets that had no live worker: send what waits for those that have one again. */
static void ipc_on_retry(struct ev_loop *loop, ev_timer *t, int revents)
{
	ws_ipc *ipc = t->data;
	(void) revents;
	bool held = false;
	for (uint32_t i = 0; i < ipc->nslots; i++) {
		ws_ipc_out *o = &ipc->outs[i];
		if (o->ipc && !ws_sendq_empty(&o->q) && !ev_is_active(&o->ww)) {
			out_flush(o);
			held = held || (!ws_sendq_empty(&o->q) && !ev_is_active(&o->ww));
		}
	}
	if (!held) {
		ev_timer_stop(loop, t);
	}
}

int ws_ipc_send(ws_ipc *ipc, uint32_t to, uint32_t type, const char *data, size_t len)
{
	if (to >= ipc->nslots || !ipc->outs || len > UINT32_MAX) {
		errno = EINVAL;
		return WS_ERR;
	}
	ws_ipc_out *o = &ipc->outs[to];
	if (!o->ipc) {
		o->ipc = ipc;
		ev_io_init(&o->ww, out_on_write, ipc->fds[to][0], EV_WRITE);
		o->ww.data = o;
	}
	if (ipc->queue_max && o->messages >= ipc->queue_max && !may_write(ipc, to)) {
		errno = ENOBUFS;
		return WS_ERR;
	}
	size_t off = 0;
	do {
		size_t plen = len - off < WS_IPC_PIECE ? len - off : WS_IPC_PIECE;
		ws_ipc_head h = {type, ipc->self, (uint32_t) len, (uint32_t) off};
		char *dgram = malloc(sizeof(h) + plen);
		if (!dgram) {
			errno = ENOMEM;
			return WS_ERR;
		}
		memcpy(dgram, &h, sizeof(h));
		memcpy(dgram + sizeof(h), data + off, plen);
		if (ws_sendq_push_owned(&o->q, dgram, sizeof(h) + plen) != WS_OK) {
			free(dgram);
			errno = ENOMEM;
			return WS_ERR;
		}
		off += plen;
	} while (off < len);
	o->messages++;
	if (!ev_is_active(&o->ww)) {
		out_flush(o);
	}
	return WS_OK;
}

int ws_ipc_send_now(ws_ipc *ipc, uint32_t outsider, uint32_t to, uint32_t type, const char *data,
                    size_t len, int timeout_ms)
{
	if (to >= ipc->nslots || outsider >= WS_IPC_OUTSIDERS || len > UINT32_MAX) {
		errno = EINVAL;
		return WS_ERR;
	}
	char *dgram = malloc(WS_IPC_DGRAM);
	if (!dgram) {
		errno = ENOMEM;
		return WS_ERR;
	}
	int64_t deadline = ws_now_ms() + timeout_ms;
	size_t off = 0;
	do {
		size_t plen = len - off < WS_IPC_PIECE ? len - off : WS_IPC_PIECE;
		ws_ipc_head h = {type, ipc->nslots + outsider, (uint32_t) len, (uint32_t) off};
		memcpy(dgram, &h, sizeof(h));
		memcpy(dgram + sizeof(h), data + off, plen);
		/* no loop to come back on: wait here for the socket to take the piece */
		while (send(ipc->fds[to][0], dgram, sizeof(h) + plen, MSG_NOSIGNAL) < 0) {
			int64_t left = deadline - ws_now_ms();
			if ((errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) || left <= 0) {
				int e = errno == EWOULDBLOCK ? EAGAIN : errno;
				free(dgram);
				errno = e;
				return WS_ERR;
			}
			struct pollfd p = {ipc->fds[to][0], POLLOUT, 0};
			poll(&p, 1, (int) left);
		}
		off += plen;
	} while (off < len);
	free(dgram);
	return WS_OK;
}

size_t ws_ipc_unsent(const ws_ipc *ipc)
{
	size_t n = 0;
	for (uint32_t i = 0; ipc->outs && i < ipc->nslots; i++) {
		if (ipc->outs[i].messages > 0 && target_up((ws_ipc *) ipc, i)) {
			n += ipc->outs[i].q.bytes;
		}
	}
	return n;
}

bool ws_ipc_has_input(const ws_ipc *ipc)
{
	if (!ipc->fds || ipc->self >= ipc->nslots || (ipc->loop && !ev_is_active(&ipc->rw))) {
		return false; /* not reading (ws_ipc_stop_reading()): what waits is for the next one */
	}
	struct pollfd p = {ipc->fds[ipc->self][1], POLLIN, 0};
	return poll(&p, 1, 0) > 0 && (p.revents & POLLIN);
}

void ws_ipc_stop_reading(ws_ipc *ipc)
{
	if (ipc->loop) {
		ev_io_stop(ipc->loop, &ipc->rw);
	}
}

void ws_ipc_free(ws_ipc *ipc)
{
	if (ipc->loop && ev_is_active(&ipc->rw)) {
		ev_io_stop(ipc->loop, &ipc->rw);
	}
	if (ipc->loop) {
		ev_timer_stop(ipc->loop, &ipc->retry);
	}
	for (uint32_t i = 0; ipc->partial && i < ipc->nslots + WS_IPC_OUTSIDERS; i++) {
		ws_rbuf_free(&ipc->partial[i]);
	}
	for (uint32_t i = 0; i < ipc->nslots; i++) {
		if (ipc->outs && ipc->outs[i].ipc) {
			if (ipc->outs[i].messages > 0) {
				ws_log("ipc: %u message(s) for worker slot %u dropped: this worker exits before "
				       "that slot took them",
				       ipc->outs[i].messages, i);
			}
			ev_io_stop(ipc->loop, &ipc->outs[i].ww);
			ws_sendq_free(&ipc->outs[i].q);
		}
		close(ipc->fds[i][0]);
		close(ipc->fds[i][1]);
	}
	free(ipc->fds);
	free(ipc->partial);
	free(ipc->outs);
	free(ipc->scratch);
	memset(ipc, 0, sizeof(*ipc));
}
