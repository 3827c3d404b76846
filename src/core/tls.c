/* TLS contexts and sessions on the system OpenSSL. Never calls PHP; logs only on reload. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "tls.h"
#include "log.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

char *ws_tls_strdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

static bool dup_field(char **dst, const char *src)
{
	*dst = ws_tls_strdup(src);
	return !src || *dst;
}

bool ws_tls_opts_copy(ws_tls_opts *dst, const ws_tls_opts *src)
{
	*dst = *src;
	dst->sni = NULL;
	dst->nsni = 0;
	bool ok = dup_field(&dst->cert_file, src->cert_file) &
	          dup_field(&dst->key_file, src->key_file) &
	          dup_field(&dst->passphrase, src->passphrase) & dup_field(&dst->cafile, src->cafile) &
	          dup_field(&dst->capath, src->capath) & dup_field(&dst->ciphers, src->ciphers) &
	          dup_field(&dst->peer_name, src->peer_name);
	if (ok && src->nsni > 0) {
		dst->sni = calloc(src->nsni, sizeof(*dst->sni));
		ok = dst->sni != NULL;
		for (size_t i = 0; ok && i < src->nsni; i++) {
			const ws_tls_sni *s = &src->sni[i];
			ws_tls_sni *d = &dst->sni[i];
			dst->nsni++;
			ok = dup_field(&d->name, s->name) & dup_field(&d->cert_file, s->cert_file) &
			     dup_field(&d->key_file, s->key_file) & dup_field(&d->passphrase, s->passphrase);
		}
	}
	if (!ok) {
		ws_tls_opts_free(dst);
	}
	return ok;
}

void ws_tls_opts_free(ws_tls_opts *o)
{
	free(o->cert_file);
	free(o->key_file);
	free(o->passphrase);
	free(o->cafile);
	free(o->capath);
	free(o->ciphers);
	free(o->peer_name);
	for (size_t i = 0; i < o->nsni; i++) {
		free(o->sni[i].name);
		free(o->sni[i].cert_file);
		free(o->sni[i].key_file);
		free(o->sni[i].passphrase);
	}
	free(o->sni);
	memset(o, 0, sizeof(*o));
}

static void set_error(ws_tls_error *err, ws_tls_field field, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void set_error(ws_tls_error *err, ws_tls_field field, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	err->field = field;
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
}

#ifdef HAVE_WSERVER_OPENSSL

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>

struct ws_tls_ctx {
	SSL_CTX *ssl;     /* the default certificate's (or the client's) */
	SSL_CTX **sni;    /* one per opts.sni entry */
	ws_tls_opts opts; /* owned copy: reload builds from it again */
	bool server;
	ws_tls_ctx *next; /* the server contexts, for reload */
};

struct ws_tls_conn {
	SSL *ssl;
	bool failed;     /* a fatal error: no close_notify may follow */
	bool eof;        /* the peer closed (close_notify or end of stream) */
	bool want_write; /* the last read needs the socket writable */
	bool notified;   /* close_notify sent */
	char err[200];
};

static ws_tls_ctx *servers;

bool ws_tls_available(void)
{
	return true;
}

const char *ws_tls_version(void)
{
	return OpenSSL_version(OPENSSL_VERSION);
}

/* The reason of the last OpenSSL error, or fallback. */
static const char *ossl_reason(const char *fallback)
{
	unsigned long e = ERR_peek_last_error();
	const char *r = e ? ERR_reason_error_string(e) : NULL;
	return r ? r : fallback;
}

/* The passphrase callback: never the terminal; the configured one or nothing. It notes that
 * it was asked (the key is encrypted). */
typedef struct pass_ask {
	const char *pass;
	bool asked;
} pass_ask;

static int passphrase_cb(char *buf, int size, int rwflag, void *userdata)
{
	(void) rwflag;
	pass_ask *a = userdata;
	a->asked = true;
	size_t n = a->pass ? strlen(a->pass) : 0;
	if (n == 0 || n >= (size_t) size) {
		return 0;
	}
	memcpy(buf, a->pass, n);
	return (int) n;
}

/* The private key in path, decrypted with pass. NULL with err naming what is wrong. */
static EVP_PKEY *load_key(const char *path, const char *pass, ws_tls_error *err)
{
	BIO *b = BIO_new_file(path, "r");
	if (!b) {
		set_error(err, WS_TLS_F_KEY, "key %s cannot be read: %s", path, ossl_reason("unreadable"));
		return NULL;
	}
	pass_ask ask = {pass, false};
	ERR_clear_error();
	EVP_PKEY *k = PEM_read_bio_PrivateKey(b, NULL, passphrase_cb, &ask);
	BIO_free(b);
	if (k) {
		return k;
	}
	if (ask.asked && pass && *pass) {
		set_error(err, WS_TLS_F_PASSPHRASE, "wrong passphrase for the key in %s", path);
	} else if (ask.asked) {
		set_error(err, WS_TLS_F_PASSPHRASE,
		          "the key in %s is encrypted and no passphrase was given", path);
	} else {
		set_error(err, WS_TLS_F_KEY, "%s holds no PEM private key (%s)", path,
		          ossl_reason("none found"));
	}
	ERR_clear_error();
	return NULL;
}

/* A file must be there and readable: say which way it is not, as the OS says it. */
static bool readable(const char *path, ws_tls_error *err, ws_tls_field field, const char *what)
{
	if (access(path, R_OK) < 0) {
		set_error(err, field, "%s %s cannot be read: %s", what, path, strerror(errno));
		return false;
	}
	return true;
}

/* The one accepted verification failure: a self-signed peer, when allowed. */
static int verify_cb(int ok, X509_STORE_CTX *store)
{
	if (ok) {
		return 1;
	}
	SSL *ssl = X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx());
	ws_tls_ctx *c = ssl ? SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl)) : NULL;
	int e = X509_STORE_CTX_get_error(store);
	if (c && c->opts.allow_self_signed &&
	    (e == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT ||
	     e == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN)) {
		X509_STORE_CTX_set_error(store, X509_V_OK);
		return 1;
	}
	return 0;
}

static int alpn_select(SSL *ssl, const unsigned char **out, unsigned char *outlen,
                       const unsigned char *in, unsigned int inlen, void *arg)
{
	static const unsigned char http11[] = "\x08http/1.1";
	(void) ssl;
	(void) arg;
	if (SSL_select_next_proto((unsigned char **) out, outlen, http11, sizeof(http11) - 1, in,
	                          inlen) == OPENSSL_NPN_NEGOTIATED) {
		return SSL_TLSEXT_ERR_OK;
	}
	return SSL_TLSEXT_ERR_NOACK; /* h2 only: no ALPN, rather than a failed handshake */
}

/* "*.example.com" matches "a.example.com", not "example.com" nor "a.b.example.com". */
static bool name_matches(const char *pattern, const char *name)
{
	if (strcasecmp(pattern, name) == 0) {
		return true;
	}
	if (pattern[0] != '*' || pattern[1] != '.') {
		return false;
	}
	const char *dot = strchr(name, '.');
	return dot && dot != name && strcasecmp(pattern + 1, dot) == 0;
}

static int sni_select(SSL *ssl, int *alert, void *arg)
{
	ws_tls_ctx *c = arg;
	(void) alert;
	const char *name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
	for (size_t i = 0; name && i < c->opts.nsni; i++) {
		if (name_matches(c->opts.sni[i].name, name)) {
			SSL_set_SSL_CTX(ssl, c->sni[i]);
			break;
		}
	}
	return SSL_TLSEXT_ERR_OK; /* an unknown name gets the default certificate */
}

/* Settings every context shares: protocol range, ciphers, modes. */
static bool ctx_common(SSL_CTX *ssl, ws_tls_ctx *c, ws_tls_error *err)
{
	const ws_tls_opts *o = &c->opts;
	unsigned p = o->protocols ? o->protocols : WS_TLS_V1_2 | WS_TLS_V1_3;
	SSL_CTX_set_min_proto_version(ssl, p & WS_TLS_V1_2 ? TLS1_2_VERSION : TLS1_3_VERSION);
	SSL_CTX_set_max_proto_version(ssl, p & WS_TLS_V1_3 ? TLS1_3_VERSION : TLS1_2_VERSION);
	SSL_CTX_set_options(ssl, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION |
	                             SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_IGNORE_UNEXPECTED_EOF);
	/* partial writes and a moving buffer: the send queue retries from wherever its bytes are;
	 * released buffers: an idle connection holds no 34 KB of record buffers */
	SSL_CTX_set_mode(ssl, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER |
	                          SSL_MODE_RELEASE_BUFFERS);
	SSL_CTX_set_read_ahead(ssl, 1); /* one read() per socket buffer, not two per record */
	SSL_CTX_set_app_data(ssl, c);
	if (o->ciphers && SSL_CTX_set_cipher_list(ssl, o->ciphers) != 1) {
		set_error(err, WS_TLS_F_CIPHERS, "no usable cipher in \"%s\"", o->ciphers);
		return false;
	}
	if (o->verify_depth > 0) {
		SSL_CTX_set_verify_depth(ssl, o->verify_depth);
	}
	return true;
}

/* Certificate chain and key into ssl. */
static bool ctx_cert(SSL_CTX *ssl, const char *cert, const char *key, const char *pass,
                     ws_tls_error *err)
{
	if (!readable(cert, err, WS_TLS_F_CERT, "certificate")) {
		return false;
	}
	ERR_clear_error();
	if (SSL_CTX_use_certificate_chain_file(ssl, cert) != 1) {
		set_error(err, WS_TLS_F_CERT, "%s holds no PEM certificate (%s)", cert,
		          ossl_reason("unreadable"));
		return false;
	}
	if (!key) {
		key = cert;
	}
	if (!readable(key, err, WS_TLS_F_KEY, "key")) {
		return false;
	}
	EVP_PKEY *k = load_key(key, pass, err);
	if (!k) {
		return false;
	}
	ERR_clear_error();
	int rc = SSL_CTX_use_PrivateKey(ssl, k);
	EVP_PKEY_free(k);
	if (rc != 1 || SSL_CTX_check_private_key(ssl) != 1) {
		set_error(err, WS_TLS_F_KEY, "the key in %s does not match the certificate in %s", key,
		          cert);
		ERR_clear_error();
		return false;
	}
	return true;
}

/* Trusted CAs for verifying the peer. */
static bool ctx_ca(SSL_CTX *ssl, const ws_tls_opts *o, bool server, ws_tls_error *err)
{
	if (o->cafile && !readable(o->cafile, err, WS_TLS_F_CA, "CA file")) {
		return false;
	}
	if (o->cafile || o->capath) {
		ERR_clear_error();
		if (SSL_CTX_load_verify_locations(ssl, o->cafile, o->capath) != 1) {
			set_error(err, WS_TLS_F_CA, "%s holds no PEM CA certificate (%s)",
			          o->cafile ? o->cafile : o->capath, ossl_reason("unreadable"));
			return false;
		}
		if (server && o->cafile) {
			STACK_OF(X509_NAME) *names = SSL_load_client_CA_file(o->cafile);
			if (names) {
				SSL_CTX_set_client_CA_list(ssl, names);
			}
		}
	} else if (!server) {
		SSL_CTX_set_default_verify_paths(ssl); /* the system's CAs */
	}
	return true;
}

/* One server SSL_CTX with certificate cert. */
static SSL_CTX *server_ssl(ws_tls_ctx *c, const char *cert, const char *key, const char *pass,
                           ws_tls_error *err)
{
	const ws_tls_opts *o = &c->opts;
	SSL_CTX *ssl = SSL_CTX_new(TLS_server_method());
	if (!ssl) {
		set_error(err, WS_TLS_F_NONE, "cannot make a TLS context: %s", ossl_reason("no memory"));
		return NULL;
	}
	if (!ctx_common(ssl, c, err) || !ctx_cert(ssl, cert, key, pass, err) ||
	    (o->verify_peer && !ctx_ca(ssl, o, true, err))) {
		SSL_CTX_free(ssl);
		return NULL;
	}
	/* resumed sessions (tickets, on by default) keep their verified client */
	static const unsigned char sid[] = "wserver";
	SSL_CTX_set_session_id_context(ssl, sid, sizeof(sid) - 1);
	if (o->verify_peer) {
		SSL_CTX_set_verify(ssl, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, verify_cb);
	}
	if (o->alpn_http) {
		SSL_CTX_set_alpn_select_cb(ssl, alpn_select, NULL);
	}
	return ssl;
}

typedef struct ctx_set {
	SSL_CTX *ssl;
	SSL_CTX **sni;
} ctx_set;

static void ctx_set_free(ctx_set *s, size_t nsni)
{
	for (size_t i = 0; s->sni && i < nsni; i++) {
		SSL_CTX_free(s->sni[i]);
	}
	free(s->sni);
	SSL_CTX_free(s->ssl);
	s->sni = NULL;
	s->ssl = NULL;
}

/* The default context and one per SNI name, from c->opts. */
static bool server_build(ws_tls_ctx *c, ctx_set *out, ws_tls_error *err)
{
	const ws_tls_opts *o = &c->opts;
	memset(out, 0, sizeof(*out));
	if (!o->cert_file) {
		set_error(err, WS_TLS_F_CERT, "a TLS listener needs a certificate");
		return false;
	}
	out->ssl = server_ssl(c, o->cert_file, o->key_file, o->passphrase, err);
	if (!out->ssl) {
		return false;
	}
	if (o->nsni > 0) {
		out->sni = calloc(o->nsni, sizeof(*out->sni));
		if (!out->sni) {
			set_error(err, WS_TLS_F_NONE, "out of memory");
			ctx_set_free(out, 0);
			return false;
		}
		for (size_t i = 0; i < o->nsni; i++) {
			const ws_tls_sni *s = &o->sni[i];
			out->sni[i] = s->cert_file
			                  ? server_ssl(c, s->cert_file, s->key_file,
			                               s->passphrase ? s->passphrase : o->passphrase, err)
			                  : NULL;
			if (!out->sni[i]) {
				if (!s->cert_file) {
					set_error(err, WS_TLS_F_SNI, "no certificate for \"%s\"", s->name);
				} else {
					char why[sizeof(err->msg)];
					snprintf(why, sizeof(why), "%s", err->msg);
					set_error(err, WS_TLS_F_SNI, "\"%s\": %s", s->name, why);
				}
				ctx_set_free(out, o->nsni);
				return false;
			}
		}
		SSL_CTX_set_tlsext_servername_callback(out->ssl, sni_select);
		SSL_CTX_set_tlsext_servername_arg(out->ssl, c);
	}
	return true;
}

ws_tls_ctx *ws_tls_server_new(const ws_tls_opts *o, ws_tls_error *err)
{
	ws_tls_ctx *c = calloc(1, sizeof(*c));
	if (!c || !ws_tls_opts_copy(&c->opts, o)) {
		free(c);
		set_error(err, WS_TLS_F_NONE, "out of memory");
		return NULL;
	}
	c->server = true;
	ctx_set s;
	if (!server_build(c, &s, err)) {
		ws_tls_opts_free(&c->opts);
		free(c);
		return NULL;
	}
	c->ssl = s.ssl;
	c->sni = s.sni;
	c->next = servers;
	servers = c;
	return c;
}

ws_tls_ctx *ws_tls_client_new(const ws_tls_opts *o, ws_tls_error *err)
{
	ws_tls_ctx *c = calloc(1, sizeof(*c));
	if (!c || !ws_tls_opts_copy(&c->opts, o)) {
		free(c);
		set_error(err, WS_TLS_F_NONE, "out of memory");
		return NULL;
	}
	c->ssl = SSL_CTX_new(TLS_client_method());
	bool ok = c->ssl && ctx_common(c->ssl, c, err);
	if (ok && o->verify_peer) {
		ok = ctx_ca(c->ssl, o, false, err);
		SSL_CTX_set_verify(c->ssl, SSL_VERIFY_PEER, verify_cb);
	}
	if (ok && o->cert_file) {
		ok = ctx_cert(c->ssl, o->cert_file, o->key_file, o->passphrase, err);
	}
	if (ok && o->alpn_http) {
		static const unsigned char http11[] = "\x08http/1.1";
		SSL_CTX_set_alpn_protos(c->ssl, http11, sizeof(http11) - 1);
	}
	if (!ok) {
		if (!c->ssl) {
			set_error(err, WS_TLS_F_NONE, "cannot make a TLS context: %s",
			          ossl_reason("no memory"));
		}
		ws_tls_ctx_free(c);
		return NULL;
	}
	return c;
}

void ws_tls_ctx_free(ws_tls_ctx *c)
{
	if (!c) {
		return;
	}
	for (ws_tls_ctx **p = &servers; *p; p = &(*p)->next) {
		if (*p == c) {
			*p = c->next;
			break;
		}
	}
	ctx_set s = {c->ssl, c->sni};
	ctx_set_free(&s, c->opts.nsni);
	ws_tls_opts_free(&c->opts);
	free(c);
}

int64_t ws_tls_ctx_timeout_ms(const ws_tls_ctx *c)
{
	double t = c->opts.handshake_timeout > 0 ? c->opts.handshake_timeout : 10.;
	return (int64_t) (t * 1000);
}

void ws_tls_reload_all(void)
{
	for (ws_tls_ctx *c = servers; c; c = c->next) {
		ctx_set s;
		ws_tls_error err = {0};
		if (!server_build(c, &s, &err)) {
			ws_log("TLS certificate %s not reloaded, the one loaded before is kept: %s",
			       c->opts.cert_file, err.msg);
			continue;
		}
		/* sessions made from the old ones hold references of their own */
		ctx_set old = {c->ssl, c->sni};
		ctx_set_free(&old, c->opts.nsni);
		c->ssl = s.ssl;
		c->sni = s.sni;
	}
}

static bool is_ip(const char *name)
{
	unsigned char buf[sizeof(struct in6_addr)];
	return inet_pton(AF_INET, name, buf) == 1 || inet_pton(AF_INET6, name, buf) == 1;
}

ws_tls_conn *ws_tls_conn_new(ws_tls_ctx *ctx, int fd, bool client, const char *peer_name)
{
	ws_tls_conn *t = calloc(1, sizeof(*t));
	if (!t) {
		return NULL;
	}
	t->ssl = SSL_new(ctx->ssl);
	if (!t->ssl || SSL_set_fd(t->ssl, fd) != 1) {
		ws_tls_conn_free(t);
		return NULL;
	}
	if (!client) {
		SSL_set_accept_state(t->ssl);
		return t;
	}
	SSL_set_connect_state(t->ssl);
	/* a peer_name option names the peer whatever address was dialled */
	const char *name = ctx->opts.peer_name ? ctx->opts.peer_name : peer_name;
	if (name && *name) {
		if (!is_ip(name)) {
			SSL_set_tlsext_host_name(t->ssl, name);
		}
		if (ctx->opts.verify_peer && ctx->opts.verify_peer_name) {
			X509_VERIFY_PARAM *vp = SSL_get0_param(t->ssl);
			if (is_ip(name)) {
				X509_VERIFY_PARAM_set1_ip_asc(vp, name);
			} else {
				SSL_set_hostflags(t->ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
				SSL_set1_host(t->ssl, name);
			}
		}
	}
	return t;
}

void ws_tls_conn_free(ws_tls_conn *t)
{
	if (t) {
		SSL_free(t->ssl);
		free(t);
	}
}

/* The verification result, when the session verifies its peer. */
static long verify_result(const ws_tls_conn *t)
{
	return SSL_get_verify_mode(t->ssl) != SSL_VERIFY_NONE ? SSL_get_verify_result(t->ssl)
	                                                      : X509_V_OK;
}

/* A fatal error: say why in t->err, the certificate's problem first. */
static void conn_failed(ws_tls_conn *t, int e, int sys_errno)
{
	t->failed = true;
	long v = verify_result(t);
	unsigned long code = ERR_peek_last_error();
	if (v != X509_V_OK) {
		snprintf(t->err, sizeof(t->err), "%s", X509_verify_cert_error_string(v));
	} else if (code) {
		const char *r = ERR_reason_error_string(code);
		snprintf(t->err, sizeof(t->err), "%s", r ? r : "protocol error");
	} else if (e == SSL_ERROR_SYSCALL && sys_errno) {
		snprintf(t->err, sizeof(t->err), "%s", strerror(sys_errno));
	} else {
		snprintf(t->err, sizeof(t->err), "the peer closed the connection");
	}
	ERR_clear_error();
}

int ws_tls_handshake(ws_tls_conn *t)
{
	ERR_clear_error();
	errno = 0;
	int r = SSL_do_handshake(t->ssl);
	if (r == 1) {
		return WS_TLS_DONE;
	}
	int e = SSL_get_error(t->ssl, r);
	if (e == SSL_ERROR_WANT_READ) {
		return WS_TLS_WANT_READ;
	}
	if (e == SSL_ERROR_WANT_WRITE) {
		return WS_TLS_WANT_WRITE;
	}
	conn_failed(t, e, errno);
	return WS_TLS_FAILED;
}

const char *ws_tls_conn_error(const ws_tls_conn *t)
{
	return t->err[0] ? t->err : "handshake failed";
}

bool ws_tls_verify_failed(const ws_tls_conn *t, bool *name_mismatch)
{
	long v = verify_result(t);
	*name_mismatch = v == X509_V_ERR_HOSTNAME_MISMATCH || v == X509_V_ERR_IP_ADDRESS_MISMATCH;
	return t->failed && v != X509_V_OK;
}

bool ws_tls_peer_verified(const ws_tls_conn *t)
{
	X509 *x = SSL_get0_peer_certificate(t->ssl);
	return x && SSL_get_verify_mode(t->ssl) != SSL_VERIFY_NONE &&
	       SSL_get_verify_result(t->ssl) == X509_V_OK;
}

ssize_t ws_tls_read(ws_tls_conn *t, char *buf, size_t cap)
{
	size_t got = 0;
	t->want_write = false;
	while (got < cap && !t->eof && !t->failed) {
		size_t n = 0;
		ERR_clear_error();
		errno = 0;
		int r = SSL_read_ex(t->ssl, buf + got, cap - got, &n);
		if (r == 1) {
			got += n;
			continue;
		}
		int e = SSL_get_error(t->ssl, r);
		if (e == SSL_ERROR_WANT_READ) {
			break;
		}
		if (e == SSL_ERROR_WANT_WRITE) {
			t->want_write = true;
			break;
		}
		if (e == SSL_ERROR_ZERO_RETURN) {
			t->eof = true;
		} else {
			conn_failed(t, e, errno);
		}
	}
	if (got > 0) {
		return (ssize_t) got;
	}
	if (t->eof) {
		return 0;
	}
	errno = t->failed ? ECONNRESET : EAGAIN;
	return -1;
}

ssize_t ws_tls_write(ws_tls_conn *t, const char *buf, size_t len)
{
	if (t->failed) {
		errno = EPIPE;
		return -1;
	}
	size_t n = 0;
	ERR_clear_error();
	errno = 0;
	int r = SSL_write_ex(t->ssl, buf, len, &n);
	if (r == 1) {
		return (ssize_t) n;
	}
	int e = SSL_get_error(t->ssl, r);
	if (e == SSL_ERROR_WANT_WRITE || e == SSL_ERROR_WANT_READ) {
		return 0;
	}
	conn_failed(t, e, errno);
	errno = EPIPE;
	return -1;
}

bool ws_tls_wants_write(const ws_tls_conn *t)
{
	return t->want_write;
}

bool ws_tls_pending(const ws_tls_conn *t)
{
	return !t->eof && !t->failed && SSL_has_pending(t->ssl);
}

void ws_tls_close_notify(ws_tls_conn *t)
{
	if (t->failed || t->notified || !SSL_is_init_finished(t->ssl)) {
		return;
	}
	t->notified = true;
	ERR_clear_error();
	SSL_shutdown(t->ssl); /* one try: a full socket or a gone peer just miss it */
	ERR_clear_error();
}

void ws_tls_alpn(const ws_tls_conn *t, char *out, size_t outlen)
{
	const unsigned char *p = NULL;
	unsigned int n = 0;
	SSL_get0_alpn_selected(t->ssl, &p, &n);
	snprintf(out, outlen, "%.*s", (int) n, p ? (const char *) p : "");
}

const char *ws_tls_protocol(const ws_tls_conn *t)
{
	return SSL_get_version(t->ssl);
}

const char *ws_tls_cipher(const ws_tls_conn *t)
{
	return SSL_get_cipher_name(t->ssl);
}

char *ws_tls_peer_cert_pem(const ws_tls_conn *t, size_t *len)
{
	X509 *x = SSL_get1_peer_certificate(t->ssl);
	if (!x) {
		return NULL;
	}
	char *out = NULL;
	BIO *b = BIO_new(BIO_s_mem());
	if (b && PEM_write_bio_X509(b, x) == 1) {
		char *p;
		long n = BIO_get_mem_data(b, &p);
		out = n > 0 ? malloc((size_t) n + 1) : NULL;
		if (out) {
			memcpy(out, p, (size_t) n);
			out[n] = 0;
			*len = (size_t) n;
		}
	}
	BIO_free(b);
	X509_free(x);
	return out;
}

#else /* built without OpenSSL */

struct ws_tls_ctx {
	int unused;
};
struct ws_tls_conn {
	int unused;
};

bool ws_tls_available(void)
{
	return false;
}

const char *ws_tls_version(void)
{
	return "none";
}

static ws_tls_ctx *without(ws_tls_error *err)
{
	set_error(err, WS_TLS_F_NONE, "wserver was built without OpenSSL (--without-wserver-openssl)");
	return NULL;
}

ws_tls_ctx *ws_tls_server_new(const ws_tls_opts *o, ws_tls_error *err)
{
	(void) o;
	return without(err);
}

ws_tls_ctx *ws_tls_client_new(const ws_tls_opts *o, ws_tls_error *err)
{
	(void) o;
	return without(err);
}

void ws_tls_ctx_free(ws_tls_ctx *c)
{
	(void) c;
}

int64_t ws_tls_ctx_timeout_ms(const ws_tls_ctx *c)
{
	(void) c;
	return 10000;
}

void ws_tls_reload_all(void)
{
}

ws_tls_conn *ws_tls_conn_new(ws_tls_ctx *ctx, int fd, bool client, const char *peer_name)
{
	(void) ctx;
	(void) fd;
	(void) client;
	(void) peer_name;
	return NULL;
}

void ws_tls_conn_free(ws_tls_conn *t)
{
	(void) t;
}

int ws_tls_handshake(ws_tls_conn *t)
{
	(void) t;
	return WS_TLS_FAILED;
}

const char *ws_tls_conn_error(const ws_tls_conn *t)
{
	(void) t;
	return "no TLS in this build";
}

bool ws_tls_verify_failed(const ws_tls_conn *t, bool *name_mismatch)
{
	(void) t;
	*name_mismatch = false;
	return false;
}

bool ws_tls_peer_verified(const ws_tls_conn *t)
{
	(void) t;
	return false;
}

ssize_t ws_tls_read(ws_tls_conn *t, char *buf, size_t cap)
{
	(void) t;
	(void) buf;
	(void) cap;
	errno = ENOTSUP;
	return -1;
}

ssize_t ws_tls_write(ws_tls_conn *t, const char *buf, size_t len)
{
	(void) t;
	(void) buf;
	(void) len;
	errno = ENOTSUP;
	return -1;
}

bool ws_tls_wants_write(const ws_tls_conn *t)
{
	(void) t;
	return false;
}

bool ws_tls_pending(const ws_tls_conn *t)
{
	(void) t;
	return false;
}

void ws_tls_close_notify(ws_tls_conn *t)
{
	(void) t;
}

void ws_tls_alpn(const ws_tls_conn *t, char *out, size_t outlen)
{
	(void) t;
	snprintf(out, outlen, "%s", "");
}

const char *ws_tls_protocol(const ws_tls_conn *t)
{
	(void) t;
	return "";
}

const char *ws_tls_cipher(const ws_tls_conn *t)
{
	(void) t;
	return "";
}

char *ws_tls_peer_cert_pem(const ws_tls_conn *t, size_t *len)
{
	(void) t;
	(void) len;
	return NULL;
}

#endif
