/* Which worker slots have a live process, readable by every process without asking anyone:
 * one robust, process-shared mutex per slot in a mapping made before the first fork. The
 * slot's worker holds its mutex while it runs; the kernel lets go of it the moment that
 * process dies (before the manager reaps it), so a crashed worker never looks alive. Never
 * calls PHP. */
#ifndef WS_CORE_PRESENCE_H
#define WS_CORE_PRESENCE_H

#include <stdbool.h>
#include <stdint.h>

typedef struct ws_presence ws_presence;

/* Map the mutexes of nslots slots, none held (master, before forking). NULL with errno. */
ws_presence *ws_presence_create(uint32_t nslots);
/* The worker of slot is running: hold its mutex until ws_presence_leave() or death. WS_ERR
 * for a bad slot. */
int ws_presence_enter(ws_presence *p, uint32_t slot);
/* The worker of slot is going away on its own. Only after enter() in this process. */
void ws_presence_leave(ws_presence *p, uint32_t slot);
/* Whether a live process holds slot now. Usually no system call. */
bool ws_presence_up(ws_presence *p, uint32_t slot);
/* Unmap (any process; what this process holds is left as it is). */
void ws_presence_free(ws_presence *p);

#endif
