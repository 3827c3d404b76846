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

/* Every option by its two names: PHP's stream context one and Swoole's. NULL: that API has no
 * such option (Swoole checks the name whenever it verifies; a stream context has no separate CA
 * of client certificates). */
typedef enum {
	O_CERT,
	O_KEY,
	O_PASSPHRASE,
	O_CAFILE,
	O_CAPATH,
	O_CLIENT_CA,
	O_CIPHERS,
	O_PEER_NAME,
	O_PROTOCOLS,
	O_TIMEOUT,
	O_SNI,
	O_VERIFY_PEER,
	O_VERIFY_PEER_NAME,
	O_SELF_SIGNED,
	O_DEPTH,
	O_COUNT
} option;

static const struct {
	const char *stream, *swoole;
} names[O_COUNT] = {
    [O_CERT] = {"local_cert", "ssl_cert_file"},
    [O_KEY] = {"local_pk", "ssl_key_file"},
    [O_PASSPHRASE] = {"passphrase", "ssl_passphrase"},
    [O_CAFILE] = {"cafile", "ssl_cafile"},
    [O_CAPATH] = {"capath", "ssl_capath"},
    [O_CLIENT_CA] = {NULL, "ssl_client_cert_file"},
    [O_CIPHERS] = {"ciphers", "ssl_ciphers"},
    [O_PEER_NAME] = {"peer_name", "ssl_host_name"},
    [O_PROTOCOLS] = {"crypto_method", "ssl_protocols"},
    [O_TIMEOUT] = {"handshake_timeout", "ssl_handshake_timeout"},
    [O_SNI] = {"SNI_server_certs", "ssl_sni_certs"},
    [O_VERIFY_PEER] = {"verify_peer", "ssl_verify_peer"},
    [O_VERIFY_PEER_NAME] = {"verify_peer_name", NULL},
    [O_SELF_SIGNED] = {"allow_self_signed", "ssl_allow_self_signed"},
    [O_DEPTH] = {"verify_depth", "ssl_verify_depth"},
};

/* The option the core's error fields are about. */
static const option field_options[] = {
    [WS_TLS_F_CERT] = O_CERT, [WS_TLS_F_KEY] = O_KEY,         [WS_TLS_F_PASSPHRASE] = O_PASSPHRASE,
    [WS_TLS_F_CA] = O_CAFILE, [WS_TLS_F_CIPHERS] = O_CIPHERS, [WS_TLS_F_PROTOCOLS] = O_PROTOCOLS,
    [WS_TLS_F_SNI] = O_SNI,
};

static const char *name_of(const wserver_tls_spec *s, option o)
{
	return s->swoole ? names[o].swoole : names[o].stream;
}

void wserver_tls_spec_init(wserver_tls_spec *s, bool swoole, bool client)
{
	memset(s, 0, sizeof(*s));
	s->swoole = swoole;
	s->opts.verify_peer = client && !swoole; /* PHP's default; Swoole verifies when told to */
	s->opts.verify_peer_name = true;
	for (int f = WS_TLS_F_CERT; f <= WS_TLS_F_SNI; f++) {
		s->names[f] = name_of(s, field_options[f]);
	}
}

/* One option of s's API from own, else inherited. */
static zval *find_option(const wserver_tls_spec *s, HashTable *own, HashTable *inherited, option o)
{
	const char *name = name_of(s, o);
	return name ? find(own, inherited, name) : NULL;
}

static bool take_string_option(wserver_tls_spec *s, char **dst, HashTable *own,
                               HashTable *inherited, option o, char *err, size_t errlen)
{
	return take_string(dst, find_option(s, own, inherited, o), name_of(s, o), err, errlen);
}

/* Both APIs: the names differ, the meaning does not. */
static bool from_options(wserver_tls_spec *s, HashTable *own, HashTable *inherited, bool client,
                         char *err, size_t errlen)
{
	ws_tls_opts *o = &s->opts;
	zval *v;
	take_bool(&o->verify_peer, find_option(s, own, inherited, O_VERIFY_PEER));
	take_bool(&o->verify_peer_name, find_option(s, own, inherited, O_VERIFY_PEER_NAME));
	take_bool(&o->allow_self_signed, find_option(s, own, inherited, O_SELF_SIGNED));
	if ((v = find_option(s, own, inherited, O_DEPTH))) {
		o->verify_depth = (int) zval_get_long(v);
	}
	if (!find_option(s, own, inherited, O_CAFILE) && find_option(s, own, inherited, O_CAPATH)) {
		s->names[WS_TLS_F_CA] = name_of(s, O_CAPATH);
	}
	/* a server's CA of client certificates, in place of ssl_cafile */
	zval *client_ca = client ? NULL : find_option(s, own, inherited, O_CLIENT_CA);
	if (client_ca) {
		s->names[WS_TLS_F_CA] = name_of(s, O_CLIENT_CA);
	}
	return take_string_option(s, &o->cert_file, own, inherited, O_CERT, err, errlen) &&
	       take_string_option(s, &o->key_file, own, inherited, O_KEY, err, errlen) &&
	       take_string_option(s, &o->passphrase, own, inherited, O_PASSPHRASE, err, errlen) &&
	       take_string_option(s, &o->cafile, own, inherited, O_CAFILE, err, errlen) &&
	       (!client_ca ||
	        take_string(&o->cafile, client_ca, name_of(s, O_CLIENT_CA), err, errlen)) &&
	       take_string_option(s, &o->capath, own, inherited, O_CAPATH, err, errlen) &&
	       take_string_option(s, &o->ciphers, own, inherited, O_CIPHERS, err, errlen) &&
	       take_string_option(s, &o->peer_name, own, inherited, O_PEER_NAME, err, errlen) &&
	       take_protocols(&o->protocols, find_option(s, own, inherited, O_PROTOCOLS),
	                      name_of(s, O_PROTOCOLS), err, errlen) &&
	       take_number(&o->handshake_timeout, find_option(s, own, inherited, O_TIMEOUT),
	                   name_of(s, O_TIMEOUT), err, errlen) &&
	       take_sni(s, find_option(s, own, inherited, O_SNI), name_of(s, O_SNI), name_of(s, O_CERT),
	                name_of(s, O_KEY), name_of(s, O_PASSPHRASE), err, errlen);
}

bool wserver_tls_from_stream(wserver_tls_spec *s, HashTable *ssl, bool client, char *err,
                             size_t errlen)
{
	wserver_tls_spec_init(s, false, client);
	return !ssl || from_options(s, ssl, NULL, client, err, errlen);
}

bool wserver_tls_from_swoole(wserver_tls_spec *s, HashTable *own, HashTable *inherited, bool client,
                             char *err, size_t errlen)
{
	wserver_tls_spec_init(s, true, client);
	return from_options(s, own, inherited, client, err, errlen);
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
