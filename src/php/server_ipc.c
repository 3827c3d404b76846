/* The Server's messages between its worker processes (core/ipc.c carries them): work on a
 * connection another worker owns, sendMessage()/pipeMessage, and the task messages of
 * server_task.c. Also the shared state every worker reads without asking another: which
 * workers run (core/presence.c) and their open connections (core/conntab.c). */
#include "server_ipc.h"
#include "server_event_object.h"
#include "coro.h"
#include "master.h"
#include "runtime.h"
#include "server.h"
#include "server_options.h"
#include "server_task.h"
#include "tcp_connection.h"
#include "core/conntab.h"
#include "core/ipc.h"
#include "core/log.h"
#include "core/presence.h"

#include "ext/standard/php_var.h"
#include "zend_smart_str.h"

/* Messages one worker keeps for another that is not running (ipc_queue_max). */
#define WSERVER_IPC_QUEUE_MAX 1024
/* Entries per worker in the connection table when max_conn is not set, and at most. */
#define WSERVER_CONN_TABLE_SIZE 65536
#define WSERVER_CONN_TABLE_MAX  (1u << 20)

static ws_ipc ipc;
static ws_presence *presence;
static ws_conntab *conntab;
static bool ipc_wanted, ipc_ready;
static zend_object *ipc_server; /* the Server whose workers talk; set by start() */
static uint32_t queue_max = WSERVER_IPC_QUEUE_MAX;
static uint32_t max_conn;      /* the Server's max_conn, 0: none */
static int32_t self_slot = -1; /* this worker's slot once it reads its messages */

void wserver_ipc_want(zend_object *server)
{
	ipc_wanted = true;
	ipc_server = server;
	const wserver_server_config *cfg = wserver_server_config_of(server);
	queue_max = cfg->ipc_queue_max > 0 ? (uint32_t) cfg->ipc_queue_max : WSERVER_IPC_QUEUE_MAX;
	max_conn = (uint32_t) cfg->max_conn;
}

/* Entries per worker: a worker holds at most max_conn connections, and never more than it
 * has descriptors. */
static uint32_t table_size(int64_t open_files)
{
	uint32_t n = max_conn ? max_conn : WSERVER_CONN_TABLE_SIZE;
	if (open_files > 0 && (uint64_t) open_files < n) {
		n = (uint32_t) open_files;
	}
	if (n > WSERVER_CONN_TABLE_MAX) {
		n = WSERVER_CONN_TABLE_MAX;
	}
	return n;
}

void wserver_ipc_prepare(uint32_t nslots, int64_t open_files)
{
	if (!ipc_wanted) {
		return;
	}
	presence = ws_presence_create(nslots);
	if (!presence || ws_ipc_create(&ipc, nslots) != WS_OK) {
		ws_log("cannot make the sockets between workers: %s", strerror(errno));
		ws_presence_free(presence);
		presence = NULL;
		return;
	}
	uint32_t per_worker = table_size(open_files);
	conntab = ws_conntab_create(nslots, per_worker, presence);
	if (!conntab) {
		/* exist() and getClientInfo() then ask the owning worker, as without room */
		ws_log("cannot map the shared connection table (%u entries per worker): %s", per_worker,
		       strerror(errno));
	}
	ipc.presence = presence;
	ipc.queue_max = queue_max;
	ipc_ready = true;
}

/* ---- slots and worker ids: workers are 0 .. worker_num - 1, task workers follow ---- */

/* The shared status: a worker's, else the master's or the manager's (getWorkerPid() there). */
static const ws_shm *any_shm(void)
{
	const ws_shm *shm = wserver_runtime_shm();
	return shm ? shm : wserver_master_shm();
}

static int32_t slot_of_group(uint32_t group, uint32_t id)
{
	const ws_shm *shm = any_shm();
	if (!shm || group >= shm->ngroups || id >= shm->groups[group].count) {
		return -1;
	}
	uint32_t first = 0;
	for (uint32_t g = 0; g < group; g++) {
		first += shm->groups[g].count;
	}
	return (int32_t) (first + id);
}

int32_t wserver_ipc_slot_of_worker(wserver_server_obj *s, zend_long worker_id)
{
	if (worker_id < 0) {
		return -1;
	}
	if (worker_id < s->worker_num) {
		return slot_of_group(s->group, (uint32_t) worker_id);
	}
	if (s->task_group >= 0 && worker_id < s->worker_num + s->task_worker_num) {
		return slot_of_group((uint32_t) s->task_group, (uint32_t) (worker_id - s->worker_num));
	}
	zend_long first_user = s->worker_num + s->task_worker_num;
	if (s->user_group >= 0 && worker_id - first_user < zend_hash_num_elements(&s->processes)) {
		return slot_of_group((uint32_t) s->user_group, (uint32_t) (worker_id - first_user));
	}
	return -1;
}

bool wserver_ipc_worker_running(wserver_server_obj *s, zend_long worker_id)
{
	int32_t slot = wserver_ipc_slot_of_worker(s, worker_id);
	return slot >= 0 && (!presence || ws_presence_up(presence, (uint32_t) slot));
}

zend_long wserver_ipc_worker_of_slot(wserver_server_obj *s, uint32_t slot)
{
	const ws_shm *shm = any_shm();
	if (!shm || slot >= shm->nslots) {
		return -1;
	}
	const ws_slot *sl = &shm->slots[slot];
	if ((int32_t) sl->group == s->user_group) {
		return s->worker_num + s->task_worker_num + sl->id;
	}
	return (int32_t) sl->group == s->task_group ? s->worker_num + sl->id : (zend_long) sl->id;
}

size_t wserver_ipc_unsent(void)
{
	return ipc_ready ? ws_ipc_unsent(&ipc) : 0;
}

bool wserver_ipc_has_input(void)
{
	return ipc_ready && ipc.loop && ws_ipc_has_input(&ipc);
}

/* How long the master or the manager (no loop to come back on) waits for room in a worker's
 * socket: as long as a worker may take to start reading it. */
#define WSERVER_IPC_OUTSIDER_WAIT_MS 3000

void wserver_ipc_stop_reading(void)
{
	ws_ipc_stop_reading(&ipc);
}

bool wserver_ipc_outsider(void)
{
	return wserver_in_master;
}

bool wserver_ipc_no_reply_to(wserver_server_obj *s, int32_t slot)
{
	if (!ipc_ready || slot < 0) {
		return false;
	}
	const ws_shm *shm = any_shm();
	return (uint32_t) slot >= ipc.nslots || (shm && (uint32_t) slot < shm->nslots &&
	                                         (int32_t) shm->slots[slot].group == s->user_group);
}

/* false with errno (ENOBUFS: the target is not running and ipc_queue_max messages wait). */
static bool wserver_ipc_send(int32_t slot, uint32_t type, const char *data, size_t len)
{
	if (!ipc_ready || slot < 0) {
		errno = ipc_ready ? EINVAL : ENOTCONN;
		return false;
	}
	if (wserver_ipc_outsider()) {
		const ws_shm *shm = wserver_master_shm();
		uint32_t who =
		    shm && shm->master_pid == getpid() ? WS_IPC_FROM_MASTER : WS_IPC_FROM_MANAGER;
		return ws_ipc_send_now(&ipc, who, (uint32_t) slot, type, data, len,
		                       WSERVER_IPC_OUTSIDER_WAIT_MS) == WS_OK;
	}
	return ws_ipc_send(&ipc, (uint32_t) slot, type, data, len) == WS_OK;
}

void wserver_ipc_warn_unsent(const char *what, const char *target, zend_long id)
{
	if (errno == ENOBUFS) {
		php_error_docref(NULL, E_WARNING,
		                 "%s was not sent: %s %ld is not running and %u messages already wait "
		                 "for it (ipc_queue_max)",
		                 what, target, (long) id, queue_max);
	} else {
		php_error_docref(NULL, E_WARNING, "%s could not be sent to %s %ld: %s", what, target,
		                 (long) id, strerror(errno));
	}
}

/* ---- payloads: a fixed head of integers, then bytes (a serialized value or raw data) ---- */

zend_string *wserver_ipc_serialize(zval *v)
{
	smart_str buf = {0};
	php_serialize_data_t hash;
	PHP_VAR_SERIALIZE_INIT(hash);
	php_var_serialize(&buf, v, &hash);
	PHP_VAR_SERIALIZE_DESTROY(hash);
	return EG(exception) ? (smart_str_free(&buf), NULL) : smart_str_extract(&buf);
}

bool wserver_ipc_unserialize(const char *p, size_t len, zval *out)
{
	php_unserialize_data_t hash;
	PHP_VAR_UNSERIALIZE_INIT(hash);
	const unsigned char *cur = (const unsigned char *) p;
	bool ok = php_var_unserialize(out, &cur, cur + len, &hash);
	PHP_VAR_UNSERIALIZE_DESTROY(hash);
	if (!ok) {
		zval_ptr_dtor(out);
		ZVAL_NULL(out);
	}
	return ok;
}

/* head (n bytes) + body as one message to slot. */
bool wserver_ipc_send2(int32_t slot, uint32_t type, const void *head, size_t n, const char *body,
                       size_t blen)
{
	char *msg = emalloc(n + blen);
	memcpy(msg, head, n);
	if (blen) {
		memcpy(msg + n, body, blen);
	}
	bool ok = wserver_ipc_send(slot, type, msg, n + blen);
	int e = errno;
	efree(msg);
	errno = e;
	return ok;
}

/* ---- connections of another worker ---- */

/* The workers that may hold fd, other than this one: the one whose region lists it (*found
 * FOUND, e filled), else those whose region could not tell (*found UNKNOWN: each is asked or
 * told, and the others ignore it: ids are unique), else none (ABSENT). At most max. */
static int fd_candidates(wserver_server_obj *s, zend_long fd, ws_conn_entry *e, int *found,
                         zend_long *out, int max)
{
	ws_conn_entry scratch;
	int n = 0;
	*found = WS_CONNTAB_ABSENT;
	if (fd - s->config.start_session_id < 1) {
		return 0;
	}
	for (zend_long w = 0; w < s->worker_num; w++) {
		int32_t slot = wserver_ipc_slot_of_worker(s, w);
		if (slot < 0 || w == s->worker_id) {
			continue;
		}
		int r = conntab ? ws_conntab_find(conntab, (uint32_t) slot, wserver_fd_conn_id(s, fd),
		                                  e ? e : &scratch)
		                : WS_CONNTAB_UNKNOWN;
		if (r == WS_CONNTAB_FOUND) {
			*found = r;
			out[0] = w;
			return 1;
		}
		if (r == WS_CONNTAB_UNKNOWN) {
			*found = r;
			if (n < max) {
				out[n++] = w;
			}
		}
	}
	return n;
}

#define FD_CANDIDATES_MAX 64

zend_long wserver_ipc_fd_worker(wserver_server_obj *s, zend_long fd)
{
	int found;
	zend_long w;
	return fd_candidates(s, fd, NULL, &found, &w, 1) ? w : -1;
}

int wserver_ipc_fd_lookup(wserver_server_obj *s, zend_long fd, ws_conn_entry *e)
{
	int found;
	zend_long w[FD_CANDIDATES_MAX];
	fd_candidates(s, fd, e, &found, w, FD_CANDIDATES_MAX);
	return found;
}

typedef struct {
	wserver_server_obj *server;
	zval *fds;
} fd_listing;

static void add_entry_fd(void *arg, const ws_conn_entry *e)
{
	fd_listing *l = arg;
	add_next_index_long(l->fds, l->server->config.start_session_id + (zend_long) e->id);
}

static int fd_ascending(Bucket *a, Bucket *b)
{
	zend_long x = Z_LVAL(a->val), y = Z_LVAL(b->val);
	return x < y ? -1 : x > y;
}

bool wserver_ipc_table_fds(wserver_server_obj *s, zval *out)
{
	array_init(out);
	if (!conntab) {
		return false;
	}
	bool all = true;
	fd_listing l = {s, out};
	for (zend_long w = 0; w < s->worker_num; w++) {
		int32_t slot = wserver_ipc_slot_of_worker(s, w);
		all = (slot < 0 || ws_conntab_list(conntab, (uint32_t) slot, add_entry_fd, &l)) && all;
	}
	zend_hash_sort(Z_ARRVAL_P(out), fd_ascending, true);
	return all;
}

/* Work on fd for its owner: [fd, the owner's generation, args...]. A connection the table
 * knows to be closed gets nothing; a replacement of the owner (another generation) ignores
 * what was meant for the process before it. */
static bool fd_message(wserver_server_obj *s, zend_long fd, uint32_t type, int64_t arg,
                       const char *body, size_t blen)
{
	ws_conn_entry e;
	int found;
	zend_long w[FD_CANDIDATES_MAX];
	int n = fd_candidates(s, fd, &e, &found, w, FD_CANDIDATES_MAX);
	bool sent = false;
	for (int i = 0; i < n; i++) {
		int32_t slot = wserver_ipc_slot_of_worker(s, w[i]);
		int64_t head[3] = {fd, conntab ? ws_conntab_gen(conntab, (uint32_t) slot) : 0, arg};
		size_t hn = type == WSERVER_IPC_FD_SEND ? 2 * sizeof(int64_t) : sizeof(head);
		sent = wserver_ipc_send2(slot, type, head, hn, body, blen) || sent;
	}
	return sent;
}

bool wserver_ipc_fd_send(wserver_server_obj *s, zend_long fd, zend_string *data)
{
	return fd_message(s, fd, WSERVER_IPC_FD_SEND, 0, ZSTR_VAL(data), ZSTR_LEN(data));
}

bool wserver_ipc_fd_control(wserver_server_obj *s, zend_long fd, int op)
{
	return fd_message(s, fd, WSERVER_IPC_FD_CONTROL, op, NULL, 0);
}

static void on_fd_message(wserver_server_obj *s, uint32_t type, const char *data, size_t len)
{
	int64_t head[3] = {0, 0, 0};
	size_t n = type == WSERVER_IPC_FD_SEND ? 2 * sizeof(int64_t) : sizeof(head);
	if (len < n) {
		return;
	}
	memcpy(head, data, n);
	ws_worker *w = wserver_runtime_worker();
	if (w && w->shared_conns && (uint32_t) head[1] != ws_conntab_region_gen(w->shared_conns)) {
		return; /* meant for the process this one replaced: that connection is gone */
	}
	if (type == WSERVER_IPC_FD_CONTROL) {
		wserver_server_local_control(s, head[0], (int) head[2]);
		return;
	}
	zend_object *conn = wserver_server_conn(s, head[0], true);
	ws_conn *c = conn ? wserver_tcp_connection_get(conn) : NULL;
	if (c && c->status == WS_CONN_ESTABLISHED) {
		ws_conn_send(c, data + n, len - n, NULL, 0, NULL, NULL, NULL, 0);
	} /* else closed meanwhile: as Swoole, the data is dropped */
}

/* ---- requests to another worker, answered with a value: the asking coroutine waits ---- */

typedef struct {
	wserver_waiter w;
	zval reply;
} ipc_wait;
static HashTable waits; /* request id => ipc_wait*, on the waiting coroutines' stacks */
static bool waits_ready;
static uint32_t last_request;

/* Ask the worker of slot a question of type about a and b; its answer (a value) goes to
 * reply (false when it does not come within a second, or that worker is not running). The
 * calling coroutine waits. */
static void ipc_ask(int32_t slot, uint32_t type, int64_t a, int64_t b, zval *reply)
{
	ZVAL_FALSE(reply);
	if (slot < 0 || (presence && !ws_presence_up(presence, (uint32_t) slot))) {
		return;
	}
	if (!waits_ready) {
		zend_hash_init(&waits, 8, NULL, NULL, 0);
		waits_ready = true;
	}
	/* the pid in the id: an answer meant for the process this one replaced matches nothing */
	int64_t head[3] = {(int64_t) getpid() << 32 | ++last_request, a, b};
	if (!wserver_ipc_send2(slot, type, head, sizeof(head), NULL, 0)) {
		return;
	}
	ipc_wait iw;
	memset(&iw, 0, sizeof(iw));
	ZVAL_UNDEF(&iw.reply);
	zend_hash_index_update_ptr(&waits, head[0], &iw);
	int status = wserver_coro_wait(NULL, &iw.w, 1.0);
	zend_hash_index_del(&waits, head[0]);
	if (status == WSERVER_WAIT_OK && Z_TYPE(iw.reply) != IS_UNDEF) {
		ZVAL_COPY_VALUE(reply, &iw.reply);
	} else {
		zval_ptr_dtor(&iw.reply);
	}
}

/* Answer request id (from slot from) with value. */
static void ipc_answer(uint32_t from, int64_t id, zval *value)
{
	zend_string *bytes = wserver_ipc_serialize(value);
	if (bytes) {
		wserver_ipc_send2((int32_t) from, WSERVER_IPC_REPLY, &id, sizeof(id), ZSTR_VAL(bytes),
		                  ZSTR_LEN(bytes));
		zend_string_release(bytes);
	}
}

void wserver_ipc_fd_info(wserver_server_obj *s, zend_long fd, zval *return_value)
{
	ZVAL_FALSE(return_value);
	if (wserver_coro_require("asking another worker about its connection")) {
		ws_conn_entry e;
		int found;
		zend_long w[FD_CANDIDATES_MAX];
		int n = fd_candidates(s, fd, &e, &found, w, FD_CANDIDATES_MAX);
		for (int i = 0; i < n && Z_TYPE_P(return_value) != IS_ARRAY; i++) {
			zval_ptr_dtor(return_value);
			ipc_ask(wserver_ipc_slot_of_worker(s, w[i]), WSERVER_IPC_FD_INFO, fd, 0, return_value);
		}
	}
}

void wserver_ipc_fd_list(wserver_server_obj *s, zend_long worker_id, zend_long start_fd,
                         zend_long page, zval *return_value)
{
	ZVAL_FALSE(return_value);
	if (wserver_coro_require("listing another worker's connections")) {
		ipc_ask(wserver_ipc_slot_of_worker(s, worker_id), WSERVER_IPC_FD_LIST, start_fd, page,
		        return_value);
	}
}

/* A question of another worker about our connections: head is [id, a, b]. */
static void on_question(wserver_server_obj *s, uint32_t type, uint32_t from, const char *data,
                        size_t len)
{
	int64_t head[3];
	if (len < sizeof(head)) {
		return;
	}
	memcpy(head, data, sizeof(head));
	zval answer;
	ZVAL_FALSE(&answer);
	if (type == WSERVER_IPC_FD_INFO) {
		zend_object *conn = wserver_server_conn(s, head[1], true);
		ws_conn *c = conn ? wserver_tcp_connection_get(conn) : NULL;
		if (c && c->status == WS_CONN_ESTABLISHED) {
			wserver_server_client_info(s, c, &answer);
		}
	} else {
		wserver_server_local_fds(s, head[1], head[2], &answer);
	}
	ipc_answer(from, head[0], &answer);
	zval_ptr_dtor(&answer);
}

static void on_reply(const char *data, size_t len)
{
	int64_t id;
	if (len < sizeof(id)) {
		return;
	}
	memcpy(&id, data, sizeof(id));
	ipc_wait *iw = waits_ready ? zend_hash_index_find_ptr(&waits, id) : NULL;
	if (!iw) {
		return; /* the asker gave up waiting */
	}
	wserver_ipc_unserialize(data + sizeof(id), len - sizeof(id), &iw->reply);
	zend_hash_index_del(&waits, id);
	wserver_coro_wake(&iw->w, WSERVER_WAIT_OK);
}

/* ---- sendMessage() / pipeMessage ---- */

bool wserver_ipc_pipe_message(wserver_server_obj *s, zval *message, zend_long dst)
{
	int32_t slot = wserver_ipc_slot_of_worker(s, dst);
	if (slot < 0) {
		php_error_docref(NULL, E_WARNING, "there is no worker %ld", (long) dst);
		return false;
	}
	zend_string *bytes = wserver_ipc_serialize(message);
	if (!bytes) {
		return false;
	}
	bool ok = wserver_ipc_send(slot, WSERVER_IPC_PIPE_MESSAGE, ZSTR_VAL(bytes), ZSTR_LEN(bytes));
	zend_string_release(bytes);
	if (!ok) {
		wserver_ipc_warn_unsent("the message", "worker", dst);
	}
	return ok;
}

static void on_pipe_message(wserver_server_obj *s, uint32_t from, const char *data, size_t len)
{
	zval *cb = wserver_server_event(s, "pipemessage");
	if (!cb) {
		return;
	}
	zval args[3];
	uint32_t argc = 3;
	ZVAL_OBJ_COPY(&args[0], &s->std);
	ZVAL_LONG(&args[1], wserver_ipc_worker_of_slot(s, from));
	wserver_ipc_unserialize(data, len, &args[2]);
	if (s->config.event_object) {
		zval message;
		wserver_event_object_pipe_message(&message, Z_LVAL(args[1]), &args[2]);
		zval_ptr_dtor(&args[2]);
		ZVAL_COPY_VALUE(&args[1], &message);
		argc = 2;
	}
	wserver_coro_run("pipeMessage", cb, argc, args, NULL, NULL);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[argc - 1]);
}

static void on_message(uint32_t type, uint32_t from, const char *data, size_t len)
{
	wserver_server_obj *s = wserver_server_from(ipc_server);
	switch (type) {
	case WSERVER_IPC_FD_SEND:
	case WSERVER_IPC_FD_CONTROL:
		on_fd_message(s, type, data, len);
		break;
	case WSERVER_IPC_PIPE_MESSAGE:
		on_pipe_message(s, from, data, len);
		break;
	case WSERVER_IPC_FD_INFO:
	case WSERVER_IPC_FD_LIST:
		on_question(s, type, from, data, len);
		break;
	case WSERVER_IPC_REPLY:
		on_reply(data, len);
		break;
	default:
		wserver_task_message(s, type, from, data, len);
	}
}

/* A user process's callback may block its loop (Swoole's mostly do): a task it sends before the
 * task worker is up would wait here for good; the target's socket keeps it for that worker. */
void wserver_ipc_write_through(void)
{
	ipc.write_through = true;
}

void wserver_ipc_start(struct ev_loop *loop, uint32_t slot)
{
	if (!ipc_ready) {
		return;
	}
	ws_worker *w = wserver_runtime_worker();
	wserver_server_obj *s = wserver_server_from(ipc_server);
	const ws_shm *shm = wserver_runtime_shm();
	if (w && conntab && shm && slot < shm->nslots && (int32_t) shm->slots[slot].group == s->group) {
		w->shared_conns = ws_conntab_attach(conntab, slot); /* before anything is accepted */
		w->shared_ids = ws_conntab_ids(conntab); /* fds unique across the workers, as Swoole's */
	}
	if (ws_ipc_attach(&ipc, loop, slot, on_message) != WS_OK) {
		ws_log("worker of slot %u: cannot read messages from other workers", slot);
	}
	/* last: once the others see this worker running, its table and socket are ready */
	if (ws_presence_enter(presence, slot) == WS_OK) {
		self_slot = (int32_t) slot;
	}
}

void wserver_ipc_release(void)
{
	if (self_slot >= 0) {
		/* a worker on its way out: messages for it wait in their senders from now on; its
		 * mappings go with the process */
		ws_presence_leave(presence, (uint32_t) self_slot);
		self_slot = -1;
		ws_worker *w = wserver_runtime_worker();
		if (w) {
			w->shared_conns = NULL;
			w->shared_ids = NULL;
		}
	} else if (ipc_ready) {
		ws_conntab_free(conntab);
		ws_presence_free(presence);
	}
	if (ipc_ready) {
		ws_ipc_free(&ipc);
		ipc_ready = false;
		conntab = NULL;
		presence = NULL;
	}
	if (waits_ready) {
		zend_hash_destroy(&waits);
		waits_ready = false;
	}
}
