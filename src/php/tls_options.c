/* TLS options from PHP arrays (stream context or Swoole names) into ws_tls_opts. */
#include "tls_options.h"

#include <stdio.h>
#include <string.h>

/* One array value by name: from own, else inherited. */
static zval *find(HashTable *own, HashTable *inherited, const char *name)
{
	zval *v = own ? zend_hash_str_find_deref(own, name, strlen(name)) : NULL;
	if (!v && inherited) {
		v = zend_hash_str_find_deref(inherited, name, strlen(name));
	}
	return v && Z_TYPE_P(v) != IS_NULL ? v : NULL;
}

static bool take_string(char **dst, zval *v, const char *name, char *err, size_t errlen)
{
	if (!v) {
		return true;
	}
	if (Z_TYPE_P(v) != IS_STRING) {
		snprintf(err, errlen, "%s must be a string, %s given", name, zend_zval_type_name(v));
		return false;
	}
	free(*dst);
	*dst = ws_tls_strdup(Z_STRVAL_P(v));
	return true;
}

static void take_bool(bool *dst, zval *v)
{
	if (v) {
		*dst = zend_is_true(v);
	}
}

static bool take_number(double *dst, zval *v, const char *name, char *err, size_t errlen)
{
	if (!v) {
		return true;
	}
	if ((Z_TYPE_P(v) != IS_LONG && Z_TYPE_P(v) != IS_DOUBLE) || zval_get_double(v) <= 0 ||
	    zval_get_double(v) > 3600) {
		snprintf(err, errlen, "%s must be seconds, more than 0 and at most 3600", name);
		return false;
	}
	*dst = zval_get_double(v);
	return true;
}

/* The TLS versions of a crypto_method or ssl_protocols bit mask: 32 is 1.2, 64 is 1.3 (PHP's
 * STREAM_CRYPTO_METHOD_TLSv1_x_* and Swoole's SWOOLE_SSL_TLSv1_x alike). */
static bool take_protocols(unsigned *dst, zval *v, const char *name, char *err, size_t errlen)
{
	if (!v) {
		return true;
	}
	zend_long bits = Z_TYPE_P(v) == IS_LONG ? Z_LVAL_P(v) : 0;
	unsigned p = (bits & 32 ? WS_TLS_V1_2 : 0) | (bits & 64 ? WS_TLS_V1_3 : 0);
	if (p == 0) {
		snprintf(err, errlen, "%s must allow TLS 1.2 (32) or TLS 1.3 (64)", name);
		return false;
	}
	*dst = p;
	return true;
}

/* name => file or name => [cert, key, passphrase] (keys by the names given). */
static bool take_sni(wserver_tls_spec *s, zval *v, const char *name, const char *cert_key,
                     const char *key_key, const char *pass_key, char *err, size_t errlen)
{
	if (!v) {
		return true;
	}
	if (Z_TYPE_P(v) != IS_ARRAY) {
		snprintf(err, errlen, "%s must be an array of host name => certificate", name);
		return false;
	}
	uint32_t n = zend_hash_num_elements(Z_ARRVAL_P(v));
	if (n == 0) {
		return true;
	}
	s->opts.sni = calloc(n, sizeof(ws_tls_sni));
	if (!s->opts.sni) {
		snprintf(err, errlen, "out of memory");
		return false;
	}
	zend_string *host;
	zval *cert;
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(v), host, cert) {
		if (!host) {
			snprintf(err, errlen, "%s must be keyed by host name", name);
			return false;
		}
		ws_tls_sni *e = &s->opts.sni[s->opts.nsni++];
		e->name = ws_tls_strdup(ZSTR_VAL(host));
		ZVAL_DEREF(cert);
		if (Z_TYPE_P(cert) == IS_STRING) {
			e->cert_file = ws_tls_strdup(Z_STRVAL_P(cert)); /* certificate and key in one */
			continue;
		}
		if (Z_TYPE_P(cert) != IS_ARRAY) {
			snprintf(err, errlen, "%s[\"%s\"] must be a file or an array", name, ZSTR_VAL(host));
			return false;
		}
		HashTable *h = Z_ARRVAL_P(cert);
		if (!take_string(&e->cert_file, find(h, NULL, cert_key), cert_key, err, errlen) ||
		    !take_string(&e->key_file, find(h, NULL, key_key), key_key, err, errlen) ||
		    !take_string(&e->passphrase, find(h, NULL, pass_key), pass_key, err, errlen)) {
			return false;
		}
	}
	ZEND_HASH_FOREACH_END();
	return true;
}

bool wserver_tls_from_stream(wserver_tls_spec *s, HashTable *ssl, bool client, char *err,
                             size_t errlen)
{
	memset(s, 0, sizeof(*s));
	ws_tls_opts *o = &s->opts;
	o->verify_peer = client; /* PHP's defaults */
	o->verify_peer_name = true;
	o->alpn_http = false;
	s->names[WS_TLS_F_CERT] = "local_cert";
	s->names[WS_TLS_F_KEY] = "local_pk";
	s->names[WS_TLS_F_PASSPHRASE] = "passphrase";
	s->names[WS_TLS_F_CA] = "cafile";
	s->names[WS_TLS_F_CIPHERS] = "ciphers";
	s->names[WS_TLS_F_PROTOCOLS] = "crypto_method";
	s->names[WS_TLS_F_SNI] = "SNI_server_certs";
	if (!ssl) {
		return true;
	}
	zval *v;
	take_bool(&o->verify_peer, find(ssl, NULL, "verify_peer"));
	take_bool(&o->verify_peer_name, find(ssl, NULL, "verify_peer_name"));
	take_bool(&o->allow_self_signed, find(ssl, NULL, "allow_self_signed"));
	if ((v = find(ssl, NULL, "verify_depth"))) {
		o->verify_depth = (int) zval_get_long(v);
	}
	if (!find(ssl, NULL, "cafile") && find(ssl, NULL, "capath")) {
		s->names[WS_TLS_F_CA] = "capath";
	}
	return take_string(&o->cert_file, find(ssl, NULL, "local_cert"), "local_cert", err, errlen) &&
	       take_string(&o->key_file, find(ssl, NULL, "local_pk"), "local_pk", err, errlen) &&
	       take_string(&o->passphrase, find(ssl, NULL, "passphrase"), "passphrase", err, errlen) &&
	       take_string(&o->cafile, find(ssl, NULL, "cafile"), "cafile", err, errlen) &&
	       take_string(&o->capath, find(ssl, NULL, "capath"), "capath", err, errlen) &&
	       take_string(&o->ciphers, find(ssl, NULL, "ciphers"), "ciphers", err, errlen) &&
	       take_string(&o->peer_name, find(ssl, NULL, "peer_name"), "peer_name", err, errlen) &&
	       take_protocols(&o->protocols, find(ssl, NULL, "crypto_method"), "crypto_method", err,
	                      errlen) &&
	       take_number(&o->handshake_timeout, find(ssl, NULL, "handshake_timeout"),
	                   "handshake_timeout", err, errlen) &&
	       take_sni(s, find(ssl, NULL, "SNI_server_certs"), "SNI_server_certs", "local_cert",
	                "local_pk", "passphrase", err, errlen);
}

bool wserver_tls_from_swoole(wserver_tls_spec *s, HashTable *own, HashTable *inherited, bool client,
                             char *err, size_t errlen)
{
	memset(s, 0, sizeof(*s));
	s->swoole = true;
	ws_tls_opts *o = &s->opts;
	o->verify_peer = false; /* Swoole's default, client and server */
	o->verify_peer_name = true;
	s->names[WS_TLS_F_CERT] = "ssl_cert_file";
	s->names[WS_TLS_F_KEY] = "ssl_key_file";
	s->names[WS_TLS_F_PASSPHRASE] = "ssl_passphrase";
	s->names[WS_TLS_F_CA] = "ssl_cafile";
	s->names[WS_TLS_F_CIPHERS] = "ssl_ciphers";
	s->names[WS_TLS_F_PROTOCOLS] = "ssl_protocols";
	s->names[WS_TLS_F_SNI] = "ssl_sni_certs";
	zval *v;
	take_bool(&o->verify_peer, find(own, inherited, "ssl_verify_peer"));
	take_bool(&o->allow_self_signed, find(own, inherited, "ssl_allow_self_signed"));
	if ((v = find(own, inherited, "ssl_verify_depth"))) {
		o->verify_depth = (int) zval_get_long(v);
	}
	if (!take_string(&o->cafile, find(own, inherited, "ssl_cafile"), "ssl_cafile", err, errlen)) {
		return false;
	}
	/* a server's CA of client certificates */
	zval *client_ca = client ? NULL : find(own, inherited, "ssl_client_cert_file");
	if (client_ca) {
		s->names[WS_TLS_F_CA] = "ssl_client_cert_file";
		if (!take_string(&o->cafile, client_ca, "ssl_client_cert_file", err, errlen)) {
			return false;
		}
	}
	return take_string(&o->cert_file, find(own, inherited, "ssl_cert_file"), "ssl_cert_file", err,
	                   errlen) &&
	       take_string(&o->key_file, find(own, inherited, "ssl_key_file"), "ssl_key_file", err,
	                   errlen) &&
	       take_string(&o->passphrase, find(own, inherited, "ssl_passphrase"), "ssl_passphrase",
	                   err, errlen) &&
	       take_string(&o->capath, find(own, inherited, "ssl_capath"), "ssl_capath", err, errlen) &&
	       take_string(&o->ciphers, find(own, inherited, "ssl_ciphers"), "ssl_ciphers", err,
	                   errlen) &&
	       take_string(&o->peer_name, find(own, inherited, "ssl_host_name"), "ssl_host_name", err,
	                   errlen) &&
	       take_protocols(&o->protocols, find(own, inherited, "ssl_protocols"), "ssl_protocols",
	                      err, errlen) &&
	       take_number(&o->handshake_timeout, find(own, inherited, "ssl_handshake_timeout"),
	                   "ssl_handshake_timeout", err, errlen) &&
	       take_sni(s, find(own, inherited, "ssl_sni_certs"), "ssl_sni_certs", "ssl_cert_file",
	                "ssl_key_file", "ssl_passphrase", err, errlen);
}

void wserver_tls_spec_free(wserver_tls_spec *s)
{
	ws_tls_opts_free(&s->opts);
}

static void name_error(const wserver_tls_spec *s, const ws_tls_error *e, char *err, size_t errlen)
{
	const char *name = s->names[e->field];
	if (name) {
		snprintf(err, errlen, "%s: %s", name, e->msg);
	} else {
		snprintf(err, errlen, "%s", e->msg);
	}
}

ws_tls_ctx *wserver_tls_server_ctx(const wserver_tls_spec *s, char *err, size_t errlen)
{
	ws_tls_error e = {0};
	ws_tls_ctx *ctx = ws_tls_server_new(&s->opts, &e);
	if (!ctx) {
		name_error(s, &e, err, errlen);
	}
	return ctx;
}

ws_tls_ctx *wserver_tls_client_ctx(const wserver_tls_spec *s, char *err, size_t errlen)
{
	ws_tls_error e = {0};
	ws_tls_ctx *ctx = ws_tls_client_new(&s->opts, &e);
	if (!ctx) {
		name_error(s, &e, err, errlen);
	}
	return ctx;
}
