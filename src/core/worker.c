/* A worker's loop: accepting, the control signals, stopping now or draining, and the list of
 * open connections. Reaches PHP only through hooks. */
#include "worker.h"
#include "websocket.h"
#include "drain.h"
#include "log.h"
#include "signals.h"
#include "ratelog.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define WS_SCRATCH_SIZE (64 * 1024)
#define WS_ACCEPT_BATCH 64
#define WS_ACCEPT_PAUSE 0.1 /* seconds between accept attempts while out of descriptors */

/* Lines a client can cause at will: at most one per second, or per 10 s for accept pauses (they
 * come every 100 ms for as long as the descriptors are used up). */
static ws_ratelog refused_log = WS_RATELOG("connections refused over max_conn", 1000);
static ws_ratelog accept_pause_log = WS_RATELOG("accept pauses for lack of descriptors", 10000);

/* Connections open now where max_conn applies: over the group's workers when known. */
static uint64_t worker_open_conns(const ws_worker *w)
{
	if (!w->peers) {
		return w->nconns;
	}
	uint64_t n = 0;
	for (uint32_t i = 0; i < w->npeers; i++) {
		n += w->peers[i].connections;
	}
	return n;
}

/* Over max_conn: the connection is closed at once, and the log says so (rate limited). */
static void worker_refuse(ws_worker *w, const ws_listener *l, int fd)
{
	close(fd);
	w->refused++;
	ws_ratelog_write(
	    &refused_log,
	    "worker pid %d: max_conn %u reached on %s: new connections are closed (%llu so far)",
	    (int) getpid(), w->max_conn, l->name, (unsigned long long) w->refused);
}

/* Every listener the worker accepts on: its group's chain, then the ones added in it. */
static ws_listener *first_listener(ws_worker *w)
{
	return w->listener ? w->listener : w->added;
}
static ws_listener *next_listener(ws_worker *w, ws_listener *l)
{
	return l->added ? l->added_next : l->next ? l->next : w->added;
}

/* accept() failed for lack of descriptors (or memory): every listener would fail the same way at
 * once, so stop them all and try again in WS_ACCEPT_PAUSE; the connections wait in the backlog. */
static void worker_pause_accepting(ws_worker *w, ws_listener *at, int err)
{
	for (ws_listener *l = first_listener(w); l; l = next_listener(w, l)) {
		if (l->transport != WS_TRANSPORT_UDP) {
			ev_io_stop(w->loop, &l->io);
		}
	}
	/* an expired one-shot timer restarted as it is would fire at once: set its delay again */
	ev_timer_stop(w->loop, &w->accept_retry);
	ev_timer_set(&w->accept_retry, WS_ACCEPT_PAUSE, 0.);
	ev_timer_start(w->loop, &w->accept_retry);
	ws_ratelog_write(&accept_pause_log, "accept on %s: %s; accepting paused, retried every %d ms",
	                 at->name, strerror(err), (int) (WS_ACCEPT_PAUSE * 1000));
}

static void worker_on_accept(struct ev_loop *loop, ev_io *io, int revents)
{
	ws_listener *l = io->data;
	ws_worker *w = l->worker;
	(void) loop;
	(void) revents;
	for (int i = 0; i < WS_ACCEPT_BATCH && !w->stopping; i++) {
		struct sockaddr_storage ss;
		socklen_t len = sizeof(ss);
		int fd = accept4(io->fd, (struct sockaddr *) &ss, &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
		if (fd < 0) {
			if (errno == EINTR || errno == ECONNABORTED) {
				continue;
			}
			if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
				worker_pause_accepting(w, l, errno);
			}
			return;
		}
		if (w->max_conn && worker_open_conns(w) >= w->max_conn) {
			worker_refuse(w, l, fd);
			continue;
		}
		if (!ws_conn_accepted(w, fd, (struct sockaddr *) &ss, len, l->proto, l->proto_param,
		                      l->index, l->tls, l->tls_early)) {
			close(fd);
		}
	}
}

/* udp://: each datagram is a message; no connection is kept. */
static void worker_on_datagram(struct ev_loop *loop, ev_io *io, int revents)
{
	ws_listener *l = io->data;
	ws_worker *w = l->worker;
	(void) loop;
	(void) revents;
	for (int i = 0; i < WS_ACCEPT_BATCH && !w->stopping; i++) {
		struct sockaddr_storage ss;
		socklen_t len = sizeof(ss);
		ssize_t n = recvfrom(io->fd, w->scratch, w->scratch_cap, 0, (struct sockaddr *) &ss, &len);
		if (n < 0) {
			return; /* EAGAIN, or an error reported for an earlier sendto: nothing to read */
		}
		if (w->slot) {
			w->slot->total_request++;
		}
		if (w->hooks->on_packet) {
			w->hooks->on_packet(w->scratch, (size_t) n, (struct sockaddr *) &ss, len, l->index);
		}
	}
}

int ws_worker_sendto(ws_worker *w, const struct sockaddr *peer, socklen_t plen, const char *data,
                     size_t len)
{
	int fd = ws_worker_udp_fd(w);
	if (fd < 0) {
		errno = ENOTSOCK;
		return WS_ERR;
	}
	ssize_t n;
	do {
		n = sendto(fd, data, len, 0, peer, plen);
	} while (n < 0 && errno == EINTR);
	return n < 0 ? WS_ERR : WS_OK;
}

int ws_worker_udp_fd(ws_worker *w)
{
	for (ws_listener *l = w->listener; l; l = l->next) {
		if (l->transport == WS_TRANSPORT_UDP && l->fd >= 0) {
			return l->fd;
		}
	}
	return -1;
}

static void worker_on_accept_retry(struct ev_loop *loop, ev_timer *t, int revents)
{
	ws_worker *w = t->data;
	(void) revents;
	for (ws_listener *l = first_listener(w); l && !w->stopping && !w->draining;
	     l = next_listener(w, l)) {
		if (!l->paused && l->fd >= 0 && l->worker == w) {
			ev_io_start(loop, &l->io);
		}
	}
}

static void worker_on_signal(struct ev_loop *loop, ev_signal *s, int revents)
{
	ws_worker *w = s->data;
	(void) loop;
	(void) revents;
	ws_sig_action action = ws_signal_action(s->signum);
	switch (action) {
	case WS_SIG_STOP:
		ws_worker_stop(w);
		break;
	case WS_SIG_GRACEFUL_STOP:
		ws_worker_drain_announced(w);
		break;
	case WS_SIG_RELOAD:
	case WS_SIG_GRACEFUL_RELOAD:
		if (!w->stopping && !w->draining && w->hooks->on_reload(ws_sig_is_graceful(action))) {
			ws_worker_drain(w);
		}
		break;
	case WS_SIG_CONNECTIONS:
		ws_worker_write_connections(w);
		break;
	case WS_SIG_REOPEN_LOG:
		ws_log_reopen();
		break;
	default:
		break;
	}
}

/* One connection's deadline passed: a WebSocket close never answered, a lingering close, a
 * TLS handshake, or a head taking longer than its protocol allows (answered 408). */
static void worker_check_deadline(ws_conn *c, int64_t now)
{
	if (c->ws && ws_websocket_close_due(c, now)) {
		ws_conn_close(c); /* the peer never answered our close frame */
	} else if (c->linger_until_ms) {
		ws_conn_linger_expire(c, now);
	} else if (c->handshake_until_ms) {
		ws_conn_handshake_expire(c, now);
	} else if (c->head_since_ms && !c->busy && c->proto && c->proto->head_timeout &&
	           now - c->head_since_ms > c->proto->head_timeout(NULL, 0)) {
		ws_conn_reject(c, -408);
	}
}

/* Once a second: the connections with a deadline (the worker's due list), not every open one,
 * so 10 000 idle WebSockets cost nothing here. Each one still due goes back on the list. */
static void worker_check_heads(ws_worker *w)
{
	int64_t now = ws_now_ms();
	ws_conn *list = w->due_list;
	w->due_list = NULL;
	while (list) {
		ws_conn *c = list;
		list = c->due_next;
		c->due_next = NULL;
		c->due_listed = false;
		if (ws_conn_has_deadline(c)) {
			worker_check_deadline(c, now);
			if (ws_conn_has_deadline(c)) {
				ws_conn_watch_deadline(c);
			}
		}
		ws_conn_unref(c); /* the list's reference */
	}
}

/* maxMemory: a worker whose resident memory grew past it drains and exits, like a reload. */
static void worker_check_memory(ws_worker *w)
{
	if (w->max_memory && w->slot->memory > w->max_memory && !w->draining && !w->stopping) {
		ws_log("worker pid %d: %llu MB resident, over maxMemory (%llu MB): exiting gracefully",
		       (int) getpid(), (unsigned long long) (w->slot->memory >> 20),
		       (unsigned long long) (w->max_memory >> 20));
		ws_worker_drain(w);
	}
}

static void worker_on_stats(struct ev_loop *loop, ev_timer *t, int revents)
{
	ws_worker *w = t->data;
	(void) loop;
	(void) revents;
	worker_check_heads(w);
	ws_ratelog_flush(false);
	if (!w->slot) {
		return;
	}
	uint64_t total = w->slot->total_request;
	w->slot->qps = (uint32_t) (total - w->last_total);
	w->last_total = total;
	long pages = 0, rss = 0;
	FILE *f = fopen("/proc/self/statm", "r");
	if (f) {
		if (fscanf(f, "%ld %ld", &pages, &rss) == 2) {
			w->slot->memory = (uint64_t) rss * (uint64_t) sysconf(_SC_PAGESIZE);
		}
		fclose(f);
	}
	worker_check_memory(w);
}

/* Before the loop waits: what the connections queued this round goes out. */
static void worker_on_flush(struct ev_loop *loop, ev_prepare *p, int revents)
{
	(void) loop;
	(void) revents;
	ws_conn_flush_all(p->data);
}

int ws_worker_init(ws_worker *w, ws_listener *listener, ws_slot *slot, const ws_hooks *hooks)
{
	memset(w, 0, sizeof(*w));
	w->loop = ev_loop_new(EVFLAG_AUTO | EVFLAG_NOSIGMASK);
	if (!w->loop) {
		return WS_ERR;
	}
	w->listener = listener;
	w->slot = slot;
	w->hooks = hooks;
	w->scratch_cap = WS_SCRATCH_SIZE;
	w->scratch = malloc(w->scratch_cap);
	w->default_max_send_buffer = 1024 * 1024;
	w->default_max_package = 10 * 1024 * 1024;
	for (size_t i = 0; i < WS_NSIGNALS; i++) {
		if (ws_signals[i].action == WS_SIG_STATUS) {
			continue; /* the master's alone: its status table; a worker has nothing to add */
		}
		ev_signal_init(&w->sig_w[i], worker_on_signal, ws_signals[i].signum);
		w->sig_w[i].data = w;
		ev_signal_start(w->loop, &w->sig_w[i]);
	}
	ev_prepare_init(&w->flush_w, worker_on_flush);
	w->flush_w.data = w;
	ev_timer_init(&w->accept_retry, worker_on_accept_retry, WS_ACCEPT_PAUSE, 0.);
	w->accept_retry.data = w;
	ws_drain_init(w);
	ev_timer_init(&w->stats_timer, worker_on_stats, 0., 1.);
	w->stats_timer.data = w;
	ev_timer_start(w->loop, &w->stats_timer);
	return w->scratch ? WS_OK : WS_ERR;
}

/* Watch l for connections (or datagrams) unless it is paused. */
static void worker_watch(ws_worker *w, ws_listener *l)
{
	bool udp = l->transport == WS_TRANSPORT_UDP;
	ev_io_init(&l->io, udp ? worker_on_datagram : worker_on_accept, l->fd, EV_READ);
	l->io.data = l;
	l->worker = w;
	if (!l->paused) {
		ev_io_start(w->loop, &l->io);
	}
}

int ws_worker_listen(ws_worker *w)
{
	for (ws_listener *l = w->listener; l && !w->draining && !w->stopping; l = l->next) {
		if (l->reuse_port && ws_listener_bind(l) != WS_OK) {
			return WS_ERR; /* with reusePort every worker binds its own socket */
		}
		worker_watch(w, l);
	}
	/* serving now (or draining already, which a reload waits out all the same): the manager
	 * may replace the next worker of a reload, and the status shows this one */
	if (w->slot) {
		w->slot->ready = 1;
	}
	return WS_OK;
}

void ws_worker_stop_accepting(ws_worker *w)
{
	for (ws_listener *l = first_listener(w); l; l = next_listener(w, l)) {
		bool own = l->reuse_port || l->added; /* no other process serves this socket */
		if (ev_is_active(&l->io)) {
			/* connections the kernel already completed are taken, not dropped with our
			 * socket */
			if (own) {
				l->io.cb(w->loop, &l->io, EV_READ);
			}
			ev_io_stop(w->loop, &l->io);
		}
		if (own) {
			ws_listener_close(l);
		}
	}
	ev_timer_stop(w->loop, &w->accept_retry);
}

int ws_worker_add_listener(ws_worker *w, ws_listener *l)
{
	if (w->stopping || w->draining) {
		errno = EBUSY;
		return WS_ERR;
	}
	if (l->fd < 0 && ws_listener_bind(l) != WS_OK) {
		return WS_ERR;
	}
	if (!l->added) {
		l->added = true;
		l->added_next = w->added;
		w->added = l;
	}
	worker_watch(w, l);
	return WS_OK;
}

void ws_worker_remove_listener(ws_worker *w, ws_listener *l)
{
	if (l->worker == w) {
		ev_io_stop(w->loop, &l->io);
	}
	for (ws_listener **p = &w->added; *p; p = &(*p)->added_next) {
		if (*p == l) {
			*p = l->added_next;
			break;
		}
	}
	l->added = false;
	l->added_next = NULL;
	l->worker = NULL;
	ws_listener_close(l);
}

void ws_worker_pause_listener(ws_worker *w, ws_listener *l, bool pause)
{
	l->paused = pause;
	if (l->worker != w || l->fd < 0) {
		return; /* not watched yet: ws_worker_listen() honours paused */
	}
	if (pause) {
		ev_io_stop(w->loop, &l->io);
	} else if (!w->stopping && !w->draining && !ev_is_active(&w->accept_retry)) {
		ev_io_start(w->loop, &l->io);
	}
}

void ws_worker_unwatch_signal(ws_worker *w, int signum)
{
	for (size_t i = 0; i < WS_NSIGNALS; i++) {
		if (ws_signals[i].signum == signum) {
			ev_signal_stop(w->loop, &w->sig_w[i]);
		}
	}
}

void ws_worker_stop(ws_worker *w)
{
	if (w->stopping) {
		return;
	}
	w->stopping = true;
	ev_timer_stop(w->loop, &w->drain_delay_w);
	ws_worker_stop_accepting(w);
	while (w->conns) {
		ws_conn_destroy(w->conns);
	}
	w->hooks->on_stop();
}

void ws_worker_write_connections(ws_worker *w)
{
	if (!w->conn_file) {
		return;
	}
	char tmp[4200];
	snprintf(tmp, sizeof(tmp), "%s.%d", w->conn_file, (int) getpid());
	FILE *f = fopen(tmp, "w");
	if (!f) {
		return;
	}
	for (ws_conn *c = w->conns; c; c = c->next) {
		char remote[160], local[160] = "-";
		struct sockaddr_storage ss;
		socklen_t len;
		ws_sockaddr_format((struct sockaddr *) &c->peer, c->peer_len, remote, sizeof(remote));
		if (ws_conn_local(c, &ss, &len) == WS_OK) {
			ws_sockaddr_format((struct sockaddr *) &ss, len, local, sizeof(local));
		}
		fprintf(f, "%d\t%llu\t%s\t%s\t%s\t%s\t%llu\t%llu\t%zu\n", (int) getpid(),
		        (unsigned long long) c->id, c->peer.ss_family == AF_UNIX ? "unix" : "tcp",
		        c->proto ? c->proto->name : "-", remote, local, (unsigned long long) c->bytes_read,
		        (unsigned long long) c->bytes_written, c->out.bytes);
	}
	fclose(f);
	rename(tmp, w->conn_file);
	if (w->slot) {
		w->slot->conn_gen++;
	}
}

/* n plus or minus up to 10 %, drawn by each worker (its pid and the clock, mixed with
 * splitmix64; salt tells the uses apart), so workers started together do not recycle
 * together. */
static uint64_t jitter(uint64_t n, uint64_t salt)
{
	uint64_t spread = n / 10;
	if (spread == 0) {
		return n;
	}
	uint64_t r = ((uint64_t) getpid() << 32 ^ (uint64_t) ws_now_ms()) + salt;
	r = (r ^ (r >> 30)) * 0xbf58476d1ce4e5b9ULL;
	r = (r ^ (r >> 27)) * 0x94d049bb133111ebULL;
	r = (r ^ (r >> 31)) % (2 * spread + 1);
	return n - spread + r;
}

void ws_worker_set_max_request(ws_worker *w, uint64_t n)
{
	n = jitter(n, 0);
	w->max_request = n > 0 ? n : 1;
}

void ws_worker_set_max_memory(ws_worker *w, uint64_t bytes)
{
	w->max_memory = jitter(bytes, 0x9e3779b97f4a7c15ULL);
}

void ws_worker_count_request(ws_worker *w)
{
	if (w->max_request && ++w->requests == w->max_request) {
		ws_log("worker pid %d: %llu requests handled (max_request): exiting gracefully",
		       (int) getpid(), (unsigned long long) w->requests);
		ws_worker_drain(w);
	}
}

static void worker_on_heartbeat(struct ev_loop *loop, ev_timer *t, int revents)
{
	ws_worker *w = t->data;
	(void) revents;
	ev_tstamp now = ev_now(loop);
	for (ws_conn *c = w->conns, *next; c; c = next) {
		next = c->next;
		ev_tstamp active =
		    w->heartbeat_counts_sends && c->sent_ts > c->recv_ts ? c->sent_ts : c->recv_ts;
		if (c->busy || c->protect || now - active < w->heartbeat_idle) {
			continue;
		}
		if (next) {
			ws_conn_ref(next);
		}
		ws_conn_destroy(c);
		if (next) {
			/* onClose may have closed next too: then start over from the head */
			ws_conn *resume = next->status == WS_CONN_CLOSED ? w->conns : next;
			ws_conn_unref(next);
			next = resume;
		}
	}
}

void ws_worker_set_heartbeat(ws_worker *w, double interval, double idle)
{
	w->heartbeat_idle = idle;
	ev_timer_init(&w->heartbeat, worker_on_heartbeat, interval, interval);
	w->heartbeat.data = w;
	ev_timer_start(w->loop, &w->heartbeat);
}

void ws_worker_free(ws_worker *w)
{
	ws_ratelog_flush(true); /* the counts still held: the process is ending */
	ws_conn_flush_all(w);   /* connections closed already: this drops the list's references */
	while (w->due_list) {   /* and the deadline list's */
		ws_conn *c = w->due_list;
		w->due_list = c->due_next;
		c->due_listed = false;
		ws_conn_unref(c);
	}
	for (size_t i = 0; i < WS_NSIGNALS; i++) {
		ev_signal_stop(w->loop, &w->sig_w[i]); /* a no-op on the one never started */
	}
	ev_loop_destroy(w->loop);
	free(w->scratch);
	w->loop = NULL;
	w->scratch = NULL;
}
