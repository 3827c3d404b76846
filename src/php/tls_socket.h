/* TLS over a coroutine socket (tls_socket.c): the handshake, reads and writes of a wserver_csock
 * wait in the calling coroutine (or in poll() for a blocking socket) whenever OpenSSL wants the
 * descriptor ready. The options are Swoole's ssl_* settings of the clients. */
#ifndef WSERVER_PHP_TLS_SOCKET_H
#define WSERVER_PHP_TLS_SOCKET_H

#include "php.h"
#include "csock.h"

/* The socket-type flag of a TLS client or server (Swoole's SWOOLE_SSL). */
#define WSERVER_SSL_FLAG 512

/* ssl_protocols bits, Swoole's values */
#define WSERVER_TLS_PROTO_TLSv1   (1 << 3)
#define WSERVER_TLS_PROTO_TLSv1_1 (1 << 4)
#define WSERVER_TLS_PROTO_TLSv1_2 (1 << 5)
#define WSERVER_TLS_PROTO_TLSv1_3 (1 << 6)

typedef struct wserver_tls_options {
	bool verify_peer;       /* default on for a client */
	bool verify_peer_given; /* set by ssl_verify_peer (a server verifies clients only then) */
	bool allow_self_signed; /* a self-signed peer passes the check */
	zend_long verify_depth; /* 0: OpenSSL's */
	zend_long protocols;    /* WSERVER_TLS_PROTO_* bits; 0: TLS 1.2 and 1.3 */
	/* NULL when unset; host_name: the name sent (SNI) and checked, else the host connected to */
	zend_string *host_name, *cafile, *capath, *cert_file, *key_file, *passphrase, *ciphers;
} wserver_tls_options;

/* Defaults: verify the peer, its name, with the system's CA store. */
void wserver_tls_options_init(wserver_tls_options *o);
/* The ssl_* keys of settings into o (others ignored). false, with a warning naming the key,
 * when one has the wrong type. */
bool wserver_tls_options_read(wserver_tls_options *o, HashTable *settings);
void wserver_tls_options_free(wserver_tls_options *o);
/* Whether key is one wserver_tls_options_read() takes. */
bool wserver_tls_option_known(zend_string *key);

/* Whether this build has TLS; if not, s->err/msg say so. */
bool wserver_tls_available(wserver_csock *s);
/* TLS on the connected socket s: as a client of host (the name checked and sent unless
 * host_name is set) or, with server, for a peer that connected to us (cert_file and key_file
 * needed). Failures close nothing: false with s->err (WSERVER_ERROR_SSL_*) and a readable
 * s->msg. Timeout as the socket's (<= 0: none). */
bool wserver_tls_handshake(wserver_csock *s, const wserver_tls_options *o, const char *host,
                           bool server, double timeout);
/* Called by csock for a socket with TLS on; same contracts as wserver_csock_send/recv, with an
 * absolute deadline (< 0: none). */
ssize_t wserver_tls_send(wserver_csock *s, const char *p, size_t n, double deadline, bool all);
ssize_t wserver_tls_recv(wserver_csock *s, char *p, size_t n, double deadline, bool all);
/* The peer's certificate as PEM into out; false when there is none. */
bool wserver_tls_peer_cert(wserver_csock *s, zval *out);
/* Whether the peer's certificate was verified (a handshake without verify_peer may have let a
 * bad one in). */
bool wserver_tls_peer_verified(wserver_csock *s);
/* Send close_notify (without waiting) and free the session; the fd stays open. */
void wserver_tls_close(wserver_csock *s);

#endif
