/* Messages between a Server's workers (server_ipc.c): send to a slot, and the connections of
 * another worker by fd. */
#ifndef WSERVER_PHP_SERVER_IPC_H
#define WSERVER_PHP_SERVER_IPC_H

#include <ev.h>
#include "php.h"
#include "server.h"
#include "core/conntab.h"

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
void wserver_ipc_write_through(void);
void wserver_ipc_release(void);
/* Bytes queued for other workers' sockets. */
size_t wserver_ipc_unsent(void);
/* Whether messages from other workers wait to be read. */
bool wserver_ipc_has_input(void);
/* Whether this process is the master or the manager: no worker, no loop, but it may send to
 * the workers (task(), sendMessage(), send(), close()), each message going out at once. */
bool wserver_ipc_outsider(void);
/* This process takes no more messages: they wait for the one that replaces it. */
void wserver_ipc_stop_reading(void);
/* Whether a task from slot came from outside the workers (the master, the manager, a user
 * process), which get no result, as Swoole's. */
bool wserver_ipc_no_reply_to(wserver_server_obj *s, int32_t slot);
/* Every worker's open fds, ascending, as the shared connection table lists them, without
 * asking the workers (the master, the manager, task workers); false when the table cannot
 * tell them all (out holds those it knows). */
bool wserver_ipc_table_fds(wserver_server_obj *s, zval *out);
int32_t wserver_ipc_slot_of_worker(wserver_server_obj *s, zend_long worker_id);
zend_long wserver_ipc_worker_of_slot(wserver_server_obj *s, uint32_t slot);
/* Whether a process runs as worker_id now (its slot's presence). Never calls PHP. */
bool wserver_ipc_worker_running(wserver_server_obj *s, zend_long worker_id);
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
/* The worker whose shared table lists fd (fds come from one counter shared by the workers, so
 * any of them may hold it); -1 when none does. */
zend_long wserver_ipc_fd_worker(wserver_server_obj *s, zend_long fd);
/* Server::send()/close() of a connection another worker owns: false when it is not open. */
bool wserver_ipc_fd_send(wserver_server_obj *s, zend_long fd, zend_string *data);
/* REPLIED: an HTTP reply sent from elsewhere (Response::create() in a task worker) is complete */
enum {
	WSERVER_FD_CLOSE,
	WSERVER_FD_RESET,
	WSERVER_FD_PAUSE,
	WSERVER_FD_RESUME,
	WSERVER_FD_REPLIED
};
bool wserver_ipc_fd_control(wserver_server_obj *s, zend_long fd, int op);
bool wserver_ipc_pipe_message(wserver_server_obj *s, zval *message, zend_long dst);
/* getClientInfo() of a connection another worker owns: asks it and waits (in a coroutine) up
 * to a second. False when it is closed, or the owner does not answer. */
void wserver_ipc_fd_info(wserver_server_obj *s, zend_long fd, zval *return_value);
/* Up to page fds above start_fd of worker_id (another worker), ascending; false when it does
 * not answer. Waits in a coroutine. */
void wserver_ipc_fd_list(wserver_server_obj *s, zend_long worker_id, zend_long start_fd,
                         zend_long page, zval *return_value);

#endif
