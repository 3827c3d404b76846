/* Master and manager. Neither runs an event loop nor PHP code of the workers: the master
 * waits on a signalfd and the manager's event pipe with poll(), the manager waits for signals
 * with sigtimedwait(). Workers return from ws_master_run() to the binding, which runs their
 * loop. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "process.h"
#include "buffer.h"
#include "log.h"
#include "signals.h"
#include "status.h"
#include "tls.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* A worker that exits sooner than this after its start, before it served anything, counts as
 * a start-up failure. */
#define WS_QUICK_EXIT_MS  1000
#define WS_BACKOFF_MAX_MS 5000
/* A worker ends its graceful stop itself at stop_timeout, logging what was pending; one stuck
 * in PHP code is killed by the manager this much later, and everything by the master after
 * as much again. */
#define WS_KILL_GRACE_MS 1000

static sigset_t control_set, saved_mask;
static int master_sfd = -1; /* the master's signalfd; closed in every child */

/* What the manager tells the master about each worker exit. */
typedef struct ws_exit_event {
	uint32_t slot;
	pid_t pid;
	int status;
} ws_exit_event;

static void block_control_signals(void)
{
	sigemptyset(&control_set);
	for (size_t i = 0; i < WS_NSIGNALS; i++) {
		sigaddset(&control_set, ws_signals[i].signum);
	}
	sigaddset(&control_set, SIGCHLD);
	if (ws_log_is_swoole_format()) {
		/* Swoole's master handles SIGPIPE with no callback: each one is a warning in its log
		 * (still ignored: a blocked signal is queued for the signalfd all the same) */
		sigaddset(&control_set, SIGPIPE);
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

/* Child side of every fork: die with the parent, keep no descriptor that is not ours. */
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
	if (master_sfd >= 0) {
		close(master_sfd);
		master_sfd = -1;
	}
}

/* ---- manager ---- */

typedef struct manager {
	ws_app *app;
	bool stopping;
	int64_t deadline;
	/* reload: slots still to replace, in order; the one being replaced */
	uint32_t *queue;
	uint32_t queued;
	int current;              /* slot being replaced, -1 none */
	bool current_gone;        /* its old process exited; waiting for the new one to be ready */
	int64_t current_deadline; /* the old process is killed if still there by then */
	bool graceful;
} manager;

static const char *group_name(ws_app *app, const ws_slot *s)
{
	return app->groups[s->group].name;
}

/* Fork the worker of slot i. Returns 0 in the child, 1 in the manager. */
static int spawn_worker(ws_app *app, uint32_t i)
{
	ws_slot *s = &app->shm->slots[i];
	pid_t parent = getpid();
	/* counters start from zero for each process; reset before the child can write them */
	s->ready = 0;
	s->state = WS_SLOT_IDLE;
	s->total_request = 0;
	s->send_fail = 0;
	s->tls_failed = 0;
	s->timers = 0;
	s->coroutines = 0;
	s->concurrency = 0;
	s->connections = 0;
	s->memory = 0;
	s->qps = 0;
	pid_t pid = fork();
	if (pid < 0) {
		ws_log("fork of worker %s:%u failed: %s; retrying", group_name(app, s), s->id,
		       strerror(errno));
		s->respawn_at_ms = ws_now_ms() + 1000;
		return 1;
	}
	if (pid == 0) {
		child_setup(app, SIGINT, parent);
		close(app->events[1]);
		s->pid = getpid();
		ws_log_set_process('*', (int) s->id); /* the binding may say more (a task worker) */
		sigprocmask(SIG_SETMASK, &saved_mask, NULL);
		return 0;
	}
	s->pid = pid;
	s->started_ms = ws_now_ms();
	s->respawn_at_ms = 0;
	return 1;
}

static int slot_by_pid(ws_app *app, pid_t pid)
{
	for (uint32_t i = 0; i < app->nslots; i++) {
		if (app->shm->slots[i].pid == pid) {
			return (int) i;
		}
	}
	return -1;
}

static void tell_master(ws_app *app, uint32_t slot, pid_t pid, int status)
{
	ws_exit_event ev = {slot, pid, status};
	if (write(app->events[1], &ev, sizeof(ev)) < 0) {
		/* the master is gone or its pipe is full: the exit is logged here anyway */
	}
}

static void reap_workers(manager *m)
{
	ws_app *app = m->app;
	int status;
	pid_t pid;
	while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
		int i = slot_by_pid(app, pid);
		if (i < 0) {
			continue;
		}
		ws_slot *s = &app->shm->slots[i];
		char how[96];
		ws_describe_status(status, how, sizeof(how));
		s->pid = 0;
		s->last_status = status;
		s->connections = 0;
		s->coroutines = 0;
		s->concurrency = 0; /* a killed worker's requests no longer count */
		s->state = WS_SLOT_IDLE;
		ws_stats_count_exit(app->shm, s->group, status);
		tell_master(app, (uint32_t) i, pid, status);
		bool clean = WIFEXITED(status) && WEXITSTATUS(status) == 0;
		if (m->stopping) {
			/* ended by the stop signal itself: a process without a handler of its own (a
			 * Server's user process) */
			bool by_stop =
			    WIFSIGNALED(status) && (WTERMSIG(status) == SIGTERM || WTERMSIG(status) == SIGINT);
			if (!clean && !by_stop) {
				ws_log("worker %s:%u (pid %d) stopped with %s", group_name(app, s), s->id,
				       (int) pid, how);
			}
			continue;
		}
		if (i == m->current) {
			/* replaced as part of a reload: start the new one at once */
			m->current_gone = true;
			if (!clean) {
				ws_log("worker %s:%u (pid %d) exited with %s during reload", group_name(app, s),
				       s->id, (int) pid, how);
			}
			s->quick_exits = 0;
			s->respawn_at_ms = ws_now_ms();
			continue;
		}
		int64_t now = ws_now_ms();
		bool failed_start =
		    !s->ready || (now - s->started_ms < WS_QUICK_EXIT_MS && s->total_request == 0);
		s->quick_exits = failed_start ? s->quick_exits + 1 : 0;
		int64_t delay = app->groups[s->group].respawn_at_once ? 0 : backoff_ms(s->quick_exits);
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

/* A reload: every reloadable worker is queued for replacement (one already queued or being
 * replaced is not queued twice, so a reload asked during one is merged into it); workers that
 * are not reloadable only get the signal, to run onWorkerReload. */
static void manager_reload(manager *m, bool graceful)
{
	ws_app *app = m->app;
	int sig = ws_signal_of(graceful ? WS_SIG_GRACEFUL_RELOAD : WS_SIG_RELOAD);
	m->graceful = m->graceful || graceful;
	bool only_task = app->shm->reload_only_task;
	app->shm->reload_only_task = 0;
	for (uint32_t i = 0; i < app->nslots; i++) {
		ws_slot *s = &app->shm->slots[i];
		if (only_task && !app->groups[s->group].task) {
			continue;
		}
		if (!app->groups[s->group].reloadable) {
			if (s->pid > 0) {
				kill(s->pid, sig);
			}
			continue;
		}
		bool queued = (int) i == m->current;
		for (uint32_t k = 0; k < m->queued && !queued; k++) {
			queued = m->queue[k] == i;
		}
		if (!queued) {
			m->queue[m->queued++] = i;
		}
	}
}

/* A worker past its stop_timeout (and the grace after it): logged with what it still had, then
 * killed. */
static void kill_overdue(ws_app *app, ws_slot *s, const char *verb, const char *during)
{
	ws_log("worker %s:%u (pid %d) did not %s within %.1f s%s: killed; pending: %u connections, "
	       "%u suspended coroutines, %u timers",
	       group_name(app, s), s->id, (int) s->pid, verb,
	       app->stop_timeout + WS_KILL_GRACE_MS / 1000.0, during, s->connections, s->coroutines,
	       s->timers);
	kill(s->pid, SIGKILL);
}

/* Move a reload on: ask the next worker to go once the previous one's replacement is up. */
static void manager_reload_step(manager *m)
{
	ws_app *app = m->app;
	if (m->current >= 0) {
		ws_slot *s = &app->shm->slots[m->current];
		if (!m->current_gone && s->pid > 0 && ws_now_ms() >= m->current_deadline) {
			kill_overdue(app, s, "finish", " of the reload");
			m->current_deadline = ws_now_ms() + 1000;
		}
		if (!m->current_gone || s->pid == 0 || !s->ready) {
			return; /* still draining, or its replacement is not serving yet */
		}
		m->current = -1;
	}
	while (m->current < 0 && m->queued > 0) {
		uint32_t i = m->queue[0];
		memmove(m->queue, m->queue + 1, (m->queued - 1) * sizeof(uint32_t));
		m->queued--;
		ws_slot *s = &app->shm->slots[i];
		if (s->pid <= 0) {
			continue; /* not running now: it starts with the new code anyway */
		}
		m->current = (int) i;
		m->current_gone = false;
		m->current_deadline = ws_now_ms() + (int64_t) (app->stop_timeout * 1000) + WS_KILL_GRACE_MS;
		kill(s->pid, ws_signal_of(m->graceful ? WS_SIG_GRACEFUL_RELOAD : WS_SIG_RELOAD));
	}
	if (m->current < 0) {
		m->graceful = false;
		app->shm->reloads_done++;
		ws_log_info("reload done");
		if (app->on_reload_end) {
			app->on_reload_end();
		}
	}
}

static void manager_kill_at_deadline(manager *m)
{
	ws_app *app = m->app;
	for (uint32_t i = 0; i < app->nslots; i++) {
		ws_slot *s = &app->shm->slots[i];
		if (s->pid > 0) {
			kill_overdue(app, s, "stop", "");
		}
	}
}

/* Whether a control signal came to the manager from a process (kill()) other than the master:
 * the master acts on it, as on one sent to itself. Signals from the terminal (Ctrl+C reaches
 * the whole process group), the master's own and any once the master is gone (the parent-death
 * signal) are acted on here. */
static bool sent_past_the_master(ws_app *app, const siginfo_t *info)
{
	bool by_kill = info->si_code == SI_USER || info->si_code == SI_QUEUE;
	pid_t master = app->shm->master_pid;
	return by_kill && master > 0 && getppid() == master && info->si_pid != master &&
	       info->si_signo != SIGCHLD && ws_signal_action(info->si_signo) != WS_SIG_NONE;
}

/* wait (ms), shortened to the binding's next timer in this process. */
static int64_t timers_bound(ws_app *app, int64_t wait)
{
	int64_t t = app->timers_wait_ms ? app->timers_wait_ms() : -1;
	return t >= 0 && t < wait ? t : wait;
}

/* The master and the manager only wait and fork once they run: the pages of program and
 * library files they touched while the script started (most of PHP and every extension's
 * libraries) stay mapped in them for nothing. Unmap those of read-only private file mappings
 * holding no page of their own (a relocated, copy-on-write page is anonymous: such a mapping is
 * left alone), so the tree's PSS counts only what runs. The page cache keeps the pages (a
 * worker maps what it uses); touched again, one faults back in from there. */
static void drop_startup_file_pages(void)
{
	FILE *f = fopen("/proc/self/smaps", "re");
	if (!f) {
		return;
	}
	char line[512], perms[8];
	unsigned long lo = 0, hi = 0, anon;
	bool file = false;
	while (fgets(line, sizeof(line), f)) {
		char path = 0;
		unsigned long a, b;
		/* a mapping's line ("lo-hi perms offset dev inode path"), then its fields */
		if (sscanf(line, "%lx-%lx %7s %*s %*s %*s %c", &a, &b, perms, &path) >= 3) {
			lo = a;
			hi = b;
			file = path == '/' && perms[1] == '-' && perms[3] == 'p';
		} else if (file && sscanf(line, "Anonymous: %lu kB", &anon) == 1) {
			if (anon == 0) {
				madvise((void *) lo, hi - lo, MADV_DONTNEED);
			}
			file = false;
		}
	}
	fclose(f);
}

/* drop_startup_file_pages() once the script's timers in this process are all done: it takes
 * hundreds of ms on a loaded machine, and the faults after it more, which would make the
 * timers set before start() or in the start callbacks late (Swoole's run on time). *done says
 * whether it ran. */
static void drop_pages_when_no_timers(ws_app *app, bool *done)
{
	if (!*done && (!app->timers_wait_ms || app->timers_wait_ms() < 0)) {
		drop_startup_file_pages();
		*done = true;
	}
}

/* Returns a slot index in a new worker; never returns in the manager itself. */
static int manager_main(ws_app *app)
{
	if (app->set_title) {
		char title[64];
		snprintf(title, sizeof(title), "%s: manager process", ws_app_title_name(app));
		app->set_title(title);
	}
	close(app->events[0]);
	app->shm->manager_pid = getpid();
	manager m = {.app = app, .current = -1};
	m.queue = calloc(app->nslots ? app->nslots : 1, sizeof(uint32_t));
	for (uint32_t i = 0; i < app->nslots; i++) {
		if (spawn_worker(app, i) == 0) {
			free(m.queue);
			return (int) i;
		}
	}
	if (app->on_manager_start) {
		app->on_manager_start();
	}
	bool dropped = false;
	for (;;) {
		drop_pages_when_no_timers(app, &dropped);
		int64_t now = ws_now_ms();
		int64_t wait = m.current >= 0 ? 20 : 1000;
		for (uint32_t i = 0; i < app->nslots && !m.stopping; i++) {
			ws_slot *s = &app->shm->slots[i];
			if (s->pid == 0 && s->respawn_at_ms > 0) {
				if (s->respawn_at_ms <= now) {
					if (spawn_worker(app, i) == 0) {
						free(m.queue);
						return (int) i;
					}
				} else if (s->respawn_at_ms - now < wait) {
					wait = s->respawn_at_ms - now;
				}
			}
		}
		if (!m.stopping && (m.current >= 0 || m.queued > 0)) {
			manager_reload_step(&m);
		}
		if (m.stopping) {
			if (live_workers(app) == 0) {
				if (app->on_manager_stop) {
					app->on_manager_stop();
				}
				_exit(0);
			}
			if (now >= m.deadline) {
				manager_kill_at_deadline(&m);
				m.deadline = now + 1000;
			}
			wait = m.deadline - now < wait ? m.deadline - now : wait;
		}
		wait = timers_bound(app, wait);
		struct timespec ts = {wait / 1000, (wait % 1000) * 1000000};
		siginfo_t info;
		int sig = sigtimedwait(&control_set, &info, &ts);
		if (app->run_timers) {
			app->run_timers();
		}
		if (sig == SIGCHLD) {
			reap_workers(&m);
			continue;
		}
		if (sig > 0 && sent_past_the_master(app, &info) && kill(app->shm->master_pid, sig) == 0) {
			continue; /* a worker signalled its parent (webman's monitor reloads so) */
		}
		ws_sig_action action = ws_signal_action(sig);
		switch (action) {
		case WS_SIG_STOP:
		case WS_SIG_GRACEFUL_STOP:
			if (!m.stopping) {
				m.stopping = true;
				app->shm->stopping = 1;
				m.deadline = ws_now_ms() + (int64_t) (app->stop_timeout * 1000) + WS_KILL_GRACE_MS;
			}
			signal_workers(app, sig);
			break;
		case WS_SIG_RELOAD:
		case WS_SIG_GRACEFUL_RELOAD:
			if (!m.stopping) {
				ws_tls_reload_all(); /* new workers get the certificate files as they are now */
				if (m.current < 0 && m.queued == 0 && app->on_reload_begin) {
					app->on_reload_begin();
				}
				manager_reload(&m, ws_sig_is_graceful(action));
				manager_reload_step(&m); /* with nothing to replace, it is done at once */
			}
			break;
		case WS_SIG_REOPEN_LOG:
			ws_log_reopen();
			/* fall through */
		case WS_SIG_CONNECTIONS:
			signal_workers(app, sig);
			break;
		default:
			break; /* status: the master answers it */
		}
	}
}

/* ---- master ---- */

typedef struct master {
	ws_app *app;
	pid_t manager;
	int64_t manager_started;
	int64_t respawn_at;
	uint32_t quick_exits;
	bool stopping;
	int64_t deadline;
} master;

static pid_t spawn_manager(ws_app *app, int *slot)
{
	pid_t parent = getpid();
	pid_t pid = fork();
	if (pid < 0) {
		ws_log("fork of the manager failed: %s", strerror(errno));
		return 0;
	}
	if (pid == 0) {
		child_setup(app, SIGINT, parent);
		ws_log_set_process('$', 0);
		*slot = manager_main(app);
		return 0;
	}
	app->shm->manager_pid = pid; /* known to the master's start event already */
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

static void master_reap(master *ms)
{
	ws_app *app = ms->app;
	int status;
	pid_t pid;
	while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
		if (pid != ms->manager) {
			continue; /* an orphaned worker re-parented here: reaped, nothing else */
		}
		ms->manager = 0;
		app->shm->manager_pid = 0;
		if (ms->stopping) {
			continue;
		}
		char how[96];
		ws_describe_status(status, how, sizeof(how));
		int64_t t = ws_now_ms();
		ms->quick_exits = t - ms->manager_started < WS_QUICK_EXIT_MS ? ms->quick_exits + 1 : 0;
		ms->respawn_at = t + backoff_ms(ms->quick_exits) + 1;
		ws_log("the manager (pid %d) exited with %s; starting a new one", (int) pid, how);
		/* its workers die with it (parent-death signal): make sure, and free their slots */
		for (uint32_t i = 0; i < app->nslots; i++) {
			pid_t wp = app->shm->slots[i].pid;
			if (wp > 0) {
				kill(wp, SIGKILL);
			}
			app->shm->slots[i].pid = 0;
		}
	}
}

static void master_stop(master *ms, int sig)
{
	if (!ms->stopping) {
		if (!ws_log_is_swoole_format()) { /* Swoole logs nothing when it stops */
			ws_log_info("%s", ws_signal_what(ws_signal_action(sig)));
		}
		ms->stopping = true;
		ms->deadline =
		    ws_now_ms() + (int64_t) (ms->app->stop_timeout * 1000) + 2 * WS_KILL_GRACE_MS;
		if (ms->app->on_master_stop) {
			ms->app->on_master_stop();
		}
	}
	if (ms->manager > 0) {
		kill(ms->manager, sig);
	}
}

/* SIGUSR2 sent by hand: the status table goes to the log (and the terminal in the
 * foreground). The status command itself reads the status file and needs no signal. */
static void master_log_status(ws_app *app)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f) {
		return;
	}
	ws_status_render(app->shm, false, f);
	fclose(f);
	ws_log("status:\n%s", buf);
	free(buf);
}

static void master_events(master *ms)
{
	ws_exit_event ev;
	while (read(ms->app->events[0], &ev, sizeof(ev)) == (ssize_t) sizeof(ev)) {
		if (ms->app->on_worker_exit && ev.slot < ms->app->nslots) {
			const ws_slot *s = &ms->app->shm->slots[ev.slot];
			ms->app->on_worker_exit(s->group, s->id, ev.pid, ev.status);
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
	if (pipe2(app->events, O_CLOEXEC | O_NONBLOCK) < 0) {
		ws_log("cannot create the manager's event pipe: %s", strerror(errno));
		sigprocmask(SIG_SETMASK, &saved_mask, NULL);
		return -1;
	}
	int sfd = signalfd(-1, &control_set, SFD_CLOEXEC | SFD_NONBLOCK);
	master_sfd = sfd;
	if (app->set_title) {
		char title[4200];
		snprintf(title, sizeof(title), "%s: master process  start_file=%s", ws_app_title_name(app),
		         app->start_file);
		app->set_title(title);
	}

	int slot = -1;
	master ms = {.app = app};
	ms.manager = spawn_manager(app, &slot);
	if (slot >= 0) {
		return slot;
	}
	ms.manager_started = ws_now_ms();
	ms.respawn_at = ms.manager ? 0 : ws_now_ms() + 1000;
	if (app->on_master_start) {
		app->on_master_start();
	}
	bool dropped = false;
	for (;;) {
		drop_pages_when_no_timers(app, &dropped);
		int64_t now = ws_now_ms();
		if (!ms.stopping && ms.manager == 0 && ms.respawn_at > 0 && ms.respawn_at <= now) {
			ms.manager = spawn_manager(app, &slot);
			if (slot >= 0) {
				return slot;
			}
			ms.manager_started = now;
			ms.respawn_at = ms.manager ? 0 : now + 1000;
		}
		if (ms.stopping && ms.manager == 0) {
			break;
		}
		int64_t wait = 1000;
		if (ms.respawn_at > 0 && ms.respawn_at - now < wait) {
			wait = ms.respawn_at - now;
		}
		if (ms.stopping) {
			if (now >= ms.deadline) {
				ws_log("the manager did not stop within %.1f s: killing every process",
				       app->stop_timeout + 2 * WS_KILL_GRACE_MS / 1000.0);
				kill_everything(app, ms.manager);
				ms.deadline = now + 1000;
			}
			wait = ms.deadline - now < wait ? ms.deadline - now : wait;
		}
		wait = timers_bound(app, wait);
		struct pollfd pfd[2] = {{sfd, POLLIN, 0}, {app->events[0], POLLIN, 0}};
		int ready = poll(pfd, 2, (int) (wait < 0 ? 0 : wait));
		if (app->run_timers) {
			app->run_timers();
		}
		if (ready <= 0) {
			continue;
		}
		if (pfd[1].revents) {
			master_events(&ms);
		}
		struct signalfd_siginfo si;
		while (read(sfd, &si, sizeof(si)) == (ssize_t) sizeof(si)) {
			int sig = (int) si.ssi_signo;
			if (sig == SIGCHLD) {
				master_reap(&ms);
				continue;
			}
			if (sig == SIGPIPE) {
				ws_log("swoole_signal_callback() (ERRNO 721): Unable to find callback function "
				       "for signal %s: %d",
				       strsignal(sig), sig);
				continue;
			}
			ws_sig_action action = ws_signal_action(sig);
			switch (action) {
			case WS_SIG_STOP:
			case WS_SIG_GRACEFUL_STOP:
				master_stop(&ms, sig);
				break;
			case WS_SIG_RELOAD:
			case WS_SIG_GRACEFUL_RELOAD:
				if (!ms.stopping) {
					ws_log_info("%s", ws_signal_what(action));
					if (app->on_master_reload) {
						app->on_master_reload();
					}
					if (ms.manager > 0) {
						kill(ms.manager, sig);
					}
				}
				break;
			case WS_SIG_STATUS:
				if (ws_log_is_swoole_format()) {
					/* Swoole's SIGUSR2: reload the task workers only */
					app->shm->reload_only_task = 1;
					if (!ms.stopping && ms.manager > 0) {
						kill(ms.manager, ws_signal_of(WS_SIG_RELOAD));
					}
					break;
				}
				master_log_status(app);
				break;
			case WS_SIG_REOPEN_LOG:
				ws_log_reopen();
				/* fall through */
			case WS_SIG_CONNECTIONS:
				if (ms.manager > 0) {
					kill(ms.manager, sig);
				}
				break;
			default:
				break;
			}
		}
	}
	master_events(&ms); /* the last exits, for onWorkerExit */
	if (app->on_master_shutdown) {
		app->on_master_shutdown();
	}
	close(sfd);
	master_sfd = -1;
	close(app->events[0]);
	close(app->events[1]);
	sigprocmask(SIG_SETMASK, &saved_mask, NULL);
	return -1;
}
