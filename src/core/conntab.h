/* Every worker's open connections in shared memory, so that any worker answers "is connection
 * N of worker W open, and from where" without asking W: one region per worker slot in an
 * anonymous MAP_SHARED mapping made before the first fork. Only the slot's worker writes its
 * region (at accept, on reads, at close); anyone reads it. An entry counts only while the
 * worker that wrote it runs: a replacement starts a new generation, and a dead worker is seen
 * at once through ws_presence. Never calls PHP. */
#ifndef WS_CORE_CONNTAB_H
#define WS_CORE_CONNTAB_H

#include <stdbool.h>
#include <stdint.h>

#include "conn.h"
#include "presence.h"

/* One connection, 64 bytes (a cache line). */
typedef struct ws_conn_entry {
	uint32_t seq;     /* odd while the owner writes the entry */
	uint32_t gen;     /* the region's generation when written; another one means free */
	uint64_t id;      /* the connection's id in its worker; 0: free */
	uint8_t addr[16]; /* remote address: IPv4 in the first 4 bytes, or IPv6 */
	uint16_t remote_port;
	uint16_t listener; /* index of the listener that accepted it */
	uint8_t family;    /* AF_INET, AF_INET6 or AF_UNIX (whose path is not kept) */
	uint8_t status;    /* WS_CONN_ESTABLISHED or WS_CONN_CLOSING */
	uint8_t websocket; /* WS_CONNTAB_NOT_WS, _HANDSHAKE or _OPEN */
	uint8_t unused;
	int32_t fd;           /* the owner's descriptor */
	int64_t connect_time; /* wall clock seconds */
	int64_t last_time;    /* wall clock seconds of the last receive */
} ws_conn_entry;

enum { WS_CONNTAB_NOT_WS = 0, WS_CONNTAB_HANDSHAKE = 1, WS_CONNTAB_OPEN = 2 };

/* ws_conntab_find() answers. */
enum {
	WS_CONNTAB_ABSENT = 0, /* not open (or its worker is not running) */
	WS_CONNTAB_FOUND = 1,
	WS_CONNTAB_UNKNOWN = 2, /* the owner has connections the table has no room for: ask it */
};

typedef struct ws_conntab ws_conntab;
typedef struct ws_conn_region ws_conn_region;

/* Map per_slot entries for each of nslots slots (master, before forking); a worker is seen as
 * running through presence. Pages cost memory only once written. NULL with errno. */
ws_conntab *ws_conntab_create(uint32_t nslots, uint32_t per_slot, ws_presence *presence);
/* The worker of slot takes its region (before it accepts): entries of earlier workers there
 * become free. */
ws_conn_region *ws_conntab_attach(ws_conntab *t, uint32_t slot);
/* The generation of slot's region: a message meant for one worker process carries it, and a
 * replacement (another generation) ignores it. */
uint32_t ws_conntab_gen(const ws_conntab *t, uint32_t slot);
/* A counter in the table's shared memory: workers that take their connection ids from it
 * (ws_worker.shared_ids) number their connections uniquely across them all. */
uint64_t *ws_conntab_ids(ws_conntab *t);
uint32_t ws_conntab_region_gen(const ws_conn_region *r);
/* Copy connection id of slot into out. Never blocks (spins a moment at most on an entry being
 * rewritten; UNKNOWN if it keeps changing). */
int ws_conntab_find(ws_conntab *t, uint32_t slot, uint64_t id, ws_conn_entry *out);
/* Call each(arg, entry) for every open connection of slot's worker, in no order; false when
 * the table cannot tell them all (connections it had no room for, an entry kept changing).
 * Never blocks. */
typedef void (*ws_conntab_each)(void *arg, const ws_conn_entry *e);
bool ws_conntab_list(ws_conntab *t, uint32_t slot, ws_conntab_each each, void *arg);
/* Describe c as its entry would (for a connection of this worker). */
void ws_conntab_describe(const ws_conn *c, ws_conn_entry *out);

/* The owner's side, for conn.c: list c (accepted) in r (NULL: no table), refresh what changes
 * (status, last receive, WebSocket state), and take it out at close. */
void ws_conntab_add(ws_conn_region *r, ws_conn *c);
void ws_conntab_refresh(ws_conn *c);
void ws_conntab_remove(ws_conn *c);

void ws_conntab_free(ws_conntab *t);

#endif
