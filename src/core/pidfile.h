/* The pid file: written atomically, locked while the master lives. */
#ifndef WS_CORE_PIDFILE_H
#define WS_CORE_PIDFILE_H

#include <stdbool.h>
#include <sys/types.h>

/* Write getpid() to path atomically (temp file + rename) and keep it locked.
 * Returns the locked descriptor, or -1 with errno. */
int ws_pidfile_write(const char *path);
/* The pid of a live master, or 0: alive means the file's lock is held and the pid exists. */
pid_t ws_pidfile_alive(const char *path);
/* Remove the file (only if it still names us) and drop the lock. */
void ws_pidfile_remove(const char *path, int fd);

#endif
