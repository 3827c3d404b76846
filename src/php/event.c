/* WServer\Event and the script's own loop outside a server. A go() at the top of a script
 * makes the loop and starts its coroutine at once; whatever suspends goes on when the script
 * ends, as in Swoole (a shutdown function runs Event::wait()). Coroutine\run() uses the same
 * loop, made and run in one call. */
#include "event.h"
#include "coro.h"
#include "aliases.h"
#include "exception.h"
#include "master.h"
#include "server.h"
#include "runtime.h"
#include "coroutine_options.h"
#include "errors.h"
#include "system.h"
#include "timer.h"
#include "core/log.h"

#include "ext/standard/basic_functions.h"
#include "ext/standard/file.h"
#include "zend_exceptions.h"

#include <errno.h>
#include <unistd.h>

#include "stubs/event_arginfo.h"

static struct ev_loop *script_loop; /* NULL: none */
static bool pending;           /* made by a top-level go() (or Event::add/defer), not run yet */
static bool was_stderr;        /* the log's stderr setting before the loop */
static const char *loop_owner; /* who made the loop, for log lines */
static bool exit_requested;    /* Event::exit(): the loop ends even with work left */

bool wserver_event_loop_pending(void)
{
	return pending;
}

/* ---- Event::defer() and cycle(): work for the next rounds of the loop ---- */

typedef struct event_deferred {
	void (*fn)(void *arg); /* a C callback; NULL: cb, a PHP callable */
	void *arg;
	zval cb;
} event_deferred;
static event_deferred *deferred;
static uint32_t deferred_len, deferred_cap;
static zval cycle_cb; /* Event::cycle()'s callable; IS_UNDEF: none */
static bool cycle_before;
/* a check watcher runs them after each round's I/O; an idle one keeps the loop from
 * sleeping meanwhile */
static ev_check round_check;
static ev_idle round_idle;
static struct ev_loop *round_loop;

/* Fd watchers of Event::add(): fd => event_watch */
typedef struct event_watch {
	ev_io io;
	zval sock; /* what add() was given: passed to the callbacks */
	zval read_cb, write_cb;
	int events;       /* WSERVER_EVENT_READ | WSERVER_EVENT_WRITE */
	zend_string *out; /* what write() could not write yet, from out_off; NULL: nothing */
	size_t out_off;
} event_watch;
static HashTable *watches;
static struct ev_loop *round_loop_of_watches; /* the loop the fd watchers run on */

#define EVENT_READ  512  /* Swoole's SW_EVENT_READ */
#define EVENT_WRITE 1024 /* Swoole's SW_EVENT_WRITE */

static bool has_round_work(void)
{
	return deferred_len > 0 || Z_TYPE(cycle_cb) != IS_UNDEF;
}

/* Whether the loop still has work of Event's own (watched fds, defers, a cycle callback). */
bool wserver_event_has_work(void)
{
	/* a cycle() alone keeps no loop alive, as in Swoole */
	return deferred_len > 0 || (watches && zend_hash_num_elements(watches) > 0);
}

static void round_stop(void)
{
	if (round_loop && ev_is_active(&round_check)) {
		ev_ref(round_loop); /* undoes the ev_unref() of round_arm() */
		ev_check_stop(round_loop, &round_check);
		ev_idle_stop(round_loop, &round_idle);
	}
	round_loop = NULL;
}

static void call_php(const char *name, zval *cb, uint32_t argc, zval *args)
{
	/* in a coroutine of its own, as every callback here: it may sleep or wait */
	wserver_coro_run(name, cb, argc, args, NULL, NULL);
}

static void run_cycle(void)
{
	if (Z_TYPE(cycle_cb) != IS_UNDEF) {
		zval cb;
		ZVAL_COPY(&cb, &cycle_cb); /* it may replace itself */
		call_php("Event::cycle()", &cb, 0, NULL);
		zval_ptr_dtor(&cb);
	}
}

static void run_round(struct ev_loop *loop, ev_check *w, int revents)
{
	(void) loop;
	(void) w;
	(void) revents;
	if (cycle_before) {
		run_cycle();
	}
	/* this round's defers; those they defer run next round */
	event_deferred *batch = deferred;
	uint32_t n = deferred_len;
	deferred = NULL;
	deferred_len = deferred_cap = 0;
	for (uint32_t i = 0; i < n; i++) {
		if (batch[i].fn) {
			batch[i].fn(batch[i].arg);
		} else {
			call_php("Event::defer()", &batch[i].cb, 0, NULL);
			zval_ptr_dtor(&batch[i].cb);
		}
	}
	if (batch) {
		efree(batch);
	}
	if (!cycle_before) {
		run_cycle();
	}
	if (!has_round_work()) {
		round_stop();
		wserver_event_maybe_done();
	} else if (deferred_len == 0 && round_loop) {
		ev_idle_stop(round_loop, &round_idle); /* only a cycle(): the loop may sleep */
	}
}

/* Its presence alone keeps the loop from sleeping while there is round work. */
static void round_idle_noop(struct ev_loop *loop, ev_idle *w, int revents)
{
	(void) loop;
	(void) w;
	(void) revents;
}

static bool round_arm(void)
{
	struct ev_loop *loop = wserver_runtime_loop();
	if (!loop) {
		return false;
	}
	if (round_loop != loop) {
		round_stop();
		ev_check_init(&round_check, run_round);
		ev_idle_init(&round_idle, round_idle_noop);
		ev_check_start(loop, &round_check);
		ev_unref(loop); /* the check alone keeps no loop alive: the idle one does, with defers */
		round_loop = loop;
	}
	return true;
}

static void deferred_push(void (*fn)(void *), void *arg, zval *cb)
{
	if (deferred_len == deferred_cap) {
		deferred_cap = deferred_cap ? deferred_cap * 2 : 8;
		deferred = erealloc(deferred, deferred_cap * sizeof(*deferred));
	}
	if (round_loop && !ev_is_active(&round_idle)) {
		ev_idle_start(round_loop, &round_idle); /* no sleeping before they ran */
	}
	event_deferred *d = &deferred[deferred_len++];
	d->fn = fn;
	d->arg = arg;
	if (cb) {
		ZVAL_COPY(&d->cb, cb);
	} else {
		ZVAL_UNDEF(&d->cb);
	}
}

void wserver_event_defer(void (*fn)(void *arg), void *arg)
{
	if (round_arm()) {
		deferred_push(fn, arg, NULL);
	}
}

/* Drop what Event holds when a loop ends: it never runs. */
static void event_work_free(void)
{
	round_stop();
	for (uint32_t i = 0; i < deferred_len; i++) {
		zval_ptr_dtor(&deferred[i].cb);
	}
	if (deferred) {
		efree(deferred);
	}
	deferred = NULL;
	deferred_len = deferred_cap = 0;
	zval_ptr_dtor(&cycle_cb);
	ZVAL_UNDEF(&cycle_cb);
	if (watches) {
		zend_hash_destroy(watches); /* the destructor stops each watcher */
		FREE_HASHTABLE(watches);
		watches = NULL;
	}
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

/* Coroutine::set()'s exit_condition: 1 when it says the loop may end, 0 when not, -1 when
 * none is set. Called in loop context, as Swoole does. */
static int exit_condition_holds(void)
{
	zval options, rv;
	wserver_coroutine_options_get(&options);
	zval *cb = Z_TYPE(options) == IS_ARRAY
	               ? zend_hash_str_find(Z_ARRVAL(options), ZEND_STRL("exit_condition"))
	               : NULL;
	int holds = -1;
	if (cb && zend_is_callable(cb, 0, NULL)) {
		ZVAL_UNDEF(&rv);
		call_user_function(NULL, NULL, cb, &rv, 0, NULL);
		holds = EG(exception) ? 1 : zend_is_true(&rv); /* a throwing one ends the loop */
		zval_ptr_dtor(&rv);
	}
	zval_ptr_dtor(&options);
	return holds;
}

/* Coroutine::set()'s enable_deadlock_check, on unless set false, as in Swoole */
static bool deadlock_check_enabled(void)
{
	zval options;
	wserver_coroutine_options_get(&options);
	zval *v = Z_TYPE(options) == IS_ARRAY
	              ? zend_hash_str_find(Z_ARRVAL(options), ZEND_STRL("enable_deadlock_check"))
	              : NULL;
	bool on = !v || zend_is_true(v);
	zval_ptr_dtor(&options);
	return on;
}

/* While exit_condition says no, nothing may be left to wake the loop: it asks again at each
 * tick of this timer. */
#define EXIT_CONDITION_RECHECK 0.1
static void exit_condition_tick(struct ev_loop *loop, ev_timer *t, int revents)
{
	(void) loop;
	(void) t;
	(void) revents;
}
static ev_timer exit_condition_recheck;

bool wserver_event_loop_wait(bool *exited)
{
	ev_timer_init(&exit_condition_recheck, exit_condition_tick, EXIT_CONDITION_RECHECK, 0.);
	bool all_done = true, canceled = false;
	pending = false;
	/* after a fatal error (an uncaught exception in a coroutine, with Swoole's names) nothing
	 * more runs, as in Swoole: what still waits is dropped without a word */
	bool fatal = PG(last_error_message) && (PG(last_error_type) & E_FATAL_ERRORS);
	for (; !fatal;) {
		/* a timer is work to come too (Swoole's Timer at the top of a script), and so are the
		 * descriptors, defers and cycle of Event */
		bool busy =
		    wserver_coro_live() > 0 || wserver_timer_count() > 0 || wserver_event_has_work();
		if (wserver_runtime_exiting() || (!busy && exit_requested)) {
			break;
		}
		if (!busy) {
			/* the loop would end: Coroutine::set()'s exit_condition may keep it, as Swoole */
			if (exit_condition_holds() != 0) {
				break;
			}
			ev_timer_start(script_loop, &exit_condition_recheck);
		}
		ev_run(script_loop, 0); /* until the last coroutine ends, or no watcher is left */
		if (wserver_runtime_exiting() || canceled) {
			break; /* still stuck after the cancel: destroyed below */
		}
		if (wserver_coro_live() == 0) {
			if (exit_requested) {
				break;
			}
			continue; /* timers, watched fds, defers may be left: asked above */
		}
		/* coroutines wait with no watcher left: exit_condition may keep the loop too */
		if (!exit_requested && exit_condition_holds() == 0) {
			ev_timer_start(script_loop, &exit_condition_recheck);
			continue;
		}
		/* no watcher left: what is still live waits for something that never comes (with
		 * Swoole's names, Swoole's report unless Coroutine::set() turned its check off) */
		if (wserver_aliases_swoole()) {
			if (deadlock_check_enabled()) {
				wserver_coro_print_deadlock();
			}
		} else
			ws_log("%s: %u coroutine(s) wait with nothing left to wake them: their waits are "
			       "canceled",
			       loop_owner, wserver_coro_live());
		all_done = false;
		canceled = true;
		wserver_coro_cancel_waits();
	}
	exit_requested = false;
	event_work_free();
	wserver_coro_break_when_done(false);
	wserver_coro_shutdown();
	wserver_timer_shutdown();
	ev_loop_destroy(script_loop);
	script_loop = NULL;
	*exited = wserver_runtime_leave();
	ws_log_set_stderr(was_stderr);
	return all_done;
}

void wserver_event_maybe_done(void)
{
	if (script_loop && wserver_coro_live() == 0 && !wserver_event_has_work()) {
		ev_break(script_loop, EVBREAK_ALL);
	}
}

/* The loop Event's calls work on: the worker's or run()'s; at the top of a script, one of its
 * own that runs when the script ends, as go() makes. false with an exception. */
static bool event_loop(const char *who)
{
	return wserver_runtime_loop() || wserver_event_loop_begin(who, true);
}

ZEND_METHOD(WServer_Event, defer)
{
	zval *cb;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(cb)
	ZEND_PARSE_PARAMETERS_END();
	if (!zend_is_callable(cb, 0, NULL)) {
		zend_argument_type_error(1, "must be a valid callback, %s given", zend_zval_type_name(cb));
		RETURN_THROWS();
	}
	if (!event_loop("WServer\\Event::defer()") || !round_arm()) {
		RETURN_THROWS();
	}
	deferred_push(NULL, NULL, cb);
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Event, cycle)
{
	zval *cb;
	bool before = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ZVAL(cb)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(before)
	ZEND_PARSE_PARAMETERS_END();
	if (Z_TYPE_P(cb) != IS_NULL && !zend_is_callable(cb, 0, NULL)) {
		zend_argument_type_error(1, "must be a valid callback or null, %s given",
		                         zend_zval_type_name(cb));
		RETURN_THROWS();
	}
	if (Z_TYPE_P(cb) == IS_NULL) {
		if (Z_TYPE(cycle_cb) == IS_UNDEF) {
			RETURN_FALSE; /* none to remove */
		}
		zval_ptr_dtor(&cycle_cb);
		ZVAL_UNDEF(&cycle_cb);
		RETURN_TRUE;
	}
	if (!event_loop("WServer\\Event::cycle()") || !round_arm()) {
		RETURN_THROWS();
	}
	zval_ptr_dtor(&cycle_cb);
	ZVAL_COPY(&cycle_cb, cb);
	cycle_before = before;
	RETURN_TRUE;
}

/* The descriptor of what add() and its kin take: an int, a stream or socket resource, or an
 * object with an int $fd (a Client, a Coroutine\Socket). -1 with a warning otherwise. */
int wserver_event_fd_of(zval *sock)
{
	if (Z_TYPE_P(sock) == IS_LONG) {
		if (Z_LVAL_P(sock) < 0 || Z_LVAL_P(sock) > INT_MAX) {
			php_error_docref(NULL, E_WARNING, "Invalid file descriptor " ZEND_LONG_FMT,
			                 Z_LVAL_P(sock));
			return -1;
		}
		return (int) Z_LVAL_P(sock);
	}
	if (Z_TYPE_P(sock) == IS_RESOURCE) {
		php_stream *stream = (php_stream *) zend_fetch_resource2_ex(
		    sock, NULL, php_file_le_stream(), php_file_le_pstream());
		int fd;
		if (stream &&
		    php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL,
		                    (void **) &fd, 0) == SUCCESS &&
		    fd >= 0) {
			return (int) fd;
		}
	} else if (Z_TYPE_P(sock) == IS_OBJECT) {
		zval rv, *fd = zend_read_property(Z_OBJCE_P(sock), Z_OBJ_P(sock), "fd", 2, true, &rv);
		if (fd && Z_TYPE_P(fd) == IS_LONG && Z_LVAL_P(fd) >= 0 && Z_LVAL_P(fd) <= INT_MAX) {
			return (int) Z_LVAL_P(fd);
		}
	}
	php_error_docref(NULL, E_WARNING,
	                 "The fd must be a file descriptor, a stream or socket resource, or an object "
	                 "with an int $fd");
	return -1;
}

static void watch_apply(event_watch *w, int fd);

/* Write what write() left, as far as the descriptor takes it now; false on an error (what is
 * left is dropped: the peer is gone). */
static bool watch_flush(event_watch *w, int fd)
{
	while (w->out && w->out_off < ZSTR_LEN(w->out)) {
		ssize_t n = write(fd, ZSTR_VAL(w->out) + w->out_off, ZSTR_LEN(w->out) - w->out_off);
		if (n > 0) {
			w->out_off += (size_t) n;
		} else if (n < 0 && errno == EINTR) {
			continue;
		} else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			return true; /* the rest when it is writable again */
		} else {
			wserver_set_errno(n < 0 ? errno : EPIPE);
			zend_string_release(w->out);
			w->out = NULL;
			return false;
		}
	}
	if (w->out) {
		zend_string_release(w->out);
		w->out = NULL;
	}
	return true;
}

static void watch_on_io(struct ev_loop *loop, ev_io *io, int revents)
{
	(void) loop;
	event_watch *w = (event_watch *) io;
	int fd = io->fd;
	if ((revents & EV_WRITE) && w->out) {
		/* the writable event is write()'s own while it has something left */
		revents &= ~EV_WRITE;
		watch_flush(w, fd);
		if (!w->out) {
			watch_apply(w, fd);
		}
	}
	zval sock, rcb, wcb;
	/* held: a callback may del() this watch */
	ZVAL_COPY(&sock, &w->sock);
	ZVAL_COPY(&rcb, &w->read_cb);
	ZVAL_COPY(&wcb, &w->write_cb);
	if ((revents & EV_READ) && Z_TYPE(rcb) != IS_NULL) {
		call_php("Event::add() read callback", &rcb, 1, &sock);
	}
	if ((revents & EV_WRITE) && Z_TYPE(wcb) != IS_NULL) {
		call_php("Event::add() write callback", &wcb, 1, &sock);
	}
	zval_ptr_dtor(&sock);
	zval_ptr_dtor(&rcb);
	zval_ptr_dtor(&wcb);
}

static void watch_free(zval *zv)
{
	event_watch *w = Z_PTR_P(zv);
	if (round_loop_of_watches && ev_is_active(&w->io)) {
		ev_io_stop(round_loop_of_watches, &w->io);
	}
	zval_ptr_dtor(&w->sock);
	zval_ptr_dtor(&w->read_cb);
	zval_ptr_dtor(&w->write_cb);
	if (w->out) {
		zend_string_release(w->out);
	}
	efree(w);
}

/* (Re)start w's watcher for its events and callbacks. */
static void watch_apply(event_watch *w, int fd)
{
	int ev = ((w->events & EVENT_READ) && Z_TYPE(w->read_cb) != IS_NULL ? EV_READ : 0) |
	         ((w->events & EVENT_WRITE) && Z_TYPE(w->write_cb) != IS_NULL ? EV_WRITE : 0) |
	         (w->out ? EV_WRITE : 0);
	if (ev_is_active(&w->io)) {
		ev_io_stop(round_loop_of_watches, &w->io);
	}
	ev_io_init(&w->io, watch_on_io, fd, ev);
	if (ev) {
		ev_io_start(round_loop_of_watches, &w->io);
	}
}

static bool callable_or_null(zval *cb, uint32_t arg)
{
	if (cb && Z_TYPE_P(cb) != IS_NULL && !zend_is_callable(cb, 0, NULL)) {
		zend_argument_type_error(arg, "must be a valid callback or null, %s given",
		                         zend_zval_type_name(cb));
		return false;
	}
	return true;
}

ZEND_METHOD(WServer_Event, add)
{
	zval *sock, *rcb = NULL, *wcb = NULL;
	zend_long events = EVENT_READ;
	ZEND_PARSE_PARAMETERS_START(1, 4)
	Z_PARAM_ZVAL(sock)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL_OR_NULL(rcb)
	Z_PARAM_ZVAL_OR_NULL(wcb)
	Z_PARAM_LONG(events)
	ZEND_PARSE_PARAMETERS_END();
	if (!callable_or_null(rcb, 2) || !callable_or_null(wcb, 3)) {
		RETURN_THROWS();
	}
	int fd = wserver_event_fd_of(sock);
	if (fd < 0) {
		RETURN_FALSE;
	}
	if (!(events & (EVENT_READ | EVENT_WRITE))) {
		php_error_docref(NULL, E_WARNING, "Invalid events: neither SWOOLE_EVENT_READ nor WRITE");
		RETURN_FALSE;
	}
	if (watches && zend_hash_index_exists(watches, fd)) {
		php_error_docref(NULL, E_WARNING, "The fd %d is watched already: use set()", fd);
		RETURN_FALSE;
	}
	if (!event_loop("WServer\\Event::add()")) {
		RETURN_THROWS();
	}
	if (!watches) {
		ALLOC_HASHTABLE(watches);
		zend_hash_init(watches, 8, NULL, watch_free, 0);
	}
	round_loop_of_watches = wserver_runtime_loop();
	event_watch *w = ecalloc(1, sizeof(*w));
	ZVAL_COPY(&w->sock, sock);
	ZVAL_COPY(&w->read_cb, rcb ? rcb : &EG(uninitialized_zval));
	ZVAL_COPY(&w->write_cb, wcb ? wcb : &EG(uninitialized_zval));
	w->events = (int) events;
	zend_hash_index_add_new_ptr(watches, fd, w);
	watch_apply(w, fd);
	RETURN_LONG(fd);
}

ZEND_METHOD(WServer_Event, set)
{
	zval *sock, *rcb = NULL, *wcb = NULL;
	zend_long events = 0;
	ZEND_PARSE_PARAMETERS_START(1, 4)
	Z_PARAM_ZVAL(sock)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL_OR_NULL(rcb)
	Z_PARAM_ZVAL_OR_NULL(wcb)
	Z_PARAM_LONG(events)
	ZEND_PARSE_PARAMETERS_END();
	if (!callable_or_null(rcb, 2) || !callable_or_null(wcb, 3)) {
		RETURN_THROWS();
	}
	int fd = wserver_event_fd_of(sock);
	event_watch *w = fd >= 0 && watches ? zend_hash_index_find_ptr(watches, fd) : NULL;
	if (!w) {
		if (fd >= 0) {
			php_error_docref(NULL, E_WARNING, "The fd %d is not watched: use add()", fd);
		}
		RETURN_FALSE;
	}
	/* a null callback leaves the one set before, as Swoole */
	if (rcb && Z_TYPE_P(rcb) != IS_NULL) {
		zval_ptr_dtor(&w->read_cb);
		ZVAL_COPY(&w->read_cb, rcb);
	}
	if (wcb && Z_TYPE_P(wcb) != IS_NULL) {
		zval_ptr_dtor(&w->write_cb);
		ZVAL_COPY(&w->write_cb, wcb);
	}
	if (events & (EVENT_READ | EVENT_WRITE)) {
		w->events = (int) events;
	}
	watch_apply(w, fd);
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Event, del)
{
	zval *sock;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(sock)
	ZEND_PARSE_PARAMETERS_END();
	int fd = wserver_event_fd_of(sock);
	if (fd < 0 || !watches || zend_hash_index_del(watches, fd) != SUCCESS) {
		RETURN_FALSE;
	}
	wserver_event_maybe_done();
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Event, write)
{
	zval *sock;
	zend_string *data;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_ZVAL(sock)
	Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();
	if (ZSTR_LEN(data) == 0) {
		php_error_docref(NULL, E_WARNING, "Nothing to write: the data is empty");
		RETURN_FALSE;
	}
	int fd = wserver_event_fd_of(sock);
	if (fd < 0) {
		RETURN_FALSE;
	}
	event_watch *w = watches ? zend_hash_index_find_ptr(watches, fd) : NULL;
	if (!w) {
		php_error_docref(NULL, E_WARNING, "The fd %d is not watched: Event::add() it first", fd);
		RETURN_FALSE;
	}
	if (w->out) { /* behind what waits already, in order */
		zend_string *more =
		    zend_string_concat2(ZSTR_VAL(w->out) + w->out_off, ZSTR_LEN(w->out) - w->out_off,
		                        ZSTR_VAL(data), ZSTR_LEN(data));
		zend_string_release(w->out);
		w->out = more;
		w->out_off = 0;
		RETURN_TRUE;
	}
	w->out = zend_string_copy(data);
	w->out_off = 0;
	if (!watch_flush(w, fd)) {
		RETURN_FALSE;
	}
	if (w->out) {
		watch_apply(w, fd); /* the rest once it is writable */
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Event, isset)
{
	zval *sock;
	zend_long events = EVENT_READ | EVENT_WRITE;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ZVAL(sock)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(events)
	ZEND_PARSE_PARAMETERS_END();
	int fd = wserver_event_fd_of(sock);
	event_watch *w = fd >= 0 && watches ? zend_hash_index_find_ptr(watches, fd) : NULL;
	RETURN_BOOL(w && (w->events & events));
}

ZEND_METHOD(WServer_Event, dispatch)
{
	ZEND_PARSE_PARAMETERS_NONE();
	struct ev_loop *loop = wserver_runtime_loop();
	if (!loop || wserver_coro_cid() >= 0) {
		RETURN_FALSE; /* no loop, or inside a callback of the loop itself */
	}
	ev_run(loop, EVRUN_ONCE);
	RETURN_TRUE;
}

void wserver_event_loop_drop(void)
{
	pending = false; /* Event::wait() at the end of the script finds nothing to run */
	event_work_free();
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
		exit_requested = true;
		ev_break(script_loop, EVBREAK_ALL);
		wserver_coro_cancel_waits();
	} else {
		wserver_server_user_process_end(); /* in a Server's user process: it ends */
	}
}

void wserver_event_minit(void)
{
	register_class_WServer_Event();
}
