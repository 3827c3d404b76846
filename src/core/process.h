/* The process tree: master -> manager -> workers. Forks, supervises, forwards signals. */
#ifndef WS_CORE_PROCESS_H
#define WS_CORE_PROCESS_H

#include <stdbool.h>
#include <stdint.h>

#include "listener.h"
#include "stats.h"

typedef struct ws_group {
	char name[128];
	uint32_t count;
	bool reloadable;
	bool task;             /* its workers run tasks for the others */
	bool respawn_at_once;  /* restarted at once however soon they exit (no crash-loop backoff) */
	ws_listener *listener; /* NULL: workers without a socket */
	uint32_t first_slot;   /* its workers use slots [first_slot, first_slot + count) */
} ws_group;

typedef struct ws_app {
	ws_group *groups;
	uint32_t ngroups;
	uint32_t nslots;
	char start_file[4096];
	char pid_file[4096];
	char status_file[4096];
	double stop_timeout; /* seconds */
	ws_shm *shm;
	int pid_fd;    /* the locked pid file, master only */
	int events[2]; /* manager -> master: worker exits */
	/* the first word of every process title: "WServer", or "WorkerMan" for Workerman's
	 * format; NULL is "WServer" */
	const char *title_name;
	/* Hooks into the binding, run in the master (never in a signal handler); may be NULL. */
	void (*set_title)(const char *title);
	void (*on_master_reload)(void);
	void (*on_master_stop)(void);
	void (*on_worker_exit)(uint32_t group, uint32_t id, pid_t pid, int status);
	void (*on_master_start)(void);    /* the manager was forked */
	void (*on_master_shutdown)(void); /* everything stopped; the master is about to return */
	/* Hooks run in the manager, between its waits (never in a signal handler); may be NULL. */
	void (*on_manager_start)(void); /* its first workers are forked */
	void (*on_manager_stop)(void);  /* its workers are gone; it exits next */
	void (*on_reload_begin)(void);  /* a reload starts (not one merged into a running one) */
	void (*on_reload_end)(void);    /* every reloadable worker was replaced */
	/* Timers of the binding in the master and the manager, between their waits; may be NULL:
	 * how long the process may wait (ms; < 0: no timer), and running those due. */
	int64_t (*timers_wait_ms)(void);
	void (*run_timers)(void);
} ws_app;

/* Run the master: fork the manager, which forks the workers; answer signals; return once
 * everything has stopped. Returns -1 in the master (all stopped), or in a newly forked worker
 * the index of its slot. The manager never returns. Signals of the control set are blocked in
 * the master and manager and unblocked in each worker. Never calls PHP (set_title aside). */
int ws_master_run(ws_app *app);
/* The first word of app's process titles. */
static inline const char *ws_app_title_name(const ws_app *app)
{
	return app->title_name ? app->title_name : "WServer";
}
/* Describe a wait status in words: "exit status 250", "killed by signal 9 (SIGKILL)". */
void ws_describe_status(int status, char *out, size_t outlen);

#endif
