/* What this process has in shared memory made for the application (Table, Atomic, Lock), for
 * the status table: objects made before the workers fork are shared by all of them. */
#ifndef WS_CORE_SHM_USAGE_H
#define WS_CORE_SHM_USAGE_H

#include <stdint.h>

typedef enum { WS_SHM_TABLE, WS_SHM_ATOMIC, WS_SHM_LOCK, WS_SHM_KINDS } ws_shm_kind;

typedef struct ws_shm_usage {
	uint32_t count[WS_SHM_KINDS]; /* live objects */
	uint64_t bytes[WS_SHM_KINDS]; /* their shared bytes */
} ws_shm_usage;

/* One object of kind made (bytes > 0) or gone (bytes < 0). Never calls PHP. */
void ws_shm_usage_add(ws_shm_kind kind, int64_t bytes);
/* The counts now. */
ws_shm_usage ws_shm_usage_get(void);

#endif
