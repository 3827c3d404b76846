/* TLS over a coroutine socket: one SSL_CTX and SSL per connection, on the socket's own
 * non-blocking descriptor. Every OpenSSL call that answers WANT_READ or WANT_WRITE is retried
 * after wserver_csock_wait_ready(), which suspends the coroutine (or polls, for a blocking socket),
 * so the worker's loop serves others meanwhile. A client verifies the peer and its name unless
 * told not to, and a failure is told in words (which check failed, for which name). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "tls_socket.h"
#include "errors.h"

#include <errno.h>
#include <ev.h>

#ifdef HAVE_WSERVER_OPENSSL
#include <arpa/inet.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#endif

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
		zend_long all = WSERVER_TLS_PROTO_TLSv1 | WSERVER_TLS_PROTO_TLSv1_1 |
		                WSERVER_TLS_PROTO_TLSv1_2 | WSERVER_TLS_PROTO_TLSv1_3;
		if (Z_TYPE_P(v) != IS_LONG || (Z_LVAL_P(v) & all) == 0) {
			ok = bad_type("ssl_protocols", "a combination of the SSL_TLSv1* flags", v);
		} else {
			o->protocols = Z_LVAL_P(v) & all;
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

#ifndef HAVE_WSERVER_OPENSSL

/* ---- a build without OpenSSL ---- */

bool wserver_tls_available(wserver_csock *s)
{
	s->err = EPROTONOSUPPORT;
	snprintf(s->msg, sizeof(s->msg),
	         "SSL is not available: wserver was built without OpenSSL (--without-wserver-openssl)");
	return false;
}

bool wserver_tls_handshake(wserver_csock *s, const wserver_tls_options *o, const char *host,
                           bool server, double timeout)
{
	return wserver_tls_available(s);
}

ssize_t wserver_tls_send(wserver_csock *s, const char *p, size_t n, double deadline, bool all)
{
	wserver_tls_available(s);
	return -1;
}

ssize_t wserver_tls_recv(wserver_csock *s, char *p, size_t n, double deadline, bool all)
{
	wserver_tls_available(s);
	return -1;
}

bool wserver_tls_peer_cert(wserver_csock *s, zval *out)
{
	return false;
}

bool wserver_tls_peer_verified(wserver_csock *s)
{
	return false;
}

void wserver_tls_close(wserver_csock *s)
{
}

#else

struct wserver_tls {
	SSL_CTX *ctx;
	SSL *ssl;
	bool verified; /* the peer's certificate was checked and passed */
};

bool wserver_tls_available(wserver_csock *s)
{
	return true;
}

/* The verify callback: a self-signed leaf passes when allowed (the flag is the context's app
 * data); every other failure stands, the name check's too. */
static int verify_cb(int ok, X509_STORE_CTX *x)
{
	if (ok || X509_STORE_CTX_get_error(x) != X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT) {
		return ok;
	}
	SSL *ssl = X509_STORE_CTX_get_ex_data(x, SSL_get_ex_data_X509_STORE_CTX_idx());
	return ssl && SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl)) != NULL;
}

static int passphrase_cb(char *buf, int size, int rwflag, void *userdata)
{
	const zend_string *p = userdata;
	int n = (int) MIN(ZSTR_LEN(p), (size_t) size);
	memcpy(buf, ZSTR_VAL(p), (size_t) n);
	return n;
}

/* s->msg = what + OpenSSL's first queued reason (or fallback); the queue is emptied. */
static bool fail_ssl(wserver_csock *s, int err, const char *what, const char *fallback)
{
	unsigned long code = ERR_peek_last_error();
	const char *reason = code ? ERR_reason_error_string(code) : NULL;
	s->err = err;
	snprintf(s->msg, sizeof(s->msg), "%s: %s", what, reason ? reason : fallback);
	ERR_clear_error();
	return false;
}

static int proto_version(zend_long bit)
{
	switch (bit) {
	case WSERVER_TLS_PROTO_TLSv1:
		return TLS1_VERSION;
	case WSERVER_TLS_PROTO_TLSv1_1:
		return TLS1_1_VERSION;
	case WSERVER_TLS_PROTO_TLSv1_2:
		return TLS1_2_VERSION;
	default:
		return TLS1_3_VERSION;
	}
}

/* The lowest and highest of the protocols asked for (TLS 1.2 and 1.3 when none). */
static void set_protocols(SSL_CTX *ctx, zend_long protocols)
{
	if (protocols == 0) {
		protocols = WSERVER_TLS_PROTO_TLSv1_2 | WSERVER_TLS_PROTO_TLSv1_3;
	}
	zend_long low = protocols & -protocols, high = low;
	while (protocols & ~(high | (high - 1))) {
		high <<= 1;
	}
	while (!(protocols & high)) {
		high >>= 1;
	}
	SSL_CTX_set_min_proto_version(ctx, proto_version(low));
	SSL_CTX_set_max_proto_version(ctx, proto_version(high));
}

static SSL_CTX *ctx_new(wserver_csock *s, const wserver_tls_options *o, bool server)
{
	SSL_CTX *ctx = SSL_CTX_new(server ? TLS_server_method() : TLS_client_method());
	if (!ctx) {
		fail_ssl(s, WSERVER_ERROR_SSL_HANDSHAKE_FAILED, "SSL context", "out of memory");
		return NULL;
	}
	set_protocols(ctx, o->protocols);
	SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION
#ifdef SSL_OP_IGNORE_UNEXPECTED_EOF
	                             | SSL_OP_IGNORE_UNEXPECTED_EOF /* a peer closing is an EOF */
#endif
	);
	SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
	char what[300];
	if (o->ciphers && SSL_CTX_set_cipher_list(ctx, ZSTR_VAL(o->ciphers)) != 1) {
		snprintf(what, sizeof(what), "ssl_ciphers \"%s\"", ZSTR_VAL(o->ciphers));
		goto failed;
	}
	if (o->passphrase) {
		SSL_CTX_set_default_passwd_cb(ctx, passphrase_cb);
		SSL_CTX_set_default_passwd_cb_userdata(ctx, o->passphrase);
	}
	if (o->cert_file) {
		const char *key = ZSTR_VAL(o->key_file ? o->key_file : o->cert_file);
		if (SSL_CTX_use_certificate_chain_file(ctx, ZSTR_VAL(o->cert_file)) != 1) {
			snprintf(what, sizeof(what), "ssl_cert_file \"%s\"", ZSTR_VAL(o->cert_file));
			goto failed;
		}
		if (SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1) {
			snprintf(what, sizeof(what), "ssl_key_file \"%s\"", key);
			goto failed;
		}
		if (SSL_CTX_check_private_key(ctx) != 1) {
			snprintf(what, sizeof(what), "ssl_key_file \"%s\" does not match ssl_cert_file", key);
			goto failed;
		}
	} else if (server) {
		s->err = WSERVER_ERROR_SSL_HANDSHAKE_FAILED;
		snprintf(s->msg, sizeof(s->msg), "SSL server: ssl_cert_file and ssl_key_file are needed");
		SSL_CTX_free(ctx);
		return NULL;
	}
	if (server ? o->verify_peer_given && o->verify_peer : o->verify_peer) {
		int rc = o->cafile || o->capath
		             ? SSL_CTX_load_verify_locations(ctx, o->cafile ? ZSTR_VAL(o->cafile) : NULL,
		                                             o->capath ? ZSTR_VAL(o->capath) : NULL)
		             : SSL_CTX_set_default_verify_paths(ctx);
		if (rc != 1) {
			snprintf(what, sizeof(what), "ssl_cafile/ssl_capath \"%s\"",
			         o->cafile   ? ZSTR_VAL(o->cafile)
			         : o->capath ? ZSTR_VAL(o->capath)
			                     : "");
			goto failed;
		}
		SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | (server ? SSL_VERIFY_FAIL_IF_NO_PEER_CERT : 0),
		                   verify_cb);
		SSL_CTX_set_app_data(ctx, o->allow_self_signed ? ctx : NULL);
		if (o->verify_depth > 0) {
			SSL_CTX_set_verify_depth(ctx, (int) o->verify_depth);
		}
	}
	/* the passphrase is read by the key load above only */
	SSL_CTX_set_default_passwd_cb_userdata(ctx, NULL);
	return ctx;
failed:
	fail_ssl(s, WSERVER_ERROR_SSL_HANDSHAKE_FAILED, what, "cannot be used");
	SSL_CTX_free(ctx);
	return NULL;
}

static bool is_ip_literal(const char *host)
{
	unsigned char buf[16];
	return inet_pton(AF_INET, host, buf) == 1 || inet_pton(AF_INET6, host, buf) == 1;
}

/* The reason a handshake failed, in words. */
static bool handshake_failed(wserver_csock *s, SSL *ssl, int rc, const char *peer)
{
	int e = SSL_get_error(ssl, rc);
	long v = SSL_get_verify_result(ssl);
	unsigned long code = ERR_peek_last_error();
	if (v != X509_V_OK && ERR_GET_REASON(code) == SSL_R_CERTIFICATE_VERIFY_FAILED) {
		s->err = WSERVER_ERROR_SSL_VERIFY_FAILED;
		snprintf(s->msg, sizeof(s->msg), "SSL certificate verify failed for %s: %s%s", peer,
		         X509_verify_cert_error_string(v),
		         v == X509_V_ERR_HOSTNAME_MISMATCH || v == X509_V_ERR_IP_ADDRESS_MISMATCH
		             ? " (the certificate is not for this name)"
		             : "");
		ERR_clear_error();
		return false;
	}
	char what[300];
	snprintf(what, sizeof(what), "SSL handshake with %s failed", peer);
	if (code || e != SSL_ERROR_SYSCALL) {
		return fail_ssl(s, WSERVER_ERROR_SSL_HANDSHAKE_FAILED, what, "protocol error");
	}
	s->err = WSERVER_ERROR_SSL_HANDSHAKE_FAILED;
	snprintf(s->msg, sizeof(s->msg), "%s: %s", what,
	         rc == 0 || errno == 0 ? "the peer closed the connection" : strerror(errno));
	return false;
}

static void tls_free(wserver_tls *t)
{
	if (t->ssl) {
		SSL_free(t->ssl);
	}
	if (t->ctx) {
		SSL_CTX_free(t->ctx);
	}
	efree(t);
}

bool wserver_tls_handshake(wserver_csock *s, const wserver_tls_options *o, const char *host,
                           bool server, double timeout)
{
	if (s->tls) {
		s->err = EISCONN;
		snprintf(s->msg, sizeof(s->msg), "SSL is on already");
		return false;
	}
	ERR_clear_error();
	wserver_tls *t = ecalloc(1, sizeof(*t));
	if (!(t->ctx = ctx_new(s, o, server)) || !(t->ssl = SSL_new(t->ctx)) ||
	    !SSL_set_fd(t->ssl, s->fd)) {
		if (t->ctx && s->msg[0] == 0) {
			fail_ssl(s, WSERVER_ERROR_SSL_HANDSHAKE_FAILED, "SSL", "cannot start a session");
		}
		tls_free(t);
		return false;
	}
	const char *name = o->host_name ? ZSTR_VAL(o->host_name) : host;
	char peer[300];
	snprintf(peer, sizeof(peer), "%s%s%s", name && *name ? "\"" : "",
	         name && *name ? name : "the peer", name && *name ? "\"" : "");
	if (server) {
		SSL_set_accept_state(t->ssl);
	} else {
		SSL_set_connect_state(t->ssl);
		bool ip = name && is_ip_literal(name);
		if (name && *name && !ip) {
			SSL_set_tlsext_host_name(t->ssl, name); /* SNI: never an address */
		}
		if (o->verify_peer && name && *name) {
			X509_VERIFY_PARAM *param = SSL_get0_param(t->ssl);
			X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
			if (ip ? !X509_VERIFY_PARAM_set1_ip_asc(param, name)
			       : !X509_VERIFY_PARAM_set1_host(param, name, 0)) {
				fail_ssl(s, WSERVER_ERROR_SSL_HANDSHAKE_FAILED, "ssl_host_name", "invalid");
				tls_free(t);
				return false;
			}
		}
	}
	double deadline = timeout > 0 ? ev_time() + timeout : -1;
	for (;;) {
		ERR_clear_error();
		errno = 0;
		int rc = SSL_do_handshake(t->ssl);
		if (rc == 1) {
			break;
		}
		int e = SSL_get_error(t->ssl, rc);
		if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE) {
			handshake_failed(s, t->ssl, rc, peer);
			tls_free(t);
			return false;
		}
		if (!wserver_csock_wait_ready(s, e == SSL_ERROR_WANT_READ ? EV_READ : EV_WRITE, deadline)) {
			char why[sizeof(s->msg)];
			snprintf(why, sizeof(why), "%s", s->msg);
			snprintf(s->msg, sizeof(s->msg), "SSL handshake with %s: %s", peer, why);
			tls_free(t);
			return false;
		}
	}
	t->verified = o->verify_peer && SSL_get_verify_result(t->ssl) == X509_V_OK;
	s->tls = t;
	return true;
}

/* After an SSL call on s answered rc <= 0: wait when OpenSSL wants the descriptor (true), else
 * set the error (false). *eof when the peer closed. */
static bool tls_retry(wserver_csock *s, int rc, double deadline, bool *eof)
{
	int e = SSL_get_error(s->tls->ssl, rc);
	switch (e) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return wserver_csock_wait_ready(s, e == SSL_ERROR_WANT_READ ? EV_READ : EV_WRITE,
		                                deadline) &&
		       (s->tls || wserver_csock_fail(s, ECONNABORTED));
	case SSL_ERROR_ZERO_RETURN:
		*eof = true;
		return false;
	case SSL_ERROR_SYSCALL:
		if (ERR_peek_error() == 0) {
			if (rc == 0 || errno == 0) {
				*eof = true;
				return false;
			}
			return wserver_csock_fail(s, errno);
		}
		ZEND_FALLTHROUGH;
	default:
		return fail_ssl(s, WSERVER_ERROR_SSL_HANDSHAKE_FAILED, "SSL", "protocol error");
	}
}

ssize_t wserver_tls_send(wserver_csock *s, const char *p, size_t n, double deadline, bool all)
{
	size_t done = 0;
	while (done < n) {
		ERR_clear_error();
		errno = 0;
		int w = SSL_write(s->tls->ssl, p + done, (int) MIN(n - done, INT_MAX));
		if (w > 0) {
			done += (size_t) w;
			if (!all) {
				break;
			}
			continue;
		}
		bool eof = false;
		if (!tls_retry(s, w, deadline, &eof)) {
			if (eof) {
				wserver_csock_fail(s, EPIPE);
			}
			return -1;
		}
	}
	return (ssize_t) done;
}

ssize_t wserver_tls_recv(wserver_csock *s, char *p, size_t n, double deadline, bool all)
{
	size_t done = 0;
	while (done < n) {
		ERR_clear_error();
		errno = 0;
		int r = SSL_read(s->tls->ssl, p + done, (int) MIN(n - done, INT_MAX));
		if (r > 0) {
			done += (size_t) r;
			if (!all) {
				break;
			}
			continue;
		}
		bool eof = false;
		if (!tls_retry(s, r, deadline, &eof)) {
			if (eof) {
				break;
			}
			return done > 0 ? (ssize_t) done : -1;
		}
	}
	return (ssize_t) done;
}

bool wserver_tls_peer_cert(wserver_csock *s, zval *out)
{
	X509 *cert = s->tls ? SSL_get_peer_certificate(s->tls->ssl) : NULL;
	if (!cert) {
		return false;
	}
	BIO *bio = BIO_new(BIO_s_mem());
	bool ok = bio && PEM_write_bio_X509(bio, cert);
	if (ok) {
		char *data;
		long len = BIO_get_mem_data(bio, &data);
		ZVAL_STRINGL(out, data, (size_t) len);
	}
	BIO_free(bio);
	X509_free(cert);
	return ok;
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
	ERR_clear_error();
	SSL_shutdown(t->ssl); /* close_notify if the socket takes it now; never waits */
	ERR_clear_error();
	tls_free(t);
}

#endif
