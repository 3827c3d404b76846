/* TLS on OpenSSL: contexts built from a plain options struct (servers: certificates, client
 * certificates, SNI, ALPN, reload; clients: verification, host name, SNI), and the session of
 * one non-blocking connection. Plain C: the bindings fill ws_tls_opts from their own option
 * names. Built without OpenSSL (HAVE_WSERVER_OPENSSL unset), every constructor fails with
 * "built without OpenSSL". */
#ifndef WS_CORE_TLS_H
#define WS_CORE_TLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* ws_tls_opts.protocols bits; 0 means TLS 1.2 and 1.3. */
enum { WS_TLS_V1_2 = 1, WS_TLS_V1_3 = 2 };

/* Which option an error is about: the binding names it as its users spell it. */
typedef enum {
	WS_TLS_F_NONE,
	WS_TLS_F_CERT,
	WS_TLS_F_KEY,
	WS_TLS_F_PASSPHRASE,
	WS_TLS_F_CA,
	WS_TLS_F_CIPHERS,
	WS_TLS_F_PROTOCOLS,
	WS_TLS_F_SNI,
} ws_tls_field;

typedef struct ws_tls_error {
	ws_tls_field field;
	char msg[400]; /* one line, without the option's name */
} ws_tls_error;

/* One certificate the server shows for a name given by SNI ("*.example.com" matches one
 * label). */
typedef struct ws_tls_sni {
	char *name;
	char *cert_file, *key_file, *passphrase; /* key_file NULL: the key is in cert_file */
} ws_tls_sni;

/* Everything a context is built from. Strings are malloc'd and owned (ws_tls_opts_free);
 * NULL: not set. */
typedef struct ws_tls_opts {
	char *cert_file;    /* PEM certificate chain; a server needs one, a client may present it */
	char *key_file;     /* NULL: the key is in cert_file */
	char *passphrase;   /* of an encrypted key */
	char *cafile;       /* trusted CAs: the client certificates' (server), the server's (client) */
	char *capath;       /* a hashed directory of them */
	char *ciphers;      /* TLS 1.2 cipher list (OpenSSL syntax); NULL: OpenSSL's default */
	char *peer_name;    /* client: the name sent by SNI and checked in the certificate */
	unsigned protocols; /* WS_TLS_V1_* bits; 0: both */
	bool verify_peer;   /* server: require a client certificate; client: verify server */
	bool verify_peer_name;    /* client: check peer_name in the certificate (when verifying) */
	bool allow_self_signed;   /* accept a self-signed peer certificate */
	int verify_depth;         /* 0: OpenSSL's default */
	bool alpn_http;           /* server: select "http/1.1"; client: offer it */
	double handshake_timeout; /* seconds; 0: 10 */
	ws_tls_sni *sni;          /* server: more certificates, chosen by the name the client asks */
	size_t nsni;
} ws_tls_opts;

/* Copy src into dst (deep). false on ENOMEM. */
bool ws_tls_opts_copy(ws_tls_opts *dst, const ws_tls_opts *src);
void ws_tls_opts_free(ws_tls_opts *o);
/* strdup or NULL for NULL; helpers for filling opts. */
char *ws_tls_strdup(const char *s);

/* Whether this build has TLS. */
bool ws_tls_available(void);
/* "OpenSSL 3.0.2 15 Mar 2022", or "none". */
const char *ws_tls_version(void);

/* A context: what connections are made from. Servers are listed for ws_tls_reload_all(). */
typedef struct ws_tls_ctx ws_tls_ctx;

/* Build a server context (checks that every file can be read, the key fits the certificate,
 * the passphrase opens the key). NULL with err filled. */
ws_tls_ctx *ws_tls_server_new(const ws_tls_opts *o, ws_tls_error *err);
/* Build a client context (no file is required; verification on when o->verify_peer). */
ws_tls_ctx *ws_tls_client_new(const ws_tls_opts *o, ws_tls_error *err);
void ws_tls_ctx_free(ws_tls_ctx *ctx);
/* Handshake timeout of ctx's connections in milliseconds. */
int64_t ws_tls_ctx_timeout_ms(const ws_tls_ctx *ctx);
/* Read the certificate and key files of every server context again (reload): a context whose
 * files fail keeps what it had, and the log says why. */
void ws_tls_reload_all(void);

/* One connection's session. */
typedef struct ws_tls_conn ws_tls_conn;

/* Results of ws_tls_handshake(). */
enum { WS_TLS_DONE = 0, WS_TLS_WANT_READ = 1, WS_TLS_WANT_WRITE = 2, WS_TLS_FAILED = -1 };

/* A session on the connected socket fd; client: peer_name (the host dialled) is sent by SNI and
 * checked, unless the context names one itself. NULL on ENOMEM. */
ws_tls_conn *ws_tls_conn_new(ws_tls_ctx *ctx, int fd, bool client, const char *peer_name);
void ws_tls_conn_free(ws_tls_conn *t);
/* One non-blocking handshake step. On WS_TLS_FAILED ws_tls_conn_error() says why. */
int ws_tls_handshake(ws_tls_conn *t);
/* Why the handshake or a read failed: "certificate has expired", "hostname mismatch"... */
const char *ws_tls_conn_error(const ws_tls_conn *t);
/* The handshake failed on the peer's certificate; *name_mismatch: because it is not for the
 * name checked (ws_tls_conn_error() says why in X509's words). */
bool ws_tls_verify_failed(const ws_tls_conn *t, bool *name_mismatch);
/* The peer sent a certificate and it passed verification. */
bool ws_tls_peer_verified(const ws_tls_conn *t);
/* Decrypt into buf until it is full or the socket has nothing more: bytes (> 0), 0 at the
 * peer's close, -1 with errno (EAGAIN: nothing now; ws_tls_wants_write() tells whether the
 * socket must be writable first). */
ssize_t ws_tls_read(ws_tls_conn *t, char *buf, size_t cap);
/* Encrypt and send up to len bytes: bytes taken (> 0), 0 when the socket is full (retry later
 * with the same bytes first), -1 on an error. */
ssize_t ws_tls_write(ws_tls_conn *t, const char *buf, size_t len);
/* The last read stopped because the session must write first (the socket is full). */
bool ws_tls_wants_write(const ws_tls_conn *t);
/* Decrypted bytes held inside the session, which the socket will not signal. */
bool ws_tls_pending(const ws_tls_conn *t);
/* Send close_notify (once, without waiting for the peer's). */
void ws_tls_close_notify(ws_tls_conn *t);
/* The protocol ALPN chose ("http/1.1"), or "". */
void ws_tls_alpn(const ws_tls_conn *t, char *out, size_t outlen);
/* "TLSv1.3", and the cipher name. */
const char *ws_tls_protocol(const ws_tls_conn *t);
const char *ws_tls_cipher(const ws_tls_conn *t);
/* The peer's certificate in PEM (malloc'd, *len set), or NULL when it sent none. */
char *ws_tls_peer_cert_pem(const ws_tls_conn *t, size_t *len);

#endif
