/* Connections: read -> frame -> hooks->on_message; send -> writev or queue -> drain; close.
 * Reaches PHP only through ws_worker.hooks. */
#include "conn.h"
#include "conntab.h"
#include "log.h"
#include "ratelog.h"
#include "stats.h"
#include "websocket.h"
#include "worker.h"
#include "drain.h"
#include "listener.h"
#include "tls.h"
#include "spool.h"

#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

/* A body up to this size that has to wait is copied rather than held by reference. */
#define WS_CONN_COPY_BODY 512
/* Plaintext per TLS write: one full record. Smaller pieces are gathered up to it. */
#define WS_TLS_RECORD 16384
static char tls_out[WS_TLS_RECORD];
/* Reads of a body being spooled to disk in one turn of the loop, at most. */
#define WS_CONN_SPOOL_READS 16

static void conn_on_read(struct ev_loop *loop, ev_io *w, int revents);
static void conn_on_write(struct ev_loop *loop, ev_io *w, int revents);
static void conn_close_sent(ws_conn *c);
static void conn_want_write(ws_conn *c, bool socket_full);
static void conn_on_handshake(struct ev_loop *loop, ev_io *w, int revents);

void ws_conn_ref(ws_conn *c)
{
	c->refs++;
}

void ws_conn_unref(ws_conn *c)
{
	if (--c->refs == 0) {
		ws_tls_conn_free(c->tls);
		ws_spool_free(c->spool);
		ws_rbuf_free(&c->in);
		ws_sendq_free(&c->out);
		ws_websocket_free(c);
		free(c);
	}
}

static bool conn_open(const ws_conn *c)
{
	return c->status == WS_CONN_ESTABLISHED;
}

static void conn_want_read(ws_conn *c)
{
	ws_worker *w = c->worker;
	if (c->linger_until_ms) {
		return; /* lingering: rw reads and drops until the peer closes (conn_on_linger_read) */
	}
	if (c->handshake_until_ms) {
		return; /* the TLS handshake owns both watchers until it is done */
	}
	bool want = conn_open(c) && !c->busy && !c->recv_paused;
	if (want) {
		if (!ev_is_active(&c->rw)) {
			ev_io_start(w->loop, &c->rw);
		}
		if (c->tls && ws_tls_pending(c->tls)) {
			ev_feed_event(w->loop, &c->rw, EV_READ); /* decrypted already: the socket is quiet */
		}
	} else if (ev_is_active(&c->rw) && (!conn_open(c) || c->recv_paused)) {
		ev_io_stop(w->loop, &c->rw);
	}
	/* busy alone (a callback runs) leaves the watcher on: most callbacks end in this loop round,
	 * and conn_on_read stops it if the peer sends meanwhile. That saves a stop and a start per
	 * message. */
}

static bool proto_is_websocket(const ws_proto *proto)
{
	return proto && (proto->kind == WS_PROTO_WEBSOCKET || proto->kind == WS_PROTO_WEBSOCKET_CLIENT);
}

bool ws_conn_ws_open(const ws_conn *c)
{
	return c->ws && c->ws->open;
}

int ws_conn_switch_proto(ws_conn *c, const ws_proto *proto)
{
	if (!proto_is_websocket(proto)) {
		ws_websocket_free(c); /* held frames and fragments go with it */
	} else if (!c->ws) {
		if (ws_websocket_attach(c) != WS_OK) {
			return WS_ERR;
		}
		c->ws->client = c->outgoing;
	}
	c->proto = proto;
	return WS_OK;
}

/* A connection on fd in the worker's list (one reference: the worker's), not reading yet. */
static ws_conn *conn_new(ws_worker *w, int fd, const struct sockaddr *sa, socklen_t len,
                         const ws_proto *proto, const void *proto_param, uint16_t port,
                         uint8_t status)
{
	ws_conn *c = calloc(1, sizeof(*c));
	if (!c) {
		return NULL;
	}
	c->worker = w;
	c->fd = fd;
	c->proto = proto;
	c->proto_param = proto_param;
	c->port = port;
	c->id = w->shared_ids ? __atomic_add_fetch(w->shared_ids, 1, __ATOMIC_RELAXED) : ++w->next_id;
	c->refs = 1;
	c->status = status;
	c->max_send_buffer = w->default_max_send_buffer;
	c->max_package = w->default_max_package;
	c->recv_ts = c->sent_ts = ev_now(w->loop);
	c->connected_at = c->last_recv_at = (time_t) c->recv_ts;
	if (proto_is_websocket(proto) && ws_websocket_attach(c) != WS_OK) {
		free(c);
		return NULL;
	}
	if (len > sizeof(c->peer)) {
		len = sizeof(c->peer);
	}
	memcpy(&c->peer, sa, len);
	c->peer_len = len;
	ev_io_init(&c->rw, conn_on_read, fd, EV_READ);
	ev_io_init(&c->ww, conn_on_write, fd, EV_WRITE);
	c->rw.data = c->ww.data = c;
	c->next = w->conns;
	if (w->conns) {
		w->conns->prev = c;
	}
	w->conns = c;
	w->nconns++;
	if (w->slot) {
		w->slot->connections = w->nconns;
	}
	return c;
}

/* A TLS session on c's socket; the handshake starts when the socket has something to say. */
static bool conn_tls_start(ws_conn *c, ws_tls_ctx *ctx, bool client, const char *peer_name)
{
	c->tls = ws_tls_conn_new(ctx, c->fd, client, peer_name);
	if (!c->tls) {
		return false;
	}
	c->handshake_until_ms = ws_now_ms() + ws_tls_ctx_timeout_ms(ctx);
	ws_conn_watch_deadline(c);
	ev_set_cb(&c->rw, conn_on_handshake);
	ev_set_cb(&c->ww, conn_on_handshake);
	return true;
}

/* The accepted c is ready for the binding: listed, announced, reading. */
static void conn_announce(ws_conn *c)
{
	ws_worker *w = c->worker;
	c->unannounced = false;
	if (c->proto && c->proto->head_timeout && c->proto->head_timeout(NULL, 0) > 0) {
		c->head_since_ms = ws_now_ms(); /* a client that connects and sends nothing */
		ws_conn_watch_deadline(c);
	}
	ws_conntab_add(w->shared_conns, c);
	ws_conn_ref(c);
	if (!w->hooks->on_connect(c)) {
		c->busy = true;
	}
	conn_want_read(c);
	ws_conn_unref(c);
}

ws_conn *ws_conn_accepted(ws_worker *w, int fd, const struct sockaddr *sa, socklen_t len,
                          const ws_proto *proto, const void *proto_param, uint16_t port,
                          ws_tls_ctx *tls, bool tls_early)
{
	ws_conn *c = conn_new(w, fd, sa, len, proto, proto_param, port,
	                      tls ? WS_CONN_CONNECTING : WS_CONN_ESTABLISHED);
	if (!c) {
		return NULL;
	}
	if (w->slot) {
		w->slot->accepted++;
	}
	if (!tls) {
		conn_announce(c);
		return c;
	}
	c->unannounced = true;
	if (!conn_tls_start(c, tls, false, NULL)) {
		ws_conn_destroy(c);
		return c; /* the socket was closed with it */
	}
	if (tls_early) {
		c->tls_early = true;
		ws_conn_ref(c);
		conn_announce(c); /* reads nothing: the handshake owns the watchers */
		bool open = c->status == WS_CONN_CONNECTING || c->status == WS_CONN_CLOSING;
		ws_conn_unref(c);
		if (!open) {
			return c; /* closed by on_connect */
		}
	}
	ev_io_start(w->loop, &c->rw); /* the client speaks first */
	return c;
}

/* The outgoing c is connected (and through its TLS handshake): the binding hears of it. */
static void conn_connected(ws_conn *c)
{
	struct ev_loop *loop = c->worker->loop;
	/* close() while connecting: what was queued still goes, then the connection closes */
	bool closing = c->status == WS_CONN_CLOSING;
	if (!closing) {
		c->status = WS_CONN_ESTABLISHED;
		c->connected_at = c->last_recv_at = (time_t) ev_now(loop);
	}
	if (!ws_sendq_empty(&c->out)) {
		ev_io_start(loop, &c->ww); /* what was sent while connecting */
	}
	if (!closing && !c->tls_early && !c->worker->hooks->on_connect(c)) {
		c->busy = true;
	}
	conn_want_read(c);
}

/* The handshake of an accepted c whose binding heard of it at accept (tls_early) is done: what
 * it sent meanwhile goes now, and reading starts. */
static void conn_tls_ready(ws_conn *c)
{
	if (c->status == WS_CONN_CONNECTING) {
		c->status = WS_CONN_ESTABLISHED;
	}
	if (!ws_sendq_empty(&c->out)) {
		ev_io_start(c->worker->loop, &c->ww);
	}
	conn_want_read(c);
}

/* Peers decide how often these happen: logged at most once a second. */
static ws_ratelog tls_failed_log = WS_RATELOG("failed TLS handshakes", 1000);

/* The handshake failed (or timed out): counted, logged, closed; an outgoing connection's
 * binding hears why first. */
static void conn_handshake_failed(ws_conn *c, const char *why)
{
	ws_worker *w = c->worker;
	char addr[128];
	ws_sockaddr_format((struct sockaddr *) &c->peer, c->peer_len, addr, sizeof(addr));
	if (w->slot) {
		w->slot->tls_failed++;
	}
	c->handshake_until_ms = 0;
	ws_conn_ref(c);
	if (c->outgoing) {
		char msg[400];
		snprintf(msg, sizeof(msg), "TLS handshake with %s failed: %s", addr, why);
		w->hooks->on_error(c, WS_ERR_CONNECT_FAIL, msg);
	} else {
		ws_ratelog_write(&tls_failed_log, "worker pid %d: TLS handshake from %s failed: %s",
		                 (int) getpid(), addr, why);
	}
	ws_conn_destroy(c);
	ws_conn_unref(c);
}

/* One step of the TLS handshake; once done, the connection is the binding's. */
static void conn_handshake_step(ws_conn *c)
{
	struct ev_loop *loop = c->worker->loop;
	int r = ws_tls_handshake(c->tls);
	if (r == WS_TLS_WANT_READ || r == WS_TLS_WANT_WRITE) {
		ev_io *on = r == WS_TLS_WANT_READ ? &c->rw : &c->ww;
		ev_io *off = r == WS_TLS_WANT_READ ? &c->ww : &c->rw;
		ev_io_stop(loop, off);
		if (!ev_is_active(on)) {
			ev_io_start(loop, on);
		}
		return;
	}
	ev_io_stop(loop, &c->rw);
	ev_io_stop(loop, &c->ww);
	ev_set_cb(&c->rw, conn_on_read);
	ev_set_cb(&c->ww, conn_on_write);
	if (r == WS_TLS_FAILED) {
		conn_handshake_failed(c, ws_tls_conn_error(c->tls));
		return;
	}
	c->handshake_until_ms = 0;
	ws_conn_ref(c);
	if (c->outgoing) {
		conn_connected(c);
	} else if (c->tls_early) {
		conn_tls_ready(c);
	} else {
		c->status = WS_CONN_ESTABLISHED;
		conn_announce(c);
	}
	ws_conn_unref(c);
}

static void conn_on_handshake(struct ev_loop *loop, ev_io *w, int revents)
{
	(void) loop;
	(void) revents;
	conn_handshake_step(w->data);
}

void ws_conn_handshake_expire(ws_conn *c, int64_t now_ms)
{
	if (c->handshake_until_ms && now_ms >= c->handshake_until_ms && c->status != WS_CONN_CLOSED) {
		ev_io_stop(c->worker->loop, &c->rw);
		ev_io_stop(c->worker->loop, &c->ww);
		conn_handshake_failed(c, "no TLS handshake in time");
	}
}

/* The socket of a connecting c is writable: connected, or failed (SO_ERROR says). */
static void conn_on_connected(struct ev_loop *loop, ev_io *w, int revents)
{
	ws_conn *c = w->data;
	(void) revents;
	int err = c->connect_err;
	socklen_t elen = sizeof(err);
	if (err == 0 && getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &elen) < 0) {
		err = errno;
	}
	ev_io_stop(loop, &c->ww);
	ev_set_cb(&c->ww, conn_on_write);
	ws_conn_ref(c);
	if (err != 0) {
		char why[160];
		char addr[128];
		ws_sockaddr_format((struct sockaddr *) &c->peer, c->peer_len, addr, sizeof(addr));
		snprintf(why, sizeof(why), "connect %s failed: %s", addr, strerror(err));
		c->worker->hooks->on_error(c, WS_ERR_CONNECT_FAIL, why);
		ws_conn_destroy(c);
	} else if (c->tls) {
		ev_set_cb(&c->rw, conn_on_handshake);
		ev_set_cb(&c->ww, conn_on_handshake);
		ev_feed_event(loop, &c->ww, EV_WRITE); /* the client speaks first */
		if (c->tls_early && c->status == WS_CONN_CONNECTING && !c->worker->hooks->on_connect(c)) {
			c->busy = true;
		}
	} else {
		conn_connected(c);
	}
	ws_conn_unref(c);
}

ws_conn *ws_conn_connect(ws_worker *w, const struct sockaddr *sa, socklen_t len,
                         const ws_proto *proto, void *user)
{
	return ws_conn_connect_tls(w, sa, len, proto, user, NULL, NULL, false);
}

ws_conn *ws_conn_connect_tls(ws_worker *w, const struct sockaddr *sa, socklen_t len,
                             const ws_proto *proto, void *user, ws_tls_ctx *tls,
                             const char *peer_name, bool tls_early)
{
	int fd = socket(sa->sa_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		return NULL;
	}
	ws_conn *c = conn_new(w, fd, sa, len, proto, NULL, 0, WS_CONN_CONNECTING);
	if (!c) {
		close(fd);
		errno = ENOMEM;
		return NULL;
	}
	if (sa->sa_family != AF_UNIX) {
		int one = 1; /* as accepted sockets (the listener's): no Nagle delay on small writes */
		setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	}
	c->outgoing = true;
	c->tls_early = tls && tls_early;
	c->user = user;
	if (c->ws) {
		c->ws->client = true;
	}
	if (tls) {
		c->tls = ws_tls_conn_new(tls, fd, true, peer_name);
		if (!c->tls) {
			c->connect_err = ENOMEM; /* told from the loop */
		}
		/* the connect counts against the handshake's time too */
		c->handshake_until_ms = ws_now_ms() + ws_tls_ctx_timeout_ms(tls);
		ws_conn_watch_deadline(c);
	}
	int rc;
	do {
		rc = connect(fd, sa, len);
	} while (rc < 0 && errno == EINTR);
	if (rc < 0 && errno != EINPROGRESS) {
		c->connect_err = errno; /* told from the loop, like a late failure */
	}
	ev_set_cb(&c->ww, conn_on_connected);
	ev_io_start(w->loop, &c->ww);
	if (rc == 0 || c->connect_err) {
		ev_feed_event(w->loop, &c->ww, EV_WRITE); /* no need to wait for the socket */
	}
	return c;
}

bool ws_conn_deliver(ws_conn *c, const char *p, size_t n, const ws_msg_info *info)
{
	c->head_since_ms = 0;
	ws_slot *slot = c->worker->slot;
	if (slot) {
		slot->total_request++;
	}
	ws_worker_count_request(c->worker);
	if (!c->worker->hooks->on_message(c, p, n, info)) {
		c->busy = true;
	}
	return conn_open(c) && !c->busy && !c->recv_paused;
}

/* A client decides how often these happen: each kind is logged at most once a second. */
static ws_ratelog head_timeout_log = WS_RATELOG("request head timeouts (408)", 1000);
static ws_ratelog bad_request_log = WS_RATELOG("bad requests answered and closed", 1000);
static ws_ratelog bad_package_log = WS_RATELOG("malformed or oversized packages", 1000);
static ws_ratelog spool_log = WS_RATELOG("request bodies that could not go to disk", 1000);

/* Bad input: the protocol's answer (an HTTP 4xx) if it has one, then the connection closes;
 * other connections never notice. */
void ws_conn_reject(ws_conn *c, ssize_t err)
{
	char reply[512];
	size_t len = c->proto->reject ? c->proto->reject(err, reply, sizeof(reply)) : 0;
	if (len > 0) {
		ws_ratelog_write(err == -408 ? &head_timeout_log : &bad_request_log,
		                 "connection %llu from worker pid %d: %s, answered %d and closed",
		                 (unsigned long long) c->id, (int) getpid(),
		                 err == -408 ? "request head not in time" : "bad request", (int) -err);
		ws_conn_send(c, reply, len, NULL, 0, NULL, NULL, NULL, 0);
		/* the client may still be sending: a close now, with its bytes unread, would reset
		 * the connection and drop the answer with it */
		c->linger = true;
		ws_conn_close(c);
		return;
	}
	ws_ratelog_write(&bad_package_log,
	                 "connection %llu from worker pid %d: %s package (max %zu bytes), closed",
	                 (unsigned long long) c->id, (int) getpid(),
	                 err == WS_PROTO_TOO_BIG ? "oversized" : "malformed", c->max_package);
	ws_conn_destroy(c);
}

/* Start the head clock when an incomplete head is waiting; stop it once the head is in. */
static void conn_head_clock(ws_conn *c, const char *buf, size_t len)
{
	int64_t limit = c->proto->head_timeout ? c->proto->head_timeout(buf, len) : 0;
	if (limit == 0) {
		c->head_since_ms = 0;
	} else if (c->head_since_ms == 0) {
		c->head_since_ms = ws_now_ms();
		ws_conn_watch_deadline(c);
	}
}

/* An incomplete message the protocol answers early ("100 Continue"). */
static void conn_interim(ws_conn *c, const char *buf, size_t len)
{
	char out[64];
	size_t n = c->proto->interim ? c->proto->interim(buf, len, out, sizeof(out)) : 0;
	if (n > 0) {
		ws_conn_send(c, out, n, NULL, 0, NULL, NULL, NULL, 0);
	}
}

struct ws_spool *ws_conn_take_spool(ws_conn *c)
{
	ws_spool *s = c->spooled;
	c->spooled = NULL;
	return s;
}

/* A body too large for memory: it goes to disk as it comes (core/spool.c); the head at buf is
 * delivered once the body is in. false when c must stop dispatching. */
static bool conn_spool_start(ws_conn *c, const char *buf, size_t len, size_t head_len,
                             const ws_msg_info *info)
{
	conn_interim(c, buf, len); /* "100 Continue" when only the head is in */
	ws_http_span boundary = {info->boundary, info->boundary_len};
	c->spool = ws_spool_new(buf, head_len, info->spool_len, boundary, c->max_package);
	if (!c->spool) {
		ws_ratelog_write(&spool_log, "worker pid %d: cannot spool a request body to %s: %s",
		                 (int) getpid(), ws_spool_dir(), strerror(errno));
		ws_conn_reject(c, -500); /* no memory, or no temp file */
		return false;
	}
	c->spool->keep_alive = info->keep_alive;
	c->head_since_ms = 0;
	return true;
}

/* Spool what arrived of the body; once all is in, deliver its request. Returns the bytes
 * used; *go_on false when c must stop dispatching (more bytes needed, or a callback runs). */
static size_t conn_spool_feed(ws_conn *c, const char *buf, size_t len, bool *go_on)
{
	ws_spool *s = c->spool;
	size_t used = ws_spool_feed(s, buf, len);
	*go_on = false;
	if (s->status) {
		ws_conn_reject(c, -s->status);
		return used;
	}
	if (!ws_spool_complete(s)) {
		return used;
	}
	c->spool = NULL;
	c->spooled = s;
	ws_msg_info info = {.keep_alive = s->keep_alive};
	*go_on = ws_conn_deliver(c, s->head, s->head_len, &info);
	ws_spool_free(c->spooled); /* nobody took it */
	c->spooled = NULL;
	return used;
}

/* Cut messages out of buf and deliver them in order. Returns the bytes consumed; stops early
 * when a callback suspends, recv is paused or the connection closes. */
static size_t conn_dispatch(ws_conn *c, char *buf, size_t len)
{
	size_t off = 0;
	while (off < len && conn_open(c) && !c->busy && !c->recv_paused) {
		if (c->ws && c->ws->open) {
			ssize_t n = ws_websocket_input(c, buf + off, len - off);
			if (n <= 0) {
				break;
			}
			off += (size_t) n;
			continue;
		}
		if (c->spool) {
			bool go_on;
			off += conn_spool_feed(c, buf + off, len - off, &go_on);
			if (!go_on) {
				break;
			}
			continue;
		}
		ws_msg_info info = {0};
		if (!c->proto) {
			off = len;
			ws_conn_deliver(c, buf, len, &info);
			break;
		}
		const void *param = c->proto->conn_param ? (const void *) c : c->proto_param;
		ssize_t n = c->proto->input(param, buf + off, len - off, c->max_package, &info);
		if (info.skip > 0) {
			off += info.skip; /* the codec consumed these itself (never more than len - off) */
			if (n == WS_PROTO_NEED_MORE) {
				continue; /* what follows may hold a whole message already */
			}
		}
		if (n == WS_PROTO_NEED_MORE) {
			conn_interim(c, buf + off, len - off);
			conn_head_clock(c, buf + off, len - off);
			break;
		}
		if (n < 0) {
			ws_conn_reject(c, n);
			break;
		}
		if (info.spool_len > 0) {
			if (!conn_spool_start(c, buf + off, len - off, (size_t) n, &info)) {
				break;
			}
			off += (size_t) n;
			continue;
		}
		size_t poff, plen;
		c->proto->decode(param, buf + off, (size_t) n, &poff, &plen);
		off += (size_t) n;
		if (!ws_conn_deliver(c, buf + off - (size_t) n + poff, plen, &info)) {
			break;
		}
	}
	return off;
}

/* Deliver what waits in c->in. The buffer is detached first, so callbacks never see it move. */
static void conn_dispatch_buffered(ws_conn *c)
{
	while (ws_rbuf_size(&c->in) > 0 && conn_open(c) && !c->busy && !c->recv_paused) {
		/* held in locals (registers), not a struct on the stack: copying such a struct back
		 * right after one field of it was written stalled the CPU (store forwarding) */
		char *data = c->in.data;
		size_t off = c->in.off, len = c->in.len, cap = c->in.cap;
		memset(&c->in, 0, sizeof(c->in));
		off += conn_dispatch(c, data + off, len - off);
		if (conn_open(c) && off < len) {
			/* put the rest back in front of anything read meanwhile (nothing is read while
			 * dispatching, so c->in is still empty) */
			c->in.data = data;
			c->in.off = off;
			c->in.len = len;
			c->in.cap = cap;
			return;
		}
		ws_rbuf held = {data, off, len, cap};
		ws_rbuf_free(&held);
	}
}

/* read(), or the plaintext of TLS records: until the socket has no more, or cap. */
static ssize_t conn_recv(ws_conn *c, char *buf, size_t cap)
{
	if (!c->tls) {
		return read(c->fd, buf, cap);
	}
	ssize_t n = ws_tls_read(c->tls, buf, cap);
	if (n < 0 && ws_tls_wants_write(c->tls) && !ev_is_active(&c->ww)) {
		ev_io_start(c->worker->loop, &c->ww); /* conn_on_write reads again */
	}
	return n;
}

static void conn_on_read(struct ev_loop *loop, ev_io *w, int revents)
{
	ws_conn *c = w->data;
	ws_worker *wk = c->worker;
	(void) revents;
	if (c->busy) {
		ev_io_stop(loop, w); /* a callback still runs: read again once it is done */
		return;
	}
	ws_conn_ref(c);
	c->recv_ts = ev_now(loop);
	if ((time_t) c->recv_ts != c->last_recv_at) {
		/* the shared table keeps seconds: written once a second at most, not per read */
		c->last_recv_at = (time_t) c->recv_ts;
		ws_conntab_refresh(c);
	}
	unsigned spool_reads = 0;
	while (conn_open(c) && !c->busy && !c->recv_paused) {
		ssize_t n;
		if (ws_rbuf_size(&c->in) == 0) {
			/* common case: messages are cut straight out of the shared scratch buffer */
			n = conn_recv(c, wk->scratch, wk->scratch_cap);
			if (n > 0) {
				c->bytes_read += (size_t) n;
				size_t used = conn_dispatch(c, wk->scratch, (size_t) n);
				if (conn_open(c) && used < (size_t) n &&
				    ws_rbuf_append(&c->in, wk->scratch + used, (size_t) n - used) != WS_OK) {
					ws_conn_destroy(c);
				}
			}
		} else {
			char *p = ws_rbuf_reserve(&c->in, wk->scratch_cap);
			if (!p) {
				ws_conn_destroy(c);
				break;
			}
			n = conn_recv(c, p, wk->scratch_cap);
			if (n > 0) {
				c->bytes_read += (size_t) n;
				c->in.len += (size_t) n;
				conn_dispatch_buffered(c);
			}
		}
		if (n == 0) {
			ws_conn_destroy(c); /* peer closed */
			break;
		}
		if (n < 0) {
			if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
				ws_conn_destroy(c);
			}
			break;
		}
		if ((size_t) n < wk->scratch_cap) {
			break; /* the socket is most likely empty: let the loop tell */
		}
		if (c->spool && ++spool_reads >= WS_CONN_SPOOL_READS) {
			break; /* a long upload takes turns with the other connections */
		}
	}
	conn_want_read(c);
	ws_conn_unref(c);
}

void ws_conn_read_now(ws_conn *c)
{
	if (conn_open(c) && !c->busy && !c->recv_paused) {
		conn_on_read(c->worker->loop, &c->rw, EV_READ);
	}
}

void ws_conn_callback_done(ws_conn *c)
{
	if (!c->busy) {
		return;
	}
	c->busy = false;
	ws_conn_ref(c);
	conn_dispatch_buffered(c);
	conn_want_read(c);
	ws_worker_poke_drain(c->worker);
	ws_conn_unref(c);
}

void ws_conn_pause_recv(ws_conn *c)
{
	c->recv_paused = true;
	conn_want_read(c);
}

void ws_conn_resume_recv(ws_conn *c)
{
	if (!c->recv_paused) {
		return;
	}
	c->recv_paused = false;
	ws_conn_ref(c);
	conn_dispatch_buffered(c);
	conn_want_read(c);
	ws_conn_unref(c);
}

static void conn_send_failed(ws_conn *c, const char *why)
{
	if (c->worker->slot) {
		c->worker->slot->send_fail++;
	}
	c->worker->hooks->on_error(c, WS_ERR_SEND_FAIL, why);
}

static void conn_check_full(ws_conn *c)
{
	if (!c->buffer_full && c->out.bytes >= c->max_send_buffer) {
		c->buffer_full = true;
		c->worker->hooks->on_buffer_full(c);
	}
}

static ssize_t conn_tls_write(void *tls, const char *p, size_t n)
{
	return ws_tls_write(tls, p, n);
}

/* Write the iovecs through TLS, small pieces gathered into one record. Returns the bytes taken
 * (what the socket did not take is queued, and offered again first), or -1 (errno EPIPE). */
static ssize_t conn_tls_writev(ws_conn *c, const struct iovec *iov, int n)
{
	size_t done = 0;
	int i = 0;
	size_t off = 0; /* into iov[i] */
	for (;;) {
		while (i < n && off == iov[i].iov_len) {
			i++;
			off = 0;
		}
		if (i == n) {
			return (ssize_t) done;
		}
		const char *p = (const char *) iov[i].iov_base + off;
		size_t len = iov[i].iov_len - off;
		if (len < WS_TLS_RECORD) {
			/* gather what follows into one record */
			size_t k = 0;
			for (int j = i; j < n && k < WS_TLS_RECORD; j++) {
				size_t from = j == i ? off : 0;
				size_t take = iov[j].iov_len - from;
				if (take > WS_TLS_RECORD - k) {
					take = WS_TLS_RECORD - k;
				}
				memcpy(tls_out + k, (const char *) iov[j].iov_base + from, take);
				k += take;
			}
			p = tls_out;
			len = k;
		}
		ssize_t w = ws_tls_write(c->tls, p, len);
		if (w <= 0) {
			return w < 0 ? -1 : (ssize_t) done;
		}
		done += (size_t) w;
		for (size_t left = (size_t) w; left > 0;) {
			size_t here = iov[i].iov_len - off;
			if (left < here) {
				off += left;
				break;
			}
			left -= here;
			i++;
			off = 0;
		}
	}
}

/* Write what the queue holds, through TLS when c has it. */
static ssize_t conn_flush(ws_conn *c)
{
	if (c->tls) {
		return ws_sendq_flush_via(&c->out, conn_tls_write, c->tls, tls_out, sizeof(tls_out));
	}
	return ws_sendq_flush(&c->out, c->fd);
}

/* n bytes went out: counted, and the time kept (max_idle_time counts a write as activity). */
static void conn_wrote(ws_conn *c, size_t n)
{
	c->bytes_written += n;
	if (n > 0) {
		c->sent_ts = ev_now(c->worker->loop);
	}
}

int ws_conn_send(ws_conn *c, const char *head, size_t hlen, const char *body, size_t blen,
                 void *owner, const ws_owner_ops *ops, const char *tail, size_t tlen)
{
	if (c->status != WS_CONN_ESTABLISHED && c->status != WS_CONN_CONNECTING) {
		return WS_SEND_FAILED;
	}
	size_t skip = 0;    /* bytes of this message already written */
	bool tried = false; /* written to at once: what is left waits for the socket */
	/* with more requests of this connection waiting (pipelining), replies are queued and leave
	 * together in one writev once the loop comes round: one syscall for the whole batch */
	if (ws_sendq_empty(&c->out) && c->status == WS_CONN_ESTABLISHED &&
	    (ws_rbuf_size(&c->in) == 0 || c->worker->eager_send)) {
		struct iovec iov[3] = {{(void *) head, hlen}, {(void *) body, blen}, {(void *) tail, tlen}};
		ssize_t w;
		tried = true;
		if (c->tls) {
			w = conn_tls_writev(c, iov, 3);
		} else
			do {
				/* plain write() when there is one piece: cheaper in the kernel */
				if (hlen == 0 && tlen == 0) {
					w = write(c->fd, body, blen);
				} else if (blen == 0 && tlen == 0) {
					w = write(c->fd, head, hlen);
				} else {
					w = writev(c->fd, iov, 3);
				}
			} while (w < 0 && errno == EINTR);
		if (w < 0) {
			if (errno != EAGAIN && errno != EWOULDBLOCK) {
				ws_conn_ref(c);
				conn_send_failed(c, "client closed");
				ws_conn_destroy(c);
				ws_conn_unref(c);
				return WS_SEND_FAILED;
			}
			w = 0;
		}
		conn_wrote(c, (size_t) w);
		if ((size_t) w == hlen + blen + tlen) {
			return WS_SEND_DONE;
		}
		skip = (size_t) w;
	} else if (c->out.bytes >= c->max_send_buffer) {
		conn_send_failed(c, "send buffer full and drop package");
		return WS_SEND_FAILED;
	}
	/* queue what is left: the head and the tail copied, the body by reference unless small
	 * (copies pack together: a batch of small replies goes as one iovec) */
	int rc = WS_OK;
	if (skip < hlen) {
		rc |= ws_sendq_push_copy(&c->out, head + skip, hlen - skip);
		skip = 0;
	} else {
		skip -= hlen;
	}
	if (skip < blen) {
		rc |= blen - skip <= WS_CONN_COPY_BODY
		          ? ws_sendq_push_copy(&c->out, body + skip, blen - skip)
		          : ws_sendq_push_ref(&c->out, body + skip, blen - skip, owner, ops);
		skip = 0;
	} else {
		skip -= blen;
	}
	if (skip < tlen) {
		rc |= ws_sendq_push_copy(&c->out, tail + skip, tlen - skip);
	}
	if (rc != WS_OK) {
		ws_conn_ref(c);
		conn_send_failed(c, "out of memory");
		ws_conn_destroy(c);
		ws_conn_unref(c);
		return WS_SEND_FAILED;
	}
	if (c->status == WS_CONN_ESTABLISHED) {
		conn_want_write(c, tried);
	}
	conn_check_full(c);
	return WS_SEND_QUEUED;
}

/* Flushing the queue failed: the peer went away, or a file being sent shrank (EIO). */
static void conn_flush_failed(ws_conn *c)
{
	ws_conn_ref(c);
	conn_send_failed(c, errno == EIO ? "file shorter than its reply announced" : "client closed");
	ws_conn_destroy(c);
	ws_conn_unref(c);
}

int ws_conn_send_file(ws_conn *c, const char *head, size_t hlen, int fd, off_t offset, size_t len)
{
	if (c->status != WS_CONN_ESTABLISHED && c->status != WS_CONN_CONNECTING) {
		close(fd);
		return WS_SEND_FAILED;
	}
	if (c->out.bytes >= c->max_send_buffer) {
		close(fd);
		conn_send_failed(c, "send buffer full and drop package");
		return WS_SEND_FAILED;
	}
	/* replies leave in order: write now only when nothing is queued before this one (and no
	 * pipelined request waits, as in ws_conn_send) */
	bool now = ws_sendq_empty(&c->out) && c->status == WS_CONN_ESTABLISHED &&
	           (ws_rbuf_size(&c->in) == 0 || c->worker->eager_send);
	if (ws_sendq_push_copy(&c->out, head, hlen) != WS_OK) {
		close(fd);
		fd = -1;
	}
	if (fd < 0 || ws_sendq_push_file(&c->out, fd, offset, len) != WS_OK) {
		ws_conn_ref(c);
		conn_send_failed(c, "out of memory");
		ws_conn_destroy(c);
		ws_conn_unref(c);
		return WS_SEND_FAILED;
	}
	if (now) {
		ssize_t n = conn_flush(c);
		if (n < 0) {
			conn_flush_failed(c);
			return WS_SEND_FAILED;
		}
		conn_wrote(c, (size_t) n);
		if (ws_sendq_empty(&c->out)) {
			return WS_SEND_DONE;
		}
	}
	if (c->status == WS_CONN_ESTABLISHED) {
		conn_want_write(c, now);
	}
	conn_check_full(c);
	return WS_SEND_QUEUED;
}

/* Write what c has queued. What the socket does not take waits for the write watcher; once
 * all is out, whoever waits for that is told (a drain, onBufferDrain, a close after send). */
static void conn_write_queued(ws_conn *c)
{
	struct ev_loop *loop = c->worker->loop;
	ssize_t n = conn_flush(c);
	if (n < 0) {
		conn_flush_failed(c);
		return;
	}
	conn_wrote(c, (size_t) n);
	if (!ws_sendq_empty(&c->out)) {
		if (!ev_is_active(&c->ww)) {
			ev_io_start(loop, &c->ww);
		}
		return;
	}
	ev_io_stop(loop, &c->ww);
	ws_conn_ref(c);
	ws_worker_poke_drain(c->worker);
	if (c->buffer_full) {
		c->buffer_full = false;
		c->worker->hooks->on_buffer_drain(c);
	}
	if (c->status == WS_CONN_CLOSING && !c->linger_until_ms) {
		conn_close_sent(c);
	}
	ws_conn_unref(c);
}

static void conn_on_write(struct ev_loop *loop, ev_io *w, int revents)
{
	ws_conn *c = w->data;
	(void) loop;
	(void) revents;
	if (c->tls && ws_tls_wants_write(c->tls)) {
		ws_conn_ref(c);
		ws_conn_read_now(c); /* a read waited for the socket to take the session's bytes */
		bool gone = c->status == WS_CONN_CLOSED;
		if (!gone && ws_sendq_empty(&c->out) && !ws_tls_wants_write(c->tls)) {
			ev_io_stop(loop, &c->ww);
		}
		ws_conn_unref(c);
		if (gone) {
			return;
		}
	}
	conn_write_queued(c);
}

/* c queued bytes: they go when the socket is writable again (socket_full: a write just fell
 * short), else before the loop next waits, together with whatever else this round queues for
 * c. The replies to a batch of pipelined requests so leave in one writev, and no write
 * watcher is started and stopped for them (two epoll_ctl calls). */
static void conn_want_write(ws_conn *c, bool socket_full)
{
	if (ev_is_active(&c->ww) || c->flush_queued) {
		return;
	}
	ws_worker *w = c->worker;
	if (socket_full) {
		ev_io_start(w->loop, &c->ww);
		return;
	}
	c->flush_queued = true;
	ws_conn_ref(c); /* dropped once flushed: a connection destroyed meanwhile is skipped */
	c->flush_next = w->flush_list;
	w->flush_list = c;
	if (!ev_is_active(&w->flush_w)) {
		ev_prepare_start(w->loop, &w->flush_w);
	}
}

void ws_conn_watch_deadline(ws_conn *c)
{
	if (c->due_listed) {
		return;
	}
	c->due_listed = true;
	ws_conn_ref(c); /* dropped when the check takes it off: a connection closed meanwhile waits */
	c->due_next = c->worker->due_list;
	c->worker->due_list = c;
}

bool ws_conn_has_deadline(const ws_conn *c)
{
	return c->status != WS_CONN_CLOSED &&
	       (c->head_since_ms || c->linger_until_ms || c->handshake_until_ms ||
	        (c->ws && ws_websocket_close_pending(c)));
}

void ws_conn_flush_all(ws_worker *w)
{
	while (w->flush_list) {
		ws_conn *c = w->flush_list;
		w->flush_list = c->flush_next;
		c->flush_next = NULL;
		c->flush_queued = false;
		bool writing = c->status == WS_CONN_ESTABLISHED || c->status == WS_CONN_CLOSING;
		if (writing && !ev_is_active(&c->ww) && !ws_sendq_empty(&c->out)) {
			conn_write_queued(c);
		}
		ws_conn_unref(c);
	}
	if (ev_is_active(&w->flush_w)) {
		ev_prepare_stop(w->loop, &w->flush_w);
	}
}

/* How long a lingering close reads on, at most. */
#define WS_LINGER_MS 2000

/* Lingering: read and drop what still comes, until the peer closes or the time is up. */
static void conn_on_linger_read(struct ev_loop *loop, ev_io *w, int revents)
{
	ws_conn *c = w->data;
	(void) loop;
	(void) revents;
	for (int i = 0; i < 16; i++) {
		ssize_t n = read(c->fd, c->worker->scratch, c->worker->scratch_cap);
		if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
			ws_conn_destroy(c);
			return;
		}
		if (n < 0) {
			break;
		}
	}
	ws_conn_linger_expire(c, ws_now_ms());
}

void ws_conn_linger_expire(ws_conn *c, int64_t now_ms)
{
	if (c->linger_until_ms && now_ms >= c->linger_until_ms) {
		ws_conn_destroy(c);
	}
}

/* Everything was sent: close now, or first say we are done writing and linger. */
static void conn_close_sent(ws_conn *c)
{
	if (c->tls) {
		ws_tls_close_notify(c->tls); /* the peer knows the stream ended here, not cut */
	}
	if (!c->linger || shutdown(c->fd, SHUT_WR) < 0) {
		ws_conn_destroy(c);
		return;
	}
	c->status = WS_CONN_CLOSING;
	c->head_since_ms = 0;
	c->linger_until_ms = ws_now_ms() + (c->linger_ms ? c->linger_ms : WS_LINGER_MS);
	ws_conn_watch_deadline(c);
	ev_io_stop(c->worker->loop, &c->rw);
	ev_set_cb(&c->rw, conn_on_linger_read);
	ev_io_start(c->worker->loop, &c->rw);
}

void ws_conn_close(ws_conn *c)
{
	if (c->status == WS_CONN_CLOSING || c->status == WS_CONN_CLOSED) {
		return;
	}
	if (ws_sendq_empty(&c->out)) {
		conn_close_sent(c);
		return;
	}
	c->status = WS_CONN_CLOSING;
	ws_conntab_refresh(c);
	conn_want_read(c);
}

void ws_conn_close_idle(ws_conn *c)
{
	if (c->ws && c->ws->open) {
		ws_websocket_close(c, WS_CLOSE_GOING_AWAY, NULL, 0);
	} else {
		ws_conn_close(c);
	}
}

void ws_conn_replied(ws_conn *c)
{
	c->reply_pending = false;
	c->replied_ts = ev_now(c->worker->loop);
	ws_worker_poke_drain(c->worker);
}

void ws_conn_reset(ws_conn *c)
{
	if (c->fd >= 0) {
		struct linger l = {1, 0}; /* close() sends RST */
		setsockopt(c->fd, SOL_SOCKET, SO_LINGER, &l, sizeof(l));
	}
	ws_conn_destroy(c);
}

void ws_conn_destroy(ws_conn *c)
{
	if (c->status == WS_CONN_CLOSED) {
		return;
	}
	ws_worker *w = c->worker;
	ev_io_stop(w->loop, &c->rw);
	ev_io_stop(w->loop, &c->ww);
	if (c->tls) {
		ws_tls_close_notify(c->tls);
		ws_tls_conn_free(c->tls);
		c->tls = NULL;
	}
	int fd = c->fd;
	bool late = w->close_after_callback && !c->unannounced;
	if (!late) {
		close(fd);
	}
	c->fd = -1;
	c->status = WS_CONN_CLOSED;
	c->handshake_until_ms = 0;
	ws_conntab_remove(c);
	ws_spool_free(c->spool); /* a client gone mid-upload: its temp files go now */
	c->spool = NULL;
	ws_rbuf_free(&c->in);
	ws_sendq_free(&c->out);
	if (c->prev) {
		c->prev->next = c->next;
	} else {
		w->conns = c->next;
	}
	if (c->next) {
		c->next->prev = c->prev;
	}
	c->prev = c->next = NULL;
	w->nconns--;
	if (w->slot) {
		w->slot->connections = w->nconns;
		w->slot->closed++;
	}
	ws_worker_poke_drain(w);
	ws_conn_ref(c);
	if (!c->unannounced) {
		w->hooks->on_close(c);
	}
	if (late) {
		close(fd);
	}
	c->refs--;        /* the worker's reference, taken at accept (the hold below outlives it) */
	ws_conn_unref(c); /* the hold taken just above */
}

int ws_conn_local(ws_conn *c, struct sockaddr_storage *ss, socklen_t *len)
{
	*len = sizeof(*ss);
	return getsockname(c->fd, (struct sockaddr *) ss, len) == 0 ? WS_OK : WS_ERR;
}
