/* WServer\Event and the script's own loop outside a server. A go() at the top of a script
 * makes the loop and starts its coroutine at once; whatever suspends goes on when the script
 * ends, as in Swoole (a shutdown function runs Event::wait()). Coroutine\run() uses the same
 * loop, made and run in one call. */
#include "event.h"
#include "coro.h"
#include "exception.h"
#include "master.h"
#include "runtime.h"
#include "timer.h"
#include "core/log.h"

#include "ext/standard/basic_functions.h"
#include "zend_exceptions.h"

#include "stubs/event_arginfo.h"

static struct ev_loop *script_loop; /* NULL: none */
static bool pending;                /* made by a top-level go(), not run yet */
static bool was_stderr;             /* the log's stderr setting before the loop */
static const char *loop_owner;      /* who made the loop, for log lines */

bool wserver_event_loop_pending(void)
{
	return pending;
}

/* At the end of the script: WServer\Event::wait(). */
static void run_at_shutdown(void)
{
	php_shutdown_function_entry entry;
	zval callable;
	ZVAL_STRING(&callable, "WServer\\Event::wait");
	if (zend_fcall_info_init(&callable, 0, &entry.fci, &entry.fci_cache, NULL, NULL) == SUCCESS) {
		Z_TRY_ADDREF(entry.fci.function_name);
		append_user_shutdown_function(&entry);
	}
	zval_ptr_dtor(&callable);
}

bool wserver_event_loop_begin(const char *who, bool implicit)
{
	if (wserver_in_master) {
		zend_throw_exception_ex(wserver_exception_ce, 0, "%s cannot run in the master process",
		                        who);
		return false;
	}
	loop_owner = implicit ? "WServer\\Event::wait()" : who;
	script_loop = ev_loop_new(EVFLAG_AUTO);
	if (!script_loop) {
		zend_throw_exception(wserver_exception_ce, "Cannot create an event loop", 0);
		return false;
	}
	/* no log file outside a server: what a coroutine lets escape goes to stderr */
	was_stderr = ws_log_get_stderr();
	ws_log_set_stderr(true);
	wserver_runtime_enter(script_loop);
	wserver_coro_break_when_done(true);
	if (implicit) {
		pending = true;
		run_at_shutdown();
	}
	return true;
}

bool wserver_event_loop_wait(bool *exited)
{
	bool all_done = true, canceled = false;
	pending = false;
	/* a timer is work to come too (Swoole's Timer at the top of a script) */
	while ((wserver_coro_live() > 0 || wserver_timer_count() > 0) && !wserver_runtime_exiting()) {
		ev_run(script_loop, 0); /* until the last coroutine ends, or no watcher is left */
		if (wserver_runtime_exiting() || canceled) {
			break; /* still stuck after the cancel: destroyed below */
		}
		if (wserver_coro_live() == 0) {
			continue; /* the last coroutine ended: timers may be left */
		}
		/* no watcher left: what is still live waits for something that never comes */
		ws_log("%s: %u coroutine(s) wait with nothing left to wake them: their waits are "
		       "canceled",
		       loop_owner, wserver_coro_live());
		all_done = false;
		canceled = true;
		wserver_coro_cancel_waits();
	}
	wserver_coro_break_when_done(false);
	wserver_coro_shutdown();
	wserver_timer_shutdown();
	ev_loop_destroy(script_loop);
	script_loop = NULL;
	*exited = wserver_runtime_leave();
	ws_log_set_stderr(was_stderr);
	return all_done;
}

void wserver_event_loop_drop(void)
{
	pending = false; /* Event::wait() at the end of the script finds nothing to run */
	wserver_coro_break_when_done(false);
	wserver_coro_shutdown();
	ev_loop_destroy(script_loop);
	script_loop = NULL;
	wserver_runtime_leave();
	ws_log_set_stderr(was_stderr);
}

ZEND_METHOD(WServer_Event, wait)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (!pending) {
		return; /* no loop of the script's own, or it runs already (wait() in a coroutine) */
	}
	bool exited;
	wserver_event_loop_wait(&exited);
	if (exited) { /* exit() in a coroutine: the script ends here */
		zend_throw_unwind_exit();
	}
}

ZEND_METHOD(WServer_Event, exit)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (script_loop) {
		ev_break(script_loop, EVBREAK_ALL);
		wserver_coro_cancel_waits();
	}
}

void wserver_event_minit(void)
{
	register_class_WServer_Event();
}
