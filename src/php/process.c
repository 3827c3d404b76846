/* WServer\Process: a child process that runs a callback (Swoole's Process). start() forks; the
 * parent and the child talk over a socket pair, and the parent reaps with Process::wait().
 * In the child the callback runs, then the child exits (exit()'s code, 0 after a return, 255
 * after an uncaught exception): it never goes on with the parent's code. */
#include "process.h"
#include "coro.h"
#include "event.h"
#include "exception.h"
#include "master.h"
#include "runtime.h"
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "main/php_output.h"
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
	set_prop_long(p, "id", next_id++);
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

/* In the child, from start(): never returns to the parent's code. */
static void child_main(wserver_process_obj *p, zval *self)
{
	p->child = true;
	p->pid = getpid();
	close_end(p, 0);
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
	pid_t pid = fork();
	if (pid < 0) {
		wserver_set_errno(errno);
		php_error_docref(NULL, E_WARNING, "fork() failed: %s", strerror(errno));
		RETURN_FALSE;
	}
	if (pid == 0) {
		child_main(p, ZEND_THIS);
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
	if (seconds > 0) {
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

void wserver_process_minit(void)
{
	wserver_process_ce = register_class_WServer_Process();
	wserver_process_ce->create_object = process_create;
	memcpy(&process_handlers, zend_get_std_object_handlers(), sizeof(process_handlers));
	process_handlers.offset = XtOffsetOf(wserver_process_obj, std);
	process_handlers.free_obj = process_free;
	process_handlers.get_gc = process_get_gc;
	process_handlers.clone_obj = NULL;
}
