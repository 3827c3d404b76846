/* The status mapping. Never calls PHP. */
#include "stats.h"

#include <stddef.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

static size_t shm_size(uint32_t nslots)
{
	return offsetof(ws_shm, slots) + (size_t) nslots * sizeof(ws_slot);
}

ws_shm *ws_stats_create(uint32_t nslots)
{
	ws_shm *shm =
	    mmap(NULL, shm_size(nslots), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (shm == MAP_FAILED) {
		return NULL;
	}
	memset(shm, 0, shm_size(nslots));
	shm->nslots = nslots;
	shm->start_time = time(NULL);
	return shm;
}

void ws_stats_destroy(ws_shm *shm)
{
	if (shm) {
		munmap(shm, shm_size(shm->nslots));
	}
}

int64_t ws_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t) ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
