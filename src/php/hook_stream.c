/* Coroutine-aware stream transports. PHP opens every tcp://, udp://, unix:// and udg://
 * stream through a factory of its transport table (stream_socket_client, fsockopen, the
 * http:// wrapper, mysqlnd, phpredis); while hooked, ours asks the original factory for the
 * stream and then gives it operations of ours. Inside a coroutine they never block the
 * process: a read or write that would block, a connect in progress, a host name being
 * resolved, an accept with nobody knocking: each suspends the coroutine on the worker's loop
 * until the descriptor is ready or the stream's own timeout passes. Anywhere else (the master,
 * before the loop, a non-blocking stream, the hook switched off) they call PHP's operations
 * unchanged. PHP's socket code recognises its transports by their operations table, so every
 * call handed to it runs with the original table put back for its duration (but the TLS
 * transports', whose connect and accept turn TLS on through the stream's table, which must be
 * ours then). With OpenSSL loaded, "tcp" is OpenSSL's transport too (so that TLS can be turned
 * on later): while WSERVER_HOOK_SSL or _TLS is on, TLS turned on over a hooked stream waits in
 * the coroutine as well (hook_stream_tls.c); else the stream gets its original operations back
 * for good, since its bytes are no longer the socket's. */
#include "hook_stream.h"
#include "aliases.h"
#include "coro.h"
#include "errors.h"
#include "exception.h"
#include "fd_wait.h"
#include "hooks.h"
#include "hook_stream_tls.h"
#include "runtime.h"
#include "core/resolve.h"

#include "php_network.h"
#include "zend_exceptions.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

typedef struct hooked_transport {
	const char *name;
	zend_long flag;
	bool tls;                                  /* a TLS transport: ssl://, tls://... */
	php_stream_transport_factory orig_factory; /* while ours is in the table */
	const php_stream_ops *orig_ops; /* what the original factory gives; NULL until first seen */
	php_stream_ops ops;             /* ours: orig_ops with read, write, close, set_option */
} hooked_transport;

static hooked_transport transports[] = {
    {"tcp", WSERVER_HOOK_TCP_VALUE, false, NULL, NULL, {0}},
    {"udp", WSERVER_HOOK_UDP_VALUE, false, NULL, NULL, {0}},
    {"unix", WSERVER_HOOK_UNIX_VALUE, false, NULL, NULL, {0}},
    {"udg", WSERVER_HOOK_UDG_VALUE, false, NULL, NULL, {0}},
    /* OpenSSL's (absent without ext/openssl) */
    {"ssl", WSERVER_HOOK_SSL_VALUE, true, NULL, NULL, {0}},
    {"tls", WSERVER_HOOK_TLS_VALUE, true, NULL, NULL, {0}},
    {"tlsv1.0", WSERVER_HOOK_TLS_VALUE, true, NULL, NULL, {0}},
    {"tlsv1.1", WSERVER_HOOK_TLS_VALUE, true, NULL, NULL, {0}},
    {"tlsv1.2", WSERVER_HOOK_TLS_VALUE, true, NULL, NULL, {0}},
    {"tlsv1.3", WSERVER_HOOK_TLS_VALUE, true, NULL, NULL, {0}},
    /* no transport: the streams of stream_socket_pair(), adopted one by one */
    {"socket pair", WSERVER_HOOK_STREAM_FUNCTION_VALUE, false, NULL, NULL, {0}},
};
#define NTRANSPORTS (sizeof(transports) / sizeof(transports[0]))

static hooked_transport *transport_of(php_stream *stream)
{
	for (size_t i = 0; i < NTRANSPORTS; i++) {
		if (stream->ops == &transports[i].ops) {
			return &transports[i];
		}
	}
	return NULL; /* never: only our streams have our operations */
}

/* ---- which coroutine uses a stream ---- */

/* A stream some coroutine waits on. Two coroutines on one connection would interleave their
 * bytes: the second gets an exception instead. One that closes the stream meanwhile (fclose(),
 * a client library giving up) first ends the owner's wait, whose read or write fails, and
 * waits until the owner has left PHP's stream code, which must not find the stream freed. */
typedef struct stream_use {
	zend_long owner;         /* the coroutine waiting on it; -1: none */
	wserver_fd_waiter *wait; /* its wait */
	bool closing;            /* another coroutine closes it: every further wait fails */
	bool orphan;             /* closed without waiting: out of the table, the owner frees it */
	wserver_wait_queue closers;
} stream_use;

static HashTable uses; /* stream address → its stream_use */
static bool uses_ready;

static stream_use *use_of(php_stream *stream)
{
	if (!uses_ready || zend_hash_num_elements(&uses) == 0) {
		return NULL;
	}
	return zend_hash_index_find_ptr(&uses, (zend_ulong) (uintptr_t) stream);
}

static stream_use *use_get(php_stream *stream)
{
	if (!uses_ready) {
		zend_hash_init(&uses, 8, NULL, NULL, 1);
		uses_ready = true;
	}
	stream_use *u = use_of(stream);
	if (!u) {
		u = pecalloc(1, sizeof(*u), 1);
		u->owner = -1;
		zend_hash_index_add_new_ptr(&uses, (zend_ulong) (uintptr_t) stream, u);
	}
	return u;
}

static void use_drop(php_stream *stream, stream_use *u)
{
	zend_hash_index_del(&uses, (zend_ulong) (uintptr_t) stream);
	pefree(u, 1);
}

static int stream_number(php_stream *stream, php_netstream_data_t *sock)
{
	return stream->res ? stream->res->handle : sock->socket;
}

/* Whether the running coroutine may do I/O on stream now: false when another one waits on
 * it (then an exception says so) or closes it. */
static bool may_use(php_stream *stream, php_netstream_data_t *sock)
{
	stream_use *u = use_of(stream);
	if (!u) {
		return true;
	}
	if (u->closing) {
		return false;
	}
	if (u->owner >= 0 && u->owner != wserver_coro_cid()) {
		zend_throw_exception_ex(wserver_exception_ce, 0,
		                        "connection #%d is in use by coroutine " ZEND_LONG_FMT,
		                        stream_number(stream, sock), u->owner);
		return false;
	}
	return true;
}

/* Seconds left until deadline (< 0: none); 0 once passed. */
static double time_left(double deadline)
{
	if (deadline < 0) {
		return -1;
	}
	double left = deadline - ev_time();
	return left > 0 ? left : 0;
}

static double deadline_of(const struct timeval *tv)
{
	if (!tv || tv->tv_sec < 0) {
		return -1;
	}
	return ev_time() + (double) tv->tv_sec + (double) tv->tv_usec / 1e6;
}

/* Suspend until fd is ready for events, owning stream meanwhile. WSERVER_WAIT_*. */
int wserver_hook_stream_wait(php_stream *stream, int fd, int events, double deadline)
{
	double left = time_left(deadline);
	if (left == 0) {
		return WSERVER_WAIT_TIMEOUT;
	}
	stream_use *u = use_get(stream);
	if (u->closing) {
		return WSERVER_WAIT_CLOSED;
	}
	wserver_fd_waiter fw;
	u->owner = wserver_coro_cid();
	u->wait = &fw;
	int status = wserver_fd_wait(&fw, &fd, &events, 1, left);
	u->owner = -1;
	u->wait = NULL;
	if (u->orphan) {
		pefree(u, 1);
	} else if (u->closers.head) {
		wserver_waiter *w;
		while ((w = wserver_wait_queue_shift(&u->closers))) {
			wserver_coro_wake(w, WSERVER_WAIT_OK);
		}
	} else if (!u->closing) {
		use_drop(stream, u);
	}
	return status;
}

/* ---- streams made in a coroutine (Swoole's names) ---- */

/* With Swoole's names, a stream made inside a coroutine is Swoole's coroutine socket: read
 * outside any coroutine (a shutdown function asking a server), it is Swoole's fatal error, not a
 * blocking call. Swoole says so once the read would have to wait, which depends on how fast the
 * peer answered: here every read says it. A write that has room goes out, as in Swoole (a
 * client's farewell from a destructor at the end of the script). */
static HashTable co_made; /* stream address → true */
static bool co_made_ready;

static void co_made_mark(php_stream *stream)
{
	if (!wserver_aliases_swoole() || !wserver_coro_can_suspend()) {
		return;
	}
	if (!co_made_ready) {
		zend_hash_init(&co_made, 8, NULL, NULL, 1);
		co_made_ready = true;
	}
	zend_hash_index_update_ptr(&co_made, (zend_ulong) (uintptr_t) stream, stream);
}

static void co_made_forget(php_stream *stream)
{
	if (co_made_ready) {
		zend_hash_index_del(&co_made, (zend_ulong) (uintptr_t) stream);
	}
}

/* Outside a coroutine, a read (or a write that would wait) on a stream made in one: Swoole's
 * "API must be called in the coroutine", printed as an uncaught Swoole\Error, and the script
 * ends (exit status 255). false: go on with PHP's operation. */
static bool co_made_refused(php_stream *stream, php_netstream_data_t *sock, bool write)
{
	if (!co_made_ready || !sock || sock->socket < 0 || !sock->is_blocked || !EG(active) ||
	    wserver_coro_can_suspend() ||
	    !zend_hash_index_exists(&co_made, (zend_ulong) (uintptr_t) stream)) {
		return false;
	}
	struct pollfd p = {sock->socket, POLLOUT, 0};
	if (write && poll(&p, 1, 0) != 0) {
		return false; /* room (or broken): nothing to wait for */
	}
	zend_object *ex = zend_throw_exception(wserver_error_ce, "API must be called in the coroutine",
	                                       WSERVER_ERROR_CO_OUT_OF_COROUTINE);
	GC_ADDREF(ex);
	zend_clear_exception();
	zend_exception_error(ex, E_ERROR); /* as Swoole's fatal error: printed, then the end */
	EG(exit_status) = 255;
	zend_bailout();
	return true;
}

/* Whether this call on stream is one to make coroutine-aware. */
static bool in_coroutine(const hooked_transport *t, php_netstream_data_t *sock)
{
	return t && (wserver_hook_flags() & t->flag) && sock && sock->is_blocked &&
	       wserver_coro_can_suspend();
}

/* Our TLS state of a stream of OpenSSL's transport, NULL for any other. */
static wserver_hook_tls *wserver_hook_tls_of_hooked(php_stream *stream, hooked_transport *t)
{
	return wserver_hook_tls_capable(t->orig_ops) ? wserver_hook_tls_of(stream) : NULL;
}

/* ---- the operations ---- */

static ssize_t hooked_write(php_stream *stream, const char *buf, size_t count)
{
	hooked_transport *t = transport_of(stream);
	php_netstream_data_t *sock = stream->abstract;
	if (!in_coroutine(t, sock) || sock->socket < 0) {
		co_made_refused(stream, sock, true);
		return t->orig_ops->write(stream, buf, count);
	}
	if (!may_use(stream, sock)) {
		return -1;
	}
	double deadline = deadline_of(&sock->timeout);
	sock->timeout_event = 0;
	if (wserver_hook_tls_active(wserver_hook_tls_of_hooked(stream, t))) {
		return wserver_hook_tls_io(stream, false, (char *) buf, count, deadline);
	}
	for (;;) {
		ssize_t n = send(sock->socket, buf, count, MSG_DONTWAIT);
		if (n > 0) {
			php_stream_notify_progress_increment(PHP_STREAM_CONTEXT(stream), n, 0);
			return n;
		}
		if (n == 0) {
			return 0;
		}
		int err = errno;
		if (err == EINTR) {
			continue;
		}
		if (err == EAGAIN || err == EWOULDBLOCK) {
			int status = wserver_hook_stream_wait(stream, sock->socket, EV_WRITE, deadline);
			if (status == WSERVER_WAIT_OK) {
				continue;
			}
			if (status == WSERVER_WAIT_TIMEOUT) {
				sock->timeout_event = 1;
			} else {
				err = ECONNABORTED;
			}
		}
		/* PHP's own words for a failed send */
		php_error_docref(NULL, E_NOTICE, "Send of " ZEND_LONG_FMT " bytes failed with errno=%d %s",
		                 (zend_long) count, err, strerror(err));
		return -1;
	}
}

static ssize_t hooked_read(php_stream *stream, char *buf, size_t count)
{
	hooked_transport *t = transport_of(stream);
	php_netstream_data_t *sock = stream->abstract;
	if (!in_coroutine(t, sock) || sock->socket < 0 ||
	    (sock->timeout.tv_sec == 0 && sock->timeout.tv_usec == 0)) {
		co_made_refused(stream, sock, false);
		return t->orig_ops->read(stream, buf, count);
	}
	if (!may_use(stream, sock)) {
		stream->eof = 1;
		return -1;
	}
	double deadline = deadline_of(&sock->timeout);
	sock->timeout_event = 0;
	if (wserver_hook_tls_active(wserver_hook_tls_of_hooked(stream, t))) {
		return wserver_hook_tls_io(stream, true, buf, count, deadline);
	}
	for (;;) {
		ssize_t n = recv(sock->socket, buf, count, MSG_DONTWAIT);
		if (n > 0) {
			php_stream_notify_progress_increment(PHP_STREAM_CONTEXT(stream), n, 0);
			return n;
		}
		if (n == 0) {
			stream->eof = 1;
			return 0;
		}
		if (errno == EINTR) {
			continue;
		}
		if (errno != EAGAIN && errno != EWOULDBLOCK) {
			stream->eof = 1;
			return -1;
		}
		int status = wserver_hook_stream_wait(stream, sock->socket, EV_READ, deadline);
		if (status == WSERVER_WAIT_TIMEOUT) {
			sock->timeout_event = 1;
			return 0;
		}
		if (status != WSERVER_WAIT_OK) {
			stream->eof = 1;
			return -1;
		}
	}
}

static int hooked_close(php_stream *stream, int close_handle)
{
	hooked_transport *t = transport_of(stream);
	stream_use *u = use_of(stream);
	while (u && u->owner >= 0 && u->owner != wserver_coro_cid()) {
		if (!wserver_coro_can_suspend()) {
			/* nowhere to wait (a destructor run by the GC, the loop itself): end the
			 * owner's wait; its entry stays, as the owner still points at it */
			php_error_docref(NULL, E_WARNING,
			                 "connection closed while coroutine " ZEND_LONG_FMT " waits on it",
			                 u->owner);
			u->closing = true;
			u->orphan = true;
			wserver_fd_wait_cancel(u->wait);
			zend_hash_index_del(&uses, (zend_ulong) (uintptr_t) stream);
			co_made_forget(stream);
			return t->orig_ops->close(stream, close_handle);
		}
		u->closing = true;
		wserver_fd_wait_cancel(u->wait);
		wserver_waiter w;
		memset(&w, 0, sizeof(w));
		ZVAL_UNDEF(&w.data);
		zend_object *pending = EG(exception); /* not to be seen by the owner */
		EG(exception) = NULL;
		wserver_coro_wait(&u->closers, &w, -1);
		if (pending) {
			if (EG(exception)) {
				OBJ_RELEASE(pending);
			} else {
				EG(exception) = pending;
			}
		}
		u = use_of(stream);
	}
	if (u) {
		use_drop(stream, u);
	}
	co_made_forget(stream);
	return t->orig_ops->close(stream, close_handle);
}

/* PHP's own set_option, under PHP's own operations table. */
static int orig_set_option(php_stream *stream, hooked_transport *t, int option, int value,
                           void *ptr)
{
	stream->ops = t->orig_ops;
	int rc = t->orig_ops->set_option(stream, option, value, ptr);
	if (stream->ops == t->orig_ops) {
		stream->ops = &t->ops;
	}
	return rc;
}

static void fail_xport(php_stream_xport_param *xp, int err, const char *text)
{
	xp->outputs.returncode = -1;
	xp->outputs.error_code = err;
	if (xp->want_errortext) {
		if (xp->outputs.error_text) {
			zend_string_release(xp->outputs.error_text);
		}
		xp->outputs.error_text = zend_string_init(text, strlen(text), 0);
	}
}

static int wait_error(int status)
{
	return status == WSERVER_WAIT_TIMEOUT  ? ETIMEDOUT
	       : status == WSERVER_WAIT_CLOSED ? ECONNABORTED
	                                       : ECANCELED;
}

/* host:port or [v6]:port as PHP reads it; the host in host (NUL-terminated). */
static bool split_host_port(const char *name, size_t len, char *host, size_t cap, int *port)
{
	const char *end;
	const char *colon;
	if (len > 1 && name[0] == '[') {
		end = memchr(name + 1, ']', len - 1);
		if (!end || end + 1 >= name + len || end[1] != ':') {
			return false;
		}
		colon = end + 1;
		name++;
	} else {
		colon = len ? memchr(name, ':', len - 1) : NULL;
		if (!colon) {
			return false;
		}
		end = colon;
	}
	size_t hlen = (size_t) (end - name);
	if (hlen == 0 || hlen >= cap) {
		return false;
	}
	memcpy(host, name, hlen);
	host[hlen] = '\0';
	*port = atoi(colon + 1);
	return true;
}

/* Resolve host while the coroutine waits; false with xp's error set. */
static bool resolve_host(php_stream *stream, const char *host, int port, double deadline,
                         php_stream_xport_param *xp, struct sockaddr_storage *ss, socklen_t *len)
{
	if (ws_resolve_literal(host, AF_UNSPEC, port, ss, len)) {
		return true;
	}
	ws_resolve *r = ws_resolve_start(host, AF_UNSPEC);
	if (!r) {
		fail_xport(xp, errno, strerror(errno));
		return false;
	}
	int status = WSERVER_WAIT_OK;
	for (;;) {
		char b;
		ssize_t n = recv(ws_resolve_fd(r), &b, 1, MSG_PEEK);
		if (n >= 0 || (errno != EAGAIN && errno != EINTR)) {
			break; /* answered (or the thread is gone: the result says so) */
		}
		status = wserver_hook_stream_wait(stream, ws_resolve_fd(r), EV_READ, deadline);
		if (status != WSERVER_WAIT_OK) {
			break;
		}
	}
	bool ok = false;
	if (status != WSERVER_WAIT_OK) {
		fail_xport(xp, wait_error(status), strerror(wait_error(status)));
	} else {
		int rc = ws_resolve_result(r, port, ss, len);
		if (rc == 0) {
			ok = true;
		} else {
			/* PHP's own words for a failed lookup */
			char msg[512];
			snprintf(msg, sizeof(msg), "php_network_getaddresses: getaddrinfo for %s failed: %s",
			         host, gai_strerror(rc));
			php_error_docref(NULL, E_WARNING, "%s", msg);
			fail_xport(xp, 0, msg);
		}
	}
	ws_resolve_free(r);
	return ok;
}

/* Wait until the connect in progress on fd ends: 0 or its errno. */
static int connect_wait(php_stream *stream, int fd, double deadline)
{
	for (;;) {
		int status = wserver_hook_stream_wait(stream, fd, EV_WRITE, deadline);
		if (status != WSERVER_WAIT_OK) {
			return wait_error(status);
		}
		int err = 0;
		socklen_t elen = sizeof(err);
		if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &elen) < 0) {
			return errno;
		}
		if (err != 0) {
			return err;
		}
		struct sockaddr_storage peer;
		socklen_t plen = sizeof(peer);
		if (getpeername(fd, (struct sockaddr *) &peer, &plen) == 0) {
			return 0;
		}
	}
}

/* The stream whose TLS connect runs, and its deadline, for the handshake it starts (read before
 * any wait). */
static php_stream *handshake_stream;
static double handshake_deadline;

/* connect: the name resolved here, then PHP's own connect in its asynchronous form, then the
 * wait for it here; the socket goes back to blocking as PHP leaves it. */
static int hooked_connect(php_stream *stream, hooked_transport *t, php_netstream_data_t *sock,
                          php_stream_xport_param *xp)
{
	double deadline = deadline_of(xp->inputs.timeout);
	char *name = xp->inputs.name;
	size_t namelen = xp->inputs.namelen;
	char literal[INET6_ADDRSTRLEN + 16];
	if (t->flag == WSERVER_HOOK_TCP_VALUE || t->flag == WSERVER_HOOK_UDP_VALUE) {
		char host[256];
		int port;
		struct sockaddr_storage ss;
		socklen_t len;
		if (split_host_port(name, namelen, host, sizeof(host), &port)) {
			if (!resolve_host(stream, host, port, deadline, xp, &ss, &len)) {
				return PHP_STREAM_OPTION_RETURN_OK;
			}
			char ip[INET6_ADDRSTRLEN];
			bool v6 = ss.ss_family == AF_INET6;
			inet_ntop(ss.ss_family,
			          v6 ? (void *) &((struct sockaddr_in6 *) &ss)->sin6_addr
			             : (void *) &((struct sockaddr_in *) &ss)->sin_addr,
			          ip, sizeof(ip));
			snprintf(literal, sizeof(literal), v6 ? "[%s]:%d" : "%s:%d", ip, port);
			xp->inputs.name = literal;
			xp->inputs.namelen = strlen(literal);
		}
	}
	int op = xp->op;
	xp->op = STREAM_XPORT_OP_CONNECT_ASYNC;
	int rc;
	if (t->tls) {
		/* OpenSSL's connect turns TLS on through our table: the handshake waits here */
		handshake_stream = stream;
		handshake_deadline = deadline;
		rc = t->orig_ops->set_option(stream, PHP_STREAM_OPTION_XPORT_API, 0, xp);
		handshake_stream = NULL;
	} else {
		rc = orig_set_option(stream, t, PHP_STREAM_OPTION_XPORT_API, 0, xp);
	}
	xp->op = op;
	xp->inputs.name = name;
	xp->inputs.namelen = namelen;
	if (op == STREAM_XPORT_OP_CONNECT_ASYNC || xp->outputs.returncode < 0 || sock->socket < 0) {
		return rc;
	}
	if (xp->outputs.returncode == 1) {
		int err = connect_wait(stream, sock->socket, deadline);
		if (err != 0) {
			close(sock->socket);
			sock->socket = -1;
			fail_xport(xp, err, strerror(err));
			return rc;
		}
	}
	xp->outputs.returncode = 0;
	xp->outputs.error_code = 0;
	int fl = fcntl(sock->socket, F_GETFL);
	if (fl >= 0) {
		fcntl(sock->socket, F_SETFL, fl & ~O_NONBLOCK);
	}
	return rc;
}

/* Wait until fd is ready for events before PHP's own operation, which then does not block.
 * false with xp's error set. */
static bool ready_before(php_stream *stream, int fd, int events, double deadline,
                         php_stream_xport_param *xp)
{
	struct pollfd p = {.fd = fd, .events = events == EV_READ ? POLLIN : POLLOUT};
	while (poll(&p, 1, 0) == 0) {
		int status = wserver_hook_stream_wait(stream, fd, events, deadline);
		if (status != WSERVER_WAIT_OK) {
			fail_xport(xp, wait_error(status), strerror(wait_error(status)));
			return false;
		}
	}
	return true;
}

/* TLS set up and turned on over a hooked stream (ssl://'s connect and accept, and
 * stream_socket_enable_crypto(), as mysqlnd and phpredis do): while the SSL or TLS hook is on,
 * the SSL handle PHP sets up gets our BIO, and a handshake in a coroutine waits there. */
static int hooked_crypto(php_stream *stream, hooked_transport *t, php_netstream_data_t *sock,
                         int value, void *ptr)
{
	php_stream_xport_crypto_param *cp = ptr;
	if (!(wserver_hook_flags() & (WSERVER_HOOK_SSL_VALUE | WSERVER_HOOK_TLS_VALUE)) ||
	    !wserver_hook_tls_capable(t->orig_ops)) {
		/* its bytes go through OpenSSL's operations from now on, which block as usual */
		stream->ops = t->orig_ops;
		co_made_forget(stream);
		return t->orig_ops->set_option(stream, PHP_STREAM_OPTION_CRYPTO_API, value, ptr);
	}
	if (cp->op == STREAM_XPORT_CRYPTO_OP_SETUP) {
		int rc = orig_set_option(stream, t, PHP_STREAM_OPTION_CRYPTO_API, value, ptr);
		if (cp->outputs.returncode == 0 && !wserver_hook_tls_of(stream) &&
		    !wserver_hook_tls_install(stream)) {
			php_error_docref(NULL, E_WARNING, "TLS on this stream cannot wait in coroutines");
		}
		return rc;
	}
	wserver_hook_tls *h = wserver_hook_tls_of(stream);
	if (cp->op != STREAM_XPORT_CRYPTO_OP_ENABLE || !h) {
		return orig_set_option(stream, t, PHP_STREAM_OPTION_CRYPTO_API, value, ptr);
	}
	bool waits =
	    in_coroutine(t, sock) || (handshake_stream == stream && wserver_coro_can_suspend());
	if (waits && !may_use(stream, sock)) {
		cp->outputs.returncode = -1;
		return PHP_STREAM_OPTION_RETURN_OK;
	}
	double deadline = handshake_stream == stream ? handshake_deadline : deadline_of(&sock->timeout);
	wserver_hook_tls_waits(h, waits, deadline);
	int rc = orig_set_option(stream, t, PHP_STREAM_OPTION_CRYPTO_API, value, ptr);
	h = wserver_hook_tls_of(stream); /* the same unless the stream lost its handle */
	if (h) {
		wserver_hook_tls_waits(h, false, -1);
		if (cp->inputs.activate ? cp->outputs.returncode == 1 : true) {
			wserver_hook_tls_set_active(h, cp->inputs.activate);
		}
	}
	return rc;
}

static int hooked_set_option(php_stream *stream, int option, int value, void *ptr)
{
	hooked_transport *t = transport_of(stream);
	php_netstream_data_t *sock = stream->abstract;
	if (option == PHP_STREAM_OPTION_CRYPTO_API) {
		return hooked_crypto(stream, t, sock, value, ptr);
	}
	if (option != PHP_STREAM_OPTION_XPORT_API || !in_coroutine(t, sock)) {
		return orig_set_option(stream, t, option, value, ptr);
	}
	php_stream_xport_param *xp = ptr;
	switch (xp->op) {
	case STREAM_XPORT_OP_CONNECT:
	case STREAM_XPORT_OP_CONNECT_ASYNC:
		return hooked_connect(stream, t, sock, xp);
	case STREAM_XPORT_OP_ACCEPT:
	case STREAM_XPORT_OP_RECV:
	case STREAM_XPORT_OP_SEND:
		if (sock->socket < 0) {
			break;
		}
		if (!may_use(stream, sock)) {
			xp->outputs.returncode = -1;
			return PHP_STREAM_OPTION_RETURN_OK;
		}
		bool accept = xp->op == STREAM_XPORT_OP_ACCEPT;
		double deadline = deadline_of(accept ? xp->inputs.timeout : &sock->timeout);
		if (!ready_before(stream, sock->socket, xp->op == STREAM_XPORT_OP_SEND ? EV_WRITE : EV_READ,
		                  deadline, xp)) {
			if (accept) {
				xp->outputs.client = NULL;
			}
			return PHP_STREAM_OPTION_RETURN_OK;
		}
		/* OpenSSL's accept turns TLS on the new stream through the table it gets: ours */
		int rc = accept && t->tls ? t->orig_ops->set_option(stream, option, value, ptr)
		                          : orig_set_option(stream, t, option, value, ptr);
		if (accept && xp->outputs.client && xp->outputs.client->ops == t->orig_ops) {
			xp->outputs.client->ops = &t->ops; /* the accepted stream is hooked too */
		}
		return rc;
	default:
		break;
	}
	return orig_set_option(stream, t, option, value, ptr);
}

/* ---- the transport table ---- */

/* Give stream our operations (those of t, made from the first stream t sees). */
static void adopt(hooked_transport *t, php_stream *stream)
{
	if (!t->orig_ops) {
		t->orig_ops = stream->ops;
		t->ops = *stream->ops;
		t->ops.write = hooked_write;
		t->ops.read = hooked_read;
		t->ops.close = hooked_close;
		t->ops.set_option = hooked_set_option;
	}
	if (stream->ops == t->orig_ops) {
		stream->ops = &t->ops;
	}
}

static php_stream *hooked_factory(const char *proto, size_t protolen, const char *resourcename,
                                  size_t resourcenamelen, const char *persistent_id, int options,
                                  int flags, struct timeval *timeout,
                                  php_stream_context *context STREAMS_DC)
{
	hooked_transport *t = NULL;
	for (size_t i = 0; i < NTRANSPORTS - 1; i++) {
		if (strlen(transports[i].name) == protolen &&
		    strncasecmp(transports[i].name, proto, protolen) == 0) {
			t = &transports[i];
		}
	}
	if (!t || !t->orig_factory) {
		return NULL; /* never: only the transports hooked below reach here */
	}
	php_stream *stream =
	    t->orig_factory(proto, protolen, resourcename, resourcenamelen, persistent_id, options,
	                    flags, timeout, context STREAMS_REL_CC);
	if (!stream) {
		return NULL;
	}
	adopt(t, stream);
	co_made_mark(stream);
	return stream;
}

void wserver_hook_stream_adopt_pair(php_stream *stream)
{
	adopt(&transports[NTRANSPORTS - 1], stream);
}

void wserver_hook_streams(zend_long flags)
{
	HashTable *table = php_stream_xport_get_hash();
	for (size_t i = 0; i < NTRANSPORTS - 1; i++) {
		hooked_transport *t = &transports[i];
		zval *entry = zend_hash_str_find(table, t->name, strlen(t->name));
		if (!entry) {
			continue;
		}
		if ((flags & t->flag) && !t->orig_factory) {
			t->orig_factory = Z_PTR_P(entry);
			Z_PTR_P(entry) = hooked_factory;
		} else if (!(flags & t->flag) && t->orig_factory) {
			if (Z_PTR_P(entry) == hooked_factory) {
				Z_PTR_P(entry) = t->orig_factory;
			}
			t->orig_factory = NULL;
		}
	}
}
