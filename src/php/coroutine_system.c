/* WServer\Coroutine\System (Swoole's Coroutine\System) and the same calls on Coroutine: waits
 * that suspend only the calling coroutine. Files and name lookups block in the kernel, so they
 * run in a helper thread (offload.c); a child's end is a pidfd the loop watches; signals and
 * descriptors are plain watchers of the loop. */
#include "coroutine_system.h"
#include "coro.h"
#include "coroutine.h"
#include "event.h"
#include "errors.h"
#include "system.h"
#include "offload.h"
#include "runtime.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ext/standard/file.h"
#include "zend_smart_str.h"

#include "stubs/coroutine_system_arginfo.h"

extern char **environ;

ZEND_METHOD(WServer_Coroutine, sleep); /* coroutine.c */

#define FILE_LOCK   LOCK_EX /* WSERVER_FILE_LOCK, Swoole's SW_FILE_LOCK */
#define FILE_APPEND 8       /* PHP's FILE_APPEND */

/* The running coroutine, or an exception naming what needs one. */
static bool in_coroutine(const char *what)
{
	return wserver_coro_require(what);
}

/* A wait that did not end well: false with last_error() saying why. */
static void wait_failed(int status, int timeout_code)
{
	wserver_set_errno(status == WSERVER_WAIT_TIMEOUT ? timeout_code : WSERVER_ERROR_CO_CANCELED);
}

/* ---- files ---- */

typedef struct file_job {
	char *path;
	int flags;  /* FILE_LOCK, FILE_APPEND */
	char *data; /* what to write; what was read */
	size_t len;
	int err;            /* errno of the failing call; 0: done */
	const char *failed; /* which call failed */
} file_job;

static void file_job_free(void *arg)
{
	file_job *job = arg;
	free(job->path);
	free(job->data);
	free(job);
}

static void read_work(void *arg)
{
	file_job *job = arg;
	int fd = open(job->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		job->err = errno;
		job->failed = "open";
		return;
	}
	if ((job->flags & FILE_LOCK) && flock(fd, LOCK_SH) < 0) {
		job->err = errno;
		job->failed = "flock";
		close(fd);
		return;
	}
	struct stat st;
	size_t cap = fstat(fd, &st) == 0 && st.st_size > 0 ? (size_t) st.st_size + 1 : 8192;
	job->data = malloc(cap);
	for (;;) {
		if (!job->data) {
			job->err = ENOMEM;
			job->failed = "malloc";
			break;
		}
		if (job->len == cap) { /* it grew, or has no size (a pipe, /proc) */
			char *more = realloc(job->data, cap * 2);
			if (!more) {
				continue; /* ENOMEM above */
			}
			job->data = more;
			cap *= 2;
		}
		ssize_t n = read(fd, job->data + job->len, cap - job->len);
		if (n > 0) {
			job->len += (size_t) n;
		} else if (n == 0) {
			break;
		} else if (errno != EINTR) {
			job->err = errno;
			job->failed = "read";
			break;
		}
	}
	close(fd); /* drops the lock */
}

static void write_work(void *arg)
{
	file_job *job = arg;
	int oflags =
	    O_CREAT | O_WRONLY | O_NOFOLLOW | O_CLOEXEC | ((job->flags & FILE_APPEND) ? O_APPEND : 0);
	int fd = open(job->path, oflags, 0644);
	if (fd < 0) {
		job->err = errno;
		job->failed = "open";
		return;
	}
	/* truncated only once locked, so a reader under the lock never sees it half written */
	if ((job->flags & FILE_LOCK) && flock(fd, LOCK_EX) < 0) {
		job->err = errno;
		job->failed = "flock";
	} else if (!(job->flags & FILE_APPEND) && ftruncate(fd, 0) < 0) {
		job->err = errno;
		job->failed = "ftruncate";
	}
	size_t done = 0;
	while (!job->err && done < job->len) {
		ssize_t n = write(fd, job->data + done, job->len - done);
		if (n >= 0) {
			done += (size_t) n;
		} else if (errno != EINTR) {
			job->err = errno;
			job->failed = "write";
		}
	}
	job->len = done;
	close(fd);
}

/* Run a file job; true when it ran to the end (job->err may still be set). */
static bool file_job_run(const char *what, wserver_offload_fn work, file_job *job)
{
	int status = wserver_offload(work, file_job_free, job, -1);
	if (status == WSERVER_OFFLOAD_NO_THREAD) {
		wserver_set_errno(errno);
		php_error_docref(NULL, E_WARNING, "Cannot start a thread for %s: %s", what,
		                 strerror(errno));
		file_job_free(job);
		return false;
	}
	if (status != WSERVER_WAIT_OK) {
		wait_failed(status, WSERVER_ERROR_CO_TIMEDOUT);
		return false;
	}
	if (job->err) {
		wserver_set_errno(job->err);
		php_error_docref(NULL, E_WARNING, "%s(%s) failed: %s", job->failed, job->path,
		                 strerror(job->err));
		file_job_free(job);
		return false;
	}
	return true;
}

static file_job *file_job_new(const char *path, zend_long flags)
{
	file_job *job = calloc(1, sizeof(*job));
	if (job) {
		job->path = strdup(path);
		job->flags = (int) flags;
		if (!job->path) {
			free(job);
			job = NULL;
		}
	}
	return job;
}

static void system_read_file(INTERNAL_FUNCTION_PARAMETERS)
{
	char *path;
	size_t path_len;
	zend_long flags = 0;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_PATH(path, path_len)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();
	if (path_len == 0) {
		zend_argument_value_error(1, "cannot be empty");
		RETURN_THROWS();
	}
	if (!in_coroutine("WServer\\Coroutine\\System::readFile()")) {
		RETURN_THROWS();
	}
	file_job *job = file_job_new(path, flags);
	if (!job) {
		zend_throw_error(NULL, "Out of memory");
		RETURN_THROWS();
	}
	if (!file_job_run("readFile()", read_work, job)) {
		RETURN_FALSE;
	}
	RETVAL_STRINGL(job->data ? job->data : "", job->len);
	file_job_free(job);
}

static void system_write_file(INTERNAL_FUNCTION_PARAMETERS)
{
	char *path, *data;
	size_t path_len, data_len;
	zend_long flags = 0;
	ZEND_PARSE_PARAMETERS_START(2, 3)
	Z_PARAM_PATH(path, path_len)
	Z_PARAM_STRING(data, data_len)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();
	if (path_len == 0) {
		zend_argument_value_error(1, "cannot be empty");
		RETURN_THROWS();
	}
	if (!in_coroutine("WServer\\Coroutine\\System::writeFile()")) {
		RETURN_THROWS();
	}
	file_job *job = file_job_new(path, flags);
	if (job) {
		job->data = malloc(data_len ? data_len : 1);
		job->len = data_len;
	}
	if (!job || !job->data) {
		if (job) {
			file_job_free(job);
		}
		zend_throw_error(NULL, "Out of memory");
		RETURN_THROWS();
	}
	memcpy(job->data, data, data_len);
	if (!file_job_run("writeFile()", write_work, job)) {
		RETURN_FALSE;
	}
	RETVAL_LONG((zend_long) job->len);
	file_job_free(job);
}

/* ---- names ---- */

typedef struct dns_job {
	char *host, *service;
	struct addrinfo hints;
	struct addrinfo *res;
	int gai_err;
} dns_job;

static void dns_job_free(void *arg)
{
	dns_job *job = arg;
	if (job->res) {
		freeaddrinfo(job->res);
	}
	free(job->host);
	free(job->service);
	free(job);
}

static void dns_work(void *arg)
{
	dns_job *job = arg;
	job->gai_err = getaddrinfo(job->host, job->service, &job->hints, &job->res);
}

/* Resolve host in a helper thread; the job (freed by the caller) on success, else NULL with
 * last_error() set (and a warning for bad input). */
static dns_job *resolve(const char *host, size_t host_len, zend_long family, zend_long socktype,
                        zend_long protocol, const char *service, double timeout)
{
	if (host_len == 0) {
		php_error_docref(NULL, E_WARNING, "The domain name is empty");
		wserver_set_errno(WSERVER_ERROR_INVALID_PARAMS);
		return NULL;
	}
	if (family != AF_INET && family != AF_INET6) {
		php_error_docref(NULL, E_WARNING, "Unknown protocol family, must be AF_INET or AF_INET6");
		wserver_set_errno(WSERVER_ERROR_INVALID_PARAMS);
		return NULL;
	}
	dns_job *job = calloc(1, sizeof(*job));
	if (!job || !(job->host = strdup(host)) || (service && !(job->service = strdup(service)))) {
		if (job) {
			dns_job_free(job);
		}
		wserver_set_errno(ENOMEM);
		return NULL;
	}
	job->hints.ai_family = (int) family;
	job->hints.ai_socktype = (int) socktype;
	job->hints.ai_protocol = (int) protocol;
	int status = wserver_offload(dns_work, dns_job_free, job, timeout > 0 ? timeout : -1);
	if (status == WSERVER_OFFLOAD_NO_THREAD) {
		wserver_set_errno(errno);
		dns_job_free(job);
		return NULL;
	}
	if (status != WSERVER_WAIT_OK) {
		wait_failed(status, WSERVER_ERROR_DNSLOOKUP_RESOLVE_TIMEOUT);
		return NULL;
	}
	if (job->gai_err != 0 || !job->res) {
		wserver_set_errno(WSERVER_ERROR_DNSLOOKUP_RESOLVE_FAILED);
		dns_job_free(job);
		return NULL;
	}
	return job;
}

static bool address_string(const struct addrinfo *ai, char *buf, size_t len)
{
	const void *addr = ai->ai_family == AF_INET6
	                       ? (const void *) &((struct sockaddr_in6 *) ai->ai_addr)->sin6_addr
	                       : (const void *) &((struct sockaddr_in *) ai->ai_addr)->sin_addr;
	return inet_ntop(ai->ai_family, addr, buf, (socklen_t) len) != NULL;
}

/* The first address of host, or false. */
static void first_address(INTERNAL_FUNCTION_PARAMETERS, const char *host, size_t host_len,
                          zend_long family, double timeout)
{
	dns_job *job = resolve(host, host_len, family, SOCK_STREAM, 0, NULL, timeout);
	if (!job) {
		RETURN_FALSE;
	}
	char buf[INET6_ADDRSTRLEN];
	bool ok = address_string(job->res, buf, sizeof(buf));
	dns_job_free(job);
	if (!ok) {
		wserver_set_errno(WSERVER_ERROR_DNSLOOKUP_RESOLVE_FAILED);
		RETURN_FALSE;
	}
	RETURN_STRING(buf);
}

static void system_gethostbyname(INTERNAL_FUNCTION_PARAMETERS)
{
	char *host;
	size_t host_len;
	zend_long family = AF_INET;
	double timeout = -1;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_STRING(host, host_len)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(family)
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	if (!in_coroutine("WServer\\Coroutine\\System::gethostbyname()")) {
		RETURN_THROWS();
	}
	first_address(INTERNAL_FUNCTION_PARAM_PASSTHRU, host, host_len, family, timeout);
}

static void system_dns_lookup(INTERNAL_FUNCTION_PARAMETERS)
{
	char *host;
	size_t host_len;
	double timeout = 60;
	zend_long family = AF_INET;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_STRING(host, host_len)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	Z_PARAM_LONG(family)
	ZEND_PARSE_PARAMETERS_END();
	if (!in_coroutine("WServer\\Coroutine\\System::dnsLookup()")) {
		RETURN_THROWS();
	}
	first_address(INTERNAL_FUNCTION_PARAM_PASSTHRU, host, host_len, family, timeout);
}

static void system_getaddrinfo(INTERNAL_FUNCTION_PARAMETERS)
{
	char *host, *service = NULL;
	size_t host_len, service_len = 0;
	zend_long family = AF_INET, socktype = SOCK_STREAM, protocol = IPPROTO_TCP;
	double timeout = -1;
	ZEND_PARSE_PARAMETERS_START(1, 6)
	Z_PARAM_STRING(host, host_len)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(family)
	Z_PARAM_LONG(socktype)
	Z_PARAM_LONG(protocol)
	Z_PARAM_STRING_OR_NULL(service, service_len)
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	if (!in_coroutine("WServer\\Coroutine\\System::getaddrinfo()")) {
		RETURN_THROWS();
	}
	dns_job *job = resolve(host, host_len, family, socktype, protocol,
	                       service && service_len ? service : NULL, timeout);
	if (!job) {
		RETURN_FALSE;
	}
	array_init(return_value);
	for (struct addrinfo *ai = job->res; ai; ai = ai->ai_next) {
		char buf[INET6_ADDRSTRLEN];
		if ((ai->ai_family == AF_INET || ai->ai_family == AF_INET6) &&
		    address_string(ai, buf, sizeof(buf))) {
			add_next_index_string(return_value, buf);
		}
	}
	dns_job_free(job);
}

static void system_statvfs(INTERNAL_FUNCTION_PARAMETERS)
{
	char *path;
	size_t path_len;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_PATH(path, path_len)
	ZEND_PARSE_PARAMETERS_END();
	if (path_len == 0) {
		zend_argument_value_error(1, "cannot be empty");
		RETURN_THROWS();
	}
	struct statvfs st;
	if (statvfs(path, &st) < 0) { /* metadata only: answered from the kernel's caches */
		wserver_set_errno(errno);
		RETURN_FALSE;
	}
	array_init(return_value);
	add_assoc_long(return_value, "bsize", (zend_long) st.f_bsize);
	add_assoc_long(return_value, "frsize", (zend_long) st.f_frsize);
	add_assoc_long(return_value, "blocks", (zend_long) st.f_blocks);
	add_assoc_long(return_value, "bfree", (zend_long) st.f_bfree);
	add_assoc_long(return_value, "bavail", (zend_long) st.f_bavail);
	add_assoc_long(return_value, "files", (zend_long) st.f_files);
	add_assoc_long(return_value, "ffree", (zend_long) st.f_ffree);
	add_assoc_long(return_value, "favail", (zend_long) st.f_favail);
	add_assoc_long(return_value, "fsid", (zend_long) st.f_fsid);
	add_assoc_long(return_value, "flag", (zend_long) st.f_flag);
	add_assoc_long(return_value, "namemax", (zend_long) st.f_namemax);
}

/* ---- descriptors, children, signals ---- */

typedef struct fd_wait {
	ev_io io;
	wserver_waiter w;
	int revents;
} fd_wait;

static void fd_wait_on_io(struct ev_loop *loop, ev_io *io, int revents)
{
	fd_wait *fw = (fd_wait *) io;
	ev_io_stop(loop, io);
	fw->revents = revents;
	wserver_coro_wake_from_loop(&fw->w, WSERVER_WAIT_OK);
}

/* Suspend until fd is ready for events (EV_READ | EV_WRITE); the wait status, *ready what
 * it is ready for. */
static int wait_fd(int fd, int events, double timeout, int *ready)
{
	fd_wait fw;
	memset(&fw, 0, sizeof(fw));
	ZVAL_UNDEF(&fw.w.data);
	ev_io_init(&fw.io, fd_wait_on_io, fd, events);
	ev_io_start(wserver_runtime_loop(), &fw.io);
	int status = wserver_coro_wait(NULL, &fw.w, timeout);
	if (wserver_runtime_loop()) {
		ev_io_stop(wserver_runtime_loop(), &fw.io);
	}
	*ready = fw.revents;
	return status;
}

static void system_wait_event(INTERNAL_FUNCTION_PARAMETERS)
{
	zval *sock;
	zend_long events = 512;
	double timeout = -1;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_ZVAL(sock)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(events)
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	if (!in_coroutine("WServer\\Coroutine\\System::waitEvent()")) {
		RETURN_THROWS();
	}
	int fd = wserver_event_fd_of(sock);
	if (fd < 0) {
		RETURN_FALSE;
	}
	int ev = ((events & 512) ? EV_READ : 0) | ((events & 1024) ? EV_WRITE : 0);
	if (!ev) {
		zend_argument_value_error(2, "must contain WSERVER_EVENT_READ or WSERVER_EVENT_WRITE");
		RETURN_THROWS();
	}
	int ready = 0;
	int status = wait_fd(fd, ev, timeout, &ready);
	if (status != WSERVER_WAIT_OK) {
		wserver_set_errno(status == WSERVER_WAIT_TIMEOUT ? ETIMEDOUT : WSERVER_ERROR_CO_CANCELED);
		RETURN_FALSE;
	}
	RETURN_LONG(((ready & EV_READ) ? 512 : 0) | ((ready & EV_WRITE) ? 1024 : 0));
}

static void child_result(zval *return_value, pid_t pid, int status)
{
	array_init(return_value);
	add_assoc_long(return_value, "pid", pid);
	add_assoc_long(return_value, "code", WIFEXITED(status) ? WEXITSTATUS(status) : 0);
	add_assoc_long(return_value, "signal", WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

/* Wait for the child pid to end (its pidfd turns readable then) and reap it. pid > 0, or -1
 * with last_error() set. */
static pid_t wait_child(pid_t pid, int *wstatus, double timeout)
{
	pid_t r = waitpid(pid, wstatus, WNOHANG);
	if (r != 0) {
		if (r < 0) {
			wserver_set_errno(errno);
		}
		return r;
	}
	int pidfd = (int) syscall(SYS_pidfd_open, pid, 0);
	if (pidfd < 0) {
		wserver_set_errno(errno);
		return -1;
	}
	int ready, status = wait_fd(pidfd, EV_READ, timeout, &ready);
	close(pidfd);
	if (status != WSERVER_WAIT_OK) {
		wserver_set_errno(status == WSERVER_WAIT_TIMEOUT ? ETIMEDOUT : WSERVER_ERROR_CO_CANCELED);
		return -1;
	}
	r = waitpid(pid, wstatus, WNOHANG);
	if (r <= 0) {
		wserver_set_errno(r < 0 ? errno : ECHILD); /* reaped elsewhere meanwhile */
		return -1;
	}
	return r;
}

static void system_wait_pid(INTERNAL_FUNCTION_PARAMETERS)
{
	zend_long pid;
	double timeout = -1;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_LONG(pid)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	if (!in_coroutine("WServer\\Coroutine\\System::waitPid()")) {
		RETURN_THROWS();
	}
	if (pid <= 0 || pid > INT_MAX) {
		zend_argument_value_error(1, "must be a process id greater than 0");
		RETURN_THROWS();
	}
	int wstatus;
	pid_t r = wait_child((pid_t) pid, &wstatus, timeout);
	if (r < 0) {
		RETURN_FALSE;
	}
	child_result(return_value, r, wstatus);
}

/* Any child: no descriptor says that one of several ended, and a SIGCHLD handler is the
 * process's to set, so its state is checked every WAIT_ANY_POLL seconds. */
#define WAIT_ANY_POLL 0.01

static void system_wait(INTERNAL_FUNCTION_PARAMETERS)
{
	double timeout = -1;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	if (!in_coroutine("WServer\\Coroutine\\System::wait()")) {
		RETURN_THROWS();
	}
	double left = timeout;
	for (;;) {
		int wstatus;
		pid_t r = waitpid(-1, &wstatus, WNOHANG);
		if (r > 0) {
			child_result(return_value, r, wstatus);
			return;
		}
		if (r < 0) {
			wserver_set_errno(errno); /* ECHILD: none */
			RETURN_FALSE;
		}
		if (timeout > 0 && left <= 0) {
			wserver_set_errno(ETIMEDOUT);
			RETURN_FALSE;
		}
		double step = timeout > 0 && left < WAIT_ANY_POLL ? left : WAIT_ANY_POLL;
		wserver_waiter w;
		ZVAL_UNDEF(&w.data);
		int status = wserver_coro_wait(NULL, &w, step);
		if (status != WSERVER_WAIT_TIMEOUT) { /* the step's end is a time-out */
			wserver_set_errno(WSERVER_ERROR_CO_CANCELED);
			RETURN_FALSE;
		}
		left -= step;
	}
}

typedef struct signal_wait {
	ev_signal sig[NSIG];
	wserver_waiter w;
	int signo;
} signal_wait;

static void signal_wait_on_signal(struct ev_loop *loop, ev_signal *s, int revents)
{
	signal_wait *sw = s->data;
	(void) loop;
	(void) revents;
	if (!sw->signo) {
		sw->signo = s->signum;
		wserver_coro_wake_from_loop(&sw->w, WSERVER_WAIT_OK);
	}
}

static void system_wait_signal(INTERNAL_FUNCTION_PARAMETERS)
{
	zval *signals;
	double timeout = -1;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ZVAL(signals)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	if (!in_coroutine("WServer\\Coroutine\\System::waitSignal()")) {
		RETURN_THROWS();
	}
	bool wanted[NSIG] = {false};
	int n = 0;
	zval *v;
	if (Z_TYPE_P(signals) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(signals), v) {
			zend_long s = zval_get_long(v);
			if (s <= 0 || s >= NSIG || s == SIGKILL || s == SIGSTOP) {
				n = -1;
				break;
			}
			n += !wanted[s];
			wanted[s] = true;
		}
		ZEND_HASH_FOREACH_END();
	} else {
		zend_long s = zval_get_long(signals);
		n = s > 0 && s < NSIG && s != SIGKILL && s != SIGSTOP ? 1 : -1;
		if (n > 0) {
			wanted[s] = true;
		}
	}
	if (n <= 0) {
		php_error_docref(NULL, E_WARNING, "Invalid signal in the given list");
		wserver_set_errno(EINVAL);
		RETURN_FALSE;
	}
	signal_wait *sw = ecalloc(1, sizeof(*sw));
	ZVAL_UNDEF(&sw->w.data);
	struct ev_loop *loop = wserver_runtime_loop();
	for (int s = 1; s < NSIG; s++) {
		if (wanted[s]) {
			ev_signal_init(&sw->sig[s], signal_wait_on_signal, s);
			sw->sig[s].data = sw;
			ev_signal_start(loop, &sw->sig[s]);
		}
	}
	int status = wserver_coro_wait(NULL, &sw->w, timeout);
	loop = wserver_runtime_loop();
	for (int s = 1; s < NSIG; s++) {
		if (wanted[s] && loop) {
			ev_signal_stop(loop, &sw->sig[s]);
		}
	}
	int signo = sw->signo;
	efree(sw);
	if (status != WSERVER_WAIT_OK) {
		wserver_set_errno(status == WSERVER_WAIT_TIMEOUT ? ETIMEDOUT : WSERVER_ERROR_CO_CANCELED);
		RETURN_FALSE;
	}
	RETURN_LONG(signo);
}

/* ---- exec ---- */

static void system_exec(INTERNAL_FUNCTION_PARAMETERS)
{
	char *command;
	size_t command_len;
	bool with_stderr = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_PATH(command, command_len)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(with_stderr)
	ZEND_PARSE_PARAMETERS_END();
	if (!in_coroutine("WServer\\Coroutine\\System::exec()")) {
		RETURN_THROWS();
	}
	int pipefd[2];
	if (pipe2(pipefd, O_CLOEXEC) < 0) {
		wserver_set_errno(errno);
		php_error_docref(NULL, E_WARNING, "pipe() failed: %s", strerror(errno));
		RETURN_FALSE;
	}
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, pipefd[1], STDOUT_FILENO);
	if (with_stderr) {
		posix_spawn_file_actions_adddup2(&fa, pipefd[1], STDERR_FILENO);
	}
	char *argv[] = {"sh", "-c", command, NULL};
	pid_t pid;
	int rc = posix_spawn(&pid, "/bin/sh", &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(pipefd[1]);
	if (rc != 0) {
		close(pipefd[0]);
		wserver_set_errno(rc);
		php_error_docref(NULL, E_WARNING, "Cannot run /bin/sh: %s", strerror(rc));
		RETURN_FALSE;
	}
	fcntl(pipefd[0], F_SETFL, fcntl(pipefd[0], F_GETFL) | O_NONBLOCK);
	smart_str out = {0};
	bool ok = true;
	for (;;) {
		char buf[8192];
		ssize_t n = read(pipefd[0], buf, sizeof(buf));
		if (n > 0) {
			smart_str_appendl(&out, buf, (size_t) n);
			continue;
		}
		if (n == 0) {
			break; /* the command (and what it started) closed its output */
		}
		if (errno == EINTR) {
			continue;
		}
		int ready;
		if (errno != EAGAIN || wait_fd(pipefd[0], EV_READ, -1, &ready) != WSERVER_WAIT_OK) {
			wserver_set_errno(errno == EAGAIN ? WSERVER_ERROR_CO_CANCELED : errno);
			ok = false;
			break;
		}
	}
	close(pipefd[0]);
	int wstatus = 0;
	if (!ok) {
		kill(pid, SIGKILL); /* canceled: the command is not waited for */
		waitpid(pid, &wstatus, 0);
		smart_str_free(&out);
		RETURN_FALSE;
	}
	if (wait_child(pid, &wstatus, -1) < 0) {
		smart_str_free(&out);
		RETURN_FALSE;
	}
	array_init(return_value);
	add_assoc_long(return_value, "code", WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 0);
	add_assoc_long(return_value, "signal", WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : 0);
	smart_str_0(&out);
	if (out.s) {
		add_assoc_str(return_value, "output", out.s);
	} else {
		add_assoc_string(return_value, "output", "");
	}
}

/* ---- the two classes, and the functions ---- */

#define BOTH(method, impl)                                                                         \
	ZEND_METHOD(WServer_Coroutine_System, method)                                                  \
	{                                                                                              \
		impl(INTERNAL_FUNCTION_PARAM_PASSTHRU);                                                    \
	}                                                                                              \
	ZEND_METHOD(WServer_Coroutine, method)                                                         \
	{                                                                                              \
		impl(INTERNAL_FUNCTION_PARAM_PASSTHRU);                                                    \
	}

BOTH(readFile, system_read_file)
BOTH(writeFile, system_write_file)
BOTH(gethostbyname, system_gethostbyname)
BOTH(dnsLookup, system_dns_lookup)
BOTH(getaddrinfo, system_getaddrinfo)
BOTH(statvfs, system_statvfs)
BOTH(exec, system_exec)
BOTH(wait, system_wait)
BOTH(waitPid, system_wait_pid)
BOTH(waitSignal, system_wait_signal)
BOTH(waitEvent, system_wait_event)

ZEND_METHOD(WServer_Coroutine_System, sleep)
{
	ZEND_MN(WServer_Coroutine_sleep)(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_FUNCTION(WServer_Coroutine_dns_lookup)
{
	system_dns_lookup(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_FUNCTION(WServer_Coroutine_gethostbyname)
{
	system_gethostbyname(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

void wserver_coroutine_system_minit(int module_number)
{
	register_coroutine_system_symbols(module_number);
	register_class_WServer_Coroutine_System();
	zend_register_functions(NULL, ext_functions, NULL, MODULE_PERSISTENT);
}
