/* What a client's set() takes: time-outs, and the package framing of the blocking Client,
 * checked here, with the server's own codecs (src/proto eof, length, mqtt) to find where a
 * package ends. */
#include "client_settings.h"
#include "aliases.h"
#include "server_options.h"
#include "tls_socket.h"

static bool bad(const char *key, const char *why)
{
	php_error_docref(NULL, E_WARNING, "Option \"%s\" %s", key, why);
	return false;
}

/* An integer option in [lo, hi] into *out (left alone when absent). */
static bool int_option(HashTable *ht, const char *key, zend_long lo, zend_long hi, zend_long *out)
{
	zval *v = zend_hash_str_find(ht, key, strlen(key));
	if (!v) {
		return true;
	}
	if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < lo || Z_LVAL_P(v) > hi) {
		char why[96];
		snprintf(why, sizeof(why), "must be an integer from " ZEND_LONG_FMT " to " ZEND_LONG_FMT,
		         lo, hi);
		return bad(key, why);
	}
	*out = Z_LVAL_P(v);
	return true;
}

static bool flag(HashTable *ht, const char *key)
{
	zval *v = zend_hash_str_find(ht, key, strlen(key));
	return v && zend_is_true(v);
}

bool wserver_client_framing_set(wserver_client_framing *f, HashTable *settings)
{
	wserver_client_framing n = *f;
	zend_long max = (zend_long) (n.max ? n.max : 2 * 1024 * 1024); /* Swoole's default */
	if (!int_option(settings, "package_max_length", 1, UINT32_MAX, &max)) {
		return false;
	}
	n.max = (size_t) max;
	if (flag(settings, "open_length_check")) {
		ws_length_param p = {'N', 4, 0, 0};
		zval *t = zend_hash_str_find(settings, ZEND_STRL("package_length_type"));
		if (t) {
			if (Z_TYPE_P(t) != IS_STRING || Z_STRLEN_P(t) != 1 ||
			    ws_length_type_size(Z_STRVAL_P(t)[0]) == 0) {
				return bad("package_length_type", "must be one pack() letter of c C s S n v l L "
				                                  "N V q Q J P");
			}
			p.type = Z_STRVAL_P(t)[0];
			p.size = ws_length_type_size(p.type);
		}
		zend_long off = 0, body = 0;
		if (!int_option(settings, "package_length_offset", 0, 65535, &off) ||
		    !int_option(settings, "package_body_offset", 0, 65535, &body)) {
			return false;
		}
		p.offset = (uint32_t) off;
		p.body_offset = (uint32_t) body;
		n.proto = &ws_proto_length;
		n.param.length = p;
	} else if (flag(settings, "open_eof_check") || flag(settings, "open_eof_split")) {
		zval *e = zend_hash_str_find(settings, ZEND_STRL("package_eof"));
		if (wserver_aliases_swoole() && e && Z_TYPE_P(e) == IS_STRING && Z_STRLEN_P(e) == 0) {
			/* as Swoole's clients: a fatal error, worded as theirs */
			php_error_docref(NULL, E_ERROR, "package_eof cannot be an empty string");
			return false;
		}
		if (!e || Z_TYPE_P(e) != IS_STRING || Z_STRLEN_P(e) < 1 || Z_STRLEN_P(e) > WS_EOF_MAX) {
			return bad("package_eof", "must be a string of 1 to 8 bytes when open_eof_check or "
			                          "open_eof_split is on");
		}
		/* a client's recv() returns one package up to the first EOF with open_eof_check too,
		 * the rest kept for the next: Swoole's clients split either way */
		ws_eof_param p = {{0}, (uint8_t) Z_STRLEN_P(e), true};
		memcpy(p.eof, Z_STRVAL_P(e), Z_STRLEN_P(e));
		n.proto = &ws_proto_eof;
		n.param.eof = p;
	} else if (flag(settings, "open_mqtt_protocol")) {
		n.proto = &ws_proto_mqtt; /* no parameters: the length is in each packet's header */
	} else if (zend_hash_str_exists(settings, ZEND_STRL("open_length_check")) ||
	           zend_hash_str_exists(settings, ZEND_STRL("open_eof_check")) ||
	           zend_hash_str_exists(settings, ZEND_STRL("open_eof_split")) ||
	           zend_hash_str_exists(settings, ZEND_STRL("open_mqtt_protocol"))) {
		n.proto = NULL; /* switched off */
	}
	*f = n;
	return true;
}

ssize_t wserver_client_framing_input(const wserver_client_framing *f, const char *buf, size_t len)
{
	ws_msg_info info = {0};
	return f->proto->input(&f->param, buf, len, f->max, &info);
}

static bool read_seconds(zend_string *key, zval *v, double *out)
{
	if (Z_TYPE_P(v) != IS_LONG && Z_TYPE_P(v) != IS_DOUBLE) {
		php_error_docref(NULL, E_WARNING, "Option \"%s\" must be a number of seconds, %s given",
		                 ZSTR_VAL(key), zend_zval_type_name(v));
		return false;
	}
	*out = zval_get_double(v);
	return true;
}

/* The keys framing_set() reads. */
static bool framing_key(zend_string *key)
{
	static const char *const keys[] = {
	    "open_eof_check",      "open_eof_split",      "package_eof",
	    "open_length_check",   "package_length_type", "package_length_offset",
	    "package_body_offset", "package_max_length",  "open_mqtt_protocol"};
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		if (zend_string_equals_cstr(key, keys[i], strlen(keys[i]))) {
			return true;
		}
	}
	return false;
}

bool wserver_client_settings_set(wserver_client_settings *s, zval *setting, HashTable *given,
                                 bool blocking)
{
	bool ok = wserver_client_framing_set(&s->framing, given);
	zend_string *key;
	zval *v;
	ZEND_HASH_FOREACH_STR_KEY_VAL(given, key, v) {
		if (!key) {
			php_error_docref(NULL, E_WARNING, "Options must have string keys");
			ok = false;
		} else if (zend_string_equals_literal(key, "timeout")) {
			ok &= read_seconds(key, v, &s->timeout);
		} else if (zend_string_equals_literal(key, "connect_timeout")) {
			ok &= read_seconds(key, v, &s->connect_timeout);
		} else if (zend_string_equals_literal(key, "read_timeout")) {
			ok &= read_seconds(key, v, &s->read_timeout);
		} else if (zend_string_equals_literal(key, "write_timeout")) {
			ok &= read_seconds(key, v, &s->write_timeout);
		} else if (!blocking && !framing_key(key) && !wserver_server_option_known(key) &&
		           !wserver_tls_option_known(key)) {
			php_error_docref(NULL, E_WARNING, "Unknown option \"%s\"", ZSTR_VAL(key));
			ok = false;
		}
		/* the framing keys are read above; the blocking Client keeps any other key (socket
		 * buffer sizes, ...) in $setting without effect, as Swoole does, the coroutine one
		 * the other options Swoole knows */
	}
	ZEND_HASH_FOREACH_END();
	if (Z_TYPE_P(setting) != IS_ARRAY) {
		zval_ptr_dtor(setting);
		array_init(setting);
	}
	SEPARATE_ARRAY(setting);
	zend_hash_merge(Z_ARRVAL_P(setting), given, zval_add_ref, 1);
	return ok;
}
