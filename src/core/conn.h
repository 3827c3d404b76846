/* One accepted connection: read buffer, framing, send queue with back-pressure, close. */
#ifndef WS_CORE_CONN_H
#define WS_CORE_CONN_H

#include <ev.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/socket.h>
#include <time.h>

#include "buffer.h"
#include "proto/proto.h"

/* The Workerman status values, returned by getStatus(). */
enum {
	WS_CONN_INITIAL = 0,
	WS_CONN_CONNECTING = 1,
	WS_CONN_ESTABLISHED = 2,
	WS_CONN_CLOSING = 4,
	WS_CONN_CLOSED = 8,
};

/* onError codes, as Workerman's. */
enum { WS_ERR_CONNECT_FAIL = 1, WS_ERR_SEND_FAIL = 2 };

/* ws_conn_send() results, as Workerman's send(): true, null, false. */
enum { WS_SEND_DONE = 1, WS_SEND_QUEUED = 0, WS_SEND_FAILED = -1 };

typedef struct ws_worker ws_worker;
typedef struct ws_conn ws_conn;
struct ws_websocket;
struct ws_conn_entry;
struct ws_conn_region;
struct ws_tls_ctx;
struct ws_tls_conn;
struct ws_spool;

struct ws_conn {
	ev_io rw, ww;            /* read and write watchers on fd */
	ws_worker *worker;       /* ro */
	const ws_proto *proto;   /* ro (ws_conn_switch_proto): NULL means each read is one message */
	const void *proto_param; /* ro: the codec's parameters, from the listener */
	ws_conn *prev, *next;    /* the worker's list of open connections */
	ws_conn *flush_next;     /* the worker's flush list (a reference while on it) */
	ws_conn *due_next;       /* the worker's deadline list (a reference while on it) */
	uint64_t id;             /* ro: unique within the worker */
	int fd;
	uint32_t refs;      /* the worker's (while open) plus the binding's */
	uint8_t status;     /* WS_CONN_* */
	bool recv_paused;   /* pauseRecv() */
	bool busy;          /* a callback of this connection is suspended: later messages wait */
	bool buffer_full;   /* onBufferFull fired, onBufferDrain pending */
	bool outgoing;      /* ro: made by ws_conn_connect(): our end connected */
	bool reply_pending; /* a request was delivered and its reply not sent yet (HTTP) */
	bool flush_queued;  /* on the worker's flush list: written before the loop next waits */
	bool due_listed;    /* on the worker's deadline list: its once-a-second check looks at it */
	bool protect;       /* the heartbeat leaves it open however idle (Server::protect()) */
	int connect_err;    /* an error connect() gave at once, reported from the loop */
	ws_rbuf in;         /* received bytes not yet cut into messages */
	ws_sendq out;       /* bytes not yet taken by the socket */
	size_t max_send_buffer;
	size_t max_package;
	uint64_t bytes_read, bytes_written;
	time_t connected_at, last_recv_at; /* wall clock seconds */
	ev_tstamp recv_ts;                 /* loop time of the last read: heartbeat */
	ev_tstamp sent_ts;                 /* loop time of the last write: max_idle_time */
	ev_tstamp replied_ts;              /* loop time reply_pending was last cleared */
	int64_t head_since_ms;    /* an incomplete head has been arriving since then; 0: none */
	int64_t linger_until_ms;  /* lingering close: what arrives is read and dropped until then */
	bool linger;              /* close lingering: the reply goes out before the socket closes */
	uint32_t linger_ms;       /* how long a lingering close reads on; 0: WS_LINGER_MS */
	struct ws_websocket *ws;  /* websocket:// connections only */
	struct ws_spool *spool;   /* http: the body under way is being written to disk */
	struct ws_spool *spooled; /* the spooled body of the request being delivered, until taken */
	uint16_t port;            /* ro: index of the listener that accepted it */
	struct sockaddr_storage peer;
	socklen_t peer_len;
	void *user; /* binding's object; the binding keeps it alive while the connection is open */
	struct ws_conn_region *table; /* the shared table it is listed in (conntab.c); NULL: none */
	struct ws_conn_entry *shared; /* its entry there; NULL: none, or no room for it */
	struct ws_tls_conn *tls;      /* the TLS session (tls.h); NULL: plain */
	int64_t handshake_until_ms;   /* a TLS handshake is under way until then; 0: none */
	bool unannounced; /* accepted, TLS handshake under way: the binding has not heard of it, so
	                     no hook runs for it (a failed handshake is counted, never seen) */
	bool tls_early;   /* hooks->on_connect ran before the TLS handshake (Workerman's order):
	                     what it sent waits for the handshake, a failed one ends in on_close */
};

/* Predicates: what the binding asks instead of reading c->proto and c->ws. None calls PHP.
 * The protocol c speaks: WS_PROTO_RAW when each read is one message. */
static inline ws_proto_kind ws_conn_kind(const ws_conn *c)
{
	return c->proto ? c->proto->kind : WS_PROTO_RAW;
}
/* http://, or a WebSocket listener's connection that switched to plain HTTP. */
static inline bool ws_conn_is_http(const ws_conn *c)
{
	return c->proto && c->proto->kind == WS_PROTO_HTTP;
}
/* A WebSocket connection, either side, open or still in its handshake. */
static inline bool ws_conn_is_websocket(const ws_conn *c)
{
	return c->ws != NULL;
}
/* A WebSocket connection whose handshake is done: what comes and goes are frames. */
bool ws_conn_ws_open(const ws_conn *c);
/* From the next message on, c speaks proto: the one place a connection changes protocol.
 * Leaving WebSocket drops its state (meant for a handshake that turned out to be a plain
 * request); entering it makes one. WS_ERR on ENOMEM, c unchanged. Never calls hooks. */
int ws_conn_switch_proto(ws_conn *c, const ws_proto *proto);

/* Take or drop a reference; the struct is freed at zero. Never calls PHP. */
void ws_conn_ref(ws_conn *c);
void ws_conn_unref(ws_conn *c);

/* Send head (copied if it must wait), body (owned by owner: retained if it must wait) and a
 * static tail as one message. Returns WS_SEND_DONE, WS_SEND_QUEUED or WS_SEND_FAILED (closed,
 * or the buffer is full: hooks->on_error then). May call hooks (buffer full, error, close). */
int ws_conn_send(ws_conn *c, const char *head, size_t hlen, const char *body, size_t blen,
                 void *owner, const ws_owner_ops *ops, const char *tail, size_t tlen);
/* Send head (copied) then len bytes of file fd from offset with sendfile(), as one message.
 * Takes fd (closed once sent, or at once on failure). The file bytes wait on disk, not in
 * memory: they do not count against max_send_buffer. Results and hooks as ws_conn_send(). */
int ws_conn_send_file(ws_conn *c, const char *head, size_t hlen, int fd, off_t offset, size_t len);
/* Write what the connections on w's flush list queued during this loop round (the replies to
 * pipelined requests leave together, one writev each). Called before the loop waits. May call
 * hooks (buffer drain, error, close). */
void ws_conn_flush_all(ws_worker *w);
/* c has a deadline now (head, linger, TLS handshake, WebSocket close): the worker's check each
 * second looks at it. Only such connections are looked at, not every open one. */
void ws_conn_watch_deadline(ws_conn *c);
/* c still has a deadline the check must look at. */
bool ws_conn_has_deadline(const ws_conn *c);
/* Close after the send queue drains. May call hooks->on_close. */
void ws_conn_close(ws_conn *c);
/* Lingering connections whose time is up are closed (each second, from the worker). */
void ws_conn_linger_expire(ws_conn *c, int64_t now_ms);
/* Close an idle connection of a draining worker, saying goodbye as its protocol does. */
void ws_conn_close_idle(ws_conn *c);
/* The reply to the request in flight was sent (reply_pending cleared). */
void ws_conn_replied(ws_conn *c);
/* Close now, dropping what is queued; hooks->on_close runs once. */
void ws_conn_destroy(ws_conn *c);
/* ws_conn_destroy(), the peer told with a reset (RST) rather than an orderly end. */
void ws_conn_reset(ws_conn *c);
void ws_conn_pause_recv(ws_conn *c);
void ws_conn_resume_recv(ws_conn *c);
/* Read and handle whatever the socket holds now, without waiting for the loop. */
void ws_conn_read_now(ws_conn *c);
/* The suspended callback of c finished: handle the messages that waited, then read again. */
void ws_conn_callback_done(ws_conn *c);
/* Reject the message under way: the protocol's answer (-408: timeout) if it has one, then
 * close. May call hooks. */
void ws_conn_reject(ws_conn *c, ssize_t err);
/* Local address of the socket. */
int ws_conn_local(ws_conn *c, struct sockaddr_storage *ss, socklen_t *len);

/* The spooled body of the HTTP request being delivered (hooks->on_message): the caller owns
 * it (ws_spool_free); NULL when the body came whole in the message. */
struct ws_spool *ws_conn_take_spool(ws_conn *c);

/* Hand one message and what its codec learnt about it (never NULL) to hooks->on_message (for
 * the codecs of the core); false when c must stop dispatching. */
bool ws_conn_deliver(ws_conn *c, const char *p, size_t n, const ws_msg_info *info);

/* Accept path, for worker.c: wrap fd and start reading after hooks->on_connect. With tls, the
 * TLS handshake comes first, in the loop: hooks->on_connect once it is done (Swoole's order);
 * a failure (or no handshake within the context's timeout) closes the socket without any hook,
 * counted in the slot's tls_failed. With tls_early, hooks->on_connect runs at once instead
 * (Workerman's order): what it sends is written once the handshake is done, and a failed
 * handshake is counted and ends in hooks->on_close. NULL when no connection could be made (fd
 * is the caller's then). */
ws_conn *ws_conn_accepted(ws_worker *w, int fd, const struct sockaddr *sa, socklen_t len,
                          const ws_proto *proto, const void *proto_param, uint16_t port,
                          struct ws_tls_ctx *tls, bool tls_early);
/* A TLS handshake past its time is given up (each second, from the worker). May call hooks
 * (on_error, on_close) for an outgoing connection. */
void ws_conn_handshake_expire(ws_conn *c, int64_t now_ms);

/* Client path: connect a new socket to sa and return the connection in WS_CONN_CONNECTING
 * (user set, so the binding finds it). It reads nothing until connected; what is sent
 * meanwhile is queued. From the loop, later: hooks->on_connect once connected, or
 * hooks->on_error(WS_ERR_CONNECT_FAIL) then hooks->on_close. NULL with errno when no socket
 * could be made. Never calls hooks itself. */
ws_conn *ws_conn_connect(ws_worker *w, const struct sockaddr *sa, socklen_t len,
                         const ws_proto *proto, void *user);
/* The same over TLS from ctx (peer_name: SNI and the name checked, unless ctx has one): the
 * handshake runs once connected, hooks->on_connect once it is done, or with tls_early once
 * connected, before the handshake (Workerman's order: what it sends waits for the handshake);
 * a failed one is hooks->on_error(WS_ERR_CONNECT_FAIL, "TLS handshake with ... failed: why"),
 * then on_close. */
ws_conn *ws_conn_connect_tls(ws_worker *w, const struct sockaddr *sa, socklen_t len,
                             const ws_proto *proto, void *user, struct ws_tls_ctx *tls,
                             const char *peer_name, bool tls_early);

#endif
