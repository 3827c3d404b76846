/* Coroutine sockets: each call tries the syscall first and, on EAGAIN, waits for the fd with
 * an ev_io that wakes the coroutine (the loop goes on meanwhile), then tries again. A wake
 * with nothing to do (Coroutine::resume() of a waiting id) just loops. Never blocks the loop. */
#include "csock.h"
#include "coro.h"
#include "coroutine_options.h"
#include "runtime.h"
#include "tls_socket.h"
#include "core/listener.h"
#include "core/resolve.h"

#include <errno.h>
#include <netdb.h>
#include <poll.h>
#include <string.h>
#include <sys/un.h>
#include <unistd.h>

/* The wake-up of wserver_csock_cancel(), told apart from the worker's stop. */
#define CSOCK_WAIT_USER_CANCEL (-100)

struct wserver_csock_wait {
	wserver_waiter w;
	ev_io io;
};

bool wserver_csock_fail(wserver_csock *s, int err)
{
	s->err = err;
	snprintf(s->msg, sizeof(s->msg), "%s", strerror(err));
	return false;
}

static double deadline_of(double timeout)
{
	return timeout > 0 ? ev_time() + timeout : -1;
}

/* A call's own timeout, else Coroutine::set()'s default for the operation (0: none). */
static double timeout_or_default(double timeout, wserver_socket_op op)
{
	return timeout != 0 ? timeout : wserver_coroutine_socket_timeout(op);
}

static void csock_on_io(struct ev_loop *loop, ev_io *io, int revents)
{
	wserver_csock_wait *cw = io->data;
	(void) revents;
	ev_io_stop(loop, io);
	wserver_coro_wake_from_loop(&cw->w, WSERVER_WAIT_OK);
}

/* A blocking socket's wait: the whole process sleeps in poll(). */
static bool csock_poll(wserver_csock *s, int fd, int events, double deadline)
{
	struct pollfd p = {.fd = fd, .events = events == EV_READ ? POLLIN : POLLOUT};
	for (;;) {
		int ms = -1;
		if (deadline > 0) {
			double left = deadline - ev_time();
			if (left <= 0) {
				return wserver_csock_fail(s, ETIMEDOUT);
			}
			ms = (int) (left * 1000) + 1;
		}
		int rc = poll(&p, 1, ms);
		if (rc > 0) {
			return true; /* ready, or an error the next syscall reports */
		}
		if (rc < 0 && errno != EINTR) {
			return wserver_csock_fail(s, errno);
		}
	}
}

/* Suspend until fd is ready for events (EV_READ or EV_WRITE) or the deadline passes. One
 * coroutine per direction: a second one fails with EBUSY rather than steal the wake-up. */
static bool csock_wait(wserver_csock *s, int fd, int events, double deadline)
{
	if (s->blocking) {
		return csock_poll(s, fd, events, deadline);
	}
	int dir = events == EV_READ ? 0 : 1;
	if (s->waits[dir]) {
		s->err = EBUSY;
		snprintf(s->msg, sizeof(s->msg), "another coroutine is already %s on this socket",
		         dir == 0 ? "reading" : "writing");
		return false;
	}
	double timeout = -1;
	if (deadline > 0) {
		timeout = deadline - ev_time();
		if (timeout <= 0) {
			return wserver_csock_fail(s, ETIMEDOUT);
		}
	}
	wserver_csock_wait cw;
	memset(&cw, 0, sizeof(cw));
	ZVAL_UNDEF(&cw.w.data);
	ev_io_init(&cw.io, csock_on_io, fd, events);
	cw.io.data = &cw;
	ev_io_start(wserver_runtime_loop(), &cw.io);
	s->waits[dir] = &cw;
	int status = wserver_coro_wait(NULL, &cw.w, timeout);
	s->waits[dir] = NULL;
	if (wserver_runtime_loop()) {
		ev_io_stop(wserver_runtime_loop(), &cw.io);
	}
	switch (status) {
	case WSERVER_WAIT_OK:
		return true;
	case WSERVER_WAIT_TIMEOUT:
		return wserver_csock_fail(s, ETIMEDOUT);
	case WSERVER_WAIT_CLOSED:
		return wserver_csock_fail(s, ECONNABORTED);
	case CSOCK_WAIT_USER_CANCEL:
		return wserver_csock_fail(s, ECANCELED);
	default:
		wserver_csock_fail(s, ECANCELED);
		snprintf(s->msg, sizeof(s->msg), "Operation canceled: the worker is stopping");
		return false;
	}
}

bool wserver_csock_wait_ready(wserver_csock *s, int events, double deadline)
{
	return csock_wait(s, s->fd, events, deadline);
}

void wserver_csock_type(zend_long type, int *domain, int *socktype)
{
	/* by WSERVER_SOCK_*: TCP 1, UDP 2, TCP6 3, UDP6 4, UNIX_STREAM 5, UNIX_DGRAM 6 (Swoole's) */
	static const int domains[] = {0, AF_INET, AF_INET, AF_INET6, AF_INET6, AF_UNIX, AF_UNIX};
	static const int types[] = {0,          SOCK_STREAM, SOCK_DGRAM, SOCK_STREAM,
	                            SOCK_DGRAM, SOCK_STREAM, SOCK_DGRAM};
	*domain = domains[type];
	*socktype = types[type];
}

bool wserver_csock_open(wserver_csock *s, int domain, int type, int protocol)
{
	s->domain = domain;
	s->type = type;
	s->protocol = protocol;
	s->fd = socket(domain, type | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol);
	return s->fd >= 0 || wserver_csock_fail(s, errno);
}

bool wserver_csock_bind_reply_path(wserver_csock *s)
{
	struct sockaddr_un un = {.sun_family = AF_UNIX};
	snprintf(un.sun_path, sizeof(un.sun_path), "/tmp/wserver-client.%d.%d.sock", (int) getpid(),
	         s->fd);
	unlink(un.sun_path); /* left by a process of the same pid that was killed */
	if (bind(s->fd, (struct sockaddr *) &un, sizeof(un)) < 0) {
		wserver_csock_fail(s, errno);
		snprintf(s->msg, sizeof(s->msg), "bind(%s): %s", un.sun_path, strerror(s->err));
		return false;
	}
	s->reply_path = true;
	return true;
}

void wserver_csock_adopt(wserver_csock *s, int fd, int domain, int type, int protocol)
{
	s->fd = fd;
	s->domain = domain;
	s->type = type;
	s->protocol = protocol;
}

/* Resolve host in a helper thread; the coroutine waits on the thread's socket. */
static bool csock_resolve(wserver_csock *s, const char *host, int port, double deadline,
                          struct sockaddr_storage *ss, socklen_t *len)
{
	ws_resolve *r = ws_resolve_start(host, s->domain == AF_INET6 ? AF_INET6 : AF_INET);
	if (!r) {
		return wserver_csock_fail(s, errno);
	}
	bool ok = true;
	for (;;) {
		char b;
		ssize_t n = recv(ws_resolve_fd(r), &b, 1, 0);
		if (n >= 0 || (errno != EAGAIN && errno != EINTR)) {
			break; /* answered (or the thread is gone: the result says so) */
		}
		if (!csock_wait(s, ws_resolve_fd(r), EV_READ, deadline)) {
			ok = false;
			break;
		}
	}
	if (ok) {
		int rc = ws_resolve_result(r, port, ss, len);
		if (rc != 0) {
			s->err = WSERVER_CSOCK_EDNS;
			snprintf(s->msg, sizeof(s->msg), "DNS lookup of \"%s\" failed: %s", host,
			         gai_strerror(rc));
			ok = false;
		}
	}
	ws_resolve_free(r);
	return ok;
}

bool wserver_csock_address(wserver_csock *s, const char *host, int port, double timeout,
                           struct sockaddr_storage *ss, socklen_t *len)
{
	memset(ss, 0, sizeof(*ss));
	if (s->domain == AF_UNIX) {
		struct sockaddr_un *un = (struct sockaddr_un *) ss;
		if (strlen(host) >= sizeof(un->sun_path)) {
			return wserver_csock_fail(s, ENAMETOOLONG);
		}
		un->sun_family = AF_UNIX;
		strcpy(un->sun_path, host);
		*len = sizeof(*un);
		return true;
	}
	if (port < 0 || port > 65535) {
		s->err = EINVAL;
		snprintf(s->msg, sizeof(s->msg), "port %d is out of range (0-65535)", port);
		return false;
	}
	if (ws_resolve_literal(host, s->domain, port, ss, len)) {
		return true; /* a literal address: no lookup */
	}
	return csock_resolve(s, host, port, deadline_of(timeout), ss, len);
}

bool wserver_csock_connect(wserver_csock *s, const char *host, int port, double timeout)
{
	timeout = timeout_or_default(timeout, WSERVER_SOCKET_CONNECT);
	double deadline = deadline_of(timeout);
	struct sockaddr_storage ss;
	socklen_t len;
	if (!wserver_csock_address(s, host, port, timeout, &ss, &len)) {
		return false;
	}
	int rc;
	do {
		rc = connect(s->fd, (struct sockaddr *) &ss, len);
	} while (rc < 0 && errno == EINTR);
	if (rc == 0) {
		return true;
	}
	if (errno != EINPROGRESS) {
		return wserver_csock_fail(s, errno);
	}
	for (;;) {
		if (!csock_wait(s, s->fd, EV_WRITE, deadline)) {
			return false;
		}
		int err = 0;
		socklen_t elen = sizeof(err);
		if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &err, &elen) < 0) {
			err = errno;
		}
		if (err != 0) {
			return wserver_csock_fail(s, err);
		}
		/* a wake without the socket being ready (Coroutine::resume() of this id) waits on */
		struct sockaddr_storage peer;
		socklen_t plen = sizeof(peer);
		if (getpeername(s->fd, (struct sockaddr *) &peer, &plen) == 0) {
			return true;
		}
	}
}

static bool would_block(void)
{
	return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
}

ssize_t wserver_csock_send(wserver_csock *s, const char *p, size_t n, double timeout, bool all)
{
	double deadline = deadline_of(timeout_or_default(timeout, WSERVER_SOCKET_WRITE));
	if (s->tls) {
		return wserver_tls_send(s, p, n, deadline, all);
	}
	size_t done = 0;
	while (done < n || n == 0) {
		ssize_t w = send(s->fd, p + done, n - done, MSG_NOSIGNAL);
		if (w >= 0) {
			done += (size_t) w;
			if (!all || n == 0) {
				break;
			}
			continue;
		}
		if (!would_block()) {
			wserver_csock_fail(s, errno);
			return -1;
		}
		if (errno != EINTR && !csock_wait(s, s->fd, EV_WRITE, deadline)) {
			return -1;
		}
	}
	return (ssize_t) done;
}

ssize_t wserver_csock_recv(wserver_csock *s, char *p, size_t n, double timeout, bool all)
{
	double deadline = deadline_of(timeout_or_default(timeout, WSERVER_SOCKET_READ));
	if (s->tls) {
		return wserver_tls_recv(s, p, n, deadline, all);
	}
	size_t done = 0;
	while (done < n) {
		ssize_t r = recv(s->fd, p + done, n - done, 0);
		if (r > 0) {
			done += (size_t) r;
			if (!all) {
				break;
			}
			continue;
		}
		if (r == 0) {
			break; /* EOF */
		}
		if (!would_block()) {
			wserver_csock_fail(s, errno);
			return done > 0 ? (ssize_t) done : -1;
		}
		if (errno != EINTR && !csock_wait(s, s->fd, EV_READ, deadline)) {
			return done > 0 ? (ssize_t) done : -1;
		}
	}
	return (ssize_t) done;
}

int wserver_csock_accept(wserver_csock *s, double timeout, struct sockaddr_storage *peer,
                         socklen_t *len)
{
	double deadline = deadline_of(timeout);
	for (;;) {
		*len = sizeof(*peer);
		int fd = accept4(s->fd, (struct sockaddr *) peer, len, SOCK_NONBLOCK | SOCK_CLOEXEC);
		if (fd >= 0) {
			return fd;
		}
		if (!would_block() && errno != ECONNABORTED) {
			wserver_csock_fail(s, errno);
			return -1;
		}
		if (errno == EAGAIN && !csock_wait(s, s->fd, EV_READ, deadline)) {
			return -1;
		}
	}
}

ssize_t wserver_csock_sendto(wserver_csock *s, const char *host, int port, const char *p, size_t n,
                             double timeout)
{
	double deadline = deadline_of(timeout);
	struct sockaddr_storage ss;
	socklen_t len;
	if (!wserver_csock_address(s, host, port, timeout, &ss, &len)) {
		return -1;
	}
	for (;;) {
		ssize_t w = sendto(s->fd, p, n, MSG_NOSIGNAL, (struct sockaddr *) &ss, len);
		if (w >= 0) {
			return w;
		}
		if (!would_block()) {
			wserver_csock_fail(s, errno);
			return -1;
		}
		if (errno != EINTR && !csock_wait(s, s->fd, EV_WRITE, deadline)) {
			return -1;
		}
	}
}

ssize_t wserver_csock_recvfrom(wserver_csock *s, char *p, size_t n, double timeout,
                               struct sockaddr_storage *peer, socklen_t *len)
{
	double deadline = deadline_of(timeout_or_default(timeout, WSERVER_SOCKET_READ));
	for (;;) {
		*len = sizeof(*peer);
		ssize_t r = recvfrom(s->fd, p, n, 0, (struct sockaddr *) peer, len);
		if (r >= 0) {
			return r;
		}
		if (!would_block()) {
			wserver_csock_fail(s, errno);
			return -1;
		}
		if (errno != EINTR && !csock_wait(s, s->fd, EV_READ, deadline)) {
			return -1;
		}
	}
}

static void wake_waiters(wserver_csock *s, int status)
{
	for (int dir = 0; dir < 2; dir++) {
		wserver_csock_wait *cw = s->waits[dir];
		if (cw) {
			/* stop watching the fd first; the waiter resumes once we suspend */
			if (wserver_runtime_loop()) {
				ev_io_stop(wserver_runtime_loop(), &cw->io);
			}
			wserver_coro_wake(&cw->w, status);
			s->waits[dir] = NULL;
		}
	}
}

void wserver_csock_cancel(wserver_csock *s)
{
	wake_waiters(s, CSOCK_WAIT_USER_CANCEL);
}

void wserver_csock_close(wserver_csock *s)
{
	wake_waiters(s, WSERVER_WAIT_CLOSED);
	if (s->tls) {
		wserver_tls_close(s);
	}
	if (s->fd >= 0) {
		struct sockaddr_un un;
		socklen_t len = sizeof(un);
		if (s->reply_path && getsockname(s->fd, (struct sockaddr *) &un, &len) == 0 &&
		    un.sun_family == AF_UNIX) {
			unlink(un.sun_path);
		}
		s->reply_path = false;
		close(s->fd);
		s->fd = -1;
	}
}

void wserver_csock_address_array(const struct sockaddr_storage *ss, zval *out)
{
	char ip[128];
	int port;
	ws_sockaddr_split((const struct sockaddr *) ss, ip, sizeof(ip), &port);
	array_init(out);
	add_assoc_string(out, "address", ip);
	add_assoc_long(out, "port", port);
}

bool wserver_csock_name(wserver_csock *s, bool peer, zval *out)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	int rc = peer ? getpeername(s->fd, (struct sockaddr *) &ss, &len)
	              : getsockname(s->fd, (struct sockaddr *) &ss, &len);
	if (rc < 0) {
		return wserver_csock_fail(s, errno);
	}
	wserver_csock_address_array(&ss, out);
	return true;
}
