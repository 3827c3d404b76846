/* The pid file: written atomically, locked while the master lives. */
#ifndef WS_CORE_PIDFILE_H
#define WS_CORE_PIDFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* What a pid file says about the master it names. */
typedef enum {
	WS_PIDFILE_ABSENT,   /* no file, or no pid in it */
	WS_PIDFILE_RUNNING,  /* a live master of ours holds its lock */
	WS_PIDFILE_GONE,     /* stale: that process has exited */
	WS_PIDFILE_NOT_OURS, /* stale: that process lives but is not a wserver master holding it */
} ws_pidfile_state;

/* Write getpid() to path atomically (temp file + rename) and keep it locked.
 * Returns the locked descriptor, or -1 with errno. */
int ws_pidfile_write(const char *path);
/* Whether a pid file could be written at path: a temp file is made beside it and removed.
 * WS_ERR with errno otherwise. */
int ws_pidfile_probe(const char *path);
/* The state of the pid file at path of the master of script (the start file's name); *pid
 * gets the pid it names (0 when none). */
ws_pidfile_state ws_pidfile_check(const char *path, const char *script, pid_t *pid);
/* The pid of a live master, or 0 (ws_pidfile_check() says WS_PIDFILE_RUNNING). */
pid_t ws_pidfile_alive(const char *path, const char *script);
/* Remove a stale pid file, unless it was replaced meanwhile (it no longer names pid). */
void ws_pidfile_remove_stale(const char *path, pid_t pid);
/* Remove the file (only if it still names us) and drop the lock. */
void ws_pidfile_remove(const char *path, int fd);
/* When a live process started (clock ticks since boot, from /proc), 1 when that is unknown;
 * 0 when it has exited, a zombie included. Comparing two answers also tells a reused pid. */
unsigned long long ws_pid_started(pid_t pid);

#endif
