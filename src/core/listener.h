/* Listening sockets: parse a socket name, bind it in the master, or per worker (reusePort). */
#ifndef WS_CORE_LISTENER_H
#define WS_CORE_LISTENER_H

#include <ev.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>

#include "proto/proto.h"

typedef enum { WS_TRANSPORT_TCP, WS_TRANSPORT_UNIX, WS_TRANSPORT_UDP } ws_transport;

typedef struct ws_listener {
	char name[512];  /* ro: the socket name as given, "text://127.0.0.1:8080" */
	char scheme[32]; /* ro: "tcp", "text", "frame", "unix", "udp", ... */
	ws_transport transport;
	const ws_proto *proto;   /* NULL: each read is one message */
	const void *proto_param; /* the codec's parameters (eof, length); owned by the binding */
	struct sockaddr_storage addr;
	socklen_t addrlen;
	int fd;          /* -1 until bound */
	bool reuse_port; /* every worker binds its own socket with SO_REUSEPORT */
	int backlog;
	struct ws_tls_ctx
	    *tls;       /* TLS listener: its context (tls.h), owned by the binding; NULL: plain */
	bool tls_early; /* on_connect at accept, before the TLS handshake (Workerman's order) */
	/* more sockets served by the same workers (Server::addListener): a chain */
	struct ws_listener *next;
	uint16_t index; /* 0 for the first of a chain, then 1, 2, ... */
	/* in a worker: */
	ev_io io; /* accepting (or reading datagrams) */
	struct ws_worker *worker;
	bool paused; /* pauseAccept(): not watched until resumed */
	/* a socket of another Worker listen()ed in this worker process (ws_worker_add_listener):
	 * the next one of those */
	bool added;
	struct ws_listener *added_next;
} ws_listener;

/* Parse name into l (fd = -1). WS_ERR with a message in err when the name is invalid. */
int ws_listener_parse(ws_listener *l, const char *name, char *err, size_t errlen);
/* socket + bind + listen (a UDP socket is only bound), non-blocking. WS_ERR with errno set. */
int ws_listener_bind(ws_listener *l);
void ws_listener_close(ws_listener *l);
/* "127.0.0.1:8080", "[::1]:80" or the unix path, for logs and titles. */
void ws_sockaddr_format(const struct sockaddr *sa, socklen_t len, char *out, size_t outlen);
/* The address and port parts; port is 0 for unix sockets. */
void ws_sockaddr_split(const struct sockaddr *sa, char *ip, size_t iplen, int *port);

#endif
