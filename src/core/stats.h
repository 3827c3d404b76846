/* Shared-memory status: one slot per worker, written by that worker (and its pid by the manager). */
#ifndef WS_CORE_STATS_H
#define WS_CORE_STATS_H

#include <stdint.h>
#include <sys/types.h>

enum { WS_SLOT_IDLE = 0, WS_SLOT_BUSY = 1 };

typedef struct ws_slot {
	volatile pid_t pid;          /* manager: set at fork, 0 once reaped */
	uint32_t group;              /* ro: index of its Worker */
	uint32_t id;                 /* ro: worker id within its Worker */
	volatile uint8_t state;      /* worker: WS_SLOT_IDLE / WS_SLOT_BUSY */
	volatile uint8_t ready;      /* worker: onWorkerStart done, accepting */
	volatile uint32_t connections;
	volatile uint64_t total_request;
	volatile uint64_t send_fail;
	volatile uint32_t timers;
	volatile uint64_t memory;
	int64_t started_ms;          /* manager: monotonic ms at fork */
	uint32_t quick_exits;        /* manager: exits soon after start in a row (back-off) */
	int64_t respawn_at_ms;       /* manager: when to fork again; 0 = not waiting */
	volatile int last_status;    /* manager: last wait status */
} ws_slot;

typedef struct ws_shm {
	volatile pid_t master_pid;
	volatile pid_t manager_pid;
	int64_t start_time; /* wall clock seconds */
	uint32_t nslots;
	ws_slot slots[];
} ws_shm;

/* Anonymous MAP_SHARED mapping with nslots zeroed slots, made before the first fork.
 * NULL with errno on failure. */
ws_shm *ws_stats_create(uint32_t nslots);
void ws_stats_destroy(ws_shm *shm);
/* Monotonic milliseconds. */
int64_t ws_now_ms(void);

#endif
