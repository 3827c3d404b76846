/* Swoole's send_yield: Server::send(), WebSocket\Server::push() and Http\Response::write() from
 * a coroutine wait, rather than fail, while the connection's send buffer is full; every waiter
 * of the process looks again each time a full buffer drains or a connection closes, and gives
 * up after send_timeout (the send then fails as without send_yield). */
#include "send_yield.h"
#include "coro.h"
#include "server.h"

#include <time.h>

static wserver_wait_queue waiters;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + ts.tv_nsec / 1e9;
}

void wserver_send_yield_wait(ws_conn *c)
{
	wserver_server_obj *s = wserver_server_serving();
	if (!c || !s || !s->config.send_yield || c->out.bytes < c->max_send_buffer ||
	    !wserver_coro_can_suspend()) {
		return;
	}
	double deadline = s->config.send_timeout > 0 ? now() + s->config.send_timeout : -1;
	ws_conn_ref(c);
	while (c->status == WS_CONN_ESTABLISHED && c->out.bytes >= c->max_send_buffer) {
		double left = deadline < 0 ? -1 : deadline - now();
		if (deadline >= 0 && left <= 0) {
			break;
		}
		wserver_waiter w;
		ZVAL_UNDEF(&w.data);
		if (wserver_coro_wait(&waiters, &w, left) != WSERVER_WAIT_OK) {
			break;
		}
	}
	ws_conn_unref(c);
}

void wserver_send_yield_wake(void)
{
	wserver_waiter *w;
	while ((w = wserver_wait_queue_shift(&waiters))) {
		wserver_coro_wake(w, WSERVER_WAIT_OK);
	}
}
