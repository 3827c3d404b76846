/* The shared connection table. An entry's home is (id - 1) % capacity in its worker's region;
 * a taken home sends it to one of the next WS_CONNTAB_PROBE entries, and a lookup looks at
 * those. Readers copy an entry under its sequence counter (a seqlock), so they never wait for
 * the owner and never see half an update. */
#include "conntab.h"
#include "log.h"
#include "websocket.h"

#include <errno.h>
#include <netinet/in.h>
#include <sched.h>
#include <stddef.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define WS_CONNTAB_PROBE 8
#define WS_CONNTAB_TRIES 1000

_Static_assert(sizeof(ws_conn_entry) == 64, "an entry is one cache line");

struct ws_conn_region {
	uint32_t gen;      /* bumped by each worker that takes the slot */
	uint32_t unlisted; /* open connections of the owner that found no free entry */
	uint32_t cap;      /* ro */
	uint32_t used;     /* entries [0, used) may be taken in this generation (for listing) */
	char pad[48];
	ws_conn_entry entries[];
};

struct ws_conntab {
	uint32_t nslots;
	uint32_t cap;
	size_t region_size;
	size_t size; /* bytes mapped */
	ws_presence *presence;
	uint64_t last_id; /* the last connection id given out (ws_conntab_ids) */
	char pad[24];
	char regions[];
};

static ws_conn_region *region_of(const ws_conntab *t, uint32_t slot)
{
	return (ws_conn_region *) (t->regions + (size_t) slot * t->region_size);
}

ws_conntab *ws_conntab_create(uint32_t nslots, uint32_t per_slot, ws_presence *presence)
{
	size_t region_size = sizeof(ws_conn_region) + (size_t) per_slot * sizeof(ws_conn_entry);
	size_t size = sizeof(ws_conntab) + (size_t) nslots * region_size;
	/* anonymous shared pages are zero until written: a region costs what its worker uses */
	ws_conntab *t =
	    mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (t == MAP_FAILED) {
		return NULL;
	}
	t->nslots = nslots;
	t->cap = per_slot;
	t->region_size = region_size;
	t->size = size;
	t->presence = presence;
	for (uint32_t i = 0; i < nslots; i++) {
		region_of(t, i)->cap = per_slot;
	}
	return t;
}

ws_conn_region *ws_conntab_attach(ws_conntab *t, uint32_t slot)
{
	if (slot >= t->nslots || t->cap == 0) {
		return NULL;
	}
	ws_conn_region *r = region_of(t, slot);
	__atomic_store_n(&r->unlisted, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&r->used, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&r->gen, r->gen + 1, __ATOMIC_RELEASE);
	return r;
}

uint64_t *ws_conntab_ids(ws_conntab *t)
{
	return &t->last_id;
}

uint32_t ws_conntab_region_gen(const ws_conn_region *r)
{
	return r ? __atomic_load_n(&r->gen, __ATOMIC_ACQUIRE) : 0;
}

uint32_t ws_conntab_gen(const ws_conntab *t, uint32_t slot)
{
	return slot < t->nslots ? ws_conntab_region_gen(region_of(t, slot)) : 0;
}

void ws_conntab_describe(const ws_conn *c, ws_conn_entry *e)
{
	memset(e, 0, sizeof(*e));
	e->id = c->id;
	e->family = (uint8_t) c->peer.ss_family;
	if (c->peer.ss_family == AF_INET) {
		const struct sockaddr_in *in = (const struct sockaddr_in *) &c->peer;
		memcpy(e->addr, &in->sin_addr, 4);
		e->remote_port = ntohs(in->sin_port);
	} else if (c->peer.ss_family == AF_INET6) {
		const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *) &c->peer;
		memcpy(e->addr, &in6->sin6_addr, 16);
		e->remote_port = ntohs(in6->sin6_port);
	}
	e->listener = c->port;
	e->status = c->status;
	e->websocket = !c->ws        ? WS_CONNTAB_NOT_WS
	               : c->ws->open ? WS_CONNTAB_OPEN
	                             : WS_CONNTAB_HANDSHAKE;
	e->fd = c->fd;
	e->connect_time = c->connected_at;
	e->last_time = c->last_recv_at;
}

/* Rewrite e under its counter: odd while it changes. */
static void entry_write(ws_conn_entry *e, const ws_conn_entry *v)
{
	uint32_t seq = e->seq;
	__atomic_store_n(&e->seq, seq + 1, __ATOMIC_RELAXED);
	__atomic_thread_fence(__ATOMIC_RELEASE);
	memcpy((char *) e + sizeof(e->seq), (const char *) v + sizeof(v->seq),
	       sizeof(*e) - sizeof(e->seq));
	__atomic_store_n(&e->seq, seq + 2, __ATOMIC_RELEASE);
}

/* A consistent copy of e; false when the owner kept rewriting it. */
static bool entry_read(const ws_conn_entry *e, ws_conn_entry *out)
{
	for (int i = 0; i < WS_CONNTAB_TRIES; i++) {
		uint32_t before = __atomic_load_n(&e->seq, __ATOMIC_ACQUIRE);
		if (before & 1) {
			sched_yield(); /* the owner is in the middle of a write: let it finish */
			continue;
		}
		memcpy(out, e, sizeof(*out));
		__atomic_thread_fence(__ATOMIC_ACQUIRE);
		if (__atomic_load_n(&e->seq, __ATOMIC_RELAXED) == before) {
			return true;
		}
	}
	return false;
}

int ws_conntab_find(ws_conntab *t, uint32_t slot, uint64_t id, ws_conn_entry *out)
{
	if (slot >= t->nslots || id == 0 || t->cap == 0 || !ws_presence_up(t->presence, slot)) {
		return WS_CONNTAB_ABSENT;
	}
	ws_conn_region *r = region_of(t, slot);
	uint32_t gen = ws_conntab_region_gen(r);
	for (uint32_t k = 0; k < WS_CONNTAB_PROBE && k < t->cap; k++) {
		if (!entry_read(&r->entries[(id - 1 + k) % t->cap], out)) {
			return WS_CONNTAB_UNKNOWN;
		}
		if (out->id == id && out->gen == gen) {
			return WS_CONNTAB_FOUND;
		}
	}
	return __atomic_load_n(&r->unlisted, __ATOMIC_ACQUIRE) ? WS_CONNTAB_UNKNOWN : WS_CONNTAB_ABSENT;
}

bool ws_conntab_list(ws_conntab *t, uint32_t slot, ws_conntab_each each, void *arg)
{
	if (slot >= t->nslots || t->cap == 0 || !ws_presence_up(t->presence, slot)) {
		return true; /* no worker there: nothing open */
	}
	ws_conn_region *r = region_of(t, slot);
	uint32_t gen = ws_conntab_region_gen(r);
	uint32_t used = __atomic_load_n(&r->used, __ATOMIC_ACQUIRE);
	for (uint32_t i = 0; i < used && i < t->cap; i++) {
		ws_conn_entry e;
		if (!entry_read(&r->entries[i], &e)) {
			return false;
		}
		if (e.id != 0 && e.gen == gen) {
			each(arg, &e);
		}
	}
	return __atomic_load_n(&r->unlisted, __ATOMIC_ACQUIRE) == 0;
}

void ws_conntab_add(ws_conn_region *r, ws_conn *c)
{
	if (!r) {
		return;
	}
	c->table = r;
	for (uint32_t k = 0; k < WS_CONNTAB_PROBE && k < r->cap; k++) {
		uint32_t at = (uint32_t) ((c->id - 1 + k) % r->cap);
		ws_conn_entry *e = &r->entries[at];
		if (e->gen != r->gen || e->id == 0) {
			ws_conn_entry v;
			ws_conntab_describe(c, &v);
			v.gen = r->gen;
			entry_write(e, &v);
			if (at >= r->used) {
				__atomic_store_n(&r->used, at + 1, __ATOMIC_RELEASE);
			}
			c->shared = e;
			return;
		}
	}
	static bool logged;
	if (!logged) {
		logged = true;
		ws_log("worker pid %d: the shared connection table has no room for connection %llu "
		       "(%u entries per worker): other workers ask this one about such connections",
		       (int) getpid(), (unsigned long long) c->id, r->cap);
	}
	__atomic_store_n(&r->unlisted, r->unlisted + 1, __ATOMIC_RELEASE);
}

void ws_conntab_refresh(ws_conn *c)
{
	if (c->shared) {
		ws_conn_entry v = *c->shared;
		v.status = c->status;
		v.websocket = !c->ws        ? WS_CONNTAB_NOT_WS
		              : c->ws->open ? WS_CONNTAB_OPEN
		                            : WS_CONNTAB_HANDSHAKE;
		v.last_time = c->last_recv_at;
		entry_write(c->shared, &v);
	}
}

void ws_conntab_remove(ws_conn *c)
{
	if (c->shared) {
		ws_conn_entry v = *c->shared;
		v.id = 0;
		entry_write(c->shared, &v);
	} else if (c->table) {
		ws_conn_region *r = c->table;
		__atomic_store_n(&r->unlisted, r->unlisted - 1, __ATOMIC_RELEASE);
	}
	c->shared = NULL;
	c->table = NULL;
}

void ws_conntab_free(ws_conntab *t)
{
	if (t) {
		munmap(t, t->size);
	}
}
