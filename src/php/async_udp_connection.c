/* WServer\Connection\AsyncUdpConnection: a UDP socket a worker opens to one remote address
 * (Workerman's client side). connect() makes a connected datagram socket watched by the
 * worker's loop; each datagram that comes back is one onMessage. */
#include "async_udp_connection.h"
#include "coro.h"
#include "exception.h"
#include "runtime.h"
#include "udp_connection.h"
#include "core/listener.h"
#include "core/log.h"

#include "zend_exceptions.h"

#include <errno.h>
#include <sys/socket.h>
#include <unistd.h>

/* The open ones, closed when the worker ends. */
static wserver_async_udp *open_list;

static zval *prop(zend_object *obj, const char *name)
{
	return zend_read_property(obj->ce, obj, name, strlen(name), 1, NULL);
}

/* The callback property name of obj, or NULL when unset. */
static zval *callback(zend_object *obj, const char *name)
{
	zval *cb = prop(obj, name);
	return cb && Z_TYPE_P(cb) != IS_NULL ? cb : NULL;
}

static void run(zend_object *obj, const char *name, uint32_t argc, zval *argv)
{
	zval *cb = callback(obj, name);
	if (cb) {
		wserver_coro_run(name, cb, argc, argv, NULL, NULL);
	}
}

static void on_readable(struct ev_loop *loop, ev_io *w, int revents)
{
	wserver_async_udp *a = w->data;
	(void) loop;
	(void) revents;
	char buf[65536];
	GC_ADDREF(a->obj); /* a callback may close it */
	for (int i = 0; i < 64 && a->fd >= 0; i++) {
		ssize_t n = recv(a->fd, buf, sizeof(buf), 0);
		if (n < 0) {
			if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
				/* e.g. ECONNREFUSED: an earlier datagram found nobody listening */
				zval args[3];
				ZVAL_OBJ(&args[0], a->obj);
				ZVAL_LONG(&args[1], WS_ERR_SEND_FAIL);
				ZVAL_STRING(&args[2], strerror(errno));
				run(a->obj, "onError", 3, args);
				zval_ptr_dtor(&args[2]);
				continue;
			}
			break;
		}
		zval *cb = callback(a->obj, "onMessage");
		if (cb) {
			zval args[2];
			ZVAL_OBJ_COPY(&args[0], a->obj);
			ZVAL_STRINGL_FAST(&args[1], buf, (size_t) n);
			wserver_coro_queue("onMessage", cb, 2, args, NULL, NULL);
		}
	}
	OBJ_RELEASE(a->obj);
}

/* Stop watching and close; onClose runs when run_close. The loop's reference goes. */
static void async_close(wserver_async_udp *a, bool run_close)
{
	if (a->fd < 0) {
		return;
	}
	if (wserver_runtime_loop()) {
		ev_io_stop(wserver_runtime_loop(), &a->rw);
	}
	close(a->fd);
	a->fd = -1;
	for (wserver_async_udp **p = &open_list; *p; p = &(*p)->next) {
		if (*p == a) {
			*p = a->next;
			break;
		}
	}
	zend_object *obj = a->obj;
	if (run_close) {
		zval arg;
		ZVAL_OBJ(&arg, obj);
		run(obj, "onClose", 1, &arg);
	}
	OBJ_RELEASE(obj);
}

void wserver_async_udp_free(wserver_async_udp *a)
{
	if (a) {
		async_close(a, false);
		efree(a);
	}
}

void wserver_async_udp_shutdown(void)
{
	while (open_list) {
		async_close(open_list, false);
	}
}

ZEND_METHOD(WServer_Connection_AsyncUdpConnection, __construct)
{
	zend_string *remote;
	HashTable *context = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(remote)
	Z_PARAM_OPTIONAL
	Z_PARAM_ARRAY_HT(context)
	ZEND_PARSE_PARAMETERS_END();
	(void) context;
	ws_listener l; /* parsed as a listener would be: the same address rules */
	char err[256];
	if (ws_listener_parse(&l, ZSTR_VAL(remote), err, sizeof(err)) != WS_OK ||
	    l.transport != WS_TRANSPORT_UDP || strncmp(ZSTR_VAL(remote), "udp://", 6) != 0) {
		zend_argument_value_error(1, "must be udp://host:port, \"%s\" given", ZSTR_VAL(remote));
		RETURN_THROWS();
	}
	wserver_udp_connection_set_peer(Z_OBJ_P(ZEND_THIS), (struct sockaddr *) &l.addr, l.addrlen);
}

ZEND_METHOD(WServer_Connection_AsyncUdpConnection, connect)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	if (!wserver_runtime_loop()) {
		zend_throw_exception(wserver_exception_ce,
		                     "AsyncUdpConnection::connect() needs a running worker: call it in "
		                     "onWorkerStart or a later callback",
		                     0);
		RETURN_THROWS();
	}
	wserver_async_udp **slot = wserver_udp_connection_async(obj);
	if (*slot && (*slot)->fd >= 0) {
		return; /* connected already */
	}
	struct sockaddr_storage peer;
	socklen_t len;
	uint16_t port;
	wserver_udp_peer(obj, &peer, &len, &port);
	int fd = socket(peer.ss_family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0 || connect(fd, (struct sockaddr *) &peer, len) < 0) {
		zval args[3];
		ZVAL_OBJ(&args[0], obj);
		ZVAL_LONG(&args[1], WS_ERR_CONNECT_FAIL);
		ZVAL_STRING(&args[2], strerror(errno));
		if (fd >= 0) {
			close(fd);
		}
		run(obj, "onError", 3, args);
		zval_ptr_dtor(&args[2]);
		return;
	}
	if (!*slot) {
		*slot = ecalloc(1, sizeof(**slot));
	}
	wserver_async_udp *a = *slot;
	a->fd = fd;
	a->obj = obj;
	GC_ADDREF(obj); /* the loop's, while it is open */
	a->next = open_list;
	open_list = a;
	ev_io_init(&a->rw, on_readable, fd, EV_READ);
	a->rw.data = a;
	ev_io_start(wserver_runtime_loop(), &a->rw);
	zval arg;
	ZVAL_OBJ(&arg, obj);
	run(obj, "onConnect", 1, &arg);
}

ZEND_METHOD(WServer_Connection_AsyncUdpConnection, send)
{
	zval *data;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ZVAL(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	(void) raw;
	wserver_async_udp *a = *wserver_udp_connection_async(Z_OBJ_P(ZEND_THIS));
	if (!a || a->fd < 0) {
		RETURN_FALSE; /* not connected (or closed) */
	}
	zend_string *s = zval_try_get_string(data);
	if (!s) {
		RETURN_THROWS();
	}
	ssize_t n = send(a->fd, ZSTR_VAL(s), ZSTR_LEN(s), MSG_NOSIGNAL);
	zend_string_release(s);
	RETURN_BOOL(n >= 0);
}

ZEND_METHOD(WServer_Connection_AsyncUdpConnection, close)
{
	zval *data = NULL;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL(data)
	Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	(void) raw;
	wserver_async_udp *a = *wserver_udp_connection_async(Z_OBJ_P(ZEND_THIS));
	if (!a || a->fd < 0) {
		return;
	}
	if (data && Z_TYPE_P(data) != IS_NULL) {
		zend_string *s = zval_try_get_string(data);
		if (s) {
			(void) !send(a->fd, ZSTR_VAL(s), ZSTR_LEN(s), MSG_NOSIGNAL);
			zend_string_release(s);
		}
	}
	async_close(a, true);
}
