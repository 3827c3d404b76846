/* ws_shm_usage (shm_usage.h): plain counters, one process's view. */
#include "shm_usage.h"

static ws_shm_usage usage;

void ws_shm_usage_add(ws_shm_kind kind, int64_t bytes)
{
	if (bytes >= 0) {
		usage.count[kind]++;
		usage.bytes[kind] += (uint64_t) bytes;
	} else if (usage.count[kind] > 0) {
		usage.count[kind]--;
		usage.bytes[kind] -= (uint64_t) -bytes;
	}
}

ws_shm_usage ws_shm_usage_get(void)
{
	return usage;
}
