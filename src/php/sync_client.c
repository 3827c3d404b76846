/* WServer\Client: Swoole's blocking client. The same socket code as the coroutine clients
 * (csock.c) with its waits made blocking, plus the framing of recv() (client_settings.c), so a
 * test or a script talks to a server with plain sequential calls. */
#include "sync_client.h"
#include "client_settings.h"
#include "tls_socket.h"
#include "csock.h"

#include "zend_exceptions.h"
#include "zend_smart_str.h"

#include "stubs/sync_client_arginfo.h"

#include <errno.h>
#include <sys/socket.h>

#include "socket_export.h"

static zend_class_entry *sync_client_ce;
static zend_object_handlers sync_client_handlers;

#define CLIENT_KEEP  4096 /* WSERVER_KEEP */
#define CLIENT_ASYNC 1    /* WSERVER_SOCK_ASYNC */

typedef struct {
	wserver_csock s;             /* fd -1 until connect() */
	zend_long type;              /* WSERVER_SOCK_*; 0 until constructed */
	bool ssl;                    /* WSERVER_SSL was in the type: TLS once connected */
	wserver_client_settings set; /* what set() was given */
	wserver_tls_options tls;     /* its ssl_* options */
	double io_timeout; /* what connect() was given: send and recv use it unless set() said */
	smart_str inbuf;   /* bytes read past the last package handed out */
	zend_object std;
} sync_client_obj;

enum {
	PROP_ERRCODE,
	PROP_ERRMSG,
	PROP_SOCK,
	PROP_REUSE,
	PROP_REUSECOUNT,
	PROP_TYPE,
	PROP_ID,
	PROP_SETTING
};

static inline sync_client_obj *sync_from_obj(zend_object *obj)
{
	return (sync_client_obj *) ((char *) obj - XtOffsetOf(sync_client_obj, std));
}
#define THIS_SYNC() sync_from_obj(Z_OBJ_P(ZEND_THIS))

static zend_object *sync_client_create(zend_class_entry *ce)
{
	sync_client_obj *o = zend_object_alloc(sizeof(*o), ce);
	zend_object_std_init(&o->std, ce);
	object_properties_init(&o->std, ce);
	o->std.handlers = &sync_client_handlers;
	o->s.fd = -1;
	o->s.blocking = true;
	o->io_timeout = 0.5;
	wserver_tls_options_init(&o->tls);
	return &o->std;
}

static void sync_client_free(zend_object *obj)
{
	sync_client_obj *o = sync_from_obj(obj);
	wserver_csock_close(&o->s);
	smart_str_free(&o->inbuf);
	wserver_tls_options_free(&o->tls);
	zend_object_std_dtor(obj);
}

/* Mirror errCode, errMsg and sock into the properties. */
static void sync_props(sync_client_obj *o)
{
	zval *p = OBJ_PROP_NUM(&o->std, PROP_ERRCODE);
	zval_ptr_dtor(p);
	ZVAL_LONG(p, o->s.err);
	p = OBJ_PROP_NUM(&o->std, PROP_ERRMSG);
	zval_ptr_dtor(p);
	ZVAL_STRING(p, o->s.msg);
	p = OBJ_PROP_NUM(&o->std, PROP_SOCK);
	zval_ptr_dtor(p);
	ZVAL_LONG(p, o->s.fd);
}

static void clear_error(sync_client_obj *o)
{
	o->s.err = 0;
	o->s.msg[0] = 0;
}

static bool fail(sync_client_obj *o, int err, const char *msg)
{
	o->s.err = err;
	snprintf(o->s.msg, sizeof(o->s.msg), "%s", msg);
	sync_props(o);
	return false;
}

/* The timeout of a direction: its own setting, else set()'s timeout, else connect()'s. */
static double io_timeout(sync_client_obj *o, double specific)
{
	return specific != 0 ? specific : o->set.timeout != 0 ? o->set.timeout : o->io_timeout;
}

/* A failed wait of recv() reads as Swoole's: EAGAIN, not ETIMEDOUT. */
static void recv_timed_out(sync_client_obj *o)
{
	if (o->s.err == ETIMEDOUT) {
		wserver_csock_fail(&o->s, EAGAIN);
	}
}

ZEND_METHOD(WServer_Client, __construct)
{
	zend_long type, async = 0;
	zend_string *id = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_LONG(type)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(async)
	Z_PARAM_STR(id)
	ZEND_PARSE_PARAMETERS_END();
	sync_client_obj *o = THIS_SYNC();
	if (o->type != 0) {
		zend_throw_error(NULL, "Cannot construct WServer\\Client twice");
		RETURN_THROWS();
	}
	bool keep = (type & CLIENT_KEEP) != 0;
	bool ssl = (type & WSERVER_SSL_FLAG) != 0;
	type &= ~(zend_long) (CLIENT_KEEP | WSERVER_SSL_FLAG);
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
	o->ssl = ssl;
	if (async == CLIENT_ASYNC) {
		zend_argument_value_error(2, "must be WSERVER_SOCK_SYNC: the asynchronous client is "
		                             "Connection\\AsyncTcpConnection or Coroutine\\Client");
		RETURN_THROWS();
	}
	o->type = type;
	ZVAL_LONG(OBJ_PROP_NUM(&o->std, PROP_TYPE), type | (ssl ? WSERVER_SSL_FLAG : 0));
	zval *p = OBJ_PROP_NUM(&o->std, PROP_ID);
	zval_ptr_dtor(p);
	if (id && ZSTR_LEN(id) > 0) {
		ZVAL_STR_COPY(p, id);
	} else {
		ZVAL_NULL(p);
	}
	ZVAL_BOOL(OBJ_PROP_NUM(&o->std, PROP_REUSE), false);
	(void) keep; /* accepted: a CLI process has no request to keep the socket across */
}

ZEND_METHOD(WServer_Client, set)
{
	HashTable *settings;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(settings)
	ZEND_PARSE_PARAMETERS_END();
	sync_client_obj *o = THIS_SYNC();
	bool ok = wserver_tls_options_read(&o->tls, settings);
	RETURN_BOOL(
	    wserver_client_settings_set(&o->set, OBJ_PROP_NUM(&o->std, PROP_SETTING), settings, true) &&
	    ok);
}

ZEND_METHOD(WServer_Client, connect)
{
	zend_string *host;
	zend_long port = 0, flag = 0;
	double timeout = 0.5;
	ZEND_PARSE_PARAMETERS_START(1, 4)
	Z_PARAM_STR(host)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(port)
	Z_PARAM_DOUBLE(timeout)
	Z_PARAM_LONG(flag)
	ZEND_PARSE_PARAMETERS_END();
	(void) flag;
	sync_client_obj *o = THIS_SYNC();
	if (o->type == 0) {
		zend_throw_error(NULL, "WServer\\Client was not constructed");
		RETURN_THROWS();
	}
	clear_error(o);
	if (o->s.fd >= 0) {
		RETURN_BOOL(fail(o, EISCONN, "the client is connected already: close() first"));
	}
	int domain, socktype;
	wserver_csock_type(o->type, &domain, &socktype);
	wserver_csock s = {.fd = -1, .blocking = true};
	o->io_timeout = timeout;
	double limit = o->set.connect_timeout != 0 ? o->set.connect_timeout : timeout;
	bool ok = (!o->ssl || wserver_tls_available(&s)) &&
	          wserver_csock_open(&s, domain, socktype, 0) &&
	          (domain != AF_UNIX || socktype != SOCK_DGRAM || wserver_csock_bind_reply_path(&s)) &&
	          wserver_csock_connect(&s, ZSTR_VAL(host), (int) port, limit) &&
	          (!o->ssl || wserver_tls_handshake(&s, &o->tls, ZSTR_VAL(host), false, limit));
	if (!ok) {
		wserver_csock_close(&s);
	}
	o->s = s;
	smart_str_free(&o->inbuf);
	sync_props(o);
	RETURN_BOOL(ok);
}

/* This call's client when connected; else false with errCode ENOTCONN. */
static sync_client_obj *connected(zval *this_zv)
{
	sync_client_obj *o = sync_from_obj(Z_OBJ_P(this_zv));
	clear_error(o);
	if (o->s.fd < 0) {
		fail(o, ENOTCONN, "the client is not connected");
		return NULL;
	}
	return o;
}

ZEND_METHOD(WServer_Client, send)
{
	zend_string *data;
	zend_long flag = 0;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(flag)
	ZEND_PARSE_PARAMETERS_END();
	(void) flag;
	sync_client_obj *o = connected(ZEND_THIS);
	if (!o) {
		RETURN_FALSE;
	}
	if (ZSTR_LEN(data) == 0) {
		zend_argument_value_error(1, "must not be empty");
		RETURN_THROWS();
	}
	ssize_t n = wserver_csock_send(&o->s, ZSTR_VAL(data), ZSTR_LEN(data),
	                               io_timeout(o, o->set.write_timeout), true);
	sync_props(o);
	if (n < 0) {
		RETURN_FALSE;
	}
	RETURN_LONG(n);
}

ZEND_METHOD(WServer_Client, sendto)
{
	zend_string *host, *data;
	zend_long port;
	ZEND_PARSE_PARAMETERS_START(3, 3)
	Z_PARAM_STR(host)
	Z_PARAM_LONG(port)
	Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();
	sync_client_obj *o = THIS_SYNC();
	clear_error(o);
	int domain, socktype;
	wserver_csock_type(o->type ? o->type : 2, &domain, &socktype);
	if (socktype != SOCK_DGRAM) {
		RETURN_BOOL(fail(o, EOPNOTSUPP, "sendto() is for UDP clients"));
	}
	/* an unconnected UDP client gets its socket on first use */
	if (o->s.fd < 0 && !wserver_csock_open(&o->s, domain, socktype, 0)) {
		sync_props(o);
		RETURN_FALSE;
	}
	ssize_t n = wserver_csock_sendto(&o->s, ZSTR_VAL(host), (int) port, ZSTR_VAL(data),
	                                 ZSTR_LEN(data), io_timeout(o, o->set.write_timeout));
	sync_props(o);
	RETURN_BOOL(n >= 0);
}

/* Read more into inbuf: > 0 bytes read, 0 at EOF, -1 on failure (s.err set). */
static ssize_t fill(sync_client_obj *o, double timeout)
{
	smart_str_alloc(&o->inbuf, 65536, 0);
	size_t used = ZSTR_LEN(o->inbuf.s);
	ssize_t n = wserver_csock_recv(&o->s, ZSTR_VAL(o->inbuf.s) + used, 65536, timeout, false);
	if (n > 0) {
		ZSTR_LEN(o->inbuf.s) += (size_t) n;
	}
	return n;
}

/* Take the first n bytes of inbuf as a string. */
static zend_string *take(sync_client_obj *o, size_t n)
{
	zend_string *in = o->inbuf.s;
	zend_string *out = zend_string_init(ZSTR_VAL(in), n, 0);
	memmove(ZSTR_VAL(in), ZSTR_VAL(in) + n, ZSTR_LEN(in) - n);
	ZSTR_LEN(in) -= n;
	return out;
}

/* One whole package by the framing set(): "" when the server closed first. */
static void recv_package(sync_client_obj *o, zval *return_value)
{
	double timeout = io_timeout(o, o->set.read_timeout);
	for (;;) {
		size_t have = o->inbuf.s ? ZSTR_LEN(o->inbuf.s) : 0;
		ssize_t len =
		    have ? wserver_client_framing_input(&o->set.framing, ZSTR_VAL(o->inbuf.s), have) : 0;
		if (len > 0) {
			RETURN_STR(take(o, (size_t) len));
		}
		if (len < 0) {
			/* the rest of the stream cannot be framed any more */
			smart_str_free(&o->inbuf);
			wserver_csock_close(&o->s);
			fail(o, EPROTO,
			     len == WS_PROTO_TOO_BIG ? "the package is longer than package_max_length"
			                             : "the package is malformed");
			RETURN_FALSE;
		}
		ssize_t n = fill(o, timeout);
		if (n == 0) {
			RETURN_EMPTY_STRING();
		}
		if (n < 0) {
			recv_timed_out(o);
			sync_props(o);
			RETURN_FALSE;
		}
	}
}

ZEND_METHOD(WServer_Client, recv)
{
	zend_long size = 65536, flag = 0;
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(size)
	Z_PARAM_LONG(flag)
	ZEND_PARSE_PARAMETERS_END();
	if (size < 1 || size > 1024 * 1024 * 1024) {
		zend_argument_value_error(1, "must be between 1 and 1073741824");
		RETURN_THROWS();
	}
	sync_client_obj *o = connected(ZEND_THIS);
	if (!o) {
		RETURN_FALSE;
	}
	if (o->set.framing.proto) {
		recv_package(o, return_value);
		return;
	}
	/* bytes read by a framed recv() before set() switched framing off come first */
	if (o->inbuf.s && ZSTR_LEN(o->inbuf.s) > 0) {
		RETURN_STR(take(o, MIN((size_t) size, ZSTR_LEN(o->inbuf.s))));
	}
	zend_string *buf = zend_string_alloc((size_t) size, 0);
	ssize_t n;
	if (flag & (2 | 64)) { /* MSG_PEEK, MSG_DONTWAIT: one plain recv(2), no wait */
		n = recv(o->s.fd, ZSTR_VAL(buf), (size_t) size, (int) (flag & (2 | 64 | 1)));
		if (n < 0) {
			wserver_csock_fail(&o->s, errno);
		}
	} else {
		n = wserver_csock_recv(&o->s, ZSTR_VAL(buf), (size_t) size,
		                       io_timeout(o, o->set.read_timeout), (flag & 256) != 0);
		if (n < 0) {
			recv_timed_out(o);
		}
	}
	sync_props(o);
	if (n < 0) {
		zend_string_efree(buf);
		RETURN_FALSE;
	}
	buf = zend_string_truncate(buf, (size_t) n, 0);
	ZSTR_VAL(buf)[n] = 0;
	RETURN_NEW_STR(buf);
}

ZEND_METHOD(WServer_Client, shutdown)
{
	zend_long how;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(how)
	ZEND_PARSE_PARAMETERS_END();
	sync_client_obj *o = connected(ZEND_THIS);
	if (!o) {
		RETURN_FALSE;
	}
	if (shutdown(o->s.fd, (int) how) < 0) {
		wserver_csock_fail(&o->s, errno);
		sync_props(o);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

/* TLS on a connected plain client (Swoole's enableSSL()); the name checked is ssl_host_name,
 * else the peer's address. */
ZEND_METHOD(WServer_Client, enableSSL)
{
	ZEND_PARSE_PARAMETERS_NONE();
	sync_client_obj *o = connected(ZEND_THIS);
	if (!o) {
		RETURN_FALSE;
	}
	zval peer;
	ZVAL_UNDEF(&peer);
	const char *host = NULL;
	if (o->s.domain != AF_UNIX && wserver_csock_name(&o->s, true, &peer)) {
		zval *a = zend_hash_str_find(Z_ARRVAL(peer), ZEND_STRL("address"));
		host = a ? Z_STRVAL_P(a) : NULL;
	}
	double limit = o->set.connect_timeout != 0 ? o->set.connect_timeout : o->io_timeout;
	bool ok = o->s.type == SOCK_STREAM ? wserver_tls_handshake(&o->s, &o->tls, host, false, limit)
	                                   : wserver_csock_fail(&o->s, EOPNOTSUPP);
	zval_ptr_dtor(&peer);
	o->ssl |= ok;
	sync_props(o);
	RETURN_BOOL(ok);
}

ZEND_METHOD(WServer_Client, getPeerCert)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (!wserver_tls_peer_cert(&THIS_SYNC()->s, return_value)) {
		RETURN_FALSE;
	}
}

ZEND_METHOD(WServer_Client, verifyPeerCert)
{
	bool allow_self_signed = false;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(allow_self_signed)
	ZEND_PARSE_PARAMETERS_END();
	(void) allow_self_signed;
	RETURN_BOOL(wserver_tls_peer_verified(&THIS_SYNC()->s));
}

ZEND_METHOD(WServer_Client, getSocket)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (THIS_SYNC()->s.fd < 0 || !wserver_socket_export(THIS_SYNC()->s.fd, return_value)) {
		RETURN_FALSE;
	}
}

ZEND_METHOD(WServer_Client, isConnected)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(THIS_SYNC()->s.fd >= 0);
}

static void sync_name(INTERNAL_FUNCTION_PARAMETERS, bool peer)
{
	ZEND_PARSE_PARAMETERS_NONE();
	sync_client_obj *o = THIS_SYNC();
	if (o->s.fd < 0 || !wserver_csock_name(&o->s, peer, return_value)) {
		RETURN_FALSE;
	}
}

ZEND_METHOD(WServer_Client, getsockname)
{
	sync_name(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(WServer_Client, getpeername)
{
	sync_name(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(WServer_Client, close)
{
	bool force = false;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(force)
	ZEND_PARSE_PARAMETERS_END();
	(void) force;
	sync_client_obj *o = THIS_SYNC();
	if (o->s.fd < 0) {
		RETURN_FALSE;
	}
	wserver_csock_close(&o->s);
	smart_str_free(&o->inbuf);
	sync_props(o);
	RETURN_TRUE;
}

void wserver_sync_client_minit(int module_number)
{
	register_sync_client_symbols(module_number);
	sync_client_ce = register_class_WServer_Client();
	sync_client_ce->create_object = sync_client_create;
	memcpy(&sync_client_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	sync_client_handlers.offset = XtOffsetOf(sync_client_obj, std);
	sync_client_handlers.free_obj = sync_client_free;
	sync_client_handlers.clone_obj = NULL;
}
