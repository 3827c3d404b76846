/* TLS over a coroutine socket: a context and session of the core (core/tls.c, the same
 * builder the server's listeners and AsyncTcpConnection use) on the socket's own non-blocking
 * descriptor. Every step that needs the descriptor ready waits in wserver_csock_wait_ready(),
 * which suspends the coroutine (or polls, for a blocking socket), so the worker's loop serves
 * others meanwhile. A client verifies the peer and its name unless told not to, and a failure
 * is told in words (which check failed, for which name). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "tls_socket.h"
#include "errors.h"
#include "tls_options.h"
#include "core/tls.h"

#include <errno.h>
#include <ev.h>

/* ---- the options ---- */

typedef struct {
	const char *key;
	size_t offset;
} string_option;

static const string_option string_options[] = {
    {"ssl_host_name", offsetof(wserver_tls_options, host_name)},
    {"ssl_cafile", offsetof(wserver_tls_options, cafile)},
    {"ssl_capath", offsetof(wserver_tls_options, capath)},
    {"ssl_cert_file", offsetof(wserver_tls_options, cert_file)},
    {"ssl_key_file", offsetof(wserver_tls_options, key_file)},
    {"ssl_passphrase", offsetof(wserver_tls_options, passphrase)},
    {"ssl_ciphers", offsetof(wserver_tls_options, ciphers)},
};
#define NSTRINGS (sizeof(string_options) / sizeof(string_options[0]))

void wserver_tls_options_init(wserver_tls_options *o)
{
	memset(o, 0, sizeof(*o));
	o->verify_peer = true;
}

void wserver_tls_options_free(wserver_tls_options *o)
{
	for (size_t i = 0; i < NSTRINGS; i++) {
		zend_string **f = (zend_string **) ((char *) o + string_options[i].offset);
		if (*f) {
			zend_string_release(*f);
			*f = NULL;
		}
	}
}

bool wserver_tls_option_known(zend_string *key)
{
	for (size_t i = 0; i < NSTRINGS; i++) {
		if (zend_string_equals_cstr(key, string_options[i].key, strlen(string_options[i].key))) {
			return true;
		}
	}
	return zend_string_equals_literal(key, "ssl_verify_peer") ||
	       zend_string_equals_literal(key, "ssl_allow_self_signed") ||
	       zend_string_equals_literal(key, "ssl_protocols") ||
	       zend_string_equals_literal(key, "ssl_verify_depth");
}

static bool bad_type(const char *key, const char *want, zval *v)
{
	php_error_docref(NULL, E_WARNING, "Option \"%s\" must be %s, %s given", key, want,
	                 zend_zval_type_name(v));
	return false;
}

bool wserver_tls_options_read(wserver_tls_options *o, HashTable *settings)
{
	bool ok = true;
	zval *v;
	for (size_t i = 0; i < NSTRINGS; i++) {
		const char *key = string_options[i].key;
		if (!(v = zend_hash_str_find(settings, key, strlen(key)))) {
			continue;
		}
		zend_string **f = (zend_string **) ((char *) o + string_options[i].offset);
		if (Z_TYPE_P(v) == IS_NULL) {
			if (*f) {
				zend_string_release(*f);
				*f = NULL;
			}
		} else if (Z_TYPE_P(v) != IS_STRING || memchr(Z_STRVAL_P(v), 0, Z_STRLEN_P(v))) {
			ok = bad_type(key, "a string without NUL bytes", v);
		} else {
			if (*f) {
				zend_string_release(*f);
			}
			*f = zend_string_copy(Z_STR_P(v));
		}
	}
	if ((v = zend_hash_str_find(settings, ZEND_STRL("ssl_verify_peer")))) {
		o->verify_peer = zend_is_true(v);
		o->verify_peer_given = true;
	}
	if ((v = zend_hash_str_find(settings, ZEND_STRL("ssl_allow_self_signed")))) {
		o->allow_self_signed = zend_is_true(v);
	}
	if ((v = zend_hash_str_find(settings, ZEND_STRL("ssl_protocols")))) {
		/* TLS 1.0 and 1.1 are never offered (OpenSSL's default security level refuses them) */
		zend_long usable = WSERVER_TLS_PROTO_TLSv1_2 | WSERVER_TLS_PROTO_TLSv1_3;
		if (Z_TYPE_P(v) != IS_LONG || (Z_LVAL_P(v) & usable) == 0) {
			ok = bad_type("ssl_protocols",
			              "a combination of SSL flags with SSL_TLSv1_2 or SSL_TLSv1_3", v);
		} else {
			o->protocols = Z_LVAL_P(v) & usable;
		}
	}
	if ((v = zend_hash_str_find(settings, ZEND_STRL("ssl_verify_depth")))) {
		if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 0 || Z_LVAL_P(v) > 100) {
			ok = bad_type("ssl_verify_depth", "an integer from 0 to 100", v);
		} else {
			o->verify_depth = Z_LVAL_P(v);
		}
	}
	return ok;
}

struct wserver_tls {
	ws_tls_ctx *ctx; /* kept while the session lives: its verify callback reads the options */
	ws_tls_conn *conn;
	bool verified; /* the peer's certificate was checked and passed */
};

bool wserver_tls_available(wserver_csock *s)
{
	if (ws_tls_available()) {
		return true;
	}
	s->err = EPROTONOSUPPORT;
	snprintf(s->msg, sizeof(s->msg),
	         "SSL is not available: wserver was built without OpenSSL (--without-wserver-openssl)");
	return false;
}

static char *copy(const zend_string *z, bool *ok)
{
	char *c = z ? ws_tls_strdup(ZSTR_VAL(z)) : NULL;
	*ok &= !z || c;
	return c;
}

/* The core's options (with Swoole's names for the errors) of o: a server verifies clients only
 * when ssl_verify_peer was set. */
static bool spec_of(wserver_tls_spec *spec, const wserver_tls_options *o, bool server)
{
	wserver_tls_spec_init(spec, true, !server);
	ws_tls_opts *t = &spec->opts;
	bool ok = true;
	t->verify_peer = server ? o->verify_peer_given && o->verify_peer : o->verify_peer;
	t->allow_self_signed = o->allow_self_signed;
	t->verify_depth = (int) o->verify_depth;
	t->protocols = (o->protocols & WSERVER_TLS_PROTO_TLSv1_2 ? WS_TLS_V1_2 : 0) |
	               (o->protocols & WSERVER_TLS_PROTO_TLSv1_3 ? WS_TLS_V1_3 : 0);
	t->peer_name = copy(o->host_name, &ok);
	t->cafile = copy(o->cafile, &ok);
	t->capath = copy(o->capath, &ok);
	t->cert_file = copy(o->cert_file, &ok);
	t->key_file = copy(o->key_file, &ok);
	t->passphrase = copy(o->passphrase, &ok);
	t->ciphers = copy(o->ciphers, &ok);
	return ok;
}

static void tls_free(wserver_tls *t)
{
	ws_tls_conn_free(t->conn);
	ws_tls_ctx_free(t->ctx);
	efree(t);
}

/* Why the handshake failed, in words: the certificate's problem, else the session's. */
static void handshake_failed(wserver_csock *s, ws_tls_conn *conn, const char *peer)
{
	bool name = false;
	if (ws_tls_verify_failed(conn, &name)) {
		s->err = WSERVER_ERROR_SSL_VERIFY_FAILED;
		snprintf(s->msg, sizeof(s->msg), "SSL certificate verify failed for %s: %s%s", peer,
		         ws_tls_conn_error(conn), name ? " (the certificate is not for this name)" : "");
	} else {
		s->err = WSERVER_ERROR_SSL_HANDSHAKE_FAILED;
		snprintf(s->msg, sizeof(s->msg), "SSL handshake with %s failed: %s", peer,
		         ws_tls_conn_error(conn));
	}
}

bool wserver_tls_handshake(wserver_csock *s, const wserver_tls_options *o, const char *host,
                           bool server, double timeout)
{
	if (s->tls) {
		s->err = EISCONN;
		snprintf(s->msg, sizeof(s->msg), "SSL is on already");
		return false;
	}
	if (!wserver_tls_available(s)) {
		return false;
	}
	wserver_tls_spec spec;
	char err[sizeof(s->msg)];
	wserver_tls *t = ecalloc(1, sizeof(*t));
	bool ok = spec_of(&spec, o, server);
	if (!ok) {
		snprintf(err, sizeof(err), "out of memory");
	} else {
		t->ctx = server ? wserver_tls_server_ctx(&spec, err, sizeof(err))
		                : wserver_tls_client_ctx(&spec, err, sizeof(err));
	}
	bool verify = spec.opts.verify_peer;
	wserver_tls_spec_free(&spec);
	if (!t->ctx || !(t->conn = ws_tls_conn_new(t->ctx, s->fd, !server, host))) {
		s->err = WSERVER_ERROR_SSL_HANDSHAKE_FAILED;
		snprintf(s->msg, sizeof(s->msg), "%s", t->ctx ? "SSL: cannot start a session" : err);
		tls_free(t);
		return false;
	}
	const char *name = o->host_name ? ZSTR_VAL(o->host_name) : host;
	char peer[300];
	snprintf(peer, sizeof(peer), "%s%s%s", name && *name ? "\"" : "",
	         name && *name ? name : "the peer", name && *name ? "\"" : "");
	double deadline = timeout > 0 ? ev_time() + timeout : -1;
	int rc;
	while ((rc = ws_tls_handshake(t->conn)) != WS_TLS_DONE) {
		if (rc == WS_TLS_FAILED) {
			handshake_failed(s, t->conn, peer);
			tls_free(t);
			return false;
		}
		if (!wserver_csock_wait_ready(s, rc == WS_TLS_WANT_READ ? EV_READ : EV_WRITE, deadline)) {
			char why[sizeof(s->msg)];
			snprintf(why, sizeof(why), "%s", s->msg);
			snprintf(s->msg, sizeof(s->msg), "SSL handshake with %s: %s", peer, why);
			tls_free(t);
			return false;
		}
	}
	t->verified = verify && ws_tls_peer_verified(t->conn);
	s->tls = t;
	return true;
}

/* A failed read or write: errno (the core's) and the session's reason. */
static bool session_failed(wserver_csock *s)
{
	s->err = errno;
	snprintf(s->msg, sizeof(s->msg), "SSL: %s", ws_tls_conn_error(s->tls->conn));
	return false;
}

/* Wait until s can go on (false with s->err when it cannot; close() may end the session
 * meanwhile). */
static bool wait_session(wserver_csock *s, int events, double deadline)
{
	return wserver_csock_wait_ready(s, events, deadline) &&
	       (s->tls || wserver_csock_fail(s, ECONNABORTED));
}

ssize_t wserver_tls_send(wserver_csock *s, const char *p, size_t n, double deadline, bool all)
{
	size_t done = 0;
	while (done < n) {
		ssize_t w = ws_tls_write(s->tls->conn, p + done, n - done);
		if (w > 0) {
			done += (size_t) w;
			if (!all) {
				break;
			}
			continue;
		}
		if (w < 0) {
			session_failed(s);
			return -1;
		}
		if (!wait_session(s, EV_WRITE, deadline)) {
			return -1;
		}
	}
	return (ssize_t) done;
}

ssize_t wserver_tls_recv(wserver_csock *s, char *p, size_t n, double deadline, bool all)
{
	size_t done = 0;
	while (done < n) {
		ssize_t r = ws_tls_read(s->tls->conn, p + done, n - done);
		if (r > 0) {
			done += (size_t) r;
			if (!all) {
				break;
			}
			continue;
		}
		if (r == 0) {
			break; /* the peer closed */
		}
		if (errno != EAGAIN) {
			session_failed(s);
			return done > 0 ? (ssize_t) done : -1;
		}
		int events = ws_tls_wants_write(s->tls->conn) ? EV_WRITE : EV_READ;
		if (!wait_session(s, events, deadline)) {
			return done > 0 ? (ssize_t) done : -1;
		}
	}
	return (ssize_t) done;
}

bool wserver_tls_peer_cert(wserver_csock *s, zval *out)
{
	size_t len = 0;
	char *pem = s->tls ? ws_tls_peer_cert_pem(s->tls->conn, &len) : NULL;
	if (!pem) {
		return false;
	}
	ZVAL_STRINGL(out, pem, len);
	free(pem);
	return true;
}

bool wserver_tls_peer_verified(wserver_csock *s)
{
	return s->tls && s->tls->verified;
}

void wserver_tls_close(wserver_csock *s)
{
	wserver_tls *t = s->tls;
	if (!t) {
		return;
	}
	s->tls = NULL;
	ws_tls_close_notify(t->conn); /* if the socket takes it now; never waits */
	tls_free(t);
}
