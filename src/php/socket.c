/* WServer\Coroutine\Socket: the PHP face of a coroutine socket (csock.c). Each call clears
 * errCode/errMsg, then sets them if it fails; the waits are csock.c's. */
#include "socket.h"

#include <fcntl.h>
#include <unistd.h>
#include "coro.h"
#include "csock.h"
#include "exception.h"

#include "zend_exceptions.h"

#include "core/listener.h"
#include "core/resolve.h"
#include "client_settings.h"
#include "coroutine_options.h"
#include "tls_socket.h"
#include "zend_smart_str.h"
#include "stubs/socket_arginfo.h"

#include <errno.h>

zend_class_entry *wserver_socket_ce;
static zend_object_handlers socket_handlers;

typedef struct {
	wserver_csock s;         /* fd -1 until constructed */
	wserver_tls_options tls; /* setProtocol()'s ssl_* options */
	bool open_ssl;           /* setProtocol(['open_ssl' => true]): connect()/accept() do TLS */
	bool accepted;           /* a peer connected to us: its handshake is the server's */
	zend_string *host;       /* what connect() was given, the name TLS checks */
	wserver_client_framing framing; /* setProtocol()'s, for recvPacket() */
	smart_str in; /* read past recvPacket()'s last package: recv() gets it first */
	zend_object std;
} wserver_socket_obj;

enum { PROP_FD, PROP_DOMAIN, PROP_TYPE, PROP_PROTOCOL, PROP_ERRCODE, PROP_ERRMSG };

static inline wserver_socket_obj *socket_from_obj(zend_object *obj)
{
	return (wserver_socket_obj *) ((char *) obj - XtOffsetOf(wserver_socket_obj, std));
}

static zend_object *socket_create(zend_class_entry *ce)
{
	wserver_socket_obj *o = zend_object_alloc(sizeof(*o), ce);
	zend_object_std_init(&o->std, ce);
	object_properties_init(&o->std, ce);
	o->std.handlers = &socket_handlers;
	o->s.fd = -1;
	wserver_tls_options_init(&o->tls);
	return &o->std;
}

static void socket_free(zend_object *obj)
{
	wserver_socket_obj *o = socket_from_obj(obj);
	wserver_csock_close(&o->s);
	wserver_tls_options_free(&o->tls);
	smart_str_free(&o->in);
	if (o->host) {
		zend_string_release(o->host);
	}
	zend_object_std_dtor(obj);
}

static void init_readonly(zend_object *obj, int prop, zend_long v)
{
	zval *p = OBJ_PROP_NUM(obj, prop);
	ZVAL_LONG(p, v);
	Z_PROP_FLAG_P(p) &= ~IS_PROP_UNINIT;
}

/* A Socket object around s's state (an accepted connection). */
static void socket_set_state(zend_object *obj, const wserver_csock *s)
{
	socket_from_obj(obj)->s = *s;
	init_readonly(obj, PROP_FD, s->fd);
	init_readonly(obj, PROP_DOMAIN, s->domain);
	init_readonly(obj, PROP_TYPE, s->type);
	init_readonly(obj, PROP_PROTOCOL, s->protocol);
}

/* The socket of this call, in a coroutine and open; NULL after throwing or failing. */
static wserver_csock *socket_begin(zval *this_zv, const char *what, bool need_coroutine)
{
	wserver_socket_obj *o = socket_from_obj(Z_OBJ_P(this_zv));
	if (need_coroutine && !wserver_coro_require(what)) {
		return NULL;
	}
	o->s.err = 0;
	o->s.msg[0] = 0;
	if (o->s.fd < 0) {
		wserver_csock_fail(&o->s, EBADF);
		snprintf(o->s.msg, sizeof(o->s.msg), "the socket is closed");
	}
	return &o->s;
}

/* Copy s's error into errCode/errMsg. */
static void socket_sync(zval *this_zv)
{
	zend_object *obj = Z_OBJ_P(this_zv);
	wserver_csock *s = &socket_from_obj(obj)->s;
	ZVAL_LONG(OBJ_PROP_NUM(obj, PROP_ERRCODE), s->err);
	zval *m = OBJ_PROP_NUM(obj, PROP_ERRMSG);
	zval_ptr_dtor(m);
	ZVAL_STRING(m, s->msg);
}

void wserver_socket_adopt(zval *out, const wserver_csock *s)
{
	object_init_ex(out, wserver_socket_ce);
	socket_set_state(Z_OBJ_P(out), s);
}

wserver_csock *wserver_socket_csock(zend_object *obj)
{
	return &socket_from_obj(obj)->s;
}

void wserver_socket_sync_error(zend_object *obj)
{
	zval zv;
	ZVAL_OBJ(&zv, obj);
	socket_sync(&zv);
}

#define SOCKET_BEGIN(what, coroutine)                                                              \
	wserver_csock *s = socket_begin(ZEND_THIS, what, coroutine);                                   \
	if (!s) {                                                                                      \
		RETURN_THROWS();                                                                           \
	}                                                                                              \
	if (s->fd < 0) {                                                                               \
		socket_sync(ZEND_THIS);                                                                    \
		RETURN_FALSE;                                                                              \
	}

ZEND_METHOD(WServer_Coroutine_Socket, __construct)
{
	zend_long domain, type, protocol = 0;
	ZEND_PARSE_PARAMETERS_START(2, 3)
	Z_PARAM_LONG(domain)
	Z_PARAM_LONG(type)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(protocol)
	ZEND_PARSE_PARAMETERS_END();
	wserver_socket_obj *o = socket_from_obj(Z_OBJ_P(ZEND_THIS));
	if (o->s.fd >= 0) {
		zend_throw_error(NULL, "Cannot construct WServer\\Coroutine\\Socket twice");
		RETURN_THROWS();
	}
	if (domain != AF_INET && domain != AF_INET6 && domain != AF_UNIX) {
		zend_argument_value_error(1, "must be AF_INET, AF_INET6 or AF_UNIX");
		RETURN_THROWS();
	}
	if (type != SOCK_STREAM && type != SOCK_DGRAM) {
		zend_argument_value_error(2, "must be SOCK_STREAM or SOCK_DGRAM");
		RETURN_THROWS();
	}
	wserver_csock s = {.fd = -1};
	if (!wserver_csock_open(&s, (int) domain, (int) type, (int) protocol)) {
		zend_throw_exception_ex(wserver_exception_ce, s.err, "Cannot create a socket: %s", s.msg);
		RETURN_THROWS();
	}
	socket_set_state(Z_OBJ_P(ZEND_THIS), &s);
}

ZEND_METHOD(WServer_Coroutine_Socket, connect)
{
	zend_string *host;
	zend_long port = 0;
	double timeout = 0;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_STR(host)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(port)
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	SOCKET_BEGIN("WServer\\Coroutine\\Socket::connect()", true);
	wserver_socket_obj *o = socket_from_obj(Z_OBJ_P(ZEND_THIS));
	if (o->host) {
		zend_string_release(o->host);
	}
	o->host = zend_string_copy(host);
	bool ok = (!o->open_ssl || wserver_tls_available(s)) &&
	          wserver_csock_connect(s, ZSTR_VAL(host), (int) port, timeout) &&
	          (!o->open_ssl || wserver_tls_handshake(s, &o->tls, ZSTR_VAL(host), false, timeout));
	socket_sync(ZEND_THIS);
	RETURN_BOOL(ok);
}

static void socket_send(INTERNAL_FUNCTION_PARAMETERS, bool all)
{
	zend_string *data;
	double timeout = 0;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	SOCKET_BEGIN(
	    all ? "WServer\\Coroutine\\Socket::sendAll()" : "WServer\\Coroutine\\Socket::send()", true);
	zend_string_addref(data); /* the caller's string may change while we wait */
	ssize_t n = wserver_csock_send(s, ZSTR_VAL(data), ZSTR_LEN(data), timeout, all);
	zend_string_release(data);
	socket_sync(ZEND_THIS);
	if (n < 0) {
		RETURN_FALSE;
	}
	RETURN_LONG(n);
}

ZEND_METHOD(WServer_Coroutine_Socket, send)
{
	socket_send(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(WServer_Coroutine_Socket, sendAll)
{
	socket_send(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

/* The first n bytes of what recvPacket() read, taken out of it. */
static zend_string *take_in(wserver_socket_obj *o, size_t n)
{
	zend_string *in = o->in.s;
	zend_string *out = zend_string_init(ZSTR_VAL(in), n, 0);
	memmove(ZSTR_VAL(in), ZSTR_VAL(in) + n, ZSTR_LEN(in) - n);
	ZSTR_LEN(in) -= n;
	return out;
}

static void socket_recv(INTERNAL_FUNCTION_PARAMETERS, bool all)
{
	zend_long length = 65536;
	double timeout = 0;
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(length)
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	if (length < 1) {
		length = 65536; /* as Swoole: recv(0.5), a timeout given first, reads the default size */
	}
	if (length > 1024 * 1024 * 1024) {
		zend_argument_value_error(1, "must be between 1 and 1073741824");
		RETURN_THROWS();
	}
	SOCKET_BEGIN(
	    all ? "WServer\\Coroutine\\Socket::recvAll()" : "WServer\\Coroutine\\Socket::recv()", true);
	wserver_socket_obj *o = socket_from_obj(Z_OBJ_P(ZEND_THIS));
	/* bytes recvPacket() read past its package come first */
	size_t have = o->in.s ? MIN((size_t) length, ZSTR_LEN(o->in.s)) : 0;
	if (have > 0 && (!all || have == (size_t) length)) {
		RETURN_STR(take_in(o, have));
	}
	zend_string *buf = zend_string_alloc((size_t) length, 0);
	if (have > 0) {
		zend_string *first = take_in(o, have);
		memcpy(ZSTR_VAL(buf), ZSTR_VAL(first), have);
		zend_string_release(first);
	}
	ssize_t n = wserver_csock_recv(s, ZSTR_VAL(buf) + have, (size_t) length - have, timeout, all);
	socket_sync(ZEND_THIS);
	if (n < 0 && have == 0) {
		zend_string_efree(buf);
		RETURN_FALSE;
	}
	n = (n < 0 ? 0 : n) + (ssize_t) have;
	buf = zend_string_truncate(buf, (size_t) n, 0);
	ZSTR_VAL(buf)[n] = 0;
	RETURN_NEW_STR(buf);
}

ZEND_METHOD(WServer_Coroutine_Socket, recv)
{
	socket_recv(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(WServer_Coroutine_Socket, recvAll)
{
	socket_recv(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(WServer_Coroutine_Socket, sendto)
{
	zend_string *addr, *data;
	zend_long port;
	ZEND_PARSE_PARAMETERS_START(3, 3)
	Z_PARAM_STR(addr)
	Z_PARAM_LONG(port)
	Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();
	SOCKET_BEGIN("WServer\\Coroutine\\Socket::sendto()", true);
	zend_string_addref(data);
	ssize_t n =
	    wserver_csock_sendto(s, ZSTR_VAL(addr), (int) port, ZSTR_VAL(data), ZSTR_LEN(data), 0);
	zend_string_release(data);
	socket_sync(ZEND_THIS);
	if (n < 0) {
		RETURN_FALSE;
	}
	RETURN_LONG(n);
}

ZEND_METHOD(WServer_Coroutine_Socket, recvfrom)
{
	zval *peer;
	double timeout = 0;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ZVAL(peer)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	SOCKET_BEGIN("WServer\\Coroutine\\Socket::recvfrom()", true);
	struct sockaddr_storage ss;
	socklen_t len;
	zend_string *buf = zend_string_alloc(65536, 0);
	ssize_t n = wserver_csock_recvfrom(s, ZSTR_VAL(buf), 65536, timeout, &ss, &len);
	socket_sync(ZEND_THIS);
	if (n < 0) {
		zend_string_efree(buf);
		RETURN_FALSE;
	}
	zval a;
	wserver_csock_address_array(&ss, &a);
	ZEND_TRY_ASSIGN_REF_VALUE(peer, &a);
	buf = zend_string_truncate(buf, (size_t) n, 0);
	ZSTR_VAL(buf)[n] = 0;
	RETURN_NEW_STR(buf);
}

ZEND_METHOD(WServer_Coroutine_Socket, bind)
{
	zend_string *addr;
	zend_long port = 0;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(addr)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(port)
	ZEND_PARSE_PARAMETERS_END();
	SOCKET_BEGIN("WServer\\Coroutine\\Socket::bind()", false);
	struct sockaddr_storage ss;
	socklen_t len;
	bool ok = false;
	/* bind() takes literal addresses only: it never waits, so it works outside coroutines */
	if (s->domain != AF_UNIX &&
	    !ws_resolve_literal(ZSTR_VAL(addr), s->domain, (int) port, &ss, &len)) {
		s->err = EINVAL;
		snprintf(s->msg, sizeof(s->msg), "bind() needs an IP address, \"%s\" given",
		         ZSTR_VAL(addr));
	} else if (s->domain == AF_UNIX && !wserver_csock_address(s, ZSTR_VAL(addr), 0, 0, &ss, &len)) {
		/* err set */
	} else {
		int one = 1;
		setsockopt(s->fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
		ok = bind(s->fd, (struct sockaddr *) &ss, len) == 0 || wserver_csock_fail(s, errno);
	}
	socket_sync(ZEND_THIS);
	RETURN_BOOL(ok);
}

ZEND_METHOD(WServer_Coroutine_Socket, listen)
{
	zend_long backlog = 512;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(backlog)
	ZEND_PARSE_PARAMETERS_END();
	SOCKET_BEGIN("WServer\\Coroutine\\Socket::listen()", false);
	bool ok = listen(s->fd, (int) backlog) == 0 || wserver_csock_fail(s, errno);
	socket_sync(ZEND_THIS);
	RETURN_BOOL(ok);
}

ZEND_METHOD(WServer_Coroutine_Socket, accept)
{
	double timeout = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	SOCKET_BEGIN("WServer\\Coroutine\\Socket::accept()", true);
	struct sockaddr_storage ss;
	socklen_t len;
	int fd = wserver_csock_accept(s, timeout, &ss, &len);
	socket_sync(ZEND_THIS);
	if (fd < 0) {
		RETURN_FALSE;
	}
	wserver_csock c = {.fd = -1};
	wserver_csock_adopt(&c, fd, s->domain, s->type, s->protocol);
	wserver_socket_obj *o = socket_from_obj(Z_OBJ_P(ZEND_THIS));
	if (o->open_ssl && !wserver_tls_handshake(&c, &o->tls, NULL, true, timeout)) {
		/* the peer's failed handshake is this accept's error */
		s->err = c.err;
		memcpy(s->msg, c.msg, sizeof(s->msg));
		wserver_csock_close(&c);
		socket_sync(ZEND_THIS);
		RETURN_FALSE;
	}
	wserver_socket_adopt(return_value, &c);
	socket_from_obj(Z_OBJ_P(return_value))->accepted = true;
}

/* Swoole's setProtocol(): here the TLS options (open_ssl and ssl_*); others are kept by
 * nobody, as this socket has no framing. */
ZEND_METHOD(WServer_Coroutine_Socket, setProtocol)
{
	HashTable *settings;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(settings)
	ZEND_PARSE_PARAMETERS_END();
	wserver_socket_obj *o = socket_from_obj(Z_OBJ_P(ZEND_THIS));
	zval *v = zend_hash_str_find(settings, ZEND_STRL("open_ssl"));
	if (v) {
		o->open_ssl = zend_is_true(v);
	}
	if (!wserver_client_framing_set(&o->framing, settings)) {
		RETURN_FALSE;
	}
	if (o->framing.proto == &ws_proto_eof) {
		o->framing.param.eof.split = true; /* Swoole's recvPacket() stops at the first EOF */
	}
	RETURN_BOOL(wserver_tls_options_read(&o->tls, settings));
}

ZEND_METHOD(WServer_Coroutine_Socket, recvLine)
{
	zend_long length = 65536;
	double timeout = 0;
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(length)
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	if (length <= 0) {
		length = 65536;
	}
	SOCKET_BEGIN("WServer\\Coroutine\\Socket::recvLine()", true);
	wserver_socket_obj *o = socket_from_obj(Z_OBJ_P(ZEND_THIS));
	char chunk[65536];
	for (;;) {
		size_t have = o->in.s ? ZSTR_LEN(o->in.s) : 0;
		size_t look = MIN(have, (size_t) length);
		for (size_t i = 0; i < look; i++) {
			char ch = ZSTR_VAL(o->in.s)[i];
			if (ch == '\n' || ch == '\r') {
				RETURN_STR(take_in(o, i + 1));
			}
		}
		if (have >= (size_t) length) {
			RETURN_STR(take_in(o, (size_t) length));
		}
		ssize_t n = wserver_csock_recv(s, chunk, sizeof(chunk), timeout, false);
		socket_sync(ZEND_THIS);
		if (n <= 0) {
			if (have > 0) {
				RETURN_STR(take_in(o, have));
			}
			if (n < 0) {
				RETURN_FALSE;
			}
			RETURN_EMPTY_STRING();
		}
		smart_str_appendl(&o->in, chunk, (size_t) n);
	}
}

void wserver_socket_unread(zend_object *sock, const char *p, size_t n)
{
	wserver_socket_obj *o = socket_from_obj(sock);
	smart_str in = {0};
	smart_str_appendl(&in, p, n);
	if (o->in.s) {
		smart_str_append(&in, o->in.s);
	}
	smart_str_free(&o->in);
	o->in = in;
}

ZEND_METHOD(WServer_Coroutine_Socket, recvPacket)
{
	double timeout = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	SOCKET_BEGIN("WServer\\Coroutine\\Socket::recvPacket()", true);
	wserver_socket_obj *o = socket_from_obj(Z_OBJ_P(ZEND_THIS));
	char chunk[65536];
	for (;;) {
		size_t have = o->in.s ? ZSTR_LEN(o->in.s) : 0;
		if (have && !o->framing.proto) {
			RETURN_STR(take_in(o, have));
		}
		ssize_t len = have ? wserver_client_framing_input(&o->framing, ZSTR_VAL(o->in.s), have) : 0;
		if (len > 0) {
			RETURN_STR(take_in(o, (size_t) len));
		}
		if (len < 0) {
			smart_str_free(&o->in);
			s->err = EPROTO;
			snprintf(s->msg, sizeof(s->msg), "%s",
			         len == WS_PROTO_TOO_BIG ? "the package is longer than package_max_length"
			                                 : "the package is malformed");
			socket_sync(ZEND_THIS);
			RETURN_FALSE;
		}
		ssize_t n = wserver_csock_recv(s, chunk, sizeof(chunk), timeout, false);
		socket_sync(ZEND_THIS);
		if (n < 0) {
			RETURN_FALSE;
		}
		if (n == 0) {
			RETURN_EMPTY_STRING();
		}
		smart_str_appendl(&o->in, chunk, (size_t) n);
	}
}

/* TLS on the connected socket: the client's handshake after connect(), the server's after
 * accept(). */
ZEND_METHOD(WServer_Coroutine_Socket, sslHandshake)
{
	ZEND_PARSE_PARAMETERS_NONE();
	SOCKET_BEGIN("WServer\\Coroutine\\Socket::sslHandshake()", true);
	wserver_socket_obj *o = socket_from_obj(Z_OBJ_P(ZEND_THIS));
	bool ok = s->type == SOCK_STREAM || wserver_csock_fail(s, EOPNOTSUPP);
	ok =
	    ok && wserver_tls_handshake(s, &o->tls, o->host ? ZSTR_VAL(o->host) : NULL, o->accepted, 0);
	socket_sync(ZEND_THIS);
	RETURN_BOOL(ok);
}

static void socket_name(INTERNAL_FUNCTION_PARAMETERS, bool peer)
{
	ZEND_PARSE_PARAMETERS_NONE();
	SOCKET_BEGIN("", false);
	if (!wserver_csock_name(s, peer, return_value)) {
		socket_sync(ZEND_THIS);
		RETURN_FALSE;
	}
}

ZEND_METHOD(WServer_Coroutine_Socket, getsockname)
{
	socket_name(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(WServer_Coroutine_Socket, getpeername)
{
	socket_name(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(WServer_Coroutine_Socket, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_csock *s = &socket_from_obj(Z_OBJ_P(ZEND_THIS))->s;
	if (s->fd < 0) {
		RETURN_FALSE;
	}
	wserver_csock_close(s);
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Coroutine_Socket, isClosed)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(socket_from_obj(Z_OBJ_P(ZEND_THIS))->s.fd < 0);
}

bool wserver_socket_wrap(zval *out, int fd, int domain, int type)
{
	int own = dup(fd);
	if (own < 0) {
		return false;
	}
	int flags = fcntl(own, F_GETFL);
	fcntl(own, F_SETFL, flags | O_NONBLOCK);
	wserver_csock s = {.fd = -1};
	wserver_csock_adopt(&s, own, domain, type, 0);
	object_init_ex(out, wserver_socket_ce);
	socket_set_state(Z_OBJ_P(out), &s);
	return true;
}

void wserver_socket_minit(void)
{
	wserver_socket_ce = register_class_WServer_Coroutine_Socket();
	wserver_socket_ce->create_object = socket_create;
	memcpy(&socket_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	socket_handlers.offset = XtOffsetOf(wserver_socket_obj, std);
	socket_handlers.free_obj = socket_free;
	socket_handlers.clone_obj = NULL;
}
