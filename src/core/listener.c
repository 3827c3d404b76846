/* Socket names and listening sockets. Never calls PHP, never logs. */
#include "listener.h"
#include "buffer.h"
#include "proto/http.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/un.h>
#include <unistd.h>

static const struct {
	const char *scheme;
	ws_transport transport;
	const ws_proto *proto;
} schemes[] = {
    {"tcp", WS_TRANSPORT_TCP, NULL},
    {"text", WS_TRANSPORT_TCP, &ws_proto_text},
    {"frame", WS_TRANSPORT_TCP, &ws_proto_frame},
    {"http", WS_TRANSPORT_TCP, &ws_proto_http},
    {"websocket", WS_TRANSPORT_TCP, &ws_proto_websocket},
    {"ws", WS_TRANSPORT_TCP, &ws_proto_websocket}, /* SPEC: an alias */
    {"unix", WS_TRANSPORT_UNIX, NULL},
    {"udp", WS_TRANSPORT_UDP, NULL}, /* each datagram is one message */
    {"udg", WS_TRANSPORT_UDP, NULL}, /* the same on a unix datagram socket (a path) */
};

static int parse_inet(ws_listener *l, const char *rest, char *err, size_t errlen)
{
	char host[256];
	const char *colon;
	if (rest[0] == '[') {
		const char *end = strchr(rest, ']');
		if (!end || end[1] != ':') {
			snprintf(err, errlen, "invalid IPv6 address in \"%s\"", l->name);
			return WS_ERR;
		}
		size_t n = (size_t) (end - rest - 1);
		if (n >= sizeof(host)) {
			snprintf(err, errlen, "host too long in \"%s\"", l->name);
			return WS_ERR;
		}
		memcpy(host, rest + 1, n);
		host[n] = 0;
		colon = end + 1;
	} else {
		colon = strrchr(rest, ':');
		if (!colon) {
			snprintf(err, errlen, "missing port in \"%s\"", l->name);
			return WS_ERR;
		}
		size_t n = (size_t) (colon - rest);
		if (n == 0 || n >= sizeof(host)) {
			snprintf(err, errlen, "invalid host in \"%s\"", l->name);
			return WS_ERR;
		}
		memcpy(host, rest, n);
		host[n] = 0;
	}
	char *end;
	long port = strtol(colon + 1, &end, 10);
	if (colon[1] == 0 || *end != 0 || port < 0 || port > 65535) {
		snprintf(err, errlen, "invalid port in \"%s\"", l->name);
		return WS_ERR;
	}
	struct addrinfo hints = {0}, *res = NULL;
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
	int rc = getaddrinfo(host, colon + 1, &hints, &res);
	if (rc != 0 || !res) {
		snprintf(err, errlen, "cannot resolve \"%s\": %s", host, gai_strerror(rc));
		return WS_ERR;
	}
	memcpy(&l->addr, res->ai_addr, res->ai_addrlen);
	l->addrlen = res->ai_addrlen;
	freeaddrinfo(res);
	return WS_OK;
}

int ws_listener_parse(ws_listener *l, const char *name, char *err, size_t errlen)
{
	memset(l, 0, sizeof(*l));
	l->fd = -1;
	l->backlog = 102400;
	if (strlen(name) >= sizeof(l->name)) {
		snprintf(err, errlen, "socket name too long");
		return WS_ERR;
	}
	strcpy(l->name, name);
	const char *sep = strstr(name, "://");
	if (!sep || sep == name || (size_t) (sep - name) >= sizeof(l->scheme)) {
		snprintf(err, errlen, "invalid socket name \"%s\": expected scheme://address", name);
		return WS_ERR;
	}
	memcpy(l->scheme, name, (size_t) (sep - name));
	size_t i;
	for (i = 0; i < sizeof(schemes) / sizeof(schemes[0]); i++) {
		/* Any case, as in Workerman: "Websocket://" is websocket. */
		if (strcasecmp(schemes[i].scheme, l->scheme) == 0) {
			break;
		}
	}
	if (i == sizeof(schemes) / sizeof(schemes[0])) {
		snprintf(err, errlen, "unsupported scheme \"%s\" in \"%s\"", l->scheme, name);
		return WS_ERR;
	}
	l->transport = schemes[i].transport;
	l->proto = schemes[i].proto;
	const char *rest = sep + 3;
	if (l->transport == WS_TRANSPORT_UNIX || strcmp(schemes[i].scheme, "udg") == 0) {
		struct sockaddr_un *un = (struct sockaddr_un *) &l->addr;
		if (!*rest || strlen(rest) >= sizeof(un->sun_path)) {
			snprintf(err, errlen, "invalid unix socket path in \"%s\"", name);
			return WS_ERR;
		}
		un->sun_family = AF_UNIX;
		strcpy(un->sun_path, rest);
		l->addrlen = sizeof(*un);
		return WS_OK;
	}
	return parse_inet(l, rest, err, errlen);
}

/* A unix socket file nobody listens on is left over from a crash: remove it. */
static void unlink_stale_unix(const struct sockaddr_un *un)
{
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		return;
	}
	if (connect(fd, (const struct sockaddr *) un, sizeof(*un)) < 0 && errno == ECONNREFUSED) {
		unlink(un->sun_path);
	}
	close(fd);
}

int ws_listener_bind(ws_listener *l)
{
	int family = l->addr.ss_family;
	bool udp = l->transport == WS_TRANSPORT_UDP;
	int fd = socket(family, (udp ? SOCK_DGRAM : SOCK_STREAM) | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		return WS_ERR;
	}
	int one = 1;
	if (family == AF_UNIX && udp) {
		/* a datagram socket file left over cannot be told from a live one: it is replaced */
		unlink(((const struct sockaddr_un *) &l->addr)->sun_path);
	} else if (family == AF_UNIX) {
		unlink_stale_unix((const struct sockaddr_un *) &l->addr);
	} else {
		setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
		/* accepted sockets inherit TCP_NODELAY: replies are not held back by Nagle */
		if (!udp) {
			setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
		}
		if (l->reuse_port && setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one)) < 0) {
			goto fail;
		}
	}
	if (bind(fd, (struct sockaddr *) &l->addr, l->addrlen) < 0) {
		goto fail;
	}
	if (!udp && listen(fd, l->backlog) < 0) {
		goto fail;
	}
	if (family != AF_UNIX) {
		/* port 0 picks a free port: record it so every worker serves the same one */
		socklen_t len = sizeof(l->addr);
		getsockname(fd, (struct sockaddr *) &l->addr, &len);
		l->addrlen = len;
	}
	l->fd = fd;
	return WS_OK;
fail:;
	int e = errno;
	close(fd);
	errno = e;
	return WS_ERR;
}

void ws_listener_close(ws_listener *l)
{
	if (l->fd >= 0) {
		close(l->fd);
		l->fd = -1;
	}
}

void ws_sockaddr_split(const struct sockaddr *sa, char *ip, size_t iplen, int *port)
{
	*port = 0;
	ip[0] = 0;
	if (sa->sa_family == AF_INET) {
		const struct sockaddr_in *in = (const struct sockaddr_in *) sa;
		inet_ntop(AF_INET, &in->sin_addr, ip, iplen);
		*port = ntohs(in->sin_port);
	} else if (sa->sa_family == AF_INET6) {
		const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *) sa;
		inet_ntop(AF_INET6, &in6->sin6_addr, ip, iplen);
		*port = ntohs(in6->sin6_port);
	} else if (sa->sa_family == AF_UNIX) {
		snprintf(ip, iplen, "%s", ((const struct sockaddr_un *) sa)->sun_path);
	}
}

void ws_sockaddr_format(const struct sockaddr *sa, socklen_t len, char *out, size_t outlen)
{
	char ip[INET6_ADDRSTRLEN + 110];
	int port;
	(void) len;
	ws_sockaddr_split(sa, ip, sizeof(ip), &port);
	if (sa->sa_family == AF_INET6) {
		snprintf(out, outlen, "[%s]:%d", ip, port);
	} else if (sa->sa_family == AF_INET) {
		snprintf(out, outlen, "%s:%d", ip, port);
	} else {
		snprintf(out, outlen, "%s", ip);
	}
}
