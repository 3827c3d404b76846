/* Robust mutexes as liveness flags: taking one that a dead process held reports EOWNERDEAD,
 * which says "down" as plainly as a mutex nobody holds. */
#include "presence.h"
#include "buffer.h"

#include <errno.h>
#include <pthread.h>
#include <stddef.h>
#include <sys/mman.h>

/* A cache line each: senders probing one slot do not disturb another's. */
typedef union ws_presence_cell {
	pthread_mutex_t m;
	char line[64];
} ws_presence_cell;

struct ws_presence {
	uint32_t nslots;
	size_t size; /* bytes mapped */
	ws_presence_cell cells[];
};

ws_presence *ws_presence_create(uint32_t nslots)
{
	size_t size = offsetof(ws_presence, cells) + (size_t) nslots * sizeof(ws_presence_cell);
	ws_presence *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		return NULL;
	}
	p->nslots = nslots;
	p->size = size;
	pthread_mutexattr_t a;
	pthread_mutexattr_init(&a);
	pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED);
	pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
	for (uint32_t i = 0; i < nslots; i++) {
		pthread_mutex_init(&p->cells[i].m, &a);
	}
	pthread_mutexattr_destroy(&a);
	return p;
}

int ws_presence_enter(ws_presence *p, uint32_t slot)
{
	if (slot >= p->nslots) {
		errno = EINVAL;
		return WS_ERR;
	}
	/* a sender probing it holds it for a moment; a dead predecessor's hold is taken over */
	int r = pthread_mutex_lock(&p->cells[slot].m);
	if (r == EOWNERDEAD) {
		pthread_mutex_consistent(&p->cells[slot].m);
		r = 0;
	}
	if (r != 0) {
		errno = r;
		return WS_ERR;
	}
	return WS_OK;
}

void ws_presence_leave(ws_presence *p, uint32_t slot)
{
	if (slot < p->nslots) {
		pthread_mutex_unlock(&p->cells[slot].m);
	}
}

bool ws_presence_up(ws_presence *p, uint32_t slot)
{
	if (slot >= p->nslots) {
		return false;
	}
	pthread_mutex_t *m = &p->cells[slot].m;
	int r = pthread_mutex_trylock(m);
	if (r == EBUSY) {
		return true; /* held: its worker runs (or another sender probes it right now) */
	}
	if (r == EOWNERDEAD) {
		pthread_mutex_consistent(m);
	}
	if (r == 0 || r == EOWNERDEAD) {
		pthread_mutex_unlock(m);
	}
	return false;
}

void ws_presence_free(ws_presence *p)
{
	if (p) {
		munmap(p, p->size);
	}
}
