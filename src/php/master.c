/* The master's and the manager's PHP side: onMasterReload, onMasterStop and onWorkerExit, the
 * Server events of those processes (start, shutdown, workerError in the master; managerStart,
 * managerStop, beforeReload, afterReload in the manager), and the warning about files loaded
 * before runAll() that changed on disk. These run synchronously in the wait loops, never in a
 * signal handler and never in a worker. */
#include "master.h"
#include "callback.h"
#include "server.h"
#include "server_event_object.h"
#include "timer.h"
#include "worker.h"
#include "core/log.h"
#include "core/process.h"

#include "zend_exceptions.h"
#include "zend_smart_str.h"

#include <sys/stat.h>
#include <sys/wait.h>

static zend_object **group_objs; /* the Worker of each group, owned by runAll() */
static HashTable loaded_files;   /* file name => mtime when the master started */
static bool master_ready;
static ws_app *the_app;
bool wserver_in_master;
zend_object *wserver_master_server;

/* A Server event of the master or the manager: event($server, args...). An exception is
 * logged; exit() in it is ignored (these processes must go on supervising). */
static void fire_server_event(const char *event, uint32_t argc, zval *argv)
{
	if (!wserver_master_server) {
		return;
	}
	wserver_server_obj *s = wserver_server_from(wserver_master_server);
	if (!wserver_server_event(s, event)) {
		return;
	}
	zend_object *obj = wserver_master_server;
	zend_update_property_long(wserver_server_ce, obj, ZEND_STRL("master_pid"),
	                          the_app->shm->master_pid);
	zend_update_property_long(wserver_server_ce, obj, ZEND_STRL("manager_pid"),
	                          the_app->shm->manager_pid);
	zval args[5];
	ZVAL_OBJ(&args[0], obj);
	for (uint32_t i = 0; i < argc && i < 4; i++) {
		ZVAL_COPY_VALUE(&args[i + 1], &argv[i]);
	}
	wserver_server_fire(s, event, argc + 1, args);
	if (EG(exception)) {
		if (zend_is_unwind_exit(EG(exception))) {
			ws_log("exit() in the %s event is ignored", event);
			zend_clear_exception();
		} else {
			wserver_log_exception(event);
		}
	}
}

static void on_master_start(void)
{
	fire_server_event("start", 0, NULL);
}

static void on_master_shutdown(void)
{
	fire_server_event("shutdown", 0, NULL);
}

static void on_manager_start(void)
{
	wserver_timer_supervisor_end(); /* a manager forked again: the master's timers are not its */
	fire_server_event("managerstart", 0, NULL);
}

static void on_manager_stop(void)
{
	fire_server_event("managerstop", 0, NULL);
}

static void on_reload_begin(void)
{
	fire_server_event("beforereload", 0, NULL);
}

static void on_reload_end(void)
{
	fire_server_event("afterreload", 0, NULL);
}

static void call_static_callback(const char *name, uint32_t argc, zval *argv)
{
	zval *cb = zend_read_static_property(wserver_worker_ce, name, strlen(name), 1);
	if (!cb || Z_TYPE_P(cb) == IS_NULL) {
		return;
	}
	zval rv;
	ZVAL_UNDEF(&rv);
	if (call_user_function(NULL, NULL, cb, &rv, argc, argv) != SUCCESS && !EG(exception)) {
		ws_log("%s is not callable", name);
	}
	zval_ptr_dtor(&rv);
	if (EG(exception)) {
		wserver_log_exception(name);
	}
}

/* Files the master loaded (the start file and what it required before runAll()). */
static void record_loaded_files(void)
{
	zend_hash_init(&loaded_files, 16, NULL, NULL, 0);
	zend_string *file;
	ZEND_HASH_FOREACH_STR_KEY(&EG(included_files), file) {
		struct stat st;
		if (file && stat(ZSTR_VAL(file), &st) == 0) {
			zval mtime;
			ZVAL_LONG(&mtime, (zend_long) st.st_mtime);
			zend_hash_update(&loaded_files, file, &mtime);
		}
	}
	ZEND_HASH_FOREACH_END();
}

static void warn_changed_files(void)
{
	smart_str changed = {0};
	zend_string *file;
	zval *mtime;
	ZEND_HASH_FOREACH_STR_KEY_VAL(&loaded_files, file, mtime) {
		struct stat st;
		if (stat(ZSTR_VAL(file), &st) == 0 && (zend_long) st.st_mtime != Z_LVAL_P(mtime)) {
			if (changed.s) {
				smart_str_appends(&changed, ", ");
			}
			smart_str_append(&changed, file);
		}
	}
	ZEND_HASH_FOREACH_END();
	if (changed.s) {
		smart_str_0(&changed);
		ws_log("reload: these files changed but were loaded before runAll(), so a reload does "
		       "not reload them (restart to): %s",
		       ZSTR_VAL(changed.s));
		smart_str_free(&changed);
	}
}

static void on_master_reload(void)
{
	warn_changed_files();
	call_static_callback("onMasterReload", 0, NULL);
}

static void on_master_stop(void)
{
	fire_server_event("beforeshutdown", 0, NULL);
	call_static_callback("onMasterStop", 0, NULL);
}

static void on_worker_exit(uint32_t group, uint32_t id, pid_t pid, int status)
{
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		/* workerError($server, $workerId, $workerPid, $exitCode, $signal) */
		zval err[4];
		if (wserver_master_server &&
		    wserver_server_from(wserver_master_server)->config.event_object) {
			/* workerError($server, StatusInfo $info) */
			wserver_event_object_status_info(&err[0], id, pid, status);
			fire_server_event("workererror", 1, err);
			zval_ptr_dtor(&err[0]);
		} else {
			ZVAL_LONG(&err[0], id);
			ZVAL_LONG(&err[1], pid);
			ZVAL_LONG(&err[2], WIFEXITED(status) ? WEXITSTATUS(status) : 0);
			ZVAL_LONG(&err[3], WIFSIGNALED(status) ? WTERMSIG(status) : 0);
			fire_server_event("workererror", 4, err);
		}
	}
	zval args[3];
	ZVAL_OBJ(&args[0], group_objs[group]);
	ZVAL_LONG(&args[1], status);
	ZVAL_LONG(&args[2], pid);
	call_static_callback("onWorkerExit", 3, args);
}

struct ws_shm *wserver_master_shm(void)
{
	return master_ready && the_app ? the_app->shm : NULL;
}

void wserver_master_prepare(ws_app *app, zend_object **objs)
{
	group_objs = objs;
	record_loaded_files();
	master_ready = true;
	wserver_in_master = true;
	app->on_master_reload = on_master_reload;
	app->on_master_stop = on_master_stop;
	app->on_worker_exit = on_worker_exit;
	app->on_master_start = on_master_start;
	app->on_master_shutdown = on_master_shutdown;
	app->on_manager_start = on_manager_start;
	app->on_manager_stop = on_manager_stop;
	app->on_reload_begin = on_reload_begin;
	app->on_reload_end = on_reload_end;
	app->timers_wait_ms = wserver_timer_supervisor_wait_ms;
	app->run_timers = wserver_timer_supervisor_run;
	the_app = app;
}

pid_t wserver_master_pid(void)
{
	return wserver_in_master && the_app ? the_app->shm->master_pid : 0;
}

void wserver_master_release(void)
{
	if (master_ready) {
		zend_hash_destroy(&loaded_files);
		master_ready = false;
	}
	wserver_in_master = false;
	wserver_timer_supervisor_end(); /* the master's or manager's timers are not a worker's */
	group_objs = NULL;
}
