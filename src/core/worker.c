/* A worker's loop: accepting, the stop signals, and the list of open connections.
 * Reaches PHP only through hooks. */
#include "worker.h"
#include "log.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define WS_SCRATCH_SIZE (64 * 1024)
#define WS_ACCEPT_BATCH 64

static const int stop_signals[] = {SIGINT, SIGTERM, SIGQUIT, SIGUSR1};

static void worker_on_accept(struct ev_loop *loop, ev_io *io, int revents)
{
	ws_worker *w = io->data;
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
				/* out of descriptors: pause accepting briefly instead of spinning on it */
				ws_log("accept on %s: %s; pausing accept for 100 ms", w->listener->name,
				       strerror(errno));
				ev_io_stop(loop, io);
				ev_timer_start(loop, &w->accept_retry);
			}
			return;
		}
		if (!ws_conn_accepted(w, fd, (struct sockaddr *) &ss, len, w->listener->proto)) {
			close(fd);
		}
	}
}

static void worker_on_accept_retry(struct ev_loop *loop, ev_timer *t, int revents)
{
	ws_worker *w = t->data;
	(void) revents;
	if (!w->stopping) {
		ev_io_start(loop, &w->accept_w);
	}
}

static void worker_on_signal(struct ev_loop *loop, ev_signal *s, int revents)
{
	ws_worker *w = s->data;
	(void) loop;
	(void) revents;
	ws_worker_stop(w);
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
	for (size_t i = 0; i < sizeof(stop_signals) / sizeof(stop_signals[0]); i++) {
		ev_signal_init(&w->sig_w[i], worker_on_signal, stop_signals[i]);
		w->sig_w[i].data = w;
		ev_signal_start(w->loop, &w->sig_w[i]);
	}
	ev_timer_init(&w->accept_retry, worker_on_accept_retry, 0.1, 0.);
	w->accept_retry.data = w;
	return w->scratch ? WS_OK : WS_ERR;
}

int ws_worker_listen(ws_worker *w)
{
	if (!w->listener) {
		return WS_OK;
	}
	if (w->listener->reuse_port && ws_listener_bind(w->listener) != WS_OK) {
		return WS_ERR; /* with reusePort every worker binds its own socket */
	}
	ev_io_init(&w->accept_w, worker_on_accept, w->listener->fd, EV_READ);
	w->accept_w.data = w;
	ev_io_start(w->loop, &w->accept_w);
	return WS_OK;
}

void ws_worker_stop(ws_worker *w)
{
	if (w->stopping) {
		return;
	}
	w->stopping = true;
	ev_io_stop(w->loop, &w->accept_w);
	ev_timer_stop(w->loop, &w->accept_retry);
	while (w->conns) {
		ws_conn_destroy(w->conns);
	}
	w->hooks->on_stop();
}

void ws_worker_free(ws_worker *w)
{
	for (size_t i = 0; i < sizeof(stop_signals) / sizeof(stop_signals[0]); i++) {
		ev_signal_stop(w->loop, &w->sig_w[i]);
	}
	ev_loop_destroy(w->loop);
	free(w->scratch);
	w->loop = NULL;
	w->scratch = NULL;
}
