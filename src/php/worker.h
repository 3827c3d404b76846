/* WServer\Worker (worker.c): what a Server sets on a Worker, and the layout of a Worker object
 * (its C fields and its declared properties) through which runtime.c (the hooks of a worker
 * process) and run_all.c (the launcher) read it. */
#ifndef WSERVER_PHP_WORKER_H
#define WSERVER_PHP_WORKER_H

#include "php.h"
#include "core/listener.h"

struct wserver_frontend;    /* frontend.h */
struct wserver_http_static; /* http_static.h */
extern zend_class_entry *wserver_worker_ce;
void wserver_worker_minit(void);
void wserver_worker_rshutdown(void);
/* new Worker($name) from C (name NULL: no socket); runAll() will serve it. */
zend_object *wserver_worker_new(zend_string *name);
/* Settings of a Worker that have no PHP property; Server::start() fills them. */
typedef struct wserver_worker_limits {
	uint64_t max_request;      /* recycle a worker after about this many messages */
	uint32_t max_conn;         /* connections open at once over the Worker's processes */
	double heartbeat_interval; /* seconds between idle checks */
	double heartbeat_idle;     /* a connection silent this long is closed */
	bool idle_counts_sends;    /* max_idle_time: a write counts as activity too */
	uint64_t max_package;      /* a connection's maxPackageSize; 0: TcpConnection's default */
	uint64_t max_send_buffer;  /* its maxSendBufferSize; 0: TcpConnection's default */
	uint8_t websocket_control; /* WS_CONTROL_* of its WebSocket connections (core/websocket.h) */
	uint64_t upload_max;       /* upload_max_filesize; 0: Request::$uploadMaxSize */
	zend_string *upload_dir;   /* upload_tmp_dir (the Server's); NULL: Http::uploadTmpDir() */
	/* a Server's http_compression* (its config owns it); NULL: Http::compression()'s */
	const struct wserver_http_compress_cfg *compress;
	bool websocket_compression; /* permessage-deflate for the clients that offer it */
} wserver_worker_limits;
wserver_worker_limits *wserver_worker_limits_of(zend_object *worker);
/* Frame the Worker's plain tcp:// socket with proto, whose parameter block (len bytes) is
 * copied into the Worker. false when the Worker has no socket or already a protocol. */
bool wserver_worker_set_framing(zend_object *worker, const ws_proto *proto, const void *param,
                                size_t len);
/* Add a socket served by worker's processes (before runAll). false with err. */
bool wserver_worker_add_listener(zend_object *worker, const char *name, char *err, size_t errlen);
/* worker's processes are a Server's task workers (process title). */
void wserver_worker_mark_task(zend_object *worker);
/* worker was made by a Server's start(): its configuration errors name the Server. */
void wserver_worker_mark_server(zend_object *worker);
/* worker's group delivers its events through fe (a Server's, owned by owner, which outlives
 * the serving of the group); a Worker's own front end reads its callback properties. */
void wserver_worker_set_frontend(zend_object *worker, const struct wserver_frontend *fe,
                                 zend_object *owner);
/* websocket:// Worker: requests that are not upgrades go to onMessage as HTTP requests. */
void wserver_worker_set_http_fallback(zend_object *worker);
/* $transport 'ssl': build the TLS context of the Worker's socket from its $context['ssl'] (once).
 * false with "option: why" in err. Nothing to do for another transport. */
bool wserver_worker_prepare_tls(zend_object *worker, char *err, size_t errlen);
/* The index of worker among the Workers runAll() serves (its group). */
int32_t wserver_worker_group_index(zend_object *worker);

typedef struct {
	ws_listener listener; /* parsed in the constructor */
	bool has_listener;
	bool http_fallback; /* websocket://: a request that is no upgrade goes to onMessage as HTTP */
	wserver_worker_limits limits; /* set by Server::start(); zero: none */
	union {
		ws_eof_param eof;
		ws_length_param length;
	} framing;            /* listener.proto_param points here once set */
	bool drop_privileges; /* $user resolved by the master, which runs as root */
	uid_t uid;
	gid_t gid;
	const struct wserver_frontend *frontend; /* how the group's events reach PHP */
	zend_object *frontend_owner; /* the Server whose front end it is; NULL: the Worker's own */
	bool task;                   /* a Server's task workers: their own process title */
	/* made by a Server's start(): errors name the Server, and onWorkerStop runs when the
	 * worker ends, as Swoole's (a Worker's runs when a graceful stop begins, as Workerman's,
	 * so that it can close long-lived client connections the stop would wait for) */
	bool of_server;
	zend_string *socket_error; /* why the socket name did not parse; runAll() reports it */
	bool stopped;              /* listen()ed in a worker process: its onWorkerStop ran */
	HashTable *ssl_context;    /* the constructor's $context['ssl']; NULL: none */
	struct wserver_http_static *static_files; /* owned: $staticHandler or a Server's set();
	                                             NULL: none */
	zend_object std;
} wserver_worker_obj;

static inline wserver_worker_obj *wserver_worker_from(zend_object *obj)
{
	return (wserver_worker_obj *) ((char *) obj - XtOffsetOf(wserver_worker_obj, std));
}

/* The declared properties, in the order of wserver_worker_prop_names. */
enum {
	WP_ID,
	WP_NAME,
	WP_COUNT,
	WP_RELOADABLE,
	WP_REUSE_PORT,
	WP_TRANSPORT,
	WP_PROTOCOL,
	WP_SOCKET,
	WP_CONNECTIONS,
	WP_ON_WORKER_START,
	WP_ON_WORKER_STOP,
	WP_ON_WORKER_RELOAD,
	WP_ON_CONNECT,
	WP_ON_MESSAGE, /* the five below follow wserver_conn_cb's order */
	WP_ON_CLOSE,
	WP_ON_ERROR,
	WP_ON_BUFFER_FULL,
	WP_ON_BUFFER_DRAIN,
	WP_ON_WEBSOCKET_CONNECT,
	WP_ON_WEBSOCKET_CONNECTED,
	WP_USER,
	WP_GROUP,
	WP_ON_WEBSOCKET_PING,
	WP_ON_WEBSOCKET_PONG,
	WP_ON_WEBSOCKET_CLOSE,
	WP_WEBSOCKET_COMPRESSION,
	WP_LAST
};
extern const char *const wserver_worker_prop_names[WP_LAST];
/* Where each property lives in the object (found at MINIT): reading one is a field read. */
extern uint32_t wserver_worker_prop_off[WP_LAST];
#define WPROP(obj, p) OBJ_PROP((obj), wserver_worker_prop_off[(p)])

/* A static property of Worker (Worker::$stopTimeout...); NULL when it is not declared. */
static inline zval *wserver_worker_static(const char *name)
{
	return zend_read_static_property(wserver_worker_ce, name, strlen(name), 1);
}
/* The same when it is a string, else "". */
static inline const char *wserver_worker_static_string(const char *name)
{
	zval *v = wserver_worker_static(name);
	return v && Z_TYPE_P(v) == IS_STRING ? Z_STRVAL_P(v) : "";
}

/* Every Worker made in this request, in order (runAll() serves them all); NULL: none yet. */
HashTable *wserver_worker_all(void);
/* Parse the socket name into the listener and set socket, transport and protocol. false with
 * why in socket_error. */
bool wserver_worker_parse_socket(zend_object *obj, zend_string *name);
/* $worker->protocol set to a user protocol class (as Workerman allows): its class, else NULL. */
zend_class_entry *wserver_worker_user_protocol(zend_object *obj);
/* The codec $protocol selects: a user class's (wserver_proto_user) or, for one of our protocol
 * classes, its C codec; NULL when $protocol names no class. */
const ws_proto *wserver_worker_protocol_codec(zend_object *obj);

#endif
