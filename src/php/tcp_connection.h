/* WServer\Connection\TcpConnection (tcp_connection.c): the object's layout, its callbacks,
 * and the helpers the runtime and the Server send, close and pipe through. */
#ifndef WSERVER_PHP_TCP_CONNECTION_H
#define WSERVER_PHP_TCP_CONNECTION_H

#include "php.h"
#include "core/conn.h"

extern zend_class_entry *wserver_tcp_connection_ce;
/* Keeps a zend_string alive while the send queue holds it. */
extern const ws_owner_ops wserver_zstr_ops;
void wserver_tcp_connection_minit(void);
typedef struct {
	ws_conn *conn;            /* referenced; NULL for an AsyncTcpConnection not connected yet */
	bool http_close;          /* http: the request being answered asked to close the connection */
	bool http_replied;        /* http: a reply to the current request was sent */
	bool http_swoole;         /* http: Http\Server's: a string reply has Swoole's head */
	uint8_t http_accept;      /* http: 1 + the ws_coding the request accepts; 0: none asked */
	bool http_stream_chunked; /* http: the compressed stream goes in chunks (not events) */
	struct ws_encoder *http_stream; /* http: the encoder of a compressed streamed reply */
	zend_string *http_request;      /* http: the request being answered (a file reply reads its
	                                   Range, HEAD...); referenced, NULL once replied */
	zend_object *pipe_to;           /* pipe(): where what arrives goes; referenced */
	zend_object *piped_from;        /* the connection that pipes into this one; referenced */
	zend_class_entry *proto_ce;     /* the user protocol class framing it ($protocol); NULL: none */
	size_t consume;                 /* consumeRecvBuffer(): bytes to drop before the next input() */
	bool counted;                   /* in $statistics and $connections since attach() */
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
/* An accepted connection's maxSendBufferSize and maxPackageSize other than the static defaults
 * (a Server's buffer_output_size, package_max_length); 0 leaves one as it is. */
void wserver_tcp_connection_set_limits(zend_object *obj, uint64_t max_send, uint64_t max_pkg);
/* maxSendBufferSize and maxPackageSize from the static defaults (AsyncTcpConnection's
 * constructor: attach() then keeps what they hold). */
void wserver_tcp_connection_init_limits(zend_object *obj);

/* The connection closed: out of $statistics' connection_count and TcpConnection::$connections.
 * Never calls user PHP. */
void wserver_tcp_connection_closed(zend_object *obj);
/* raw is the HTTP request conn answers next (a reference is kept until the reply is out). */
void wserver_tcp_connection_set_request(zend_object *conn, zend_string *raw);
/* $headers of a TcpConnection (or a subclass's) by its slot, no lookup by name; NULL for
 * another class. */
zval *wserver_tcp_connection_headers(zend_object *conn);
/* A property of the connection, declared or dynamic, without running __get (NULL: unset). */
zval *wserver_tcp_connection_prop(zend_object *conn, const char *name);
/* Its websocketType property, to read or replace in place. */
zval *wserver_tcp_connection_ws_type(zend_object *conn);
/* The user protocol class that frames conn (NULL: none). */
zend_class_entry *wserver_tcp_connection_proto_class(zend_object *conn);
/* Bytes consumeRecvBuffer() asked to drop since the last call (then 0). */
size_t wserver_tcp_connection_take_consumed(zend_object *conn);

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
/* getStatus(): c's status in Workerman 5.2's numbers (STATUS_CLOSED is 16). */
zend_long wserver_tcp_connection_status(ws_conn *c);
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

#endif
