/* The status table and the connection list, rendered from the status file. */
#ifndef WS_CORE_STATUS_H
#define WS_CORE_STATUS_H

#include <stdbool.h>
#include <stdio.h>

#include "stats.h"

/* Write the status of shm to f: a table, or JSON. Never calls PHP. */
void ws_status_render(const ws_shm *shm, bool json, FILE *f);

#endif
