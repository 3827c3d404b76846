/* WServer\Coroutine\Client: Swoole's coroutine client over a coroutine socket (csock.c), with
 * the timeouts of set() applied when a call passes none. */
#include "client.h"
#include "coro.h"
#include "client_settings.h"
#include "coroutine_options.h"
#include "csock.h"
#include "tls_socket.h"

#include "zend_attributes.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"

#include "stubs/client_arginfo.h"

#include <errno.h>

static zend_class_entry *client_ce;
static zend_object_handlers client_handlers;

typedef struct {
	wserver_csock s;             /* fd -1 until connect() */
	zend_long type;              /* WSERVER_SOCK_*; 0 until constructed */
	bool ssl;                    /* WSERVER_SSL was in the type: TLS once connected */
	wserver_client_settings set; /* what set() was given */
	wserver_tls_options tls;     /* its ssl_* options */
	smart_str inbuf;             /* read by a framed recv() and not returned yet */
	zend_object std;
} wserver_client_obj;

enum { PROP_TYPE, PROP_ERRCODE, PROP_ERRMSG, PROP_CONNECTED, PROP_SETTING };

static inline wserver_client_obj *client_from_obj(zend_object *obj)
{
	return (wserver_client_obj *) ((char *) obj - XtOffsetOf(wserver_client_obj, std));
}
#define THIS_CLIENT() client_from_obj(Z_OBJ_P(ZEND_THIS))

static zend_object *client_create(zend_class_entry *ce)
{
	wserver_client_obj *o = zend_object_alloc(sizeof(*o), ce);
	zend_object_std_init(&o->std, ce);
	object_properties_init(&o->std, ce);
	o->std.handlers = &client_handlers;
	o->s.fd = -1;
	wserver_tls_options_init(&o->tls);
	return &o->std;
}

static void client_free(zend_object *obj)
{
	wserver_csock_close(&client_from_obj(obj)->s);
	smart_str_free(&client_from_obj(obj)->inbuf);
	wserver_tls_options_free(&client_from_obj(obj)->tls);
	zend_object_std_dtor(obj);
}

static void client_sync(wserver_client_obj *o)
{
	ZVAL_LONG(OBJ_PROP_NUM(&o->std, PROP_ERRCODE), o->s.err);
	zval *m = OBJ_PROP_NUM(&o->std, PROP_ERRMSG);
	zval_ptr_dtor(m);
	ZVAL_STRING(m, o->s.msg);
	ZVAL_BOOL(OBJ_PROP_NUM(&o->std, PROP_CONNECTED), o->s.fd >= 0);
}

/* The timeout of a call: its own unless 0, else the specific setting, else `timeout`, else
 * Coroutine::set()'s default for op, else fallback. < 0 means no limit; csock takes <= 0 so. */
static double pick(double given, double specific, double general, wserver_socket_op op,
                   double fallback)
{
	if (given != 0) {
		return given;
	}
	double set = wserver_coroutine_socket_timeout(op);
	return specific != 0 ? specific : general != 0 ? general : set != 0 ? set : fallback;
}

/* This call's client: in a coroutine and connected (else false with errCode set). NULL after
 * throwing. */
static wserver_client_obj *client_begin(zval *this_zv, const char *what, bool *ok)
{
	wserver_client_obj *o = client_from_obj(Z_OBJ_P(this_zv));
	*ok = false;
	if (!wserver_coro_require(what)) {
		return NULL;
	}
	o->s.err = 0;
	o->s.msg[0] = 0;
	if (o->s.fd < 0) {
		o->s.err = ENOTCONN;
		snprintf(o->s.msg, sizeof(o->s.msg), "the client is not connected");
		client_sync(o);
		return o;
	}
	*ok = true;
	return o;
}

#define CLIENT_BEGIN(what)                                                                         \
	bool ready;                                                                                    \
	wserver_client_obj *o = client_begin(ZEND_THIS, what, &ready);                                 \
	if (!o) {                                                                                      \
		RETURN_THROWS();                                                                           \
	}                                                                                              \
	if (!ready) {                                                                                  \
		RETURN_FALSE;                                                                              \
	}

ZEND_METHOD(WServer_Coroutine_Client, __construct)
{
	zend_long type;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(type)
	ZEND_PARSE_PARAMETERS_END();
	wserver_client_obj *o = THIS_CLIENT();
	if (o->type != 0) {
		zend_throw_error(NULL, "Cannot construct WServer\\Coroutine\\Client twice");
		RETURN_THROWS();
	}
	bool ssl = (type & WSERVER_SSL_FLAG) != 0;
	type &= ~(zend_long) WSERVER_SSL_FLAG;
	if (type < 1 || type > 6) {
		zend_argument_value_error(1, "must be one of WSERVER_SOCK_TCP, WSERVER_SOCK_TCP6, "
		                             "WSERVER_SOCK_UDP, WSERVER_SOCK_UDP6, "
		                             "WSERVER_SOCK_UNIX_STREAM, WSERVER_SOCK_UNIX_DGRAM, "
		                             "optionally | WSERVER_SSL");
		RETURN_THROWS();
	}
	if (ssl && type != 1 && type != 3 && type != 5) {
		zend_argument_value_error(1, "WSERVER_SSL needs a stream socket (TCP, TCP6, UNIX_STREAM)");
		RETURN_THROWS();
	}
	o->type = type;
	o->ssl = ssl;
	zval *p = OBJ_PROP_NUM(&o->std, PROP_TYPE);
	ZVAL_LONG(p, type | (ssl ? WSERVER_SSL_FLAG : 0));
	Z_PROP_FLAG_P(p) &= ~IS_PROP_UNINIT;
}

ZEND_METHOD(WServer_Coroutine_Client, set)
{
	HashTable *settings;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(settings)
	ZEND_PARSE_PARAMETERS_END();
	wserver_client_obj *o = THIS_CLIENT();
	bool ok = wserver_tls_options_read(&o->tls, settings);
	RETURN_BOOL(wserver_client_settings_set(&o->set, OBJ_PROP_NUM(&o->std, PROP_SETTING), settings,
	                                        false) &&
	            ok);
}

ZEND_METHOD(WServer_Coroutine_Client, connect)
{
	zend_string *host;
	zend_long port = 0, flag = 0;
	double timeout = 0;
	ZEND_PARSE_PARAMETERS_START(1, 4)
	Z_PARAM_STR(host)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(port)
	Z_PARAM_DOUBLE(timeout)
	Z_PARAM_LONG(flag)
	ZEND_PARSE_PARAMETERS_END();
	(void) flag;
	wserver_client_obj *o = THIS_CLIENT();
	if (o->type == 0) {
		zend_throw_error(NULL, "WServer\\Coroutine\\Client was not constructed");
		RETURN_THROWS();
	}
	if (!wserver_coro_require("WServer\\Coroutine\\Client::connect()")) {
		RETURN_THROWS();
	}
	o->s.err = 0;
	o->s.msg[0] = 0;
	if (o->s.fd >= 0) {
		o->s.err = EISCONN;
		snprintf(o->s.msg, sizeof(o->s.msg), "the client is connected already: close() first");
		client_sync(o);
		RETURN_FALSE;
	}
	int domain, socktype;
	wserver_csock_type(o->type, &domain, &socktype);
	wserver_csock s = {.fd = -1};
	double wait =
	    pick(timeout, o->set.connect_timeout, o->set.timeout, WSERVER_SOCKET_CONNECT, 2.0);
	bool ok = (!o->ssl || wserver_tls_available(&s)) &&
	          wserver_csock_open(&s, domain, socktype, 0) &&
	          (domain != AF_UNIX || socktype != SOCK_DGRAM || wserver_csock_bind_reply_path(&s)) &&
	          wserver_csock_connect(&s, ZSTR_VAL(host), (int) port, wait) &&
	          (!o->ssl || wserver_tls_handshake(&s, &o->tls, ZSTR_VAL(host), false, wait));
	if (!ok) {
		wserver_csock_close(&s);
	}
	o->s = s;
	client_sync(o);
	RETURN_BOOL(ok);
}

static void client_send(INTERNAL_FUNCTION_PARAMETERS, const char *what)
{
	zend_string *data;
	double timeout = 0;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_BEGIN(what);
	zend_string_addref(data);
	ssize_t n = wserver_csock_send(
	    &o->s, ZSTR_VAL(data), ZSTR_LEN(data),
	    pick(timeout, o->set.write_timeout, o->set.timeout, WSERVER_SOCKET_WRITE, -1), true);
	zend_string_release(data);
	client_sync(o);
	if (n < 0) {
		RETURN_FALSE;
	}
	RETURN_LONG(n);
}

ZEND_METHOD(WServer_Coroutine_Client, send)
{
	client_send(INTERNAL_FUNCTION_PARAM_PASSTHRU, "WServer\\Coroutine\\Client::send()");
}

ZEND_METHOD(WServer_Coroutine_Client, sendAll)
{
	client_send(INTERNAL_FUNCTION_PARAM_PASSTHRU, "WServer\\Coroutine\\Client::sendAll()");
}

/* The first n bytes of the framed input, taken out of it. */
static zend_string *take_package(wserver_client_obj *o, size_t n)
{
	zend_string *in = o->inbuf.s;
	zend_string *out = zend_string_init(ZSTR_VAL(in), n, 0);
	memmove(ZSTR_VAL(in), ZSTR_VAL(in) + n, ZSTR_LEN(in) - n);
	ZSTR_LEN(in) -= n;
	return out;
}

/* recv() with framing set (open_length_check, open_eof_check...): one whole package, as
 * Swoole's; "" when the server closed first, false on a time-out or a package that cannot be
 * framed (the connection is closed then). */
static void recv_package(wserver_client_obj *o, double timeout, zval *return_value)
{
	char chunk[65536];
	for (;;) {
		size_t have = o->inbuf.s ? ZSTR_LEN(o->inbuf.s) : 0;
		ssize_t len =
		    have ? wserver_client_framing_input(&o->set.framing, ZSTR_VAL(o->inbuf.s), have) : 0;
		if (len > 0) {
			RETURN_STR(take_package(o, (size_t) len));
		}
		if (len < 0) {
			smart_str_free(&o->inbuf);
			wserver_csock_close(&o->s);
			o->s.err = EPROTO;
			snprintf(o->s.msg, sizeof(o->s.msg), "%s",
			         len == WS_PROTO_TOO_BIG ? "the package is longer than package_max_length"
			                                 : "the package is malformed");
			client_sync(o);
			RETURN_FALSE;
		}
		ssize_t n = wserver_csock_recv(&o->s, chunk, sizeof(chunk), timeout, false);
		client_sync(o);
		if (n < 0) {
			RETURN_FALSE;
		}
		if (n == 0) {
			RETURN_EMPTY_STRING();
		}
		smart_str_appendl(&o->inbuf, chunk, (size_t) n);
	}
}

static void client_recv(INTERNAL_FUNCTION_PARAMETERS, wserver_client_obj *o, zend_long length,
                        double timeout, bool all)
{
	double wait = pick(timeout, o->set.read_timeout, o->set.timeout, WSERVER_SOCKET_READ, -1);
	if (o->set.framing.proto && !all) {
		recv_package(o, wait, return_value);
		return;
	}
	/* bytes read by a framed recv() before set() switched framing off come first */
	if (o->inbuf.s && ZSTR_LEN(o->inbuf.s) > 0) {
		RETURN_STR(take_package(o, MIN((size_t) length, ZSTR_LEN(o->inbuf.s))));
	}
	zend_string *buf = zend_string_alloc((size_t) length, 0);
	ssize_t n = wserver_csock_recv(&o->s, ZSTR_VAL(buf), (size_t) length, wait, all);
	client_sync(o);
	if (n < 0) {
		zend_string_efree(buf);
		RETURN_FALSE;
	}
	buf = zend_string_truncate(buf, (size_t) n, 0);
	ZSTR_VAL(buf)[n] = 0;
	RETURN_NEW_STR(buf);
}

ZEND_METHOD(WServer_Coroutine_Client, recv)
{
	double timeout = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_BEGIN("WServer\\Coroutine\\Client::recv()");
	client_recv(INTERNAL_FUNCTION_PARAM_PASSTHRU, o, 65536, timeout, false);
}

ZEND_METHOD(WServer_Coroutine_Client, recvAll)
{
	zend_long length = 65536;
	double timeout = 0;
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(length)
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	if (length < 1 || length > 1024 * 1024 * 1024) {
		zend_argument_value_error(1, "must be between 1 and 1073741824");
		RETURN_THROWS();
	}
	CLIENT_BEGIN("WServer\\Coroutine\\Client::recvAll()");
	client_recv(INTERNAL_FUNCTION_PARAM_PASSTHRU, o, length, timeout, true);
}

ZEND_METHOD(WServer_Coroutine_Client, sendto)
{
	zend_string *host, *data;
	zend_long port;
	ZEND_PARSE_PARAMETERS_START(3, 3)
	Z_PARAM_STR(host)
	Z_PARAM_LONG(port)
	Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();
	wserver_client_obj *o = THIS_CLIENT();
	if (!wserver_coro_require("WServer\\Coroutine\\Client::sendto()")) {
		RETURN_THROWS();
	}
	int domain, socktype;
	wserver_csock_type(o->type ? o->type : 2, &domain, &socktype);
	o->s.err = 0;
	o->s.msg[0] = 0;
	if (socktype != SOCK_DGRAM) {
		o->s.err = EOPNOTSUPP;
		snprintf(o->s.msg, sizeof(o->s.msg), "sendto() is for UDP clients");
		client_sync(o);
		RETURN_FALSE;
	}
	/* an unconnected UDP client gets its socket on first use */
	if (o->s.fd < 0 && !wserver_csock_open(&o->s, domain, socktype, 0)) {
		client_sync(o);
		RETURN_FALSE;
	}
	zend_string_addref(data);
	ssize_t n = wserver_csock_sendto(
	    &o->s, ZSTR_VAL(host), (int) port, ZSTR_VAL(data), ZSTR_LEN(data),
	    pick(0, o->set.write_timeout, o->set.timeout, WSERVER_SOCKET_WRITE, -1));
	zend_string_release(data);
	client_sync(o);
	RETURN_BOOL(n >= 0);
}

/* TLS on a connected plain client (Swoole's enableSSL()): the name checked is ssl_host_name,
 * else the peer's address. */
ZEND_METHOD(WServer_Coroutine_Client, enableSSL)
{
	ZEND_PARSE_PARAMETERS_NONE();
	CLIENT_BEGIN("WServer\\Coroutine\\Client::enableSSL()");
	if (o->s.type != SOCK_STREAM) {
		o->s.err = EOPNOTSUPP;
		snprintf(o->s.msg, sizeof(o->s.msg), "SSL needs a stream socket");
		client_sync(o);
		RETURN_FALSE;
	}
	zval peer;
	ZVAL_UNDEF(&peer);
	const char *host = NULL;
	if (o->s.domain != AF_UNIX && wserver_csock_name(&o->s, true, &peer)) {
		zval *a = zend_hash_str_find(Z_ARRVAL(peer), ZEND_STRL("address"));
		host = a ? Z_STRVAL_P(a) : NULL;
	}
	bool ok = wserver_tls_handshake(
	    &o->s, &o->tls, host, false,
	    pick(0, o->set.connect_timeout, o->set.timeout, WSERVER_SOCKET_CONNECT, 2.0));
	zval_ptr_dtor(&peer);
	if (ok) {
		o->ssl = true;
	}
	client_sync(o);
	RETURN_BOOL(ok);
}

/* The server's certificate (PEM), false without TLS. */
ZEND_METHOD(WServer_Coroutine_Client, getPeerCert)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (!wserver_tls_peer_cert(&THIS_CLIENT()->s, return_value)) {
		RETURN_FALSE;
	}
}

/* Whether the server's certificate was verified in the handshake. */
ZEND_METHOD(WServer_Coroutine_Client, verifyPeerCert)
{
	bool allow_self_signed = false;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(allow_self_signed)
	ZEND_PARSE_PARAMETERS_END();
	(void) allow_self_signed;
	RETURN_BOOL(wserver_tls_peer_verified(&THIS_CLIENT()->s));
}

ZEND_METHOD(WServer_Coroutine_Client, isConnected)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(THIS_CLIENT()->s.fd >= 0);
}

static void client_name(INTERNAL_FUNCTION_PARAMETERS, bool peer)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_client_obj *o = THIS_CLIENT();
	if (o->s.fd < 0 || !wserver_csock_name(&o->s, peer, return_value)) {
		RETURN_FALSE;
	}
}

ZEND_METHOD(WServer_Coroutine_Client, getsockname)
{
	client_name(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(WServer_Coroutine_Client, getpeername)
{
	client_name(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(WServer_Coroutine_Client, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_client_obj *o = THIS_CLIENT();
	if (o->s.fd < 0) {
		RETURN_FALSE;
	}
	wserver_csock_close(&o->s);
	ZVAL_FALSE(OBJ_PROP_NUM(&o->std, PROP_CONNECTED));
	RETURN_TRUE;
}

void wserver_client_minit(void)
{
	client_ce = register_class_WServer_Coroutine_Client();
	client_ce->create_object = client_create;
	memcpy(&client_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	client_handlers.offset = XtOffsetOf(wserver_client_obj, std);
	client_handlers.free_obj = client_free;
	client_handlers.clone_obj = NULL;
}
