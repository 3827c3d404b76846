/* TLS on hooked streams (hook_stream_tls.c): PHP's OpenSSL transport keeps doing the TLS
 * (its context options, verification, SNI, metadata), over a BIO of ours whose waits, inside a
 * coroutine, suspend the coroutine instead of blocking the process. */
#ifndef WSERVER_PHP_HOOK_STREAM_TLS_H
#define WSERVER_PHP_HOOK_STREAM_TLS_H

#include "php.h"

typedef struct wserver_hook_tls wserver_hook_tls;

/* Whether streams with these operations are PHP's OpenSSL transport's. */
bool wserver_hook_tls_capable(const php_stream_ops *ops);
/* After PHP set TLS up on stream (an OpenSSL transport's): its SSL reads and writes through
 * our BIO from now on. false when the stream has no SSL handle. */
bool wserver_hook_tls_install(php_stream *stream);
/* Our TLS state of stream, NULL when not installed. */
wserver_hook_tls *wserver_hook_tls_of(php_stream *stream);
/* Whether the handshake finished and PHP turned TLS on (set by the hook of the crypto option). */
bool wserver_hook_tls_active(const wserver_hook_tls *h);
void wserver_hook_tls_set_active(wserver_hook_tls *h, bool active);
/* While on, a BIO read or write that would block waits in the coroutine until deadline
 * (absolute; < 0: none), then fails (PHP's handshake loop runs meanwhile). */
void wserver_hook_tls_waits(wserver_hook_tls *h, bool on, double deadline);
/* A read (or write) of stream with TLS on, in a coroutine: as PHP's own, but waiting in the
 * coroutine. 0 at EOF or a read time-out (timeout_event set), -1 on errors (warned as PHP
 * does). */
ssize_t wserver_hook_tls_io(php_stream *stream, bool read, char *buf, size_t count,
                            double deadline);

#endif
