/* Master and manager: both wait for signals with sigtimedwait() and run no event loop and no
 * PHP code, so nothing they inherit from PHP is touched after fork. Workers return from
 * ws_master_run() to the binding, which runs their loop. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "process.h"
#include "buffer.h"
#include "log.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* A child that exits sooner than this after its start, before it served anything, counts as
 * a start-up failure. */
#define WS_QUICK_EXIT_MS 1000
#define WS_BACKOFF_MAX_MS 5000

static const int control_signals[] = {SIGINT, SIGTERM, SIGQUIT, SIGUSR1,
                                      SIGUSR2, SIGIO, SIGHUP, SIGCHLD};
static sigset_t control_set, saved_mask;

static void block_control_signals(void)
{
	sigemptyset(&control_set);
	for (size_t i = 0; i < sizeof(control_signals) / sizeof(control_signals[0]); i++) {
		sigaddset(&control_set, control_signals[i]);
	}
	sigprocmask(SIG_BLOCK, &control_set, &saved_mask);
}

void ws_describe_status(int status, char *out, size_t outlen)
{
	if (WIFEXITED(status)) {
		snprintf(out, outlen, "exit status %d", WEXITSTATUS(status));
	} else if (WIFSIGNALED(status)) {
		int sig = WTERMSIG(status);
		const char *abbr = sigabbrev_np(sig);
		snprintf(out, outlen, "killed by signal %d (SIG%s)%s", sig, abbr ? abbr : "?",
		         WCOREDUMP(status) ? ", core dumped" : "");
	} else {
		snprintf(out, outlen, "wait status %d", status);
	}
}

/* Back-off for a child that keeps dying at start-up: 0, 0.1, 0.2, 0.4 ... 5 s. */
static int64_t backoff_ms(uint32_t quick_exits)
{
	if (quick_exits <= 1) {
		return 0;
	}
	int64_t ms = 100LL << (quick_exits - 2 < 6 ? quick_exits - 2 : 6);
	return ms > WS_BACKOFF_MAX_MS ? WS_BACKOFF_MAX_MS : ms;
}

/* Wait for a control signal at most ms milliseconds; 0 on time-out. */
static int wait_signal(int64_t ms)
{
	if (ms < 0) {
		ms = 0;
	}
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000};
	int sig = sigtimedwait(&control_set, NULL, &ts);
	return sig < 0 ? 0 : sig;
}

/* Child side of every fork: die with the parent, restore the signal mask for workers. */
static void child_setup(ws_app *app, int death_signal, pid_t parent)
{
	prctl(PR_SET_PDEATHSIG, death_signal);
	if (getppid() != parent) {
		raise(death_signal); /* the parent died before prctl took effect */
	}
	if (app->pid_fd >= 0) {
		close(app->pid_fd); /* only the master may hold the pid file lock */
		app->pid_fd = -1;
	}
}

/* ---- manager ---- */

static const char *group_name(ws_app *app, ws_slot *s)
{
	return app->groups[s->group].name;
}

/* Fork the worker of slot i. Returns 0 in the child, 1 in the manager. */
static int spawn_worker(ws_app *app, uint32_t i)
{
	ws_slot *s = &app->shm->slots[i];
	pid_t manager = getpid();
	/* counters start from zero for each process; reset before the child can write them */
	s->ready = 0;
	s->total_request = 0;
	s->send_fail = 0;
	s->timers = 0;
	s->connections = 0;
	pid_t pid = fork();
	if (pid < 0) {
		ws_log("fork of worker %s:%u failed: %s; retrying", group_name(app, s), s->id,
		       strerror(errno));
		s->respawn_at_ms = ws_now_ms() + 1000;
		return 1;
	}
	if (pid == 0) {
		child_setup(app, SIGINT, manager);
		s->pid = getpid();
		sigprocmask(SIG_SETMASK, &saved_mask, NULL);
		return 0;
	}
	s->pid = pid;
	s->started_ms = ws_now_ms();
	s->respawn_at_ms = 0;
	return 1;
}

static ws_slot *slot_by_pid(ws_app *app, pid_t pid)
{
	for (uint32_t i = 0; i < app->nslots; i++) {
		if (app->shm->slots[i].pid == pid) {
			return &app->shm->slots[i];
		}
	}
	return NULL;
}

static void reap_workers(ws_app *app, bool stopping)
{
	int status;
	pid_t pid;
	while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
		ws_slot *s = slot_by_pid(app, pid);
		if (!s) {
			continue;
		}
		char how[96];
		ws_describe_status(status, how, sizeof(how));
		s->pid = 0;
		s->last_status = status;
		s->connections = 0;
		s->state = WS_SLOT_IDLE;
		if (stopping) {
			if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
				ws_log("worker %s:%u (pid %d) stopped with %s", group_name(app, s), s->id,
				       (int) pid, how);
			}
			continue;
		}
		int64_t now = ws_now_ms();
		bool failed_start = !s->ready || (now - s->started_ms < WS_QUICK_EXIT_MS &&
		                                  s->total_request == 0);
		s->quick_exits = failed_start ? s->quick_exits + 1 : 0;
		int64_t delay = backoff_ms(s->quick_exits);
		s->respawn_at_ms = now + delay;
		if (delay > 0) {
			ws_log("worker %s:%u (pid %d) exited with %s, %u times in a row at start-up; "
			       "next try in %.1f s",
			       group_name(app, s), s->id, (int) pid, how, s->quick_exits, delay / 1000.0);
		} else {
			ws_log("worker %s:%u (pid %d) exited with %s; starting a new one", group_name(app, s),
			       s->id, (int) pid, how);
		}
	}
}

static uint32_t live_workers(ws_app *app)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < app->nslots; i++) {
		n += app->shm->slots[i].pid > 0;
	}
	return n;
}

static void signal_workers(ws_app *app, int sig)
{
	for (uint32_t i = 0; i < app->nslots; i++) {
		pid_t pid = app->shm->slots[i].pid;
		if (pid > 0) {
			kill(pid, sig);
		}
	}
}

/* Returns a slot index in a new worker; never returns in the manager itself. */
static int manager_main(ws_app *app)
{
	if (app->set_title) {
		app->set_title("WServer: manager process");
	}
	app->shm->manager_pid = getpid();
	for (uint32_t i = 0; i < app->nslots; i++) {
		if (spawn_worker(app, i) == 0) {
			return (int) i;
		}
	}
	bool stopping = false;
	int64_t deadline = 0;
	for (;;) {
		int64_t now = ws_now_ms();
		int64_t wait = 1000;
		for (uint32_t i = 0; i < app->nslots && !stopping; i++) {
			ws_slot *s = &app->shm->slots[i];
			if (s->pid == 0 && s->respawn_at_ms > 0) {
				if (s->respawn_at_ms <= now) {
					if (spawn_worker(app, i) == 0) {
						return (int) i;
					}
				} else if (s->respawn_at_ms - now < wait) {
					wait = s->respawn_at_ms - now;
				}
			}
		}
		if (stopping) {
			if (live_workers(app) == 0) {
				_exit(0);
			}
			if (now >= deadline) {
				for (uint32_t i = 0; i < app->nslots; i++) {
					ws_slot *s = &app->shm->slots[i];
					if (s->pid > 0) {
						ws_log("worker %s:%u (pid %d) did not stop within %.1f s: killed",
						       group_name(app, s), s->id, (int) s->pid, app->stop_timeout);
						kill(s->pid, SIGKILL);
					}
				}
				deadline = now + 1000;
			}
			wait = deadline - now < wait ? deadline - now : wait;
		}
		int sig = wait_signal(wait);
		switch (sig) {
		case SIGCHLD:
			reap_workers(app, stopping);
			break;
		case SIGINT:
		case SIGTERM:
			if (!stopping) {
				stopping = true;
				deadline = ws_now_ms() + (int64_t) (app->stop_timeout * 1000);
			}
			signal_workers(app, sig);
			break;
		case SIGHUP:
			ws_log_reopen();
			signal_workers(app, sig);
			break;
		case SIGUSR1:
		case SIGQUIT:
			/* reload: each worker exits and is replaced */
			signal_workers(app, sig);
			break;
		default:
			break;
		}
	}
}

/* ---- master ---- */

static pid_t spawn_manager(ws_app *app, int *slot)
{
	pid_t master = getpid();
	pid_t pid = fork();
	if (pid < 0) {
		ws_log("fork of the manager failed: %s", strerror(errno));
		return 0;
	}
	if (pid == 0) {
		child_setup(app, SIGINT, master);
		*slot = manager_main(app);
		return 0;
	}
	return pid;
}

static void kill_everything(ws_app *app, pid_t manager)
{
	if (manager > 0) {
		kill(manager, SIGKILL);
	}
	for (uint32_t i = 0; i < app->nslots; i++) {
		pid_t pid = app->shm->slots[i].pid;
		if (pid > 0) {
			kill(pid, SIGKILL);
		}
	}
}

int ws_master_run(ws_app *app)
{
	struct sigaction ign = {.sa_handler = SIG_IGN};
	sigaction(SIGPIPE, &ign, NULL);
	block_control_signals();
	/* orphans of a dead manager are re-parented here and reaped, never left as zombies */
	prctl(PR_SET_CHILD_SUBREAPER, 1);
	app->shm->master_pid = getpid();
	if (app->set_title) {
		char title[4200];
		snprintf(title, sizeof(title), "WServer: master process  start_file=%s", app->start_file);
		app->set_title(title);
	}

	int slot = -1;
	pid_t manager = spawn_manager(app, &slot);
	if (slot >= 0) {
		return slot;
	}
	int64_t manager_started = ws_now_ms(), respawn_at = manager ? 0 : ws_now_ms() + 1000;
	uint32_t quick_exits = 0;
	bool stopping = false;
	int64_t deadline = 0;
	for (;;) {
		int64_t now = ws_now_ms();
		if (!stopping && manager == 0 && respawn_at > 0 && respawn_at <= now) {
			manager = spawn_manager(app, &slot);
			if (slot >= 0) {
				return slot;
			}
			manager_started = now;
			respawn_at = manager ? 0 : now + 1000;
		}
		if (stopping && manager == 0) {
			break;
		}
		int64_t wait = 1000;
		if (respawn_at > 0 && respawn_at - now < wait) {
			wait = respawn_at - now;
		}
		if (stopping) {
			if (now >= deadline) {
				ws_log("the manager did not stop within %.1f s: killing every process",
				       app->stop_timeout + 1);
				kill_everything(app, manager);
				deadline = now + 1000;
			}
			wait = deadline - now < wait ? deadline - now : wait;
		}
		int sig = wait_signal(wait);
		switch (sig) {
		case SIGCHLD: {
			int status;
			pid_t pid;
			while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
				if (pid != manager) {
					continue;
				}
				manager = 0;
				app->shm->manager_pid = 0;
				if (stopping) {
					continue;
				}
				char how[96];
				ws_describe_status(status, how, sizeof(how));
				int64_t t = ws_now_ms();
				quick_exits = t - manager_started < WS_QUICK_EXIT_MS ? quick_exits + 1 : 0;
				respawn_at = t + backoff_ms(quick_exits) + 1;
				ws_log("the manager (pid %d) exited with %s; starting a new one", (int) pid, how);
				/* its workers die with it (parent-death signal); reap their slots */
				for (uint32_t i = 0; i < app->nslots; i++) {
					pid_t wp = app->shm->slots[i].pid;
					if (wp > 0 && kill(wp, 0) == 0) {
						kill(wp, SIGKILL);
					}
					app->shm->slots[i].pid = 0;
				}
			}
			break;
		}
		case SIGINT:
		case SIGTERM:
			if (!stopping) {
				ws_log("%s: stopping", sig == SIGINT ? "stop" : "graceful stop");
				stopping = true;
				deadline = ws_now_ms() + (int64_t) (app->stop_timeout * 1000) + 1000;
			}
			if (manager > 0) {
				kill(manager, sig);
			}
			break;
		case SIGHUP:
			ws_log_reopen();
			/* fall through */
		case SIGUSR1:
		case SIGQUIT:
			if (manager > 0) {
				kill(manager, sig);
			}
			break;
		default:
			break;
		}
	}
	sigprocmask(SIG_SETMASK, &saved_mask, NULL);
	return -1;
}
