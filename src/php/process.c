/* WServer\Process: a child process that runs a callback (Swoole's Process). start() forks; the
 * parent and the child talk over a socket pair, and the parent reaps with Process::wait().
 * In the child the callback runs, then the child exits (exit()'s code, 0 after a return, 255
 * after an uncaught exception): it never goes on with the parent's code. */
#include "process.h"
#include "callback.h"
#include "coro.h"
#include "coroutine_options.h"
#include "errors.h"
#include "event.h"
#include "exception.h"
#include "master.h"
#include "runtime.h"
#include "system.h"
#include "timer.h"
#include "server.h"
#include "core/worker.h"
#include "core/signals.h"

#include "socket.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <sys/msg.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "main/php_output.h"
#include "main/php_streams.h"
#include "zend_exceptions.h"

#include "stubs/process_arginfo.h"

zend_class_entry *wserver_process_ce;
static zend_object_handlers process_handlers;

typedef struct {
	zval callback; /* IS_UNDEF until constructed */
	int fds[2];    /* the socket pair here: [0] the parent's end, [1] the child's; -1: closed */
	int pipe_type; /* PIPE_TYPE_NONE, _STREAM or _DGRAM */
	bool redirect; /* the child's stdin, stdout and stderr are its end */
	bool enable_coroutine;
	bool child; /* this is the child's object, in the child */
	pid_t pid;  /* the child's pid once started; 0 before */
	zend_long id;
	int queue;           /* useQueue()'s System V message queue id; -1: none */
	bool queue_nowait;   /* push()/pop() do not wait (IPC_NOWAIT) */
	bool queue_orient;   /* pop() takes only this Process's messages (MSGQUEUE_ORIENT) */
	zend_object *socket; /* exportSocket()'s object, held; NULL until asked for */
	zend_object std;
} wserver_process_obj;

#define PIPE_TYPE_NONE   0
#define PIPE_TYPE_STREAM 1
#define PIPE_TYPE_DGRAM  2

static uint32_t next_id = 1; /* Swoole numbers processes from 1 */

static inline wserver_process_obj *process_from_obj(zend_object *obj)
{
	return (wserver_process_obj *) ((char *) obj - XtOffsetOf(wserver_process_obj, std));
}
#define Z_WSERVER_PROCESS_P(zv) process_from_obj(Z_OBJ_P(zv))

static zend_object *process_create(zend_class_entry *ce)
{
	wserver_process_obj *p = zend_object_alloc(sizeof(*p), ce);
	zend_object_std_init(&p->std, ce);
	object_properties_init(&p->std, ce);
	p->std.handlers = &process_handlers;
	p->fds[0] = p->fds[1] = -1;
	p->queue = -1;
	ZVAL_UNDEF(&p->callback);
	return &p->std;
}

static void close_end(wserver_process_obj *p, int i)
{
	if (p->fds[i] >= 0) {
		close(p->fds[i]);
		p->fds[i] = -1;
	}
}

static void process_free(zend_object *obj)
{
	wserver_process_obj *p = process_from_obj(obj);
	close_end(p, 0);
	close_end(p, 1);
	zval_ptr_dtor(&p->callback);
	if (p->socket) {
		OBJ_RELEASE(p->socket);
	}
	zend_object_std_dtor(obj);
}

static HashTable *process_get_gc(zend_object *obj, zval **table, int *n)
{
	wserver_process_obj *p = process_from_obj(obj);
	*table = &p->callback;
	*n = 1;
	return zend_std_get_properties(obj);
}

/* This process's end of the pipe: the child's in the child, the parent's elsewhere; -1. */
static int own_end(const wserver_process_obj *p)
{
	return p->fds[p->child ? 1 : 0];
}

static void set_prop_long(wserver_process_obj *p, const char *name, zend_long v)
{
	zend_update_property_long(wserver_process_ce, &p->std, name, strlen(name), v);
}

static bool open_pipe(wserver_process_obj *p)
{
	int type = p->pipe_type == PIPE_TYPE_STREAM ? SOCK_STREAM : SOCK_DGRAM;
	if (socketpair(AF_UNIX, type, 0, p->fds) < 0) {
		p->fds[0] = p->fds[1] = -1;
		wserver_set_errno(errno);
		return false;
	}
	set_prop_long(p, "pipe", p->fds[0]);
	return true;
}

/* ---- Process::signal(): handlers on this process's loop ---- */

typedef struct {
	ev_signal w;
	zval fn;
} process_signal;

static process_signal *handlers[NSIG];
static struct ev_loop *handlers_loop; /* the loop they are on; NULL: none */
static ev_cleanup loop_end;           /* drops them when that loop is destroyed */

/* stop: stop its watcher too; not in a forked child, whose copy of the loop shares the
 * parent's signalfd, where a stop would change the parent's signal mask */
static void handler_free(int signo, bool stop)
{
	process_signal *h = handlers[signo];
	if (!h) {
		return;
	}
	handlers[signo] = NULL;
	if (stop) {
		ev_ref(handlers_loop); /* given back: start (below) left it unreferenced */
		ev_signal_stop(handlers_loop, &h->w);
	}
	zval_ptr_dtor(&h->fn);
	efree(h);
}

uint32_t wserver_process_signal_count(void)
{
	uint32_t n = 0;
	for (int i = 0; i < NSIG; i++) {
		n += handlers[i] != NULL;
	}
	return n;
}

static void signals_drop(bool stop)
{
	if (!handlers_loop) {
		return;
	}
	for (int i = 1; i < NSIG; i++) {
		handler_free(i, stop);
	}
	if (stop) {
		ev_cleanup_stop(handlers_loop, &loop_end);
	}
	handlers_loop = NULL;
}

static void on_loop_end(struct ev_loop *loop, ev_cleanup *w, int revents)
{
	signals_drop(true);
}

static void on_signal(struct ev_loop *loop, ev_signal *w, int revents)
{
	zval fn, signo;
	/* a copy: the handler may replace or remove itself */
	ZVAL_COPY(&fn, &((process_signal *) w->data)->fn);
	ZVAL_LONG(&signo, w->signum);
	if (wserver_coroutine_options_enabled()) {
		wserver_coro_run("a signal handler", &fn, 1, &signo, NULL, NULL);
	} else {
		wserver_call_plain("a signal handler", &fn, 1, &signo);
	}
	zval_ptr_dtor(&fn);
}

ZEND_METHOD(WServer_Process, signal)
{
	zend_long signo;
	zval *fn = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_LONG(signo)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL_OR_NULL(fn)
	ZEND_PARSE_PARAMETERS_END();
	if (signo <= 0 || signo >= NSIG || signo == SIGKILL || signo == SIGSTOP) {
		php_error_docref(NULL, E_WARNING, "invalid signal number [" ZEND_LONG_FMT "]", signo);
		RETURN_FALSE;
	}
	if (!fn) {
		if (!handlers[signo]) {
			php_error_docref(NULL, E_WARNING,
			                 "unable to find the callback of signal [" ZEND_LONG_FMT "]", signo);
			RETURN_FALSE;
		}
		handler_free((int) signo, true);
		RETURN_TRUE;
	}
	if (!zend_is_callable(fn, 0, NULL)) {
		zend_argument_type_error(2, "must be a valid callback or null, %s given",
		                         zend_zval_type_name(fn));
		RETURN_THROWS();
	}
	if (wserver_runtime_worker() && ws_signal_action((int) signo) != WS_SIG_NONE &&
	    wserver_server_in_user_process()) {
		/* as Swoole's user processes: theirs to handle (the default ends them at once) */
		ws_worker_unwatch_signal(wserver_runtime_worker(), (int) signo);
	} else if (wserver_runtime_worker() && ws_signal_action((int) signo) != WS_SIG_NONE) {
		php_error_docref(NULL, E_WARNING,
		                 "signal [" ZEND_LONG_FMT
		                 "] is the server's own (%s): it cannot be handled",
		                 signo, ws_signal_what(ws_signal_action((int) signo)));
		RETURN_FALSE;
	}
	if (wserver_in_master) {
		/* the master and the manager wait on signalfd and sigtimedwait(), with no loop to run
		 * a PHP handler on */
		php_error_docref(NULL, E_WARNING,
		                 "cannot handle signals in the master or manager process of a server");
		RETURN_FALSE;
	}
	/* outside a worker and Coroutine\run(): the loop the script runs when it ends */
	if (!wserver_runtime_loop() && !wserver_event_loop_begin("WServer\\Process::signal()", true)) {
		RETURN_THROWS();
	}
	struct ev_loop *loop = wserver_runtime_loop();
	if (handlers_loop != loop) {
		signals_drop(true);
		handlers_loop = loop;
		ev_cleanup_init(&loop_end, on_loop_end);
		ev_cleanup_start(loop, &loop_end);
	}
	handler_free((int) signo, true);
	process_signal *h = emalloc(sizeof(*h));
	ZVAL_COPY(&h->fn, fn);
	ev_signal_init(&h->w, on_signal, (int) signo);
	h->w.data = h;
	handlers[signo] = h;
	ev_signal_start(loop, &h->w);
	ev_unref(loop); /* as in Swoole, a handler alone does not keep the loop running */
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Process, alarm)
{
	zend_long usec, type = ITIMER_REAL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_LONG(usec)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(type)
	ZEND_PARSE_PARAMETERS_END();
	if (type != ITIMER_REAL && type != ITIMER_VIRTUAL && type != ITIMER_PROF) {
		zend_argument_value_error(2, "must be ITIMER_REAL (0), ITIMER_VIRTUAL (1) or "
		                             "ITIMER_PROF (2)");
		RETURN_THROWS();
	}
	struct itimerval it = {{0, 0}, {0, 0}};
	if (usec > 0) {
		it.it_interval.tv_sec = usec / 1000000;
		it.it_interval.tv_usec = usec % 1000000;
		it.it_value = it.it_interval;
	}
	if (setitimer((int) type, &it, NULL) < 0) {
		wserver_set_errno(errno);
		php_error_docref(NULL, E_WARNING, "setitimer() failed: %s", strerror(errno));
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

/* fd of a stream resource, an int, or -1 after a warning. */
static int fd_of(zval *v)
{
	if (Z_TYPE_P(v) == IS_LONG) {
		return (int) Z_LVAL_P(v);
	}
	php_stream *stream = NULL;
	if (Z_TYPE_P(v) == IS_RESOURCE) {
		stream = zend_fetch_resource2_ex(v, NULL, php_file_le_stream(), php_file_le_pstream());
	}
	int fd = -1;
	if (!stream || php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL,
	                               (void **) &fd, 0) != SUCCESS) {
		php_error_docref(NULL, E_WARNING, "a pipe must be a stream or an fd, %s given",
		                 zend_zval_type_name(v));
		return -1;
	}
	return fd;
}

ZEND_METHOD(WServer_Process, daemon)
{
	bool nochdir = true, noclose = true;
	HashTable *pipes = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 3)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(nochdir)
	Z_PARAM_BOOL(noclose)
	Z_PARAM_ARRAY_HT(pipes)
	ZEND_PARSE_PARAMETERS_END();
	if (pipes) {
		int target = 0;
		zval *v;
		ZEND_HASH_FOREACH_VAL(pipes, v) {
			if (target > 2) {
				break;
			}
			int fd = Z_TYPE_P(v) == IS_NULL ? -1 : fd_of(v);
			if (fd >= 0 && dup2(fd, target) < 0) {
				php_error_docref(NULL, E_WARNING, "dup2(%d, %d) failed: %s", fd, target,
				                 strerror(errno));
			}
			target++;
		}
		ZEND_HASH_FOREACH_END();
	}
	if (daemon(nochdir, noclose) < 0) {
		wserver_set_errno(errno);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Process, __construct)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	bool redirect = false, enable_coroutine = false;
	zend_long pipe_type = PIPE_TYPE_DGRAM;
	ZEND_PARSE_PARAMETERS_START(1, 4)
	Z_PARAM_FUNC(fci, fcc)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(redirect)
	Z_PARAM_LONG(pipe_type)
	Z_PARAM_BOOL(enable_coroutine)
	ZEND_PARSE_PARAMETERS_END();
	/* after parsing: resolving the callable may run an autoloader that constructs this */
	wserver_process_obj *p = Z_WSERVER_PROCESS_P(ZEND_THIS);
	if (!Z_ISUNDEF(p->callback)) {
		zend_throw_error(NULL, "Constructor of %s can only be called once",
		                 ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
		RETURN_THROWS();
	}
	if (wserver_in_master) {
		zend_throw_error(NULL, "%s cannot be used in the master process",
		                 ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
		RETURN_THROWS();
	}
	if (pipe_type < PIPE_TYPE_NONE || pipe_type > PIPE_TYPE_DGRAM) {
		zend_argument_value_error(3, "must be Process::PIPE_TYPE_NONE, PIPE_TYPE_STREAM or "
		                             "PIPE_TYPE_DGRAM");
		RETURN_THROWS();
	}
	p->redirect = redirect;
	p->enable_coroutine = enable_coroutine;
	/* the child's stdout is a byte stream: a datagram pipe would cut it at each write */
	p->pipe_type = redirect ? PIPE_TYPE_STREAM : (int) pipe_type;
	if (p->pipe_type != PIPE_TYPE_NONE && !open_pipe(p)) {
		zend_throw_exception_ex(wserver_exception_ce, errno, "Cannot create the pipe: %s",
		                        strerror(errno));
		RETURN_THROWS();
	}
	p->id = next_id++;
	set_prop_long(p, "id", p->id);
	ZVAL_COPY(&p->callback, ZEND_CALL_ARG(execute_data, 1));
}

/* The child's way out once its callback ended (EG(exception) may hold exit()'s unwind_exit or
 * an uncaught exception). Reports the exception as PHP would at the top of a script. */
static void child_report_exception(void)
{
	if (EG(exception) && !zend_is_unwind_exit(EG(exception))) {
		zend_exception_error(EG(exception), E_ERROR); /* sets the exit status 255 */
	}
}

/* Run the callback: in a coroutine on a loop of the child's own with enable_coroutine, else
 * plainly. Returns with EG(exception) holding what ended it, if anything did. */
static void child_run(wserver_process_obj *p, zval *self)
{
	if (p->enable_coroutine && !wserver_runtime_loop()) {
		if (!wserver_event_loop_begin("WServer\\Process::start()", false)) {
			return;
		}
		zend_long cid;
		wserver_coro_create(&p->callback, 1, self, &cid);
		bool exited;
		wserver_event_loop_wait(&exited);
		if (exited && !EG(exception)) {
			zend_throw_unwind_exit(); /* exit() in a coroutine: EG(exit_status) has its code */
		}
		return;
	}
	zval retval;
	ZVAL_UNDEF(&retval);
	call_user_function(NULL, NULL, &p->callback, &retval, 1, self);
	zval_ptr_dtor(&retval);
}

/* Caught signals back to their default action, none blocked: the handlers were the parent's
 * loop's (libev's), which this child never runs, so a SIGTERM would not end it. */
static void signals_default(void)
{
	for (int signo = 1; signo < NSIG; signo++) {
		struct sigaction sa;
		if (sigaction(signo, NULL, &sa) == 0 && sa.sa_handler != SIG_IGN &&
		    sa.sa_handler != SIG_DFL) {
			signal(signo, SIG_DFL);
		}
	}
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
}

/* In the child, from start(): never returns to the parent's code. */
static void child_main(wserver_process_obj *p, zval *self, const sigset_t *mask)
{
	p->child = true;
	p->pid = getpid();
	close_end(p, 0);
	if (p->socket) { /* exported in the parent: it was the parent's end */
		OBJ_RELEASE(p->socket);
		p->socket = NULL;
	}
	signals_drop(false);        /* the parent's handlers are not the child's */
	wserver_timer_after_fork(); /* nor its timers, as in Swoole */
	if (p->redirect && p->fds[1] >= 0) {
		dup2(p->fds[1], STDIN_FILENO);
		dup2(p->fds[1], STDOUT_FILENO);
		dup2(p->fds[1], STDERR_FILENO);
	}
	set_prop_long(p, "pid", p->pid);
	if (p->fds[1] >= 0) {
		set_prop_long(p, "pipe", p->fds[1]);
	}
	EG(exit_status) = 0;
	/* a loop here is the parent's: its signal handlers and blocked signals are dropped */
	if (wserver_runtime_loop()) {
		signals_default();
	} else {
		sigprocmask(SIG_SETMASK, mask, NULL);
	}
	if (wserver_runtime_loop() && wserver_event_loop_pending() && wserver_coro_live() == 0 &&
	    wserver_coro_cid() < 0) {
		/* the loop a top-level call made for the end of the script (Timer::after(), signal())
		 * has never run, so nothing of it reached the kernel (libev adds fds to epoll when it
		 * runs): the child drops it with its timers, and gets a loop of its own if it needs one */
		bool exited;
		wserver_event_loop_wait(&exited);
	}
	if (wserver_runtime_loop()) {
		/* forked inside a worker or Coroutine\run(): the loop, connections and coroutines here
		 * are the parent's (its epoll set is shared with it), so the child must not run PHP's
		 * shutdown over them; it ends as soon as the callback does */
		int code = 255;
		zend_try
		{
			child_run(p, self);
			child_report_exception();
			zend_clear_exception();
			code = EG(exit_status);
		}
		zend_end_try();
		php_output_end_all();
		fflush(stdout);
		fflush(stderr);
		_exit(code);
	}
	child_run(p, self);
	child_report_exception();
	if (!EG(exception)) {
		zend_throw_unwind_exit(); /* as exit(): the parent's code after start() never runs */
	}
}

bool wserver_process_open_for_server(zend_object *proc)
{
	wserver_process_obj *p = process_from_obj(proc);
	if (Z_ISUNDEF(p->callback)) {
		zend_throw_error(NULL, "%s: the constructor was not called", ZSTR_VAL(proc->ce->name));
		return false;
	}
	if (p->pipe_type != PIPE_TYPE_NONE && p->fds[0] < 0 && !open_pipe(p)) {
		php_error_docref(NULL, E_WARNING, "socketpair() failed: %s", strerror(errno));
		return false;
	}
	return true;
}

void wserver_process_run_for_server(zend_object *proc)
{
	wserver_process_obj *p = process_from_obj(proc);
	p->child = true;
	p->pid = getpid();
	set_prop_long(p, "pid", p->pid);
	if (p->fds[1] >= 0) {
		set_prop_long(p, "pipe", p->fds[1]);
	}
	zval self, retval;
	ZVAL_OBJ(&self, proc);
	ZVAL_UNDEF(&retval);
	call_user_function(NULL, NULL, &p->callback, &retval, 1, &self);
	zval_ptr_dtor(&retval);
}

ZEND_METHOD(WServer_Process, start)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_process_obj *p = Z_WSERVER_PROCESS_P(ZEND_THIS);
	if (Z_ISUNDEF(p->callback)) {
		zend_throw_error(NULL, "%s::start(): the constructor was not called",
		                 ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
		RETURN_THROWS();
	}
	if (p->child) {
		php_error_docref(NULL, E_WARNING, "cannot start a process from inside itself");
		RETURN_FALSE;
	}
	if (p->pid > 0 && kill(p->pid, 0) == 0) {
		php_error_docref(NULL, E_WARNING, "process has already been started");
		RETURN_FALSE;
	}
	/* the child's end is closed here after each start: a new start gets a new pipe */
	if (p->pipe_type != PIPE_TYPE_NONE && p->fds[1] < 0) {
		close_end(p, 0);
		if (!open_pipe(p)) {
			php_error_docref(NULL, E_WARNING, "socketpair() failed: %s", strerror(errno));
			RETURN_FALSE;
		}
	}
	/* no signal is handled between the fork and the child's reset of its handlers: a
	 * SIGTERM sent at once would run the parent loop's handler in the child and be lost */
	sigset_t all, old;
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	pid_t pid = fork();
	if (pid != 0) {
		sigprocmask(SIG_SETMASK, &old, NULL);
	}
	if (pid < 0) {
		wserver_set_errno(errno);
		php_error_docref(NULL, E_WARNING, "fork() failed: %s", strerror(errno));
		RETURN_FALSE;
	}
	if (pid == 0) {
		child_main(p, ZEND_THIS, &old);
		RETURN_THROWS(); /* exit()'s unwinding, or a fatal error */
	}
	/* without the child's end here, read() sees the end of the stream once the child is gone */
	close_end(p, 1);
	p->pid = pid;
	set_prop_long(p, "pid", pid);
	RETURN_LONG(pid);
}

/* This process's end of the pipe, or -1 after a warning naming what (read, write, ...). */
static int pipe_or_warn(wserver_process_obj *p, const char *what)
{
	int fd = own_end(p);
	if (fd < 0) {
		php_error_docref(NULL, E_WARNING, "no pipe, cannot %s the pipe", what);
	}
	return fd;
}

ZEND_METHOD(WServer_Process, write)
{
	char *data;
	size_t len;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STRING(data, len)
	ZEND_PARSE_PARAMETERS_END();
	if (len == 0) {
		php_error_docref(NULL, E_WARNING, "the data to send is empty");
		RETURN_FALSE;
	}
	wserver_process_obj *p = Z_WSERVER_PROCESS_P(ZEND_THIS);
	int fd = pipe_or_warn(p, "write into");
	if (fd < 0) {
		RETURN_FALSE;
	}
	size_t done = 0;
	while (done < len) {
		/* MSG_NOSIGNAL: a child that is gone is a false return, not a SIGPIPE */
		ssize_t n = send(fd, data + done, len - done, MSG_NOSIGNAL);
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n < 0) {
			if (done > 0 && errno == EAGAIN) {
				break; /* non-blocking: what the pipe took */
			}
			wserver_set_errno(errno);
			php_error_docref(NULL, E_WARNING, "write() failed: %s", strerror(errno));
			RETURN_FALSE;
		}
		done += (size_t) n;
		if (p->pipe_type == PIPE_TYPE_DGRAM) {
			break; /* one message */
		}
	}
	RETURN_LONG((zend_long) done);
}

ZEND_METHOD(WServer_Process, read)
{
	zend_long size = 8192;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(size)
	ZEND_PARSE_PARAMETERS_END();
	if (size <= 0) {
		php_error_docref(NULL, E_WARNING, "size must be greater than 0");
		RETURN_FALSE;
	}
	wserver_process_obj *p = Z_WSERVER_PROCESS_P(ZEND_THIS);
	int fd = pipe_or_warn(p, "read from");
	if (fd < 0) {
		RETURN_FALSE;
	}
	zend_string *buf = zend_string_alloc((size_t) size, 0);
	ssize_t n;
	do {
		n = read(fd, ZSTR_VAL(buf), (size_t) size);
	} while (n < 0 && errno == EINTR);
	if (n < 0) {
		wserver_set_errno(errno);
		zend_string_efree(buf);
		RETURN_FALSE;
	}
	ZSTR_LEN(buf) = (size_t) n;
	ZSTR_VAL(buf)[n] = 0;
	RETURN_NEW_STR(buf);
}

ZEND_METHOD(WServer_Process, setBlocking)
{
	bool blocking;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_BOOL(blocking)
	ZEND_PARSE_PARAMETERS_END();
	wserver_process_obj *p = Z_WSERVER_PROCESS_P(ZEND_THIS);
	int fd = pipe_or_warn(p, "setBlocking");
	if (fd < 0) {
		RETURN_FALSE;
	}
	int flags = fcntl(fd, F_GETFL);
	flags = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
	if (fcntl(fd, F_SETFL, flags) < 0) {
		wserver_set_errno(errno);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Process, setTimeout)
{
	double seconds;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_DOUBLE(seconds)
	ZEND_PARSE_PARAMETERS_END();
	wserver_process_obj *p = Z_WSERVER_PROCESS_P(ZEND_THIS);
	int fd = pipe_or_warn(p, "setTimeout");
	if (fd < 0) {
		RETURN_FALSE;
	}
	struct timeval tv = {0, 0}; /* 0: no limit */
	if (seconds > 0 && seconds < 1e9) {
		tv.tv_sec = (time_t) seconds;
		tv.tv_usec = (suseconds_t) ((seconds - (double) tv.tv_sec) * 1e6);
		if (tv.tv_sec == 0 && tv.tv_usec == 0) {
			tv.tv_usec = 1;
		}
	}
	if (setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)) < 0 ||
	    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv)) < 0) {
		wserver_set_errno(errno);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Process, set)
{
	HashTable *settings;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(settings)
	ZEND_PARSE_PARAMETERS_END();
	wserver_process_obj *p = Z_WSERVER_PROCESS_P(ZEND_THIS);
	zend_string *key;
	zval *v;
	ZEND_HASH_FOREACH_STR_KEY_VAL(settings, key, v) {
		if (key && zend_string_equals_literal(key, "enable_coroutine")) {
			p->enable_coroutine = zend_is_true(v);
		} else {
			php_error_docref(NULL, E_WARNING, "Unknown option \"%s\"",
			                 key ? ZSTR_VAL(key) : "(a numeric key)");
		}
	}
	ZEND_HASH_FOREACH_END();
}

ZEND_METHOD(WServer_Process, close)
{
	zend_long which = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(which)
	ZEND_PARSE_PARAMETERS_END();
	wserver_process_obj *p = Z_WSERVER_PROCESS_P(ZEND_THIS);
	int fd = pipe_or_warn(p, "close");
	if (fd < 0) {
		RETURN_FALSE;
	}
	switch (which) {
	case 0:
		close_end(p, 0);
		close_end(p, 1);
		break;
	case 1: /* PIPE_MASTER */
	case 2: /* PIPE_WORKER */
		close_end(p, (int) which - 1);
		break;
	case 3: /* PIPE_READ */
	case 4: /* PIPE_WRITE */
		if (shutdown(fd, which == 3 ? SHUT_RD : SHUT_WR) < 0) {
			wserver_set_errno(errno);
			php_error_docref(NULL, E_WARNING, "shutdown() failed: %s", strerror(errno));
			RETURN_FALSE;
		}
		break;
	default:
		zend_argument_value_error(1, "must be 0 or one of the Process::PIPE_* constants");
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Process, exit)
{
	zend_long code = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(code)
	ZEND_PARSE_PARAMETERS_END();
	wserver_process_obj *p = Z_WSERVER_PROCESS_P(ZEND_THIS);
	if (!p->child || p->pid != getpid()) {
		php_error_docref(NULL, E_WARNING, "not current process");
		return;
	}
	if (code < 0 || code > 255) {
		php_error_docref(NULL, E_WARNING,
		                 "exit code must be between 0 and 255, " ZEND_LONG_FMT " given: 1 is used",
		                 code);
		code = 1;
	}
	EG(exit_status) = (int) code;
	zend_throw_unwind_exit();
}

ZEND_METHOD(WServer_Process, name)
{
	zend_string *title;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(title)
	ZEND_PARSE_PARAMETERS_END();
	if (ZSTR_LEN(title) == 0) {
		zend_argument_value_error(1, "cannot be empty");
		RETURN_THROWS();
	}
	wserver_runtime_set_title(ZSTR_VAL(title));
	RETURN_BOOL(!EG(exception));
}

ZEND_METHOD(WServer_Process, wait)
{
	bool blocking = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(blocking)
	ZEND_PARSE_PARAMETERS_END();
	int status;
	pid_t pid;
	do {
		pid = waitpid(-1, &status, blocking ? 0 : WNOHANG);
	} while (pid < 0 && errno == EINTR);
	if (pid <= 0) {
		if (pid < 0) {
			wserver_set_errno(errno);
		}
		RETURN_FALSE;
	}
	array_init(return_value);
	add_assoc_long(return_value, "pid", pid);
	add_assoc_long(return_value, "code", WIFEXITED(status) ? WEXITSTATUS(status) : 0);
	add_assoc_long(return_value, "signal", WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

ZEND_METHOD(WServer_Process, kill)
{
	zend_long pid, signo = SIGTERM;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_LONG(pid)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(signo)
	ZEND_PARSE_PARAMETERS_END();
	if (pid < INT_MIN || pid > INT_MAX || (pid_t) pid != pid) {
		/* a pid that wraps could become -1: every process this user may signal */
		zend_argument_value_error(1, "must be a process id, " ZEND_LONG_FMT " given", pid);
		RETURN_THROWS();
	}
	if (signo < 0 || signo >= NSIG) {
		zend_argument_value_error(2, "must be a signal number (0 to %d), " ZEND_LONG_FMT " given",
		                          NSIG - 1, signo);
		RETURN_THROWS();
	}
	if (kill((pid_t) pid, (int) signo) < 0) {
		int err = errno;
		wserver_set_errno(err);
		/* kill($pid, 0) asks whether pid exists: "no" is an answer, not a failure to warn of */
		if (!(signo == 0 && err == ESRCH)) {
			php_error_docref(NULL, E_WARNING,
			                 "kill(" ZEND_LONG_FMT ", " ZEND_LONG_FMT ") failed: %s", pid, signo,
			                 strerror(err));
		}
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

/* ---- the System V message queue ---- */

#define QUEUE_MSG_MAX 65536

typedef struct {
	long type;
	char data[QUEUE_MSG_MAX];
} queue_msg;

static wserver_process_obj *queue_or_warn(zval *this_zv, const char *what)
{
	wserver_process_obj *p = Z_WSERVER_PROCESS_P(this_zv);
	if (p->queue < 0) {
		php_error_docref(NULL, E_WARNING, "no msgqueue, cannot use %s()", what);
		return NULL;
	}
	return p;
}

ZEND_METHOD(WServer_Process, useQueue)
{
	zend_long key = 0, mode = 2, capacity = -1;
	ZEND_PARSE_PARAMETERS_START(0, 3)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(key)
	Z_PARAM_LONG(mode)
	Z_PARAM_LONG(capacity)
	ZEND_PARSE_PARAMETERS_END();
	wserver_process_obj *p = Z_WSERVER_PROCESS_P(ZEND_THIS);
	if (key <= 0) {
		key = ftok(zend_get_executed_filename(), 1);
	}
	int id = msgget((key_t) key, IPC_CREAT | 0666);
	if (id < 0) {
		wserver_set_errno(errno);
		php_error_docref(NULL, E_WARNING, "msgget() failed: %s", strerror(errno));
		RETURN_FALSE;
	}
	if (capacity > 0) {
		struct msqid_ds ds;
		if (msgctl(id, IPC_STAT, &ds) == 0) {
			ds.msg_qbytes = (msglen_t) capacity;
			if (msgctl(id, IPC_SET, &ds) < 0) {
				php_error_docref(NULL, E_WARNING,
				                 "cannot set the capacity to " ZEND_LONG_FMT ": %s", capacity,
				                 strerror(errno));
			}
		}
	}
	p->queue = id;
	p->queue_nowait = (mode & 256) != 0;
	p->queue_orient = (mode & ~256) == 1;
	set_prop_long(p, "msgQueueId", id);
	set_prop_long(p, "msgQueueKey", key);
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Process, statQueue)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_process_obj *p = queue_or_warn(ZEND_THIS, "statQueue");
	struct msqid_ds ds;
	if (!p) {
		RETURN_FALSE;
	}
	if (msgctl(p->queue, IPC_STAT, &ds) < 0) {
		wserver_set_errno(errno);
		RETURN_FALSE;
	}
	array_init(return_value);
	add_assoc_long(return_value, "queue_num", (zend_long) ds.msg_qnum);
	add_assoc_long(return_value, "queue_bytes", (zend_long) ds.msg_cbytes);
}

ZEND_METHOD(WServer_Process, freeQueue)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_process_obj *p = Z_WSERVER_PROCESS_P(ZEND_THIS);
	if (p->queue < 0) {
		RETURN_FALSE;
	}
	if (msgctl(p->queue, IPC_RMID, NULL) < 0) {
		wserver_set_errno(errno);
		RETURN_FALSE;
	}
	p->queue = -1;
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Process, push)
{
	char *data;
	size_t len;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STRING(data, len)
	ZEND_PARSE_PARAMETERS_END();
	if (len == 0) {
		php_error_docref(NULL, E_WARNING, "the data to push is empty");
		RETURN_FALSE;
	}
	if (len >= QUEUE_MSG_MAX) {
		php_error_docref(NULL, E_WARNING, "the data to push is too big (at most %d bytes)",
		                 QUEUE_MSG_MAX - 1);
		RETURN_FALSE;
	}
	wserver_process_obj *p = queue_or_warn(ZEND_THIS, "push");
	if (!p) {
		RETURN_FALSE;
	}
	queue_msg *m = emalloc(sizeof(long) + len);
	m->type = (long) p->id + 1;
	memcpy(m->data, data, len);
	int r;
	do {
		r = msgsnd(p->queue, m, len, p->queue_nowait ? IPC_NOWAIT : 0);
	} while (r < 0 && errno == EINTR);
	efree(m);
	if (r < 0) {
		wserver_set_errno(errno);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Process, pop)
{
	zend_long size = QUEUE_MSG_MAX;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(size)
	ZEND_PARSE_PARAMETERS_END();
	if (size <= 0 || size > QUEUE_MSG_MAX) {
		size = QUEUE_MSG_MAX;
	}
	wserver_process_obj *p = queue_or_warn(ZEND_THIS, "pop");
	if (!p) {
		RETURN_FALSE;
	}
	queue_msg *m = emalloc(sizeof(long) + (size_t) size);
	ssize_t n = msgrcv(p->queue, m, (size_t) size, p->queue_orient ? (long) p->id + 1 : 0,
	                   p->queue_nowait ? IPC_NOWAIT : 0);
	if (n < 0) {
		wserver_set_errno(errno);
		efree(m);
		RETURN_FALSE;
	}
	RETVAL_STRINGL(m->data, (size_t) n);
	efree(m);
}

/* ---- the rest ---- */

ZEND_METHOD(WServer_Process, exec)
{
	char *file;
	size_t file_len;
	HashTable *args;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_PATH(file, file_len)
	Z_PARAM_ARRAY_HT(args)
	ZEND_PARSE_PARAMETERS_END();
	if (file_len == 0) {
		zend_argument_value_error(1, "cannot be empty");
		RETURN_THROWS();
	}
	uint32_t n = zend_hash_num_elements(args);
	char **argv = safe_emalloc(n + 2, sizeof(char *), 0);
	zend_string **strs = safe_emalloc(n + 1, sizeof(zend_string *), 0);
	uint32_t i = 0;
	zval *v;
	argv[0] = file;
	ZEND_HASH_FOREACH_VAL(args, v) {
		strs[i] = zval_get_string(v);
		argv[i + 1] = ZSTR_VAL(strs[i]);
		i++;
	}
	ZEND_HASH_FOREACH_END();
	argv[i + 1] = NULL;
	execv(file, argv);
	/* still here: it failed */
	wserver_set_errno(errno);
	php_error_docref(NULL, E_WARNING, "execv(%s) failed: %s", file, strerror(errno));
	while (i > 0) {
		zend_string_release(strs[--i]);
	}
	efree(strs);
	efree(argv);
	RETURN_FALSE;
}

/* who for set/getPriority(): given, or the child for PRIO_PROCESS; false after a warning */
static bool priority_who(wserver_process_obj *p, zend_long which, bool who_null, zend_long *who)
{
	if (!who_null) {
		return true;
	}
	if (which != PRIO_PROCESS) {
		php_error_docref(NULL, E_WARNING, "$who parameter must not be null");
		wserver_set_errno(WSERVER_ERROR_INVALID_PARAMS);
		return false;
	}
	*who = p->pid;
	return true;
}

ZEND_METHOD(WServer_Process, setPriority)
{
	zend_long which, priority, who = 0;
	bool who_null = true;
	ZEND_PARSE_PARAMETERS_START(2, 3)
	Z_PARAM_LONG(which)
	Z_PARAM_LONG(priority)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG_OR_NULL(who, who_null)
	ZEND_PARSE_PARAMETERS_END();
	if (!priority_who(Z_WSERVER_PROCESS_P(ZEND_THIS), which, who_null, &who)) {
		RETURN_FALSE;
	}
	if (setpriority((int) which, (id_t) who, (int) priority) < 0) {
		wserver_set_errno(errno);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Process, getPriority)
{
	zend_long which, who = 0;
	bool who_null = true;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_LONG(which)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG_OR_NULL(who, who_null)
	ZEND_PARSE_PARAMETERS_END();
	if (!priority_who(Z_WSERVER_PROCESS_P(ZEND_THIS), which, who_null, &who)) {
		RETURN_FALSE;
	}
	errno = 0;
	int prio = getpriority((int) which, (id_t) who);
	if (prio == -1 && errno != 0) {
		wserver_set_errno(errno);
		RETURN_FALSE;
	}
	RETURN_LONG(prio);
}

ZEND_METHOD(WServer_Process, exportSocket)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_process_obj *p = Z_WSERVER_PROCESS_P(ZEND_THIS);
	int fd = pipe_or_warn(p, "export");
	if (fd < 0) {
		RETURN_FALSE;
	}
	if (!p->socket) {
		zval sock;
		if (!wserver_socket_wrap(&sock, fd, AF_UNIX,
		                         p->pipe_type == PIPE_TYPE_STREAM ? SOCK_STREAM : SOCK_DGRAM)) {
			wserver_set_errno(errno);
			php_error_docref(NULL, E_WARNING, "dup() failed: %s", strerror(errno));
			RETURN_FALSE;
		}
		p->socket = Z_OBJ(sock);
	}
	GC_ADDREF(p->socket);
	RETURN_OBJ(p->socket);
}

void wserver_process_minit(int module_number)
{
	register_process_symbols(module_number);
	wserver_process_ce = register_class_WServer_Process();
	wserver_process_ce->create_object = process_create;
	memcpy(&process_handlers, zend_get_std_object_handlers(), sizeof(process_handlers));
	process_handlers.offset = XtOffsetOf(wserver_process_obj, std);
	process_handlers.free_obj = process_free;
	process_handlers.get_gc = process_get_gc;
	process_handlers.clone_obj = NULL;
}
