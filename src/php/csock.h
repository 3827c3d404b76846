/* Coroutine sockets: a non-blocking socket whose waits (connect, DNS, read, write, accept)
 * suspend only the calling coroutine, on the worker's loop. Shared by Coroutine\Socket and
 * Coroutine\Client. */
#ifndef WSERVER_PHP_CSOCK_H
#define WSERVER_PHP_CSOCK_H

#include "php.h"

#include <sys/socket.h>

/* errCode of a failed name resolution: not an errno value. */
#define WSERVER_CSOCK_EDNS 704

typedef struct wserver_csock_wait wserver_csock_wait;
typedef struct wserver_tls wserver_tls;

typedef struct wserver_csock {
	int fd; /* owned; -1 once closed */
	int domain, type, protocol;
	int err;                      /* errno (or WSERVER_CSOCK_EDNS) of the last failure; 0: none */
	char msg[320];                /* errMsg of the last failure */
	wserver_csock_wait *waits[2]; /* the coroutine waiting to read [0] and to write [1] */
	bool blocking;    /* waits block the process in poll() instead (Swoole's sync Client) */
	bool reply_path;  /* bound to a path of its own, removed by wserver_csock_close() */
	wserver_tls *tls; /* TLS on (tls_socket.c): send and recv go through it */
} wserver_csock;

/* Every function below must run in a coroutine (checked by the caller), unless s->blocking.
 * Timeouts are seconds;
 * <= 0 waits without limit. Failures return false or -1 with s->err and s->msg set; a wait
 * cut short by the worker's stop fails with ECANCELED, one cut by close() with ECONNABORTED. */

/* socket(domain, type, protocol), non-blocking. Never waits. */
bool wserver_csock_open(wserver_csock *s, int domain, int type, int protocol);
/* Adopt fd (an accepted socket, non-blocking already). */
void wserver_csock_adopt(wserver_csock *s, int fd, int domain, int type, int protocol);
/* host:port (a path for AF_UNIX) as an address; a name is resolved in a helper thread while
 * the coroutine waits. */
bool wserver_csock_address(wserver_csock *s, const char *host, int port, double timeout,
                           struct sockaddr_storage *ss, socklen_t *len);
bool wserver_csock_connect(wserver_csock *s, const char *host, int port, double timeout);
/* Write: once (all = false: what the socket takes after at most one wait) or everything.
 * Returns bytes written or -1. With all, a time-out after some bytes returns -1 too. */
ssize_t wserver_csock_send(wserver_csock *s, const char *p, size_t n, double timeout, bool all);
/* Read: once (0 at EOF) or, with all, until n bytes, EOF or the time-out (then what was read,
 * with s->err = ETIMEDOUT). -1 when nothing could be read. */
ssize_t wserver_csock_recv(wserver_csock *s, char *p, size_t n, double timeout, bool all);
/* A connection on a listening socket: its fd, or -1. */
int wserver_csock_accept(wserver_csock *s, double timeout, struct sockaddr_storage *peer,
                         socklen_t *len);
/* Datagrams. */
ssize_t wserver_csock_sendto(wserver_csock *s, const char *host, int port, const char *p, size_t n,
                             double timeout);
ssize_t wserver_csock_recvfrom(wserver_csock *s, char *p, size_t n, double timeout,
                               struct sockaddr_storage *peer, socklen_t *len);
/* out = ['address' => ..., 'port' => ...] of ss. */
void wserver_csock_address_array(const struct sockaddr_storage *ss, zval *out);
/* getpeername() (peer) or getsockname() as such an array; false on failure. Never waits. */
bool wserver_csock_name(wserver_csock *s, bool peer, zval *out);
/* A unix datagram client's socket gets a path of its own (in /tmp, named by pid and fd) so
 * that the server can answer it, as Swoole's clients do. Never waits. */
bool wserver_csock_bind_reply_path(wserver_csock *s);
/* Wake whoever waits on s (their call fails with ECONNABORTED), then close the fd (and remove
 * its reply path). */
void wserver_csock_close(wserver_csock *s);
/* Wake whoever waits on s: their call fails with ECANCELED; s stays open (a server's
 * shutdown() ends its accept loop, and a later start() accepts again). */
void wserver_csock_cancel(wserver_csock *s);
/* Wait until s->fd is ready for events (EV_READ or EV_WRITE) or deadline (absolute, < 0:
 * none) passes; false with s->err set. For tls_socket.c. */
bool wserver_csock_wait_ready(wserver_csock *s, int events, double deadline);
/* The socket() domain and type of a WSERVER_SOCK_* type (1 to 6). */
void wserver_csock_type(zend_long type, int *domain, int *socktype);
/* Set s->err to err with strerror(err) as the message; returns false. */
bool wserver_csock_fail(wserver_csock *s, int err);

#endif
