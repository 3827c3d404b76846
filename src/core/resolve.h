/* Name resolution off the loop: getaddrinfo() runs in a helper thread and says it is done
 * through a socket the loop can watch, so no loop (and no coroutine) ever blocks on DNS. */
#ifndef WS_CORE_RESOLVE_H
#define WS_CORE_RESOLVE_H

#include <stdbool.h>
#include <sys/socket.h>

typedef struct ws_resolve ws_resolve;

/* Whether host is a literal address of family (AF_INET, AF_INET6, AF_UNSPEC: either); then
 * *ss and *len get it with port. Never blocks. */
bool ws_resolve_literal(const char *host, int family, int port, struct sockaddr_storage *ss,
                        socklen_t *len);
/* Start resolving host (family AF_INET, AF_INET6 or AF_UNSPEC) in a detached thread. NULL with
 * errno when no thread or socket could be made. Never calls PHP. */
ws_resolve *ws_resolve_start(const char *host, int family);
/* The descriptor that becomes readable once the answer is in. */
int ws_resolve_fd(const ws_resolve *r);
/* Once ws_resolve_fd() is readable: 0 and the address (with port) in *ss, *len (the first one;
 * for AF_UNSPEC the first IPv4 one if any); else
 * the getaddrinfo() error (EAI_*; gai_strerror() says it). */
int ws_resolve_result(const ws_resolve *r, int port, struct sockaddr_storage *ss, socklen_t *len);
/* The caller is done with r, answered or not: a thread still running frees it when it ends. */
void ws_resolve_free(ws_resolve *r);

#endif
