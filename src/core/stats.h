/* Shared-memory status: a file mapped MAP_SHARED by the master before the first fork, one slot
 * per worker written by that worker (its pid and exit bookkeeping by the manager). The status
 * command maps the same file read-only, so it answers without asking anyone. */
#ifndef WS_CORE_STATS_H
#define WS_CORE_STATS_H

#include "shm_usage.h"
#include <stdint.h>
#include <sys/types.h>

#define WS_STATS_MAGIC 0x77737631u /* "wsv1" */
#define WS_MAX_GROUPS  64
#define WS_MAX_EXITS   32

enum { WS_SLOT_IDLE = 0, WS_SLOT_BUSY = 1 };

typedef struct ws_slot {
	volatile pid_t pid;     /* manager: set at fork, 0 once reaped */
	uint32_t group;         /* ro: index of its Worker */
	uint32_t id;            /* ro: worker id within its Worker */
	volatile uint8_t state; /* worker: WS_SLOT_IDLE / WS_SLOT_BUSY */
	volatile uint8_t ready; /* worker: onWorkerStart done, listening (ws_worker_listen) */
	volatile uint32_t connections;
	volatile uint64_t total_request;
	volatile uint64_t accepted, closed; /* worker: connections accepted and closed */
	volatile uint64_t send_fail;
	volatile uint64_t tls_failed; /* worker: TLS handshakes failed or timed out */
	volatile uint32_t timers;
	volatile uint32_t coroutines;  /* worker: callbacks suspended now */
	volatile uint32_t tasking;     /* task worker: tasks under way */
	volatile uint32_t concurrency; /* worker: Http\Server requests under way (max_concurrency) */
	volatile uint64_t memory;      /* worker: resident bytes, refreshed every second */
	volatile uint32_t qps;         /* worker: messages in the last second */
	volatile uint32_t conn_gen;    /* worker: bumped after each connection list it writes */
	int64_t started_ms;            /* manager: monotonic ms at fork */
	uint32_t quick_exits;          /* manager: exits soon after start in a row (back-off) */
	int64_t respawn_at_ms;         /* manager: when to fork again; 0 = not waiting */
	volatile int last_status;      /* manager: last wait status */
} ws_slot;

typedef struct ws_shm_group {
	char name[64];
	char socket[160];
	uint32_t count;
	uint8_t task; /* its workers run tasks for the others */
} ws_shm_group;

typedef struct ws_exit_count {
	uint32_t group;
	int status; /* wait status */
	uint32_t count;
} ws_exit_count;

typedef struct ws_shm {
	uint32_t magic;
	uint32_t size; /* bytes mapped */
	volatile pid_t master_pid;
	volatile pid_t manager_pid;
	int64_t start_time; /* wall clock seconds */
	int64_t open_files; /* the effective RLIMIT_NOFILE */
	char version[16];
	char event_loop[32];
	uint32_t ngroups;
	uint32_t nslots;
	ws_shm_group groups[WS_MAX_GROUPS];
	volatile uint32_t reloads_done; /* manager: bumped when a reload has replaced everyone */
	volatile uint8_t stopping;      /* manager: the whole server is stopping */
	/* the next reload replaces the task workers only (Swoole's SIGUSR2 and reload(true));
	 * set before the reload signal, cleared by the manager when it takes the reload */
	volatile uint8_t reload_only_task;
	volatile uint32_t nexits;
	ws_exit_count exits[WS_MAX_EXITS]; /* manager: worker exits by status */
	ws_shm_usage shared; /* master: the Tables, Atomics and Locks made before the fork */
	ws_slot slots[];
} ws_shm;

/* Create path (mode 0644, replaced if present) sized for nslots and map it shared; zeroed.
 * NULL with errno on failure. */
ws_shm *ws_stats_create(const char *path, uint32_t nslots);
/* Map an existing status file read-only; NULL with errno (EINVAL when it is not one). */
const ws_shm *ws_stats_open(const char *path);
void ws_stats_close(const ws_shm *shm);
/* Count one worker exit by status (manager). */
void ws_stats_count_exit(ws_shm *shm, uint32_t group, int status);
/* Monotonic milliseconds. */
int64_t ws_now_ms(void);

#endif
