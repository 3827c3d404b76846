/* WServer\Server (server.c), the Swoole-style API: the object's layout, its events, and its
 * connections by fd. */
#ifndef WSERVER_PHP_SERVER_H
#define WSERVER_PHP_SERVER_H

#include "php.h"
#include "core/conn.h"
#include "frontend.h"
#include "server_options.h"
#include "core/conntab.h"

extern zend_class_entry *wserver_server_ce;

/* The socket-type flag of a TLS socket (WSERVER_SSL, Swoole's SWOOLE_SSL). */
#define WSERVER_SOCK_SSL 512
/* The socket type of a Server or a Port without the TLS flag (WSERVER_SOCK_*). */
static inline zend_long wserver_sock_type(zend_object *obj)
{
	zval *t = zend_read_property(obj->ce, obj, ZEND_STRL("type"), 1, NULL);
	return zval_get_long(t) & ~(zend_long) WSERVER_SOCK_SSL;
}
/* Whether a Server or Port was given WSERVER_SSL. */
static inline bool wserver_sock_ssl(zend_object *obj)
{
	zval *t = zend_read_property(obj->ce, obj, ZEND_STRL("type"), 1, NULL);
	return (zval_get_long(t) & WSERVER_SOCK_SSL) != 0;
}

typedef enum {
	WSERVER_SERVER_TCP,
	WSERVER_SERVER_HTTP,
	WSERVER_SERVER_WEBSOCKET
} wserver_server_kind;

typedef struct {
	HashTable events;    /* lower-case event name => callable */
	zval *on_request;    /* events' "request", found again by each on(): read once per request */
	zval *on_receive;    /* events' "receive", the same way */
	zend_object *worker; /* the Worker serving this server, made by start() */
	int early_fd;        /* the socket the constructor bound, for start() to take; -1: none */
	zend_object *task_worker;  /* the Worker of the task workers; NULL without */
	zend_long worker_num;      /* worker's count */
	zend_long task_worker_num; /* task_worker's count */
	int32_t group, task_group; /* their group (slot range) in the process model; -1: none */
	HashTable processes;       /* addProcess()'s Process objects, in order */
	zend_object *user_worker;  /* the Worker whose processes run them; NULL without */
	int32_t user_group;        /* its group; -1: none */
	zend_long process_index;   /* in a user process: which one; -1 elsewhere */
	zend_long worker_id;       /* in a worker process (task workers follow the others); -1
	                              elsewhere */
	bool taskworker;           /* this process is a task worker */
	wserver_server_kind kind;
	/* events some callback of the server or a port waits for (start() finds them) */
	bool fires[WSERVER_EV_CONN_COUNT];
	bool fires_exit;
	bool exiting;  /* this worker's graceful stop began (workerExit): its status is EXIT */
	bool starting; /* its workerStart callback runs: its status is IDLE, as Swoole's */
	bool served;   /* its start() ran and returned: it has been shut down */
	wserver_server_config config; /* what set() accepted */
	HashTable uids;               /* fd => uid bound by bind(), for this worker's connections */
	double received_at;           /* when the message of the latest receive callback was read */
	HashTable closing;      /* fd => TcpConnection whose close callback runs: Swoole still answers
	                           getClientInfo() for it until the callback returns */
	HashTable *bad_options; /* set() options refused: name => why; start() refuses to run */
	zend_object std;
} wserver_server_obj;

void wserver_server_minit(int module_number);
wserver_server_obj *wserver_server_from(zend_object *obj);
/* The Server this worker process serves (its group's front end is the Server's). */
wserver_server_obj *wserver_server_serving(void);
/* Swoole's PROCESS mode refuses one send of more than output_buffer_size (buffer_output_size)
 * bytes: true, logged and the last error DATA_LENGTH_TOO_LARGE set, when len is such a send
 * of the Server serving this worker. */
bool wserver_server_output_too_large(size_t len);
/* on()/getCallback() of a Server or a Port: a warning and false for a name that is no event
 * or a callback not callable in the caller's scope (as Swoole, at the call). The callback is
 * kept as a Closure made in that scope. */
bool wserver_events_on(HashTable *table, zend_string *name, zval *cb);
void wserver_events_get(HashTable *table, zend_string *name, zval *return_value);
/* Call the callback of event (lower-case) for connections of listener port (0: the server's
 * own socket; then the Ports in order), the Port's, else the server's; false when neither. */
bool wserver_server_fire_at(wserver_server_obj *s, uint16_t port, const char *name, uint32_t argc,
                            zval *argv);
/* The callback of event (lower-case) for connections of listener port, or NULL. */
zval *wserver_server_event_at(wserver_server_obj *s, uint16_t port, const char *name);
/* The callback of event (lower-case), or NULL. */
zval *wserver_server_event(wserver_server_obj *s, const char *name);
/* Call event's callback with args; false when it is not set. Exceptions stay pending. */
bool wserver_server_fire(wserver_server_obj *s, const char *name, uint32_t argc, zval *argv);
/* fd numbers: start_session_id + the connection's id, which the workers take from one shared
 * counter (as Swoole's session ids, unique across the server). The connection id of fd. */
static inline uint64_t wserver_fd_conn_id(const wserver_server_obj *s, zend_long fd)
{
	return (uint64_t) (fd - s->config.start_session_id);
}
/* The fd number of c: unique across the server's workers. */
zend_long wserver_server_fd(wserver_server_obj *s, ws_conn *c);
/* The TcpConnection of fd if this worker owns it; else NULL (with a warning unless quiet). */
zend_object *wserver_server_conn(wserver_server_obj *s, zend_long fd, bool quiet);
/* Apply op to this worker's connection fd; false when it is not open here. */
bool wserver_server_local_control(wserver_server_obj *s, zend_long fd, int op);
/* The same for this worker's connections. */
void wserver_server_local_fds(wserver_server_obj *s, zend_long start_fd, zend_long page, zval *out);
/* Whether this process is one of a Server's user processes (addProcess()). */
bool wserver_server_in_user_process(void);
/* Event::exit() there: the process ends once the running callback returns, as Swoole's whose
 * loop stops. */
void wserver_server_user_process_end(void);
/* The getClientInfo() array of a connection of this worker. */
void wserver_server_client_info(wserver_server_obj *s, ws_conn *c, zval *out);

#endif
