/* The master's PHP side: onMasterReload, onMasterStop and onWorkerExit, and the warning about
 * files loaded before runAll() that changed on disk. These run synchronously in the master's
 * wait loop, never in a signal handler and never in a worker. */
#include "binding.h"
#include "core/log.h"
#include "core/process.h"

#include <sys/stat.h>

static zend_object **group_objs; /* the Worker of each group, owned by runAll() */
static HashTable loaded_files;   /* file name => mtime when the master started */
static bool master_ready;
bool wserver_in_master;

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
	call_static_callback("onMasterStop", 0, NULL);
}

static void on_worker_exit(uint32_t group, uint32_t id, pid_t pid, int status)
{
	(void) id;
	zval args[3];
	ZVAL_OBJ(&args[0], group_objs[group]);
	ZVAL_LONG(&args[1], status);
	ZVAL_LONG(&args[2], pid);
	call_static_callback("onWorkerExit", 3, args);
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
}

void wserver_master_release(void)
{
	if (master_ready) {
		zend_hash_destroy(&loaded_files);
		master_ready = false;
	}
	wserver_in_master = false;
	group_objs = NULL;
}
