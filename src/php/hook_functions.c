/* PHP functions made coroutine-aware by swapping the handler of their function-table entry:
 * in a coroutine, sleep() and its kin suspend only the coroutine, and stream_select() waits
 * for its streams on the worker's loop; stream_socket_pair() gives its streams the hooked
 * operations (hook_stream.c); anywhere else (and for arguments PHP would refuse)
 * the original handler runs, so behaviour and error messages stay PHP's. */
#include "hook_functions.h"
#include "coro.h"
#include "fd_wait.h"
#include "hooks.h"
#include "hook_stream.h"

#include "ext/standard/file.h"
#include "zend_exceptions.h"

#include <ev.h>
#include <poll.h>

typedef struct swapped_fn {
	const char *name;
	zend_long flag;
	zif_handler ours;
	zif_handler orig; /* PHP's, once seen */
	bool swapped;     /* ours is in place */
} swapped_fn;

static zif_handler orig_handler(const char *name);

#define CALL_ORIG(name) orig_handler(name)(INTERNAL_FUNCTION_PARAM_PASSTHRU)

/* ---- sleep() and its kin ---- */

static bool coro_sleep(double seconds)
{
	return wserver_coro_sleep(seconds);
}

static PHP_FUNCTION(wserver_hooked_sleep)
{
	zend_long seconds;
	if (!wserver_coro_can_suspend() ||
	    zend_parse_parameters_ex(ZEND_PARSE_PARAMS_QUIET, ZEND_NUM_ARGS(), "l", &seconds) ==
	        FAILURE ||
	    seconds < 0) {
		CALL_ORIG("sleep");
		return;
	}
	if (!coro_sleep((double) seconds)) {
		RETURN_THROWS();
	}
	RETURN_LONG(0);
}

static PHP_FUNCTION(wserver_hooked_usleep)
{
	zend_long micro;
	if (!wserver_coro_can_suspend() ||
	    zend_parse_parameters_ex(ZEND_PARSE_PARAMS_QUIET, ZEND_NUM_ARGS(), "l", &micro) ==
	        FAILURE ||
	    micro < 0) {
		CALL_ORIG("usleep");
		return;
	}
	coro_sleep((double) micro / 1e6);
}

static PHP_FUNCTION(wserver_hooked_time_nanosleep)
{
	zend_long sec, nsec;
	if (!wserver_coro_can_suspend() ||
	    zend_parse_parameters_ex(ZEND_PARSE_PARAMS_QUIET, ZEND_NUM_ARGS(), "ll", &sec, &nsec) ==
	        FAILURE ||
	    sec < 0 || nsec < 0 || nsec > 999999999) {
		CALL_ORIG("time_nanosleep");
		return;
	}
	if (!coro_sleep((double) sec + (double) nsec / 1e9)) {
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

static PHP_FUNCTION(wserver_hooked_time_sleep_until)
{
	double until;
	if (!wserver_coro_can_suspend() ||
	    zend_parse_parameters_ex(ZEND_PARSE_PARAMS_QUIET, ZEND_NUM_ARGS(), "d", &until) ==
	        FAILURE ||
	    until < ev_time()) {
		CALL_ORIG("time_sleep_until"); /* a time past: PHP's warning */
		return;
	}
	if (!coro_sleep(until - ev_time())) {
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

/* ---- stream_select() ---- */

typedef struct select_set {
	int *fds;
	int *events;
	uint32_t n, cap;
} select_set;

/* Add the descriptors of the streams in arr (by reference, maybe null) for events; false
 * when one is not a stream with a descriptor, or has data buffered (ready now). */
static bool select_add(select_set *set, zval *arr, int events)
{
	ZVAL_DEREF(arr);
	if (Z_TYPE_P(arr) == IS_NULL) {
		return true;
	}
	if (Z_TYPE_P(arr) != IS_ARRAY) {
		return false;
	}
	zval *v;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(arr), v) {
		ZVAL_DEREF(v);
		php_stream *stream;
		if (Z_TYPE_P(v) != IS_RESOURCE ||
		    !(stream = zend_fetch_resource2(Z_RES_P(v), NULL, php_file_le_stream(),
		                                    php_file_le_pstream()))) {
			return false;
		}
		if (events == EV_READ && stream->writepos - stream->readpos > 0) {
			return false;
		}
		php_socket_t fd;
		if (php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL,
		                    (void *) &fd, 0) != SUCCESS ||
		    fd < 0) {
			return false;
		}
		if (set->n == set->cap) {
			set->cap = set->cap ? set->cap * 2 : 8;
			set->fds = erealloc(set->fds, set->cap * sizeof(int));
			set->events = erealloc(set->events, set->cap * sizeof(int));
		}
		set->fds[set->n] = fd;
		set->events[set->n] = events;
		set->n++;
	}
	ZEND_HASH_FOREACH_END();
	return true;
}

/* Whether one of the descriptors is ready now. */
static bool select_ready(const select_set *set)
{
	struct pollfd *p = safe_emalloc(set->n, sizeof(*p), 0);
	for (uint32_t i = 0; i < set->n; i++) {
		p[i].fd = set->fds[i];
		p[i].events = set->events[i] == EV_READ    ? POLLIN
		              : set->events[i] == EV_WRITE ? POLLOUT
		                                           : POLLPRI;
		p[i].revents = 0;
	}
	int rc = poll(p, set->n, 0);
	efree(p);
	return rc != 0;
}

/* The timeout PHP would use: seconds, < 0 none; false when PHP must judge the arguments. */
static bool select_timeout(zend_execute_data *execute_data, double *timeout)
{
	uint32_t argc = ZEND_NUM_ARGS();
	if (argc < 4 || argc > 5) {
		return false;
	}
	zval *sec = ZEND_CALL_ARG(execute_data, 4);
	zval *usec = argc == 5 ? ZEND_CALL_ARG(execute_data, 5) : NULL;
	if (usec && Z_TYPE_P(usec) != IS_LONG && Z_TYPE_P(usec) != IS_NULL) {
		return false;
	}
	if (Z_TYPE_P(sec) == IS_NULL) {
		*timeout = -1;
		return !usec || Z_TYPE_P(usec) == IS_NULL || Z_LVAL_P(usec) == 0;
	}
	if (Z_TYPE_P(sec) != IS_LONG || Z_LVAL_P(sec) < 0 ||
	    (usec && Z_TYPE_P(usec) == IS_LONG && Z_LVAL_P(usec) < 0)) {
		return false;
	}
	*timeout = (double) Z_LVAL_P(sec) +
	           (usec && Z_TYPE_P(usec) == IS_LONG ? (double) Z_LVAL_P(usec) / 1e6 : 0);
	return true;
}

static PHP_FUNCTION(wserver_hooked_stream_select)
{
	double timeout;
	select_set set = {0};
	bool ours = wserver_coro_can_suspend() && select_timeout(execute_data, &timeout) &&
	            timeout != 0 && select_add(&set, ZEND_CALL_ARG(execute_data, 1), EV_READ) &&
	            select_add(&set, ZEND_CALL_ARG(execute_data, 2), EV_WRITE) &&
	            select_add(&set, ZEND_CALL_ARG(execute_data, 3), 0) && set.n > 0 &&
	            !select_ready(&set);
	if (ours) {
		/* nothing ready: wait here, then let PHP's stream_select() collect what is, at once */
		double deadline = timeout < 0 ? -1 : ev_time() + timeout;
		/* libev has no "exceptional" event: out-of-band data shows as readable, and so does
		 * plain data, so with an except set the first wake-up ends the wait (PHP's
		 * stream_select() then answers what is ready, maybe nothing) rather than spin */
		bool except = false;
		int *ev_events = safe_emalloc(set.n, sizeof(int), 0);
		for (uint32_t i = 0; i < set.n; i++) {
			ev_events[i] = set.events[i] ? set.events[i] : EV_READ;
			except = except || set.events[i] == 0;
		}
		for (;;) {
			double left = deadline < 0 ? -1 : deadline - ev_time();
			if (deadline >= 0 && left <= 0) {
				break;
			}
			wserver_fd_waiter fw;
			int status = wserver_fd_wait(&fw, set.fds, ev_events, set.n, left);
			if (status != WSERVER_WAIT_OK || except || select_ready(&set)) {
				break;
			}
		}
		efree(ev_events);
		zval *sec = ZEND_CALL_ARG(execute_data, 4);
		zval_ptr_dtor(sec);
		ZVAL_LONG(sec, 0);
		if (ZEND_NUM_ARGS() == 5) {
			ZVAL_LONG(ZEND_CALL_ARG(execute_data, 5), 0);
		}
	}
	if (set.fds) {
		efree(set.fds);
		efree(set.events);
	}
	if (!EG(exception)) {
		CALL_ORIG("stream_select");
	}
}

/* ---- stream_socket_pair() ---- */

static PHP_FUNCTION(wserver_hooked_stream_socket_pair)
{
	CALL_ORIG("stream_socket_pair");
	if (Z_TYPE_P(return_value) != IS_ARRAY) {
		return;
	}
	zval *v;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(return_value), v) {
		php_stream *stream;
		if (Z_TYPE_P(v) == IS_RESOURCE &&
		    (stream = zend_fetch_resource2(Z_RES_P(v), NULL, php_file_le_stream(),
		                                   php_file_le_pstream()))) {
			wserver_hook_stream_adopt_pair(stream);
		}
	}
	ZEND_HASH_FOREACH_END();
}

/* ---- the swap ---- */

static swapped_fn functions[] = {
    {"sleep", WSERVER_HOOK_SLEEP_VALUE, ZEND_FN(wserver_hooked_sleep), NULL, false},
    {"usleep", WSERVER_HOOK_SLEEP_VALUE, ZEND_FN(wserver_hooked_usleep), NULL, false},
    {"time_nanosleep", WSERVER_HOOK_SLEEP_VALUE, ZEND_FN(wserver_hooked_time_nanosleep), NULL,
     false},
    {"time_sleep_until", WSERVER_HOOK_SLEEP_VALUE, ZEND_FN(wserver_hooked_time_sleep_until), NULL,
     false},
    {"stream_select", WSERVER_HOOK_STREAM_FUNCTION_VALUE, ZEND_FN(wserver_hooked_stream_select),
     NULL, false},
    {"stream_socket_pair", WSERVER_HOOK_STREAM_FUNCTION_VALUE,
     ZEND_FN(wserver_hooked_stream_socket_pair), NULL, false},
};
#define NFUNCTIONS (sizeof(functions) / sizeof(functions[0]))

static zif_handler orig_handler(const char *name)
{
	for (size_t i = 0; i < NFUNCTIONS; i++) {
		if (strcmp(functions[i].name, name) == 0) {
			return functions[i].orig;
		}
	}
	return NULL; /* never */
}

void wserver_hook_functions(zend_long flags)
{
	for (size_t i = 0; i < NFUNCTIONS; i++) {
		swapped_fn *f = &functions[i];
		zend_function *fn = zend_hash_str_find_ptr(CG(function_table), f->name, strlen(f->name));
		if (!fn || fn->type != ZEND_INTERNAL_FUNCTION) {
			continue;
		}
		if ((flags & f->flag) && !f->swapped) {
			f->orig = fn->internal_function.handler;
			fn->internal_function.handler = f->ours;
			f->swapped = true;
		} else if (!(flags & f->flag) && f->swapped) {
			fn->internal_function.handler = f->orig;
			f->swapped = false;
		}
	}
}
