/* TLS options from PHP arrays into the core's plain ws_tls_opts (core/tls.h): PHP stream
 * context names (Workerman's ['ssl' => [...]] context, AsyncTcpConnection's) or Swoole's set()
 * names; contexts built from them, with errors that name the option as the script wrote it. */
#ifndef WSERVER_PHP_TLS_OPTIONS_H
#define WSERVER_PHP_TLS_OPTIONS_H

#include "php.h"
#include "core/tls.h"

/* What a script gave, and which of its names set each field (for the error lines). */
typedef struct wserver_tls_spec {
	ws_tls_opts opts;
	const char *names[WS_TLS_F_SNI + 1]; /* by ws_tls_field; NULL: the default name */
	bool swoole;                         /* Swoole's names: ssl_cert_file... */
} wserver_tls_spec;

/* An empty spec with the defaults and error names of one API: Swoole's (ssl_cert_file...) or
 * PHP's stream context (local_cert...); client or server. */
void wserver_tls_spec_init(wserver_tls_spec *s, bool swoole, bool client);
/* PHP stream context names: local_cert, local_pk, passphrase, cafile, capath, verify_peer,
 * verify_peer_name, allow_self_signed, verify_depth, ciphers, peer_name, crypto_method,
 * SNI_server_certs, and ours: handshake_timeout. ssl may be NULL (nothing given). false with
 * err (a value of a wrong type). The defaults are PHP's: a client verifies the server and its
 * name, a server asks no certificate. */
bool wserver_tls_from_stream(wserver_tls_spec *s, HashTable *ssl, bool client, char *err,
                             size_t errlen);
/* Swoole's names: ssl_cert_file, ssl_key_file, ssl_passphrase, ssl_cafile, ssl_capath,
 * ssl_client_cert_file (a server: the CA of client certificates), ssl_verify_peer,
 * ssl_allow_self_signed, ssl_verify_depth, ssl_ciphers, ssl_protocols, ssl_sni_certs,
 * ssl_host_name, and ours: ssl_handshake_timeout. Each is read from own, else from inherited
 * (a port's own settings, then its server's); either may be NULL. */
bool wserver_tls_from_swoole(wserver_tls_spec *s, HashTable *own, HashTable *inherited, bool client,
                             char *err, size_t errlen);
void wserver_tls_spec_free(wserver_tls_spec *s);
/* A server (or client) context from s; NULL with "option: why" in err. */
ws_tls_ctx *wserver_tls_server_ctx(const wserver_tls_spec *s, char *err, size_t errlen);
ws_tls_ctx *wserver_tls_client_ctx(const wserver_tls_spec *s, char *err, size_t errlen);

#endif
