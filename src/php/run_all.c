/* runAll(): the launcher of Worker::runAll() and Server::start(). It turns the command words
 * into stop, reload, status... or a start: the configuration of every Worker is checked
 * before anything is bound or forked, each Worker's sockets become a group, then it
 * daemonizes (-d) and runs the master (core/process.c); a forked worker goes on in
 * wserver_runtime_main(). */
#include "run_all.h"
#include "core/shm_usage.h"
#include "coro.h"
#include "timer.h"
#include "event.h"
#include "master.h"
#include "http_static.h"
#include "runtime.h"
#include "server.h"
#include "server_ipc.h"
#include "server_options.h"
#include "worker.h"
#include "core/cli.h"
#include "core/log.h"
#include "core/pidfile.h"
#include "core/process.h"
#include "core/privileges.h"
#include "php_wserver.h"

#include "SAPI.h"
#include "zend_ini.h"
#include "zend_exceptions.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static bool run_all_entered, daemon_mode;
static bool master_returned; /* this process was the master, and the server has stopped */

static void close_chain(ws_listener *l)
{
	for (; l; l = l->next) {
		ws_listener_close(l);
	}
}

/* The command words: Worker::$command when set, else $argv after the script. */
static int command_words(const char **words, int max, char *store, size_t storelen)
{
	int n = 0;
	const char *cmd = wserver_worker_static_string("command");
	if (*cmd) {
		snprintf(store, storelen, "%s", cmd);
		for (char *tok = strtok(store, " \t"); tok && n < max; tok = strtok(NULL, " \t")) {
			words[n++] = tok;
		}
		return n;
	}
	/* _ind: once the script reads $argv, its symbol table slot points to a compiled variable */
	zval *argv = zend_hash_str_find_ind(&EG(symbol_table), ZEND_STRL("argv"));
	if (argv) {
		ZVAL_DEREF(argv);
	}
	if (!argv || Z_TYPE_P(argv) != IS_ARRAY) {
		return 0;
	}
	zval *v;
	int i = 0;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(argv), v) {
		if (i++ > 0 && n < max && Z_TYPE_P(v) == IS_STRING) {
			words[n++] = Z_STRVAL_P(v);
		}
	}
	ZEND_HASH_FOREACH_END();
	return n;
}

static void start_file_path(char *out, size_t outlen)
{
	const char *p = SG(request_info).path_translated;
	char resolved[PATH_MAX];
	if (p && realpath(p, resolved)) {
		snprintf(out, outlen, "%s", resolved);
	} else {
		snprintf(out, outlen, "%s", p ? p : "-");
	}
}

/* Daemonize: returns 1 in the first process (it then exits with *code), 0 in the daemon.
 * The first process waits until the daemon reports it is up, so `start -d` returns when the
 * server is ready. */
static int daemonize(int *ready_fd, int *code)
{
	int pfd[2];
	if (pipe(pfd) < 0) {
		ws_cli_print("cannot daemonize: %s", strerror(errno));
		*code = 1;
		return 1;
	}
	pid_t pid = fork();
	if (pid < 0) {
		ws_cli_print("cannot daemonize: %s", strerror(errno));
		*code = 1;
		return 1;
	}
	if (pid > 0) {
		close(pfd[1]);
		char c = 0;
		ssize_t n;
		while ((n = read(pfd[0], &c, 1)) < 0 && errno == EINTR) {
		}
		close(pfd[0]);
		waitpid(pid, NULL, 0);
		*code = n == 1 && c == '1' ? 0 : 1;
		return 1;
	}
	close(pfd[0]);
	setsid();
	pid = fork();
	if (pid != 0) {
		_exit(pid < 0 ? 1 : 0); /* the session leader goes: the daemon can never get a tty */
	}
	umask(0);
	const char *out = wserver_worker_static_string("stdoutFile");
	int in = open("/dev/null", O_RDONLY);
	int o = open(*out ? out : "/dev/null", O_WRONLY | O_APPEND | O_CREAT, 0644);
	if (in >= 0) {
		dup2(in, STDIN_FILENO);
		close(in);
	}
	if (o >= 0) {
		dup2(o, STDOUT_FILENO);
		dup2(o, STDERR_FILENO);
		close(o);
	}
	*ready_fd = pfd[1];
	return 0;
}

static void daemon_ready(int *ready_fd, bool ok)
{
	if (*ready_fd >= 0) {
		if (write(*ready_fd, ok ? "1" : "0", 1) < 0) {
		}
		close(*ready_fd);
		*ready_fd = -1;
	}
}

static void close_listeners(ws_group *groups, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		close_chain(groups[i].listener);
	}
}

/* $user and $group: resolved here, in the master, so that a wrong name stops the start; only
 * root can switch users, anyone else runs on as itself (said once on the terminal). */
static zend_result check_user(zend_object *obj, const char *script)
{
	wserver_worker_obj *o = wserver_worker_from(obj);
	zval *user = WPROP(obj, WP_USER), *group = WPROP(obj, WP_GROUP);
	const char *name = Z_TYPE_P(user) == IS_STRING ? Z_STRVAL_P(user) : "";
	const char *gname = Z_TYPE_P(group) == IS_STRING ? Z_STRVAL_P(group) : "";
	o->drop_privileges = false;
	if (!*name) {
		if (*gname) {
			ws_cli_print("WServer[%s] group \"%s\" ignored: it needs a user as well", script,
			             gname);
		}
		return SUCCESS;
	}
	if (geteuid() != 0) {
		ws_cli_print("WServer[%s] user \"%s\" ignored: not started as root", script, name);
		return SUCCESS;
	}
	char err[256];
	if (ws_privileges_lookup(name, gname, &o->uid, &o->gid, err, sizeof(err)) != WS_OK) {
		ws_cli_print("WServer[%s] cannot start: %s", script, err);
		return FAILURE;
	}
	o->drop_privileges = true;
	return SUCCESS;
}

/* ---- runAll: the configuration is checked before anything is bound or forked ---- */

/* A mistake found before runAll() by a Server's start() or set(): start reports the first one.
 * Kept until then, so that stop, status... still work with such a script. */
static char config_error[512];
/* Worker::$logFile was not set: its default, beside the script, may fail without stopping us */
static bool log_file_default;

void wserver_run_all_config_error(const char *fmt, ...)
{
	if (config_error[0]) {
		return;
	}
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(config_error, sizeof(config_error), fmt, ap);
	va_end(ap);
}

/* The name of a setting as the script wrote it: a Server's set() option, else Worker's. */
static const char *setting_name(const char *worker_name, const char *server_option)
{
	return wserver_master_server ? server_option : worker_name;
}

/* The config of the Server being started; NULL under Worker::runAll(). */
static const wserver_server_config *server_config(void)
{
	return wserver_master_server ? wserver_server_config_of(wserver_master_server) : NULL;
}

/* A file the Server's set() names, else Worker's static property. */
static const char *file_setting(zend_string *server_option, const char *worker_static)
{
	return server_option ? ZSTR_VAL(server_option) : wserver_worker_static_string(worker_static);
}

static const char *pid_file_setting(void)
{
	const wserver_server_config *cfg = server_config();
	return file_setting(cfg ? cfg->pid_file : NULL, "pidFile");
}

static const char *log_file_setting(void)
{
	const wserver_server_config *cfg = server_config();
	return file_setting(cfg ? cfg->log_file : NULL, "logFile");
}

double wserver_run_all_stop_timeout(void)
{
	const wserver_server_config *cfg = server_config();
	if (cfg && cfg->max_wait_time >= 0) {
		return cfg->max_wait_time;
	}
	zval *timeout = wserver_worker_static("stopTimeout");
	return timeout ? zval_get_double(timeout) : 2.0;
}

double wserver_run_all_drain_delay(void)
{
	zval *delay = wserver_worker_static("drainDelay");
	return delay ? zval_get_double(delay) : 0.;
}

/* Whether cb names a method of a class that is not loaded ("Events::onMessage" or
 * ['Events', 'onMessage']). */
static bool class_not_loaded(zval *cb)
{
	zend_string *cls = NULL;
	if (Z_TYPE_P(cb) == IS_STRING) {
		const char *sep = strstr(Z_STRVAL_P(cb), "::");
		if (sep) {
			cls = zend_string_init(Z_STRVAL_P(cb), (size_t) (sep - Z_STRVAL_P(cb)), 0);
		}
	} else if (Z_TYPE_P(cb) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(cb)) == 2) {
		zval *c = zend_hash_index_find(Z_ARRVAL_P(cb), 0);
		if (c && Z_TYPE_P(c) == IS_STRING) {
			cls = zend_string_copy(Z_STR_P(c));
		}
	}
	if (!cls) {
		return false;
	}
	bool loaded = zend_lookup_class_ex(cls, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD) != NULL;
	zend_string_release(cls);
	return !loaded;
}

/* Whether cb is null (not set) or callable; else why not in why. A class that is not loaded
 * yet is not autoloaded for this: the master would keep it, and a reload could not replace
 * it (its workers load it); only the form of such a callback is checked. */
static bool callable_or_null(zval *cb, char *why, size_t whylen)
{
	if (Z_TYPE_P(cb) == IS_NULL) {
		return true;
	}
	char *error = NULL;
	uint32_t flags = class_not_loaded(cb) ? IS_CALLABLE_CHECK_SYNTAX_ONLY : 0;
	bool ok = zend_is_callable_ex(cb, NULL, flags, NULL, NULL, &error);
	snprintf(why, whylen, "%s", error ? error : "not a callable");
	if (error) {
		efree(error);
	}
	return ok;
}

/* $staticHandler: the Worker's static file handler, made here, before the workers fork. */
static bool check_static_handler(zend_object *obj, const char *who, char *err, size_t errlen)
{
	wserver_worker_obj *o = wserver_worker_from(obj);
	zval rv, *opts = zend_read_property(obj->ce, obj, ZEND_STRL("staticHandler"), 1, &rv);
	wserver_http_static_free(o->static_files);
	o->static_files = NULL;
	if (!opts || Z_TYPE_P(opts) != IS_ARRAY) {
		return true;
	}
	char why[400];
	o->static_files = wserver_http_static_new(Z_ARRVAL_P(opts), false, why, sizeof(why));
	if (why[0]) {
		snprintf(err, errlen, "%s: staticHandler: %s", who, why);
		return false;
	}
	return true;
}

/* One Worker's socket, count and callbacks. false with the problem in err. */
static bool check_worker(zend_object *obj, char *err, size_t errlen)
{
	wserver_worker_obj *o = wserver_worker_from(obj);
	zval *name = WPROP(obj, WP_NAME), *socket = WPROP(obj, WP_SOCKET);
	char who[160];
	if (o->of_server) {
		snprintf(who, sizeof(who), "%s", Z_STRVAL_P(name));
	} else {
		snprintf(who, sizeof(who), "Worker \"%s\"", Z_STRVAL_P(name));
	}
	/* a user protocol class may exist by now (defined or autoloadable after new Worker) */
	if (o->socket_error && !wserver_worker_parse_socket(obj, Z_STR_P(socket))) {
		snprintf(err, errlen, "%s: %s", who, ZSTR_VAL(o->socket_error));
		return false;
	}
	zend_long count = Z_LVAL_P(WPROP(obj, WP_COUNT));
	if (count < 1 || count > 4096) {
		snprintf(err, errlen, "%s: %s must be between 1 and 4096, " ZEND_LONG_FMT " given", who,
		         setting_name("count", o->task ? "task_worker_num" : "worker_num"), count);
		return false;
	}
	char tls_err[600];
	if (!wserver_worker_prepare_tls(obj, tls_err, sizeof(tls_err))) {
		snprintf(err, errlen, "%s: %s", who, tls_err);
		return false;
	}
	for (int p = WP_ON_WORKER_START; p < WP_LAST; p++) {
		if (p > WP_ON_WEBSOCKET_CONNECTED && p < WP_ON_WEBSOCKET_PING) {
			continue; /* user, group */
		}
		if (p == WP_WEBSOCKET_COMPRESSION) {
			break;
		}
		char why[256];
		if (!callable_or_null(WPROP(obj, p), why, sizeof(why))) {
			snprintf(err, errlen, "%s: %s is not callable: %s", who, wserver_worker_prop_names[p],
			         why);
			return false;
		}
	}
	return o->of_server || check_static_handler(obj, who, err, errlen);
}

/* Whether the master can open path for appending, creating it: tried without leaving a file. */
static bool can_append(const char *path)
{
	if (access(path, F_OK) < 0) {
		return ws_pidfile_probe(path) == WS_OK; /* a temp file beside it, removed */
	}
	int fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC);
	if (fd < 0) {
		return false;
	}
	close(fd);
	return true;
}

/* The static settings and the files. false with the problem in err. */
static bool check_settings(ws_app *app, bool daemon, char *err, size_t errlen)
{
	if (config_error[0]) {
		snprintf(err, errlen, "%s", config_error);
		return false;
	}
	static const char *const statics[] = {"onMasterReload", "onMasterStop", "onWorkerExit"};
	for (size_t i = 0; i < sizeof(statics) / sizeof(statics[0]); i++) {
		char why[256];
		zval *cb = wserver_worker_static(statics[i]);
		if (cb && !callable_or_null(cb, why, sizeof(why))) {
			snprintf(err, errlen, "Worker::$%s is not callable: %s", statics[i], why);
			return false;
		}
	}
	double stop_timeout = wserver_run_all_stop_timeout();
	if (!isfinite(stop_timeout) || stop_timeout < 0) {
		snprintf(err, errlen, "%s must be 0 or more seconds, %g given",
		         setting_name("Worker::$stopTimeout", "max_wait_time"), stop_timeout);
		return false;
	}
	double drain_delay = wserver_run_all_drain_delay();
	double effective_timeout = stop_timeout > 0 ? stop_timeout : 2.0;
	if (!isfinite(drain_delay) || drain_delay < 0 ||
	    (drain_delay > 0 && drain_delay >= effective_timeout)) {
		snprintf(err, errlen,
		         "Worker::$drainDelay must be 0 or more seconds and less than %s (%g), %g given",
		         setting_name("Worker::$stopTimeout", "max_wait_time"), effective_timeout,
		         drain_delay);
		return false;
	}
	zend_long max_request = zval_get_long(wserver_worker_static("maxRequest"));
	if (max_request < 0) {
		snprintf(err, errlen,
		         "Worker::$maxRequest must be 0 (no limit) or more, " ZEND_LONG_FMT " given",
		         max_request);
		return false;
	}
	/* each worker starts as a copy of this process, and its limit may be drawn 10 % lower */
	zend_long max_memory = zval_get_long(wserver_worker_static("maxMemory"));
	long pages = 0, rss = 0;
	FILE *f = fopen("/proc/self/statm", "r");
	if (f) {
		if (fscanf(f, "%ld %ld", &pages, &rss) != 2) {
			rss = 0;
		}
		fclose(f);
	}
	double held = (double) rss * (double) sysconf(_SC_PAGESIZE);
	if (max_memory < 0 || (max_memory > 0 && (double) max_memory * 0.9 <= held)) {
		snprintf(err, errlen,
		         "Worker::$maxMemory is " ZEND_LONG_FMT " bytes: it must be 0 (no limit) or well "
		         "over the %.0f MB a worker holds at start",
		         max_memory, held / (1 << 20));
		return false;
	}
	const char *pid_name = setting_name("Worker::$pidFile", "pid_file");
	if (ws_pidfile_probe(app->pid_file) != WS_OK) {
		snprintf(err, errlen, "%s %s cannot be written: %s", pid_name, app->pid_file,
		         strerror(errno));
		return false;
	}
	if (ws_pidfile_probe(app->status_file) != WS_OK) {
		snprintf(err, errlen, "Worker::$statusFile %s cannot be written: %s", app->status_file,
		         strerror(errno));
		return false;
	}
	const char *log = log_file_setting();
	if (!can_append(log)) {
		if (!log_file_default) {
			snprintf(err, errlen, "%s %s cannot be opened: %s",
			         setting_name("Worker::$logFile", "log_file"), log, strerror(errno));
			return false;
		}
		ws_cli_print("WServer note: the default log file %s cannot be opened (%s): set "
		             "Worker::$logFile",
		             log, strerror(errno));
	}
	const char *out = wserver_worker_static_string("stdoutFile");
	if (daemon && *out && !can_append(out)) {
		snprintf(err, errlen, "Worker::$stdoutFile %s cannot be opened: %s", out, strerror(errno));
		return false;
	}
	return true;
}

/* Every check before the sockets are bound; prints the first problem. */
static bool check_config(HashTable *workers, ws_app *app, bool daemon, const char *script)
{
	char err[1024];
	zval *zv;
	ZEND_HASH_FOREACH_VAL(workers, zv) {
		if (!check_worker(Z_OBJ_P(zv), err, sizeof(err))) {
			ws_cli_print("WServer[%s] cannot start: %s", script, err);
			return false;
		}
	}
	ZEND_HASH_FOREACH_END();
	if (!check_settings(app, daemon, err, sizeof(err))) {
		ws_cli_print("WServer[%s] cannot start: %s", script, err);
		return false;
	}
	ZEND_HASH_FOREACH_VAL(workers, zv) {
		if (check_user(Z_OBJ_P(zv), script) != SUCCESS) {
			return false;
		}
	}
	ZEND_HASH_FOREACH_END();
	return true;
}

/* Bind every socket, fill groups. Returns the number of slots, or -1 (message printed). */
static int prepare_groups(HashTable *workers, ws_group *groups, zend_object **objs,
                          const char *script)
{
	uint32_t i = 0, slots = 0;
	zval *zv;
	ZEND_HASH_FOREACH_VAL(workers, zv) {
		zend_object *obj = Z_OBJ_P(zv);
		wserver_worker_obj *o = wserver_worker_from(obj);
		ws_group *g = &groups[i];
		zval *name = WPROP(obj, WP_NAME);
		memset(g, 0, sizeof(*g));
		objs[i] = obj;
		g->count = (uint32_t) Z_LVAL_P(WPROP(obj, WP_COUNT)); /* checked by check_worker() */
		snprintf(g->name, sizeof(g->name), "%s",
		         Z_TYPE_P(name) == IS_STRING ? Z_STRVAL_P(name) : "none");
		g->reloadable = zend_is_true(WPROP(obj, WP_RELOADABLE));
		g->task = o->task;
		/* a Server's processes: as Swoole's manager, a new one at once however soon one ends */
		g->respawn_at_once = o->of_server;
		g->first_slot = slots;
		slots += g->count;
		if (o->has_listener) {
			g->listener = &o->listener;
			const ws_proto *codec = wserver_worker_protocol_codec(obj);
			if (codec) {
				o->listener.proto = codec;
			}
		}
		bool reuse_port = zend_is_true(WPROP(obj, WP_REUSE_PORT));
		for (ws_listener *l = g->listener; l; l = l->next) {
			l->reuse_port = reuse_port;
			if (l->fd >= 0 && l->transport != WS_TRANSPORT_UDP) {
				listen(l->fd, l->backlog); /* bound before (Server's constructor): its backlog */
			}
			if (l->fd < 0 && ws_listener_bind(l) != WS_OK) {
				ws_cli_print("WServer[%s] failed to listen on %s: %s", script, l->name,
				             strerror(errno));
				close_listeners(groups, i + 1);
				return -1;
			}
			if (l->reuse_port) {
				/* the bind only proved the port free: a socket of the group that nobody
				 * accepts on would get its share of connections. Each worker binds its own. */
				ws_listener_close(l);
			}
		}
		i++;
	}
	ZEND_HASH_FOREACH_END();
	return (int) slots;
}

/* Raise the open-files limit as far as allowed; returns the effective limit. */
static long raise_open_files(void)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) < 0) {
		return -1;
	}
	if (rl.rlim_cur < rl.rlim_max) {
		rlim_t want = rl.rlim_max;
		rl.rlim_cur = want;
		if (setrlimit(RLIMIT_NOFILE, &rl) < 0) {
			getrlimit(RLIMIT_NOFILE, &rl);
		}
	}
	return rl.rlim_cur == RLIM_INFINITY ? -1 : (long) rl.rlim_cur;
}

static void fill_slots(ws_app *app)
{
	ws_shm *shm = app->shm;
	snprintf(shm->version, sizeof(shm->version), "%s", PHP_WSERVER_VERSION);
	snprintf(shm->event_loop, sizeof(shm->event_loop), "libev %d.%d %s", ev_version_major(),
	         ev_version_minor(), wserver_backend_name());
	shm->open_files = raise_open_files();
	shm->shared = ws_shm_usage_get();
	shm->ngroups = app->ngroups < WS_MAX_GROUPS ? app->ngroups : WS_MAX_GROUPS;
	for (uint32_t g = 0; g < shm->ngroups; g++) {
		snprintf(shm->groups[g].name, sizeof(shm->groups[g].name), "%s", app->groups[g].name);
		snprintf(shm->groups[g].socket, sizeof(shm->groups[g].socket), "%s",
		         app->groups[g].listener ? app->groups[g].listener->name : "none");
		shm->groups[g].count = app->groups[g].count;
		shm->groups[g].task = app->groups[g].task;
	}
	for (uint32_t g = 0; g < app->ngroups; g++) {
		for (uint32_t k = 0; k < app->groups[g].count; k++) {
			ws_slot *s = &app->shm->slots[app->groups[g].first_slot + k];
			s->group = g;
			s->id = k;
		}
	}
}

/* Swoole writes no pid file unless asked and lets a script run as many servers as it has
 * ports: a Server with no pid_file of its own, started while another master of the same script
 * runs, keeps its pid and status files apart (named after its own pid) instead of refusing. */
static bool second_server_instance(ws_app *app)
{
	if (!wserver_master_server || *pid_file_setting()) {
		return false;
	}
	/* its port bound by the constructor: another server, not this one run twice */
	zend_object *w = wserver_server_from(wserver_master_server)->worker;
	if (!w || wserver_worker_from(w)->listener.fd < 0) {
		return false;
	}
	snprintf(app->pid_file, sizeof(app->pid_file), "%s.%d.pid", app->start_file, (int) getpid());
	snprintf(app->status_file, sizeof(app->status_file), "%s.%d.status", app->start_file,
	         (int) getpid());
	return true;
}

static int run_start(const char *script, ws_app *app, bool daemon)
{
	pid_t pid;
	ws_pidfile_state state = ws_pidfile_check(app->pid_file, script, &pid);
	switch (state) {
	case WS_PIDFILE_RUNNING:
		if (!second_server_instance(app)) {
			ws_cli_print("WServer[%s] already running (pid %d)", script, (int) pid);
			return 1;
		}
		break;
	case WS_PIDFILE_GONE:
	case WS_PIDFILE_NOT_OURS:
		ws_cli_print("WServer[%s] removing stale pid file %s: pid %d %s", script, app->pid_file,
		             (int) pid, state == WS_PIDFILE_GONE ? "is gone" : "is not a wserver master");
		ws_pidfile_remove_stale(app->pid_file, pid);
		break;
	case WS_PIDFILE_ABSENT:
		break;
	}
	HashTable *workers = wserver_worker_all();
	uint32_t ngroups = workers ? zend_hash_num_elements(workers) : 0;
	if (ngroups > WS_MAX_GROUPS) {
		ws_cli_print("WServer[%s] at most %d Workers per script", script, WS_MAX_GROUPS);
		return 1;
	}
	/* Swoole's timers made at the top of the script move into the master (below); coroutines
	 * cannot */
	if (wserver_event_loop_pending() && wserver_coro_live() > 0) {
		ws_cli_print("WServer[%s] a go() at the top of the script made a loop of its own: call "
		             "WServer\\Event::wait() before runAll(), or start coroutines in callbacks",
		             script);
		return 1;
	}
	if (ngroups == 0) {
		ws_cli_print("WServer[%s] no Worker to run: create one before runAll()", script);
		return 1;
	}
	if (!check_config(workers, app, daemon, script)) {
		return 1;
	}
	wserver_run_all_event_loop_class(NULL);
	ws_group *groups = ecalloc(ngroups, sizeof(ws_group));
	zend_object **objs = ecalloc(ngroups, sizeof(zend_object *));
	int code = 1, ready_fd = -1;
	int nslots = prepare_groups(workers, groups, objs, script);
	if (nslots < 0) {
		goto out;
	}
	app->groups = groups;
	app->ngroups = ngroups;
	app->nslots = (uint32_t) nslots;
	daemon_mode = daemon;
	if (daemon && daemonize(&ready_fd, &code)) {
		close_listeners(groups, ngroups);
		if (code == 0) {
			ws_cli_print("WServer[%s] started as a daemon, master pid %d", script,
			             (int) ws_pidfile_alive(app->pid_file, script));
		}
		goto out;
	}
	/* as Swoole: a Server's log_file takes the lines stderr would show */
	const wserver_server_config *cfg = server_config();
	ws_log_set_level(cfg ? (int) cfg->log_level : WS_LOG_INFO);
	/* as Swoole: a Server says nothing on stderr about starting, stopping, reloading */
	ws_log_set_stderr_level(wserver_master_server ? WS_LOG_WARNING : 0);
	ws_log_open(log_file_setting(), !daemon && !(cfg && cfg->log_file));
	app->pid_fd = ws_pidfile_write(app->pid_file);
	app->shm = app->pid_fd >= 0 ? ws_stats_create(app->status_file, app->nslots) : NULL;
	if (!app->shm) {
		ws_log("WServer[%s] cannot start: %s %s: %s", script,
		       app->pid_fd < 0 ? "pid file" : "status file",
		       app->pid_fd < 0 ? app->pid_file : app->status_file, strerror(errno));
		daemon_ready(&ready_fd, false);
		close_listeners(groups, ngroups);
		if (app->pid_fd >= 0) {
			ws_pidfile_remove(app->pid_file, app->pid_fd);
		}
		goto out;
	}
	fill_slots(app);
	wserver_ipc_prepare(app->nslots, app->shm->open_files);
	/* Swoole logs nothing when it starts: under its names (its log format), neither do we */
	bool quiet_start = ws_log_is_swoole_format();
	if (!quiet_start) {
		ws_log_info("WServer[%s] start: %u worker process(es), master pid %d, libev %s", script,
		            app->nslots, (int) getpid(), wserver_backend_name());
	}
	zend_string *idle = wserver_master_server && !quiet_start
	                        ? wserver_server_options_without_effect(wserver_master_server)
	                        : NULL;
	if (idle) {
		ws_log_info("WServer[%s] options kept in $setting without effect here: %s", script,
		            ZSTR_VAL(idle));
		zend_string_release(idle);
	}
	daemon_ready(&ready_fd, true);

	if (wserver_event_loop_pending()) {
		wserver_timer_to_master();
		wserver_event_loop_drop();
	}
	wserver_master_prepare(app, objs);
	int slot = ws_master_run(app);
	master_returned = slot < 0;
	wserver_master_release();
	if (slot >= 0) {
		code = wserver_runtime_main(app, objs, slot);
	} else {
		wserver_ipc_release();
		close_listeners(groups, ngroups);
		unlink(app->status_file);
		ws_pidfile_remove(app->pid_file, app->pid_fd);
		if (!ws_log_is_swoole_format()) { /* Swoole logs nothing when it stops */
			ws_log_info("WServer[%s] stopped", script);
		}
		code = 0;
	}
	ws_stats_close(app->shm);
	ws_log_close();
out:
	efree(groups);
	efree(objs);
	return code;
}

/* Whether wserver.aliases (a comma-separated list, aliases.c) names word. */
static bool aliases_name(const char *word)
{
	const char *list = zend_ini_string("wserver.aliases", sizeof("wserver.aliases") - 1, 0);
	size_t n = strlen(word);
	while (list && *list) {
		list += strspn(list, " \t,");
		size_t len = strcspn(list, " \t,");
		if (len == n && strncasecmp(list, word, n) == 0) {
			return true;
		}
		list += len;
	}
	return false;
}

void wserver_run_all_event_loop_class(zend_object *worker)
{
	zval rv, *own = worker ? zend_read_property(worker->ce, worker, ZEND_STRL("eventLoop"), 1, &rv)
	                       : NULL;
	zval *cls = wserver_worker_static("eventLoopClass");
	zval name;
	if (own && Z_TYPE_P(own) == IS_STRING && Z_STRLEN_P(own) > 0) {
		ZVAL_COPY(&name, own);
	} else if (cls && Z_TYPE_P(cls) == IS_STRING && Z_STRLEN_P(cls) > 0) {
		return;
	} else {
		/* Workerman's default without ext-event; the loop is ours whatever the name */
		ZVAL_STRING(&name, aliases_name("workerman") ? "Workerman\\Events\\Select"
		                                             : "WServer\\Events\\Loop");
	}
	zend_update_static_property(wserver_worker_ce, ZEND_STRL("eventLoopClass"), &name);
	zval_ptr_dtor(&name);
}

static int run_all(void)
{
	/* static: what it points to stays reachable from a coroutine's own C stack (a fatal error
	 * there checks for leaks before the bailout, and the main stack is not scanned then) */
	static ws_app app;
	memset(&app, 0, sizeof(app));
	app.pid_fd = -1;
	app.set_title = wserver_runtime_set_title;
	/* with Workerman's names, its process titles too (webman's monitor looks for them) */
	app.title_name = aliases_name("workerman") ? "WorkerMan" : "WServer";
	start_file_path(app.start_file, sizeof(app.start_file));
	char script_buf[4096];
	snprintf(script_buf, sizeof(script_buf), "%s", app.start_file);
	const char *script = basename(script_buf);

	const char *words[16];
	char store[1024];
	int n = command_words(words, 16, store, sizeof(store));
	ws_cmd cmd;
	char err[256];
	if (n == 0 || ws_cli_parse(n, words, &cmd, err, sizeof(err)) != WS_OK) {
		if (n > 0) {
			ws_cli_print("WServer[%s] %s", script, err);
		}
		ws_cli_usage(script);
		return 1;
	}
	const char *pid_file = pid_file_setting();
	if (*pid_file) {
		snprintf(app.pid_file, sizeof(app.pid_file), "%s", pid_file);
	} else {
		snprintf(app.pid_file, sizeof(app.pid_file), "%s.pid", app.start_file);
	}
	log_file_default = !*log_file_setting();
	if (log_file_default) {
		char dir[4096];
		snprintf(dir, sizeof(dir), "%s", app.start_file);
		zval path;
		ZVAL_STR(&path, zend_strpprintf(0, "%s/wserver.log", dirname(dir)));
		zend_update_static_property(wserver_worker_ce, ZEND_STRL("logFile"), &path);
		zval_ptr_dtor(&path);
	}
	const char *status_file = wserver_worker_static_string("statusFile");
	if (*status_file) {
		snprintf(app.status_file, sizeof(app.status_file), "%s", status_file);
	} else {
		snprintf(app.status_file, sizeof(app.status_file), "%s.status", app.start_file);
	}
	app.stop_timeout = wserver_run_all_stop_timeout();
	if (app.stop_timeout <= 0) {
		app.stop_timeout = 2.0;
	}
	zval *daemonize_prop = wserver_worker_static("daemonize");
	const wserver_server_config *cfg = server_config();
	bool daemon =
	    cmd.daemon || (cfg && cfg->daemonize >= 0 ? cfg->daemonize > 0
	                                              : daemonize_prop && zend_is_true(daemonize_prop));

	switch (cmd.kind) {
	case WS_CMD_STOP:
		return ws_cli_stop(app.pid_file, script, cmd.graceful, app.stop_timeout, false);
	case WS_CMD_RELOAD:
		return ws_cli_reload(app.pid_file, app.status_file, script, cmd.graceful, app.stop_timeout);
	case WS_CMD_STATUS:
		return ws_cli_status(app.pid_file, app.status_file, script, cmd.json, cmd.daemon);
	case WS_CMD_CONNECTIONS:
		return ws_cli_connections(app.pid_file, app.status_file, script);
	case WS_CMD_RESTART:
		if (ws_pidfile_alive(app.pid_file, script) &&
		    ws_cli_stop(app.pid_file, script, cmd.graceful, app.stop_timeout, true) != 0) {
			return 1;
		}
		return run_start(script, &app, daemon);
	case WS_CMD_START:
		return run_start(script, &app, daemon);
	}
	return 1;
}

bool wserver_run_all(const char *who, bool return_in_master)
{
	if (run_all_entered) {
		zend_throw_error(NULL, "%s can only be called once", who);
		return false;
	}
	run_all_entered = true;
	int code = run_all();
	if (EG(exception)) {
		return false;
	}
	if (return_in_master && master_returned && code == 0) {
		return true; /* as Swoole's start(): the master goes on with the script */
	}
	/* like exit(): code after runAll() never runs, shutdown functions and destructors do */
	EG(exit_status) = code;
	zend_throw_unwind_exit();
	return false;
}

bool wserver_run_all_entered(void)
{
	return run_all_entered;
}

bool wserver_run_all_daemon(void)
{
	return daemon_mode;
}

void wserver_run_all_rshutdown(void)
{
	config_error[0] = 0;
}
