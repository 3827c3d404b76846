/* Graceful stop of one worker. It stops accepting at once (the other workers serve the
 * listening socket) and closes a connection only when its protocol says it is idle:
 * - HTTP: after the reply in flight, which carries Connection: close; a keep-alive connection
 *   with no request under way once it has been quiet for a moment (see below);
 * - anything else (WebSocket with close code 1001, text, frame, raw, a user protocol): once
 *   the whole worker has nothing pending, since a timer, a coroutine or a client connection
 *   may still write to it.
 * When no connection and nothing pending is left, hooks->on_stop ends the worker. At the
 * deadline it ends anyway, with one log line naming what was still pending. */
#include "drain.h"
#include "log.h"
#include "websocket.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* A connection accepted just before the drain may not have sent its first message yet: it is
 * given this long to do so before it is closed as idle. */
#define WS_DRAIN_FRESH_S 1.0
/* An HTTP keep-alive connection that got a reply a moment ago is most likely sending its next
 * request right now: closing it would lose that request. It is closed once quiet this long;
 * a request that comes first is answered with Connection: close. */
#define WS_DRAIN_KEEPALIVE_S 1.0
/* How often a drain looks again without being poked (a timer fired, a lookup ended). */
#define WS_DRAIN_TICK_S 0.1
/* Connections named in the log line of a drain that ran out of time. */
#define WS_DRAIN_NAMED 10

typedef struct drain_count {
	ws_pending p;
	uint32_t conn_work; /* connections with a callback under way, output or a reply owed */
	uint32_t outgoing;  /* client connections open or connecting */
} drain_count;

/* Work of c itself: a suspended callback, bytes not yet sent, a reply owed, a message partly
 * received (a slow one ends as its protocol says: complete, or rejected at its timeout), a
 * body under way to disk. */
static bool conn_has_work(const ws_conn *c)
{
	return c->busy || !ws_sendq_empty(&c->out) || c->reply_pending || c->in.len > c->in.off ||
	       c->spool;
}

static void drain_count_all(ws_worker *w, drain_count *n)
{
	memset(n, 0, sizeof(*n));
	w->hooks->count_pending(&n->p);
	for (ws_conn *c = w->conns; c; c = c->next) {
		if (c->outgoing) {
			n->outgoing++;
		} else if (conn_has_work(c)) {
			n->conn_work++;
		}
	}
}

static bool drain_nothing_pending(const drain_count *n)
{
	const ws_pending *p = &n->p;
	return p->timers == 0 && p->coroutines == 0 && p->clients == 0 && p->replies == 0 &&
	       p->unsent == 0 && !p->inbox && p->senders == 0 && n->conn_work == 0 && n->outgoing == 0;
}

/* Seconds until c may be closed as idle (0: now); c has no work of its own. */
static double drain_idle_wait(const ws_worker *w, const ws_conn *c, bool worker_idle, double now)
{
	double wait = 0.;
	if (c->bytes_read == 0) {
		wait = WS_DRAIN_FRESH_S - (now - w->drain_started);
	}
	if (ws_conn_is_http(c)) {
		double quiet = now - (c->recv_ts > c->replied_ts ? c->recv_ts : c->replied_ts);
		if (WS_DRAIN_KEEPALIVE_S - quiet > wait) {
			wait = WS_DRAIN_KEEPALIVE_S - quiet;
		}
	} else if (!worker_idle) {
		return -1.; /* not before the worker is done: a timer or coroutine may write to it */
	}
	return wait > 0. ? wait : 0.;
}

/* Close c if it is idle now; returns when to look again (seconds, < 0: when poked). */
static double drain_conn(ws_worker *w, ws_conn *c, bool worker_idle, double now)
{
	if (c->outgoing || c->status != WS_CONN_ESTABLISHED || conn_has_work(c)) {
		return -1.;
	}
	double wait = drain_idle_wait(w, c, worker_idle, now);
	if (wait != 0.) {
		return wait;
	}
	ws_conn_ref(c);
	if (ws_conn_is_http(c)) {
		/* a request already in the socket is answered (with Connection: close), not cut off
		 * by the close. Other protocols cannot tell a client to go elsewhere: reading on
		 * would keep a client that never pauses here for ever. */
		ws_conn_read_now(c);
	}
	if (c->status == WS_CONN_ESTABLISHED && !conn_has_work(c)) {
		ws_conn_close_idle(c);
	}
	ws_conn_unref(c);
	return -1.;
}

/* Call fn on each connection. fn may close c, and c's onClose others: the next one is held
 * meanwhile, and the walk ends early if it closed too (a close pokes the drain again). */
static void drain_each(ws_worker *w, void (*fn)(ws_worker *, ws_conn *, void *), void *arg)
{
	for (ws_conn *c = w->conns, *following; c; c = following) {
		following = c->next;
		if (following) {
			ws_conn_ref(following);
		}
		fn(w, c, arg);
		if (following) {
			bool gone = following->status == WS_CONN_CLOSED;
			ws_conn_unref(following);
			if (gone) {
				return;
			}
		}
	}
}

/* One look at every connection: close the idle ones, and find when to look again. */
typedef struct drain_pass {
	bool worker_idle;
	double now;
	double next; /* seconds until the next look */
} drain_pass;

static void drain_visit(ws_worker *w, ws_conn *c, void *arg)
{
	drain_pass *pass = arg;
	double wait = drain_conn(w, c, pass->worker_idle, pass->now);
	if (wait > 0. && wait < pass->next) {
		pass->next = wait;
	}
}

/* At the deadline: goodbye as each protocol says it (WebSocket close 1001), as far as the
 * sockets take it at once; ws_worker_stop() then closes everything. */
static void drain_say_goodbye(ws_worker *w, ws_conn *c, void *arg)
{
	(void) w;
	(void) arg;
	if (c->status == WS_CONN_ESTABLISHED) {
		ws_conn_close_idle(c);
	}
}

static void drain_schedule(ws_worker *w, double after)
{
	ev_timer_stop(w->loop, &w->drain_check);
	ev_timer_set(&w->drain_check, after, 0.);
	ev_timer_start(w->loop, &w->drain_check);
}

static void drain_on_check(struct ev_loop *loop, ev_timer *t, int revents)
{
	ws_worker *w = t->data;
	(void) loop;
	(void) revents;
	if (!w->draining || w->stopping) {
		return;
	}
	drain_count n;
	drain_count_all(w, &n);
	bool worker_idle = drain_nothing_pending(&n);
	drain_pass pass = {worker_idle, ev_now(w->loop), WS_DRAIN_TICK_S};
	drain_each(w, drain_visit, &pass);
	if (w->nconns == 0 && worker_idle) {
		if (n.p.local_waits > 0) {
			w->hooks->on_drain_idle(); /* what it wakes finishes and pokes this check again */
		} else {
			w->stopping = true;
			ev_timer_stop(w->loop, &w->drain_deadline);
			w->hooks->on_stop();
			return;
		}
	}
	if (!ev_is_active(&w->drain_check)) {
		drain_schedule(w, pass.next);
	}
}

static const char *plural(uint64_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

/* "worker 4242 stopped after 2 s with 1 connection (#7 127.0.0.1:50110), 1 timer, 0
 * coroutines, 0 clients pending" */
static void drain_log_expired(ws_worker *w)
{
	drain_count n;
	drain_count_all(w, &n);
	uint32_t accepted = w->nconns - n.outgoing, named = 0;
	char names[WS_DRAIN_NAMED * 72 + 16] = "";
	size_t used = 0;
	for (ws_conn *c = w->conns; c && named < WS_DRAIN_NAMED; c = c->next) {
		if (c->outgoing) {
			continue;
		}
		char addr[64];
		ws_sockaddr_format((struct sockaddr *) &c->peer, c->peer_len, addr, sizeof(addr));
		used += (size_t) snprintf(names + used, sizeof(names) - used, "%s#%llu %s",
		                          named ? ", " : " (", (unsigned long long) c->id, addr);
		named++;
	}
	if (named) {
		snprintf(names + used, sizeof(names) - used, "%s)", accepted > named ? ", ..." : "");
	}
	char extra[160] = "";
	if (n.p.replies || n.p.unsent || n.p.inbox || n.p.senders) {
		snprintf(extra, sizeof(extra),
		         ", %u task %s, %zu bytes for other workers, %s, %u %s to serve", n.p.replies,
		         plural(n.p.replies, "result", "results"), n.p.unsent,
		         n.p.inbox ? "messages unread" : "no message unread", n.p.senders,
		         plural(n.p.senders, "worker", "workers"));
	}
	uint32_t coroutines = n.p.coroutines + n.p.local_waits;
	uint32_t clients = n.p.clients + n.outgoing;
	ws_log("worker %d stopped after %g s with %u %s%s, %u %s, %u %s, %u %s%s pending%s",
	       (int) getpid(), w->stop_timeout, accepted, plural(accepted, "connection", "connections"),
	       names, n.p.timers, plural(n.p.timers, "timer", "timers"), coroutines,
	       plural(coroutines, "coroutine", "coroutines"), clients,
	       plural(clients, "client", "clients"), extra,
	       /* Swoole's words and code for it, which its programs look for */
	       ws_log_is_swoole_format() ? " (ERRNO 9101): worker exit timeout, forced termination"
	                                 : "");
}

static void drain_on_deadline(struct ev_loop *loop, ev_timer *t, int revents)
{
	ws_worker *w = t->data;
	(void) loop;
	(void) revents;
	if (!w->draining || w->stopping) {
		return;
	}
	drain_log_expired(w);
	drain_each(w, drain_say_goodbye, NULL);
	ws_worker_stop(w);
}

static void drain_on_delay(struct ev_loop *loop, ev_timer *t, int revents)
{
	ws_worker *w = t->data;
	(void) loop;
	(void) revents;
	double timeout = w->stop_timeout > 0 ? w->stop_timeout : 2.0;
	/* the delay counts in stopTimeout, which the manager and the CLI wait for */
	w->stop_timeout = timeout - w->drain_delay > 0.1 ? timeout - w->drain_delay : 0.1;
	ws_worker_drain(w);
}

void ws_drain_init(ws_worker *w)
{
	ev_timer_init(&w->drain_delay_w, drain_on_delay, 0., 0.);
	w->drain_delay_w.data = w;
	ev_timer_init(&w->drain_check, drain_on_check, 0., 0.);
	w->drain_check.data = w;
	ev_timer_init(&w->drain_deadline, drain_on_deadline, 0., 0.);
	w->drain_deadline.data = w;
}

void ws_worker_drain(ws_worker *w)
{
	if (w->stopping || w->draining) {
		return;
	}
	w->draining = true;
	ev_timer_stop(w->loop, &w->drain_delay_w);
	ev_now_update(w->loop);
	w->drain_started = ev_now(w->loop);
	ws_worker_stop_accepting(w);
	ev_timer_set(&w->drain_deadline, w->stop_timeout > 0 ? w->stop_timeout : 2.0, 0.);
	ev_timer_start(w->loop, &w->drain_deadline);
	if (w->hooks->on_drain) {
		w->hooks->on_drain();
	}
	ws_worker_poke_drain(w);
}

void ws_worker_drain_announced(ws_worker *w)
{
	if (w->stopping || w->draining || w->stop_announced) {
		return; /* a repeated stop -g changes nothing: the delay runs out as planned */
	}
	w->stop_announced = true;
	if (w->drain_delay <= 0) {
		ws_worker_drain(w);
		return;
	}
	ev_timer_set(&w->drain_delay_w, w->drain_delay, 0.);
	ev_timer_start(w->loop, &w->drain_delay_w);
}

void ws_worker_poke_drain(ws_worker *w)
{
	if (w->draining && !w->stopping) {
		drain_schedule(w, 0.);
	}
}
