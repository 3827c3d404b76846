/* Server::set()'s options (server_options.c): checked at the call, kept in a config struct
 * owned by the Server object, applied to the Server's own Worker (its group) at start(). */
#ifndef WSERVER_PHP_SERVER_OPTIONS_H
#define WSERVER_PHP_SERVER_OPTIONS_H

#include "php.h"
#include "worker.h"
#include "http_compress.h"

/* What set() accepted; each field's "not set" value leaves the default. Two Servers in one
 * script have one each: nothing is written to Worker's or TcpConnection's statics. */
typedef struct wserver_server_config {
	zend_long worker_num;            /* 0: 1 in BASE mode, one per CPU in PROCESS */
	zend_long task_worker_num;       /* 0: none */
	bool task_enable_coroutine;      /* the task callback gets a Server\Task */
	bool task_return_to_defers;      /* task_enable_coroutine itself (not task_use_object): as
	                                    Swoole's coroutine, what the callback returns goes to its
	                                    defer()s, not back as the result */
	bool event_object;               /* callbacks get one object (server_event_object.h) */
	zend_long task_ipc_mode;         /* 2, 3: task workers also read message_queue_key's queue */
	zend_long message_queue_key;     /* 0: not set */
	zend_long start_session_id;      /* fds count from it + 1 */
	int8_t daemonize;                /* -1: not set (Worker::$daemonize, or the -d word) */
	int8_t reuse_port;               /* -1: not set */
	zend_string *log_file;           /* NULL: Worker::$logFile or its default; set: stderr stays
	                                    quiet, as Swoole's */
	zend_long log_level;             /* Swoole's SWOOLE_LOG_*: lines below it are dropped */
	zend_string *pid_file;           /* NULL: Worker::$pidFile or its default */
	zend_string *user, *group;       /* NULL: not set */
	double max_wait_time;            /* < 0: Worker::$stopTimeout */
	zend_long package_max_length;    /* 0: TcpConnection::$defaultMaxPackageSize */
	zend_long upload_max_filesize;   /* bodies past package_max_length up to it: spooled */
	zend_string *upload_tmp_dir;     /* NULL: Http::uploadTmpDir()'s default */
	zend_long buffer_output_size;    /* 0: TcpConnection::$defaultMaxSendBufferSize */
	zend_long ipc_queue_max;         /* 0: the built-in bound */
	zend_long max_request, max_conn; /* 0: none */
	zend_long task_max_request;      /* tasks a task worker runs before it is replaced; 0: none */
	bool send_yield;           /* a send from a coroutine waits while the send buffer is full */
	double send_timeout;       /* 0: that wait has no limit */
	zend_long max_concurrency; /* 0: none; else Http\Server answers 503 at it */
	zend_long worker_max_concurrency; /* 0: max_concurrency's; else a worker queues past it */
	double heartbeat_interval, heartbeat_idle; /* 0: not set */
	double max_idle_time;                      /* 0: not set; else closes idle connections */
	bool open_length_check, open_eof_check, open_eof_split, open_mqtt_protocol;
	ws_length_param length;               /* package_length_type/_offset, package_body_offset */
	ws_eof_param eof;                     /* package_eof */
	bool reload_async_off, coroutine_off; /* set to false: logged at start() as without effect */
	wserver_http_compress_cfg compress;   /* http_compression* (Http\Server, WebSocket\Server) */
} wserver_server_config;

void wserver_server_config_init(wserver_server_config *cfg);
void wserver_server_config_free(wserver_server_config *cfg);
/* The config of server (a Server object). */
const wserver_server_config *wserver_server_config_of(zend_object *server);
/* The config onto the server's Worker (its group: count, limits, framing...), at start().
 * FAILURE with an exception. */
zend_result wserver_server_apply_settings(zend_object *server, zend_object *worker);
/* At start(): $setting gets Swoole's defaults for what set() left out (worker_num,
 * task_worker_num, output_buffer_size, max_connection; the protocol flags of an HTTP server). */
void wserver_server_fill_setting(zend_object *server, zend_long worker_num,
                                 zend_long task_worker_num);
/* The options of $setting that have no effect here (Swoole's that wserver has no use for, or
 * not yet), comma-separated; NULL when none. start() logs them. */
zend_string *wserver_server_options_without_effect(zend_object *server);
/* Whether name is one of the options Swoole's set() takes (the coroutine client keeps them). */
bool wserver_server_option_known(zend_string *name);
/* The first option set() refused becomes the configuration error start reports. */
void wserver_server_report_bad_options(zend_object *server);

#endif
