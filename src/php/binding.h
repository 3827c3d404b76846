/* What the binding files share: class entries, the coroutine scheduler, the worker runtime. */
#ifndef WSERVER_PHP_BINDING_H
#define WSERVER_PHP_BINDING_H

#include <ev.h>

#include "php.h"
#include "zend_smart_str.h"
#include "core/conn.h"
#include "core/conntab.h"
#include "core/worker.h"

extern zend_class_entry *wserver_worker_ce;
extern zend_class_entry *wserver_tcp_connection_ce;
extern zend_class_entry *wserver_timer_ce;
extern zend_class_entry *wserver_coroutine_ce;
extern zend_class_entry *wserver_exception_ce;
extern zend_class_entry *wserver_http_request_ce;
extern zend_class_entry *wserver_http_response_ce;
extern zend_class_entry *wserver_http_chunk_ce;
/* Keeps a zend_string alive while the send queue holds it. */
extern const ws_owner_ops wserver_zstr_ops;
extern zend_class_entry *wserver_coroutine_context_ce;

void wserver_exception_minit(void);
void wserver_worker_minit(void);
void wserver_tcp_connection_minit(void);
void wserver_timer_minit(void);
void wserver_coroutine_minit(void);
void wserver_coro_minit(void);
void wserver_http_request_minit(void);
void wserver_http_response_minit(void);
void wserver_http_stream_minit(void);
void wserver_channel_minit(int module_number);
void wserver_wait_group_minit(void);
void wserver_socket_minit(void);
void wserver_client_minit(void);
extern zend_class_entry *wserver_socket_ce;
void wserver_worker_rshutdown(void);
const char *wserver_backend_name(void);

/* ---- coro.c: callbacks run in pooled Fibers ---- */

/* A callback finished; threw: it ended with an uncaught exception (already logged). */
typedef void (*wserver_coro_done_fn)(void *arg, bool threw);

/* Run fn(args) in a coroutine; name (static) says what it is in logs. Returns true when it
 * finished at once; false when it is suspended, and then done(arg) runs (in loop context)
 * once it finishes. Holds fn until the end; args are only borrowed, since the call starts (and
 * copies them) before this returns. Calls PHP. */
bool wserver_coro_run(const char *name, zval *fn, uint32_t argc, zval *args,
                      wserver_coro_done_fn done, void *arg);
/* Queue fn(args) to run once the loop has handled this round's I/O, together with the other
 * queued callbacks in one Fiber: N messages of a round cost one Fiber switch, not N. Takes
 * ownership of args (at most 2); done(arg) runs in loop context once it finished. */
void wserver_coro_queue(const char *name, zval *fn, uint32_t argc, zval *args,
                        wserver_coro_done_fn done, void *arg);
/* Coroutines run on loop from now on and keep the counters of the status slot (NULL: none).
 * queue: also run wserver_coro_queue()'s callbacks on loop, once per round (a worker's loop;
 * Coroutine\run() queues none, and the check watcher would keep its loop from ending).
 * loop NULL: no loop any more. */
void wserver_coro_attach(struct ev_loop *loop, ws_slot *slot, bool queue);
/* Suspend the calling coroutine for seconds on the worker loop. false + exception outside
 * a coroutine. Calls PHP. */
bool wserver_coro_sleep(double seconds);
/* The id of the running coroutine, -1 outside any. */
zend_long wserver_coro_cid(void);
/* Start fn(args) as a new coroutine, child of the running one: it runs at once until it
 * suspends or ends. *cid gets its id. false (no exception) when no loop runs here or the
 * worker is exiting. Calls PHP. */
bool wserver_coro_create(zval *fn, uint32_t argc, zval *args, zend_long *cid);
/* Whether the coroutine cid is live (started, not finished). Never calls PHP. */
bool wserver_coro_exists(zend_long cid);
/* *pcid = the creator of cid (-1: none); false when cid is not live. */
bool wserver_coro_pcid(zend_long cid, zend_long *pcid);
/* Run fn (a new reference is held) when the running coroutine ends, last deferred first.
 * false outside a coroutine. */
bool wserver_coro_defer(zval *fn);
/* The context object of cid (made as a ce on first use, freed with the coroutine); NULL when
 * cid is not live. Borrowed. */
zval *wserver_coro_context(zend_long cid, zend_class_entry *ce);
/* out = array of the live coroutine ids. */
void wserver_coro_list(zval *out);
/* out = array of counters (coroutine_num, coroutine_peak_num, ...). */
void wserver_coro_stats(zval *out);
/* Suspend the running coroutine until resume(); false when canceled. Calls PHP. */
bool wserver_coro_yield(void);
/* Resume cid, suspended in yield(), at once; the caller goes on once it suspends again.
 * false when cid is not in yield(). Calls PHP. */
bool wserver_coro_resume(zend_long cid);
/* Callbacks started and not finished (suspended ones included). */
uint32_t wserver_coro_live(void);
/* Coroutine\run(): stop the loop when the last live coroutine ends. */
void wserver_coro_break_when_done(bool on);
/* Throw WServer\Exception naming what unless a coroutine runs on a loop. */
bool wserver_coro_require(const char *what);

/* Waits of Channel, WaitGroup and yield(): a waiter lives on the waiting coroutine's stack
 * and is linked in the queue of what it waits for. */
enum {
	WSERVER_WAIT_OK = 0,
	WSERVER_WAIT_TIMEOUT = -1,
	WSERVER_WAIT_CLOSED = -2,
	WSERVER_WAIT_CANCELED = -3,
};
typedef struct wserver_waiter wserver_waiter;
typedef struct wserver_wait_queue {
	wserver_waiter *head, *tail;
} wserver_wait_queue;
struct wserver_waiter {
	struct wserver_coro *co;
	wserver_wait_queue *queue; /* the queue it waits in; NULL once taken off */
	wserver_waiter *prev, *next;
	zval data;  /* a value handed over (Channel); the owner of the waiter sets and frees it */
	int status; /* WSERVER_WAIT_*, once woken */
	bool woken;
	bool local; /* only another coroutine ends it (Channel, WaitGroup, yield) */
};
/* Suspend the running coroutine (checked by the caller) in q (NULL: only resume() or a cancel
 * wakes it) until woken or timeout seconds pass (< 0: no limit; 0: fail at once). Returns
 * the status: OK, TIMEOUT, or what the waker gave. Calls PHP. */
int wserver_coro_wait(wserver_wait_queue *q, wserver_waiter *w, double timeout);
/* The first waiter of q, taken off it; NULL when q is empty. */
wserver_waiter *wserver_wait_queue_shift(wserver_wait_queue *q);
/* Make w's coroutine resume with status, from the loop once it gets control back. Never
 * calls PHP. */
void wserver_coro_wake(wserver_waiter *w, int status);
/* wserver_coro_wake() from a loop callback (an ev_io of a socket): w's coroutine resumes
 * before this returns. Calls PHP. */
void wserver_coro_wake_from_loop(wserver_waiter *w, int status);
/* The loop is ending: every wait, present and to come, returns CANCELED. Calls PHP (what it
 * wakes runs) when called from loop context. */
void wserver_coro_cancel_waits(void);
/* For a graceful stop: coroutines runnable or suspended (*active), and of the suspended ones
 * those only another coroutine can wake (*local: Channel, WaitGroup, yield). */
void wserver_coro_count_pending(uint32_t *active, uint32_t *local);
/* Log every suspended coroutine with its PHP backtrace, why first; returns how many. */
uint32_t wserver_coro_log_suspended(const char *why);
/* Resume every parked Fiber so it ends, and release them. Calls PHP. */
void wserver_coro_shutdown(void);

/* ---- worker.c, callback.c ---- */

/* Log the pending exception with where it escaped and clear it. Calls PHP. */
void wserver_log_exception(const char *where);
/* The same, for an exception that ended coroutine cid. */
void wserver_log_exception_in(const char *where, zend_long cid);

/* Settings of a Worker that have no PHP property; Server::start() fills them. */
typedef struct wserver_worker_limits {
	uint64_t max_request;      /* recycle a worker after about this many messages */
	uint32_t max_conn;         /* connections open at once over the Worker's processes */
	double heartbeat_interval; /* seconds between idle checks */
	double heartbeat_idle;     /* a connection silent this long is closed */
} wserver_worker_limits;
wserver_worker_limits *wserver_worker_limits_of(zend_object *worker);
/* Frame the Worker's plain tcp:// socket with proto, whose parameter block (len bytes) is
 * copied into the Worker. false when the Worker has no socket or already a protocol. */
bool wserver_worker_set_framing(zend_object *worker, const ws_proto *proto, const void *param,
                                size_t len);

/* ---- async_tcp_connection.c: outgoing connections, for worker.c's hooks ---- */

void wserver_async_tcp_connection_minit(void);
/* c (outgoing) is connected: ws:// sends its upgrade request. Never calls PHP. */
void wserver_async_connected(ws_conn *c);
/* The ws:// answer head arrived: true when it accepts the upgrade (frames flow from now);
 * else onError(CONNECT_FAIL) and the connection is closed. */
bool wserver_async_handshake(ws_conn *c, const char *head, size_t len);
/* The object's own onConnect, or onWebSocketConnect (websocket); NULL when unset. */
zval *wserver_async_callback(ws_conn *c, bool websocket);
/* Worker end: drop pending reconnects and lookups. */
void wserver_async_shutdown(void);
/* Client connections looking up a name or waiting to reconnect. */
uint32_t wserver_async_pending(void);

/* ---- master.c ---- */

struct ws_app;
/* Set the master's PHP hooks and remember the files loaded so far. objs stays owned by the
 * caller and must outlive the master. */
void wserver_master_prepare(struct ws_app *app, zend_object **objs);
/* In a child, or once the master is done. */
void wserver_master_release(void);
/* True in the master process while it supervises (not in its children). */
extern bool wserver_in_master;
/* The Server whose start() runs the master (its master and manager events fire); NULL under
 * Worker::runAll(). Borrowed: start() never returns while it is set. */
extern zend_object *wserver_master_server;

/* ---- tcp_connection.c ---- */

typedef struct {
	ws_conn *conn;           /* referenced; NULL for an AsyncTcpConnection not connected yet */
	bool http_close;         /* http: the request being answered asked to close the connection */
	bool http_replied;       /* http: a reply to the current request was sent */
	zend_object *pipe_to;    /* pipe(): where what arrives goes; referenced */
	zend_object *piped_from; /* the connection that pipes into this one; referenced */
	zend_object std;
} wserver_tcp_connection_obj;

static inline wserver_tcp_connection_obj *wserver_tcp_connection_from(zend_object *obj)
{
	return (wserver_tcp_connection_obj *) ((char *) obj -
	                                       XtOffsetOf(wserver_tcp_connection_obj, std));
}
extern zend_object_handlers wserver_tcp_connection_handlers;
/* free_obj of TcpConnection: drops the connection, then the object. */
void wserver_tcp_connection_free(zend_object *obj);
/* obj is now the face of c (a reference is taken; the previous connection's is dropped): id,
 * limits (an accepted one's from the static defaults, an outgoing one's from its properties),
 * websocketType. Never calls PHP. */
void wserver_tcp_connection_attach(zend_object *obj, ws_conn *c);
/* maxSendBufferSize and maxPackageSize from the static defaults (AsyncTcpConnection's
 * constructor: attach() then keeps what they hold). */
void wserver_tcp_connection_init_limits(zend_object *obj);

/* Make the PHP object of a new connection, with its Worker's protocol and transport; the
 * connection keeps it alive while open. */
zend_object *wserver_tcp_connection_create_for(ws_conn *c, zend_object *worker, zval *protocol,
                                               zval *transport);
/* Per-connection callbacks; each falls back to the Worker's property of the same name. */
typedef enum {
	WSERVER_CB_MESSAGE,
	WSERVER_CB_CLOSE,
	WSERVER_CB_ERROR,
	WSERVER_CB_BUFFER_FULL,
	WSERVER_CB_BUFFER_DRAIN,
	WSERVER_CB_COUNT,
} wserver_conn_cb;
extern const char *const wserver_conn_cb_names[WSERVER_CB_COUNT];
/* The connection object's own callback property (IS_NULL when unset). */
zval *wserver_tcp_connection_callback(zend_object *conn, wserver_conn_cb cb);

/* pipe(): the connection what arrives on conn goes to, and the one piping into conn (NULL:
 * none); unpipe drops both (at close). */
zend_object *wserver_tcp_connection_pipe_target(zend_object *conn);
zend_object *wserver_tcp_connection_pipe_source(zend_object *conn);
void wserver_tcp_connection_unpipe(zend_object *conn);
/* The core connection of a TcpConnection (NULL for one the server did not make). */
ws_conn *wserver_tcp_connection_get(zend_object *conn);
/* TcpConnection::send(): WS_SEND_DONE, WS_SEND_QUEUED or WS_SEND_FAILED (maybe with an
 * exception). */
int wserver_tcp_connection_send(zend_object *conn, zval *data, bool raw);

/* TcpConnection::close($data, $raw): send data (framed unless raw), then close after the queue
 * (websocket://: with a close frame). May leave an exception. */
void wserver_tcp_connection_close(zend_object *conn, zval *data, bool raw);
/* A new request on conn: whether its reply keeps the connection open. */
void wserver_tcp_connection_set_keep_alive(zend_object *conn, bool keep_alive);
/* The callback of the current request threw: answer 500 and close, unless it replied. */
void wserver_tcp_connection_http_fail(zend_object *conn);

/* ---- user_protocol.c: Workerman's protocol classes (input, decode, encode) ---- */

extern const ws_proto wserver_proto_user;
/* The class of a scheme or a $protocol name; NULL when there is none. */
zend_class_entry *wserver_user_protocol_find(const char *name, size_t len);
/* This process's Worker uses ce (NULL: none). */
void wserver_user_protocol_use(zend_class_entry *ce);
/* msg (a whole package) becomes what Class::decode() returns. */
void wserver_user_protocol_decode(zend_object *conn, zval *msg);
/* What Class::encode() makes of data; NULL after an exception (logged). */
zend_string *wserver_user_protocol_encode(zend_object *conn, zval *data);

/* ---- udp_connection.c, async_udp_connection.c ---- */

/* An AsyncUdpConnection's socket, while it is connected. */
typedef struct wserver_async_udp {
	int fd;
	ev_io rw;
	zend_object *obj; /* the PHP object: referenced while the socket is open */
	struct wserver_async_udp *next;
} wserver_async_udp;
void wserver_udp_connection_set_peer(zend_object *obj, const struct sockaddr *peer, socklen_t len);
wserver_async_udp **wserver_udp_connection_async(zend_object *obj);
/* Close (without onClose) and free; NULL is fine. */
void wserver_async_udp_free(wserver_async_udp *a);
/* Worker end: close every AsyncUdpConnection still open. */
void wserver_async_udp_shutdown(void);

extern zend_class_entry *wserver_udp_connection_ce;
void wserver_udp_connection_minit(void);
/* The sender of one datagram to a udp:// worker. */
zend_object *wserver_udp_connection_create_for(const struct sockaddr *peer, socklen_t len,
                                               uint16_t port, zend_object *worker, zval *protocol);
/* Its address and listener index; false for any other object. */
bool wserver_udp_peer(zend_object *obj, struct sockaddr_storage *peer, socklen_t *len,
                      uint16_t *port);

/* ---- http_request.c, http_response.c ---- */

/* Read Request::$maxHeaderSize and ::$maxUriLength into the HTTP codec (worker start). */
void wserver_http_request_apply_limits(void);
/* A Request over the bytes raw (referenced) received on conn (may be NULL). */
zend_object *wserver_http_request_create_for(zend_string *raw, zend_object *conn);
/* Status line and headers of the reply to send for data (a Response, or a string sent as a
 * 200 text/html reply); *body gets the body (a new reference); *streaming tells a reply that
 * opens a stream (chunked, text/event-stream: no Content-Length, more pieces follow). NULL +
 * exception when data cannot be a string. */
zend_string *wserver_http_reply_head(zval *data, bool keep_alive, zend_string **body,
                                     bool *streaming);
/* The reply to a Response made with withFile(): its status line and headers (Content-Length,
 * and Content-Type from the extension and Last-Modified unless set), *fd (the caller owns it)
 * open on the file with the range *offset, *len to send. A file that cannot be read (missing,
 * not a regular file, open_basedir) gives a 404 reply instead: *fd = -1, *body its body (a new
 * reference). NULL when data is not such a Response. Never calls user PHP. */
zend_string *wserver_http_reply_file(zval *data, bool keep_alive, int *fd, off_t *offset,
                                     size_t *len, zend_string **body);
/* The bytes of a ServerSentEvents or Chunk (new reference); false for anything else. */
bool wserver_http_stream_bytes(zval *data, zend_string **bytes);

/* ---- websocket.c: handshakes of websocket:// ---- */

void wserver_websocket_minit(void);
/* The Sec-WebSocket-Accept value for the upgrade request data; NULL after answering a bad one
 * (400, 426) and closing. */
zend_string *wserver_websocket_check(ws_conn *c, const char *data, size_t len);
/* onWebSocketConnect is done (threw: with an exception): answer 101 with accept and the
 * connection's $headers, unless the connection was closed meanwhile (refused). */
void wserver_websocket_finish(ws_conn *c, zend_string *accept, bool threw);
/* ws:// client: the upgrade request for host (with its port) and path, with the extra headers
 * ($connection->headers; may be NULL); *accept gets the Sec-WebSocket-Accept the answer must
 * carry. */
zend_string *wserver_websocket_client_request(const char *host, const char *path, zval *headers,
                                              zend_string **accept);
/* Whether the response head (status line and headers) accepts the upgrade; else why says so. */
bool wserver_websocket_client_verify(const char *head, size_t len, zend_string *accept, char *why,
                                     size_t whylen);
/* TcpConnection::close() of a websocket:// connection: a close frame, or a refused
 * handshake (403). */
void wserver_websocket_close(ws_conn *c);

/* ---- server.c, server_options.c, http_server.c, websocket_server.c: the Swoole API ---- */

extern zend_class_entry *wserver_server_ce;
extern zend_class_entry *wserver_http_server_ce;
extern zend_class_entry *wserver_websocket_server_ce;

typedef enum {
	WSERVER_SERVER_TCP,
	WSERVER_SERVER_HTTP,
	WSERVER_SERVER_WEBSOCKET
} wserver_server_kind;

typedef struct {
	HashTable events;          /* lower-case event name => callable */
	zend_object *worker;       /* the Worker serving this server, made by start() */
	zend_object *task_worker;  /* the Worker of the task workers; NULL without */
	zend_long worker_num;      /* worker's count */
	zend_long task_worker_num; /* task_worker's count */
	int32_t group, task_group; /* their group (slot range) in the process model; -1: none */
	zend_long worker_id;       /* in a worker process (task workers follow the others); -1
	                              elsewhere */
	bool taskworker;           /* this process is a task worker */
	wserver_server_kind kind;
	HashTable *bad_options; /* set() options refused: name => why; start() refuses to run */
	zend_object std;
} wserver_server_obj;

void wserver_server_minit(int module_number);
void wserver_http_server_minit(void);
void wserver_websocket_server_minit(int module_number);
wserver_server_obj *wserver_server_from(zend_object *obj);
/* on()/getCallback() of a Server or a Port: ValueError for a name that is no event,
 * TypeError for a callback that is not callable (as Swoole, at the call). */
bool wserver_events_on(HashTable *table, zend_string *name, zval *cb);
void wserver_events_get(HashTable *table, zend_string *name, zval *return_value);
/* server_port.c: addListener()'s Port (its class is registered with the Server's). */
extern zend_class_entry *wserver_port_ce;
void wserver_port_setup(zend_class_entry *ce);
zend_object *wserver_port_create(zend_string *host, zend_long port, zend_long type);
zval *wserver_port_event(zend_object *port, const char *name);
const char *wserver_port_scheme(zend_object *port, const char *server_scheme);
/* Add a socket served by worker's processes (before runAll). false with err. */
bool wserver_worker_add_listener(zend_object *worker, const char *name, char *err, size_t errlen);
/* The callback of event (lower-case) for connections of listener port (0: the server's own
 * socket; then the Ports in order): the Port's, else the server's; NULL when neither. */
zval *wserver_server_event_at(wserver_server_obj *s, uint16_t port, const char *name);
bool wserver_server_fire_at(wserver_server_obj *s, uint16_t port, const char *name, uint32_t argc,
                            zval *argv);
/* The callback of event (lower-case), or NULL. */
zval *wserver_server_event(wserver_server_obj *s, const char *name);
/* Call event's callback with args; false when it is not set. Exceptions stay pending. */
bool wserver_server_fire(wserver_server_obj *s, const char *name, uint32_t argc, zval *argv);
/* The fd number of c: unique across the server's workers. */
zend_long wserver_server_fd(wserver_server_obj *s, ws_conn *c);
/* The TcpConnection of fd if this worker owns it; else NULL (with a warning unless quiet). */
zend_object *wserver_server_conn(wserver_server_obj *s, zend_long fd, bool quiet);
/* set()'s options onto the Worker and the static defaults, at start(). FAILURE with an
 * exception. */
zend_result wserver_server_apply_settings(zend_object *server, zend_object *worker);
/* The first option set() refused becomes the configuration error start reports. */
void wserver_server_report_bad_options(zend_object *server);
/* A request on an Http\Server: request($request, $response). */
void wserver_http_server_dispatch(wserver_server_obj *s, zend_object *conn, zval *request);
/* A WebSocket\Server's handshake($request, $response) callback; true when it accepted. */
bool wserver_http_server_handshake(wserver_server_obj *s, zend_object *conn, zval *request);
/* A message on a WebSocket\Server: message($server, $frame). */
void wserver_websocket_server_dispatch(zval *server, ws_conn *c, zval *data);
/* A WServer\Http\Request (Swoole style) over a Protocols\Http\Request. */
zend_object *wserver_swoole_request_create(wserver_server_obj *s, zend_object *conn,
                                           zend_object *request);

/* ---- server_ipc.c, server_task.c: messages between the Server's workers ---- */

enum {
	WSERVER_IPC_FD_SEND = 1,
	WSERVER_IPC_FD_CONTROL, /* close, reset, pause, resume */
	WSERVER_IPC_PIPE_MESSAGE,
	WSERVER_IPC_TASK,
	WSERVER_IPC_TASK_RESULT,
	WSERVER_IPC_FD_INFO, /* getClientInfo() of another worker's connection */
	WSERVER_IPC_FD_LIST, /* getClientList() of another worker */
	WSERVER_IPC_REPLY,   /* the answer to a request */
};
/* start(): this server's workers talk to each other. */
void wserver_ipc_want(zend_object *server);
/* The master, before forking: make the sockets and shared tables for nslots workers (if
 * wanted); open_files (the descriptor limit, <= 0: none) bounds the connection table. */
void wserver_ipc_prepare(uint32_t nslots, int64_t open_files);
/* In the worker of slot: read messages on loop. */
void wserver_ipc_start(struct ev_loop *loop, uint32_t slot);
void wserver_ipc_release(void);
/* Bytes queued for other workers' sockets. */
size_t wserver_ipc_unsent(void);
/* Whether messages from other workers wait to be read. */
bool wserver_ipc_has_input(void);
int32_t wserver_ipc_slot_of_worker(wserver_server_obj *s, zend_long worker_id);
zend_long wserver_ipc_worker_of_slot(wserver_server_obj *s, uint32_t slot);
/* Whether a process runs as worker_id now (its slot's presence). Never calls PHP. */
bool wserver_ipc_worker_running(wserver_server_obj *s, zend_long worker_id);
/* false with errno (ENOBUFS: the target is not running and ipc_queue_max messages wait). */
bool wserver_ipc_send(int32_t slot, uint32_t type, const char *data, size_t len);
/* Warn that what (e.g. "the message") did not go to target id (e.g. "worker", 3), by errno. */
void wserver_ipc_warn_unsent(const char *what, const char *target, zend_long id);
/* head (n bytes) then body as one message. */
bool wserver_ipc_send2(int32_t slot, uint32_t type, const void *head, size_t n, const char *body,
                       size_t blen);
/* serialize() of v (NULL + exception when it cannot be); unserialize() into out (null when
 * the bytes are bad). */
zend_string *wserver_ipc_serialize(zval *v);
bool wserver_ipc_unserialize(const char *p, size_t len, zval *out);
/* What the shared table says about fd of another worker, without asking it: WS_CONNTAB_FOUND
 * (e filled), _ABSENT, or _UNKNOWN (only the owner can tell). Never calls PHP. */
int wserver_ipc_fd_lookup(wserver_server_obj *s, zend_long fd, ws_conn_entry *e);
/* Server::send()/close() of a connection another worker owns: false when it is not open. */
bool wserver_ipc_fd_send(wserver_server_obj *s, zend_long fd, zend_string *data);
enum { WSERVER_FD_CLOSE, WSERVER_FD_RESET, WSERVER_FD_PAUSE, WSERVER_FD_RESUME };
bool wserver_ipc_fd_control(wserver_server_obj *s, zend_long fd, int op);
/* Apply op to this worker's connection fd; false when it is not open here. */
bool wserver_server_local_control(wserver_server_obj *s, zend_long fd, int op);
bool wserver_ipc_pipe_message(wserver_server_obj *s, zval *message, zend_long dst);
/* getClientInfo() of a connection another worker owns: asks it and waits (in a coroutine) up
 * to a second. False when it is closed, or the owner does not answer. */
void wserver_ipc_fd_info(wserver_server_obj *s, zend_long fd, zval *return_value);
/* Up to page fds above start_fd of worker_id (another worker), ascending; false when it does
 * not answer. Waits in a coroutine. */
void wserver_ipc_fd_list(wserver_server_obj *s, zend_long worker_id, zend_long start_fd,
                         zend_long page, zval *return_value);
/* The same for this worker's connections. */
void wserver_server_local_fds(wserver_server_obj *s, zend_long start_fd, zend_long page, zval *out);
/* The getClientInfo() array of a connection of this worker. */
void wserver_server_client_info(wserver_server_obj *s, ws_conn *c, zval *out);
/* The same from a connection's entry in the shared table, owned by worker_id. */
void wserver_server_entry_info(wserver_server_obj *s, const ws_conn_entry *e, zend_long worker_id,
                               const char *unix_path, zval *out);
/* task(): the task id, or -1 after a warning. */
zend_long wserver_task_send(wserver_server_obj *s, zval *data, zend_long dst, zval *finish_cb);
bool wserver_task_finish(zval *result);
/* In a task worker's coroutine: run the task callback, send back its result (to the process
 * from_pid of slot from_slot). */
void wserver_task_run(wserver_server_obj *s, zend_long task_id, zend_long from_slot,
                      bool wants_result, zend_long from_pid, zval *data);
void wserver_task_message(wserver_server_obj *s, uint32_t type, uint32_t from, const char *data,
                          size_t len);
/* taskwait(): false + warning on time-out. */
void wserver_taskwait(wserver_server_obj *s, zval *data, double timeout, zend_long dst,
                      zval *return_value);
/* A result arrived for task_id: true when a taskwait() took it. */
bool wserver_taskwait_wake(zend_long task_id, zval *result);
void wserver_task_shutdown(void);
/* Results of tasks sent from here that a callback or the finish event waits for. */
uint32_t wserver_task_awaited(void);
/* worker's processes are a Server's task workers (process title). */
void wserver_worker_mark_task(zend_object *worker);
/* worker was made by a Server's start(): its configuration errors name the Server. */
void wserver_worker_mark_server(zend_object *worker);
/* fn($worker) runs when a graceful stop of worker's process begins (Server's workerExit). */
void wserver_worker_set_drain_callback(zend_object *worker, zval *cb);
/* websocket:// Worker: requests that are not upgrades go to onMessage as HTTP requests. */
void wserver_worker_set_http_fallback(zend_object *worker);
/* Whether data (a whole request head) asks for a WebSocket upgrade. */
bool wserver_websocket_is_upgrade(const char *data, size_t len);
/* The index of worker among the Workers runAll() serves (its group). */
int32_t wserver_worker_group_index(zend_object *worker);

/* ---- timer.c ---- */

/* Stop and free every timer of this worker. */
void wserver_timer_shutdown(void);
/* Start a timer calling fn(args...) (fn(id, args...) when pass_id) after interval seconds, and
 * every interval when persistent. Returns its id; 0 with a warning outside a worker. */
zend_long wserver_timer_add(double interval, zval *fn, zval *args, bool persistent, bool pass_id);
bool wserver_timer_del(zend_long id);
/* One-shot timers not fired yet: a graceful stop waits for them. */
uint32_t wserver_timer_oneshot_count(void);

#endif
