/* getaddrinfo() in a helper thread. The thread touches only its ws_resolve (never PHP, never
 * the loop) and reports through one end of a socket pair; the loop side watches the other end
 * like any socket. Whoever lets go last (the thread or the caller) frees the struct, so a
 * caller that gives up (time-out, worker stop) never waits for a slow DNS server. */
#include "resolve.h"
#include "pin.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct ws_resolve {
	int fds[2];      /* [0] the caller's (watched), [1] the thread's (written once, closed) */
	atomic_int refs; /* the thread's and the caller's */
	int family;      /* ro */
	char host[256];  /* ro */
	int rc;          /* written by the thread before it signals */
	struct sockaddr_storage addr;
	socklen_t addrlen;
};

static void set_port(struct sockaddr_storage *ss, int port)
{
	if (ss->ss_family == AF_INET) {
		((struct sockaddr_in *) ss)->sin_port = htons((uint16_t) port);
	} else if (ss->ss_family == AF_INET6) {
		((struct sockaddr_in6 *) ss)->sin6_port = htons((uint16_t) port);
	}
}

bool ws_resolve_literal(const char *host, int family, int port, struct sockaddr_storage *ss,
                        socklen_t *len)
{
	memset(ss, 0, sizeof(*ss));
	struct sockaddr_in *in4 = (struct sockaddr_in *) ss;
	struct sockaddr_in6 *in6 = (struct sockaddr_in6 *) ss;
	if (family != AF_INET6 && inet_pton(AF_INET, host, &in4->sin_addr) == 1) {
		in4->sin_family = AF_INET;
		*len = sizeof(*in4);
	} else if (family != AF_INET && inet_pton(AF_INET6, host, &in6->sin6_addr) == 1) {
		in6->sin6_family = AF_INET6;
		*len = sizeof(*in6);
	} else {
		return false;
	}
	set_port(ss, port);
	return true;
}

static void resolve_unref(ws_resolve *r)
{
	if (atomic_fetch_sub(&r->refs, 1) == 1) {
		free(r);
	}
}

static void *resolve_thread(void *arg)
{
	ws_resolve *r = arg;
	struct addrinfo hints, *res = NULL;
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = r->family;
	hints.ai_socktype = SOCK_STREAM;
	r->rc = getaddrinfo(r->host, NULL, &hints, &res);
	/* no AI_ADDRCONFIG: it hides "localhost" on a host with only a loopback interface. With
	 * either family allowed, IPv4 goes first: "localhost" may list ::1 first while servers
	 * commonly listen on 127.0.0.1 only */
	struct addrinfo *pick = res;
	for (struct addrinfo *a = res; a && r->family == AF_UNSPEC; a = a->ai_next) {
		if (a->ai_family == AF_INET) {
			pick = a;
			break;
		}
	}
	if (r->rc == 0 && pick && pick->ai_addrlen <= sizeof(r->addr)) {
		memcpy(&r->addr, pick->ai_addr, pick->ai_addrlen);
		r->addrlen = pick->ai_addrlen;
	} else if (r->rc == 0) {
		r->rc = EAI_FAIL;
	}
	if (res) {
		freeaddrinfo(res);
	}
	/* MSG_NOSIGNAL: the caller may have closed its end already */
	(void) !send(r->fds[1], "1", 1, MSG_NOSIGNAL);
	close(r->fds[1]);
	resolve_unref(r);
	return NULL;
}

ws_resolve *ws_resolve_start(const char *host, int family)
{
	ws_resolve *r = calloc(1, sizeof(*r));
	if (!r) {
		return NULL;
	}
	if (strlen(host) >= sizeof(r->host)) {
		free(r);
		errno = ENAMETOOLONG;
		return NULL;
	}
	strcpy(r->host, host);
	r->family = family;
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, r->fds) < 0) {
		free(r);
		return NULL;
	}
	atomic_init(&r->refs, 2);
	ws_pin_self(); /* the thread may outlive the script */
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	/* the thread is born with every signal blocked: signals stay the loop's (ev_signal) */
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	pthread_t t;
	int rc = pthread_create(&t, &attr, resolve_thread, r);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	pthread_attr_destroy(&attr);
	if (rc != 0) {
		close(r->fds[0]);
		close(r->fds[1]);
		free(r);
		errno = rc;
		return NULL;
	}
	return r;
}

int ws_resolve_fd(const ws_resolve *r)
{
	return r->fds[0];
}

int ws_resolve_result(const ws_resolve *r, int port, struct sockaddr_storage *ss, socklen_t *len)
{
	if (r->rc != 0) {
		return r->rc;
	}
	memcpy(ss, &r->addr, r->addrlen);
	*len = r->addrlen;
	set_port(ss, port);
	return 0;
}

void ws_resolve_free(ws_resolve *r)
{
	close(r->fds[0]);
	resolve_unref(r);
}
