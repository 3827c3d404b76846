/* The status file mapping. Never calls PHP. */
#include "stats.h"
#include "buffer.h"

#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static size_t shm_size(uint32_t nslots)
{
	return offsetof(ws_shm, slots) + (size_t) nslots * sizeof(ws_slot);
}

ws_shm *ws_stats_create(const char *path, uint32_t nslots)
{
	size_t size = shm_size(nslots);
	unlink(path);
	int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
	if (fd < 0) {
		return NULL;
	}
	if (ftruncate(fd, (off_t) size) < 0) {
		int e = errno;
		close(fd);
		errno = e;
		return NULL;
	}
	ws_shm *shm = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	close(fd);
	if (shm == MAP_FAILED) {
		return NULL;
	}
	memset(shm, 0, size);
	shm->size = (uint32_t) size;
	shm->nslots = nslots;
	shm->start_time = time(NULL);
	shm->magic = WS_STATS_MAGIC;
	return shm;
}

const ws_shm *ws_stats_open(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		return NULL;
	}
	struct stat st;
	if (fstat(fd, &st) < 0 || (size_t) st.st_size < offsetof(ws_shm, slots)) {
		close(fd);
		errno = EINVAL;
		return NULL;
	}
	const ws_shm *shm = mmap(NULL, (size_t) st.st_size, PROT_READ, MAP_SHARED, fd, 0);
	close(fd);
	if (shm == MAP_FAILED) {
		return NULL;
	}
	if (shm->magic != WS_STATS_MAGIC || shm->size != (uint32_t) st.st_size ||
	    shm_size(shm->nslots) != shm->size) {
		munmap((void *) shm, (size_t) st.st_size);
		errno = EINVAL;
		return NULL;
	}
	return shm;
}

void ws_stats_close(const ws_shm *shm)
{
	if (shm) {
		munmap((void *) shm, shm->size);
	}
}

void ws_stats_count_exit(ws_shm *shm, uint32_t group, int status)
{
	for (uint32_t i = 0; i < shm->nexits; i++) {
		if (shm->exits[i].group == group && shm->exits[i].status == status) {
			shm->exits[i].count++;
			return;
		}
	}
	if (shm->nexits < WS_MAX_EXITS) {
		shm->exits[shm->nexits] = (ws_exit_count){group, status, 1};
		shm->nexits++;
	}
}

int64_t ws_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t) ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
