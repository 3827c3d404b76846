/* WServer\Coroutine\Server and its Connection: Swoole's coroutine TCP server. The listening
 * socket and each accepted one are Coroutine\Socket objects (csock.c), so accept() and recv()
 * suspend only the calling coroutine; each connection runs the handle() callable in a
 * coroutine of its own. Connection::recv() frames packages with the codecs of set()
 * (client_settings.c). Never blocks the loop. */
#include "coroutine_server.h"
#include "aliases.h"
#include "client_settings.h"
#include "coro.h"
#include "coroutine_options.h"
#include "csock.h"
#include "exception.h"
#include "socket.h"
#include "tls_socket.h"
#include "websocket_csock.h"
#include "core/resolve.h"

#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "stubs/coroutine_server_arginfo.h"

#include <errno.h>
#include <sys/socket.h>

static zend_class_entry *server_ce, *conn_ce;
static zend_object_handlers server_handlers, conn_handlers;

typedef struct {
	zval sock; /* the listening Coroutine\Socket; IS_UNDEF until constructed */
	zval fn;   /* handle()'s callable; IS_UNDEF: none */
	wserver_client_settings set;
	bool running;
	bool ssl;                /* open_ssl: each connection's first recv()/send() does TLS */
	wserver_tls_options tls; /* the ssl_* settings, read by start() */
	zend_object std;
} co_server_obj;

typedef struct {
	zval sock; /* the connection's Coroutine\Socket */
	wserver_client_framing framing;
	smart_str in;          /* bytes read past the last package */
	zend_object *tls_from; /* the server whose TLS handshake this connection still owes */
	zend_object std;
} co_conn_obj;

enum { P_HOST, P_PORT, P_TYPE, P_FD, P_ERRCODE, P_SETTING };

#define SERVER(obj) ((co_server_obj *) ((char *) (obj) -XtOffsetOf(co_server_obj, std)))
#define CONN(obj)   ((co_conn_obj *) ((char *) (obj) -XtOffsetOf(co_conn_obj, std)))

static zend_object *server_create(zend_class_entry *ce)
{
	co_server_obj *o = zend_object_alloc(sizeof(*o), ce);
	zend_object_std_init(&o->std, ce);
	object_properties_init(&o->std, ce);
	o->std.handlers = &server_handlers;
	wserver_tls_options_init(&o->tls);
	return &o->std;
}

static void server_free(zend_object *obj)
{
	co_server_obj *o = SERVER(obj);
	zval_ptr_dtor(&o->sock);
	zval_ptr_dtor(&o->fn);
	wserver_tls_options_free(&o->tls);
	zend_object_std_dtor(obj);
}

static HashTable *server_get_gc(zend_object *obj, zval **table, int *n)
{
	co_server_obj *o = SERVER(obj);
	zend_get_gc_buffer *gc = zend_get_gc_buffer_create();
	zend_get_gc_buffer_add_zval(gc, &o->fn);
	zend_get_gc_buffer_add_zval(gc, &o->sock);
	zend_get_gc_buffer_use(gc, table, n);
	return zend_std_get_properties(obj);
}

static zend_object *conn_create(zend_class_entry *ce)
{
	co_conn_obj *o = zend_object_alloc(sizeof(*o), ce);
	zend_object_std_init(&o->std, ce);
	object_properties_init(&o->std, ce);
	o->std.handlers = &conn_handlers;
	return &o->std;
}

static void conn_free(zend_object *obj)
{
	co_conn_obj *o = CONN(obj);
	zval_ptr_dtor(&o->sock);
	smart_str_free(&o->in);
	if (o->tls_from) {
		OBJ_RELEASE(o->tls_from);
	}
	zend_object_std_dtor(obj);
}

static HashTable *conn_get_gc(zend_object *obj, zval **table, int *n)
{
	zend_get_gc_buffer *gc = zend_get_gc_buffer_create();
	zend_get_gc_buffer_add_zval(gc, &CONN(obj)->sock);
	zend_get_gc_buffer_use(gc, table, n);
	return zend_std_get_properties(obj);
}

/* ---- Server ---- */

static bool listen_on(wserver_csock *s, const char *host, zend_long port, bool reuse_port)
{
	int one = 1;
	setsockopt(s->fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
#ifdef SO_REUSEPORT
	if (reuse_port) {
		setsockopt(s->fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one));
	}
#endif
	struct sockaddr_storage ss;
	socklen_t len;
	if (s->domain == AF_UNIX) {
		if (!wserver_csock_address(s, host, 0, 0, &ss, &len)) {
			return false;
		}
	} else if (port < 0 || port > 65535 ||
	           !ws_resolve_literal(host, s->domain, (int) port, &ss, &len)) {
		return wserver_csock_fail(s, EINVAL);
	}
	if (bind(s->fd, (struct sockaddr *) &ss, len) < 0 || listen(s->fd, 512) < 0) {
		return wserver_csock_fail(s, errno);
	}
	return true;
}

ZEND_METHOD(WServer_Coroutine_Server, __construct)
{
	zend_string *host;
	zend_long port = 0;
	bool ssl = false, reuse_port = false;
	ZEND_PARSE_PARAMETERS_START(1, 4)
	Z_PARAM_STR(host)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(port)
	Z_PARAM_BOOL(ssl)
	Z_PARAM_BOOL(reuse_port)
	ZEND_PARSE_PARAMETERS_END();
	co_server_obj *o = SERVER(Z_OBJ_P(ZEND_THIS));
	if (Z_TYPE(o->sock) != IS_UNDEF) {
		zend_throw_error(NULL, "Cannot construct WServer\\Coroutine\\Server twice");
		RETURN_THROWS();
	}
	const char *name = ZSTR_VAL(host);
	int domain = AF_INET;
	if (strstr(name, "::")) {
		domain = AF_INET6;
	} else if (strncmp(name, "unix:/", 6) == 0) {
		domain = AF_UNIX;
		name += 5;
	}
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	ZVAL_STRING(OBJ_PROP_NUM(obj, P_HOST), name);
	ZVAL_LONG(OBJ_PROP_NUM(obj, P_TYPE), domain);
	wserver_csock s = {.fd = -1};
	if (!wserver_csock_open(&s, domain, SOCK_STREAM, 0) || !listen_on(&s, name, port, reuse_port)) {
		zend_throw_exception_ex(wserver_exception_ce, s.err,
		                        "bind(%s:" ZEND_LONG_FMT ") failed: %s", name, port, s.msg);
		wserver_csock_close(&s);
		RETURN_THROWS();
	}
	zval addr;
	if (domain != AF_UNIX && wserver_csock_name(&s, false, &addr)) {
		zval *p = zend_hash_str_find(Z_ARRVAL(addr), ZEND_STRL("port"));
		ZVAL_LONG(OBJ_PROP_NUM(obj, P_PORT), p ? zval_get_long(p) : port);
		zval_ptr_dtor(&addr);
	}
	ZVAL_LONG(OBJ_PROP_NUM(obj, P_FD), s.fd);
	wserver_socket_adopt(&o->sock, &s);
	zval *setting = OBJ_PROP_NUM(obj, P_SETTING);
	SEPARATE_ARRAY(setting);
	add_assoc_bool(setting, "open_ssl", ssl);
}

ZEND_METHOD(WServer_Coroutine_Server, set)
{
	HashTable *given;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(given)
	ZEND_PARSE_PARAMETERS_END();
	co_server_obj *o = SERVER(Z_OBJ_P(ZEND_THIS));
	wserver_client_settings_set(&o->set, OBJ_PROP_NUM(&o->std, P_SETTING), given, true);
}

ZEND_METHOD(WServer_Coroutine_Server, handle)
{
	zval *fn;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(fn)
	ZEND_PARSE_PARAMETERS_END();
	if (!zend_is_callable(fn, 0, NULL)) {
		zend_argument_type_error(1, "must be a valid callback, %s given", zend_zval_type_name(fn));
		RETURN_THROWS();
	}
	co_server_obj *o = SERVER(Z_OBJ_P(ZEND_THIS));
	zval_ptr_dtor(&o->fn);
	ZVAL_COPY(&o->fn, fn);
}

ZEND_METHOD(WServer_Coroutine_Server, shutdown)
{
	ZEND_PARSE_PARAMETERS_NONE();
	co_server_obj *o = SERVER(Z_OBJ_P(ZEND_THIS));
	o->running = false;
	if (Z_TYPE(o->sock) != IS_OBJECT) {
		RETURN_FALSE;
	}
	wserver_csock *s = wserver_socket_csock(Z_OBJ(o->sock));
	if (s->fd < 0) {
		RETURN_FALSE;
	}
	wserver_csock_cancel(s); /* a waiting accept() fails with ECANCELED: start() returns */
	RETURN_TRUE;
}

/* A Connection over the accepted socket (sock: a new Coroutine\Socket, taken over). */
static void make_connection(co_server_obj *o, zval *sock, zval *out)
{
	object_init_ex(out, conn_ce);
	co_conn_obj *c = CONN(Z_OBJ_P(out));
	ZVAL_COPY_VALUE(&c->sock, sock);
	c->framing = o->set.framing;
	if (o->ssl) {
		c->tls_from = &o->std;
		GC_ADDREF(&o->std);
	}
}

/* The server's TLS handshake, in the connection's own coroutine before its first recv() or
 * send() (so that accepting never waits on a slow peer); a failed one closes the connection.
 * The connect time-out of Coroutine::set() bounds it (10 s if none). */
static bool conn_tls_ready(co_conn_obj *c, wserver_csock *s)
{
	if (!c->tls_from) {
		return true;
	}
	zend_object *server = c->tls_from;
	c->tls_from = NULL;
	double limit = wserver_coroutine_socket_timeout(WSERVER_SOCKET_CONNECT);
	bool ok = wserver_tls_handshake(s, &SERVER(server)->tls, NULL, true, limit > 0 ? limit : 10);
	OBJ_RELEASE(server);
	if (!ok) {
		int err = s->err;
		char msg[sizeof(s->msg)];
		memcpy(msg, s->msg, sizeof(msg));
		wserver_csock_close(s);
		s->err = err;
		memcpy(s->msg, msg, sizeof(msg));
	}
	return ok;
}

static bool has_ssl(co_server_obj *o)
{
	zval *ssl =
	    zend_hash_str_find(Z_ARRVAL_P(OBJ_PROP_NUM(&o->std, P_SETTING)), ZEND_STRL("open_ssl"));
	return ssl && zend_is_true(ssl);
}

ZEND_METHOD(WServer_Coroutine_Server, start)
{
	ZEND_PARSE_PARAMETERS_NONE();
	co_server_obj *o = SERVER(Z_OBJ_P(ZEND_THIS));
	if (Z_TYPE(o->sock) != IS_OBJECT) {
		zend_throw_error(NULL, "WServer\\Coroutine\\Server was not constructed");
		RETURN_THROWS();
	}
	if (!wserver_coro_require("WServer\\Coroutine\\Server::start()")) {
		RETURN_THROWS();
	}
	o->running = true;
	if (Z_TYPE(o->fn) == IS_UNDEF) {
		ZVAL_LONG(OBJ_PROP_NUM(&o->std, P_ERRCODE), EINVAL);
		RETURN_FALSE;
	}
	o->ssl = has_ssl(o);
	if (o->ssl) {
		wserver_csock probe = {.fd = -1};
		if (!wserver_tls_options_read(&o->tls, Z_ARRVAL_P(OBJ_PROP_NUM(&o->std, P_SETTING))) ||
		    !wserver_tls_available(&probe) || !o->tls.cert_file) {
			wserver_aliases_warning(server_ce, "%s",
			                        probe.msg[0] ? probe.msg
			                                     : "SSL needs ssl_cert_file and ssl_key_file");
			ZVAL_LONG(OBJ_PROP_NUM(&o->std, P_ERRCODE), EPROTONOSUPPORT);
			RETURN_FALSE;
		}
	}
	zend_object *so = Z_OBJ(o->sock);
	GC_ADDREF(so); /* the socket stays while we wait, whatever happens to the server */
	wserver_csock *s = wserver_socket_csock(so);
	while (o->running && s->fd >= 0) {
		struct sockaddr_storage peer;
		socklen_t len;
		int fd = wserver_csock_accept(s, -1, &peer, &len);
		if (fd < 0) {
			if (s->err == EMFILE || s->err == ENFILE) {
				wserver_coro_sleep(1); /* out of descriptors: give the others time to close */
				continue;
			}
			if (s->err == ETIMEDOUT) {
				continue;
			}
			if (s->err != ECANCELED && s->err != ECONNABORTED) {
				wserver_aliases_warning(server_ce, "accept failed, Error: %s[%d]", s->msg, s->err);
			}
			break;
		}
		wserver_csock cs = {.fd = -1};
		wserver_csock_adopt(&cs, fd, s->domain, s->type, s->protocol);
		zval sock, conn;
		wserver_socket_adopt(&sock, &cs);
		make_connection(o, &sock, &conn);
		zend_long cid;
		zval fn;
		ZVAL_COPY(&fn, &o->fn); /* handle() may replace it meanwhile */
		bool started = wserver_coro_create(&fn, 1, &conn, &cid);
		zval_ptr_dtor(&fn);
		zval_ptr_dtor(&conn);
		if (!started) {
			break; /* the loop is ending */
		}
	}
	OBJ_RELEASE(so);
	RETURN_TRUE;
}

/* ---- Connection ---- */

static wserver_csock *conn_csock(zval *this_zv)
{
	co_conn_obj *c = CONN(Z_OBJ_P(this_zv));
	return Z_TYPE(c->sock) == IS_OBJECT ? wserver_socket_csock(Z_OBJ(c->sock)) : NULL;
}

ZEND_METHOD(WServer_Coroutine_Server_Connection, __construct)
{
	zval *sock;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJECT_OF_CLASS(sock, wserver_socket_ce)
	ZEND_PARSE_PARAMETERS_END();
	co_conn_obj *c = CONN(Z_OBJ_P(ZEND_THIS));
	zval_ptr_dtor(&c->sock);
	ZVAL_COPY(&c->sock, sock);
}

/* The first whole package of c->in, or NULL (*bad: the framing refused the bytes). */
static zend_string *take_package(co_conn_obj *c, bool *bad)
{
	size_t have = c->in.s ? ZSTR_LEN(c->in.s) : 0;
	*bad = false;
	if (have == 0) {
		return NULL;
	}
	ssize_t n = have;
	if (c->framing.proto) {
		n = wserver_client_framing_input(&c->framing, ZSTR_VAL(c->in.s), have);
		if (n < 0) {
			*bad = true;
			return NULL;
		}
		if (n == 0 || (size_t) n > have) {
			return NULL;
		}
	}
	zend_string *pkg = zend_string_init(ZSTR_VAL(c->in.s), (size_t) n, 0);
	wserver_smart_str_consume(&c->in, (size_t) n);
	return pkg;
}

ZEND_METHOD(WServer_Coroutine_Server_Connection, recv)
{
	double timeout = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	if (!wserver_coro_require("WServer\\Coroutine\\Server\\Connection::recv()")) {
		RETURN_THROWS();
	}
	co_conn_obj *c = CONN(Z_OBJ_P(ZEND_THIS));
	wserver_csock *s = conn_csock(ZEND_THIS);
	if (!s || s->fd < 0) {
		RETURN_FALSE;
	}
	zend_object *so = Z_OBJ(c->sock);
	GC_ADDREF(so);
	s->err = 0;
	s->msg[0] = 0;
	if (!conn_tls_ready(c, s)) {
		wserver_socket_sync_error(so);
		OBJ_RELEASE(so);
		RETURN_FALSE;
	}
	double deadline = wserver_csock_deadline(timeout);
	for (;;) {
		bool bad;
		zend_string *pkg = take_package(c, &bad);
		if (pkg) {
			RETVAL_STR(pkg);
			break;
		}
		if (bad) {
			s->err = 508; /* Swoole's SW_ERROR_PROTOCOL_ERROR */
			snprintf(s->msg, sizeof(s->msg), "the package does not fit the protocol set()");
			RETVAL_FALSE;
			break;
		}
		ssize_t n = wserver_csock_fill(s, &c->in, deadline);
		if (n == 0) {
			RETVAL_EMPTY_STRING(); /* the peer closed */
			break;
		}
		if (n < 0) {
			RETVAL_FALSE;
			break;
		}
	}
	wserver_socket_sync_error(so);
	OBJ_RELEASE(so);
}

ZEND_METHOD(WServer_Coroutine_Server_Connection, send)
{
	zend_string *data;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();
	if (!wserver_coro_require("WServer\\Coroutine\\Server\\Connection::send()")) {
		RETURN_THROWS();
	}
	co_conn_obj *c = CONN(Z_OBJ_P(ZEND_THIS));
	wserver_csock *s = conn_csock(ZEND_THIS);
	if (!s || s->fd < 0) {
		RETURN_FALSE;
	}
	zend_object *so = Z_OBJ(c->sock);
	GC_ADDREF(so);
	if (!conn_tls_ready(c, s)) {
		wserver_socket_sync_error(so);
		OBJ_RELEASE(so);
		RETURN_FALSE;
	}
	zend_string_addref(data);
	ssize_t n = wserver_csock_send(s, ZSTR_VAL(data), ZSTR_LEN(data), 0, true);
	zend_string_release(data);
	wserver_socket_sync_error(so);
	OBJ_RELEASE(so);
	if (n < 0) {
		RETURN_FALSE;
	}
	RETURN_LONG(n);
}

ZEND_METHOD(WServer_Coroutine_Server_Connection, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_csock *s = conn_csock(ZEND_THIS);
	if (!s || s->fd < 0) {
		RETURN_FALSE;
	}
	wserver_csock_close(s);
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Coroutine_Server_Connection, exportSocket)
{
	ZEND_PARSE_PARAMETERS_NONE();
	co_conn_obj *c = CONN(Z_OBJ_P(ZEND_THIS));
	if (Z_TYPE(c->sock) != IS_OBJECT) {
		zend_throw_error(NULL, "WServer\\Coroutine\\Server\\Connection was not constructed");
		RETURN_THROWS();
	}
	RETURN_COPY(&c->sock);
}

void wserver_coroutine_server_minit(void)
{
	server_ce = register_class_WServer_Coroutine_Server();
	server_ce->create_object = server_create;
	memcpy(&server_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	server_handlers.offset = XtOffsetOf(co_server_obj, std);
	server_handlers.free_obj = server_free;
	server_handlers.get_gc = server_get_gc;
	server_handlers.clone_obj = NULL;

	conn_ce = register_class_WServer_Coroutine_Server_Connection();
	conn_ce->create_object = conn_create;
	memcpy(&conn_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	conn_handlers.offset = XtOffsetOf(co_conn_obj, std);
	conn_handlers.free_obj = conn_free;
	conn_handlers.get_gc = conn_get_gc;
	conn_handlers.clone_obj = NULL;
}
