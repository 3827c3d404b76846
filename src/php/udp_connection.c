/* WServer\Connection\UdpConnection: the sender of one datagram on a udp:// Worker, and the way
 * to answer it (sendto on the Worker's socket). */
#include "binding.h"
#include "core/listener.h"

#include "zend_exceptions.h"
#include "stubs/udp_connection_arginfo.h"

#include <errno.h>

static zend_class_entry *udp_ce;
static zend_object_handlers udp_handlers;

typedef struct {
	int fd; /* the Worker's socket, borrowed: checked against the running worker before use */
	struct sockaddr_storage peer;
	socklen_t peer_len;
	zend_object std;
} wserver_udp_connection_obj;

enum { PROP_TRANSPORT, PROP_PROTOCOL, PROP_WORKER };

static inline wserver_udp_connection_obj *udp_from_obj(zend_object *obj)
{
	return (wserver_udp_connection_obj *) ((char *) obj -
	                                       XtOffsetOf(wserver_udp_connection_obj, std));
}
#define THIS_UDP() udp_from_obj(Z_OBJ_P(ZEND_THIS))

static zend_object *udp_create(zend_class_entry *ce)
{
	wserver_udp_connection_obj *o = zend_object_alloc(sizeof(*o), ce);
	zend_object_std_init(&o->std, ce);
	object_properties_init(&o->std, ce);
	o->std.handlers = &udp_handlers;
	o->fd = -1;
	return &o->std;
}

zend_object *wserver_udp_connection_create_for(int fd, const struct sockaddr *peer, socklen_t plen,
                                               zend_object *worker)
{
	zend_object *obj = udp_create(udp_ce);
	wserver_udp_connection_obj *o = udp_from_obj(obj);
	o->fd = fd;
	o->peer_len = plen < sizeof(o->peer) ? plen : sizeof(o->peer);
	memcpy(&o->peer, peer, o->peer_len);
	ZVAL_OBJ_COPY(OBJ_PROP_NUM(obj, PROP_WORKER), worker);
	return obj;
}

/* The Worker's socket, if this process still serves it (a kept object must not write to a
 * descriptor that was closed and reused since). */
static int live_fd(wserver_udp_connection_obj *o)
{
	ws_worker *w = wserver_worker_runtime();
	return w && w->listener && w->listener->fd == o->fd && !w->stopping ? o->fd : -1;
}

static bool udp_send(wserver_udp_connection_obj *o, zval *data)
{
	zend_string *s = zval_try_get_string(data);
	if (!s) {
		return false;
	}
	int fd = live_fd(o);
	ssize_t n = fd < 0 ? -1
	                   : sendto(fd, ZSTR_VAL(s), ZSTR_LEN(s), MSG_DONTWAIT | MSG_NOSIGNAL,
	                            (struct sockaddr *) &o->peer, o->peer_len);
	zend_string_release(s);
	return n >= 0;
}

ZEND_METHOD(WServer_Connection_UdpConnection, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WServer_Connection_UdpConnection, send)
{
	zval *data;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ZVAL(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	(void) raw; /* udp:// has no framing protocol: raw or not, the bytes go as they are */
	bool ok = udp_send(THIS_UDP(), data);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(ok);
}

ZEND_METHOD(WServer_Connection_UdpConnection, close)
{
	zval *data = NULL;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL(data)
	Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	(void) raw;
	if (data && Z_TYPE_P(data) != IS_NULL) {
		bool ok = udp_send(THIS_UDP(), data);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_BOOL(ok);
	}
	RETURN_TRUE;
}

static void split(wserver_udp_connection_obj *o, bool local, char *ip, size_t iplen, int *port)
{
	struct sockaddr_storage ss = o->peer;
	socklen_t len = sizeof(ss);
	if (local && (o->fd < 0 || getsockname(o->fd, (struct sockaddr *) &ss, &len) < 0)) {
		ip[0] = 0;
		*port = 0;
		return;
	}
	ws_sockaddr_split((struct sockaddr *) &ss, ip, iplen, port);
}

static void return_part(INTERNAL_FUNCTION_PARAMETERS, bool local, int what)
{
	char ip[128];
	int port;
	ZEND_PARSE_PARAMETERS_NONE();
	split(THIS_UDP(), local, ip, sizeof(ip), &port);
	if (what == 0) {
		RETURN_STRING(ip);
	}
	if (what == 1) {
		RETURN_LONG(port);
	}
	RETURN_STR(zend_strpprintf(0, strchr(ip, ':') ? "[%s]:%d" : "%s:%d", ip, port));
}

ZEND_METHOD(WServer_Connection_UdpConnection, getRemoteIp)
{
	return_part(INTERNAL_FUNCTION_PARAM_PASSTHRU, false, 0);
}

ZEND_METHOD(WServer_Connection_UdpConnection, getRemotePort)
{
	return_part(INTERNAL_FUNCTION_PARAM_PASSTHRU, false, 1);
}

ZEND_METHOD(WServer_Connection_UdpConnection, getRemoteAddress)
{
	return_part(INTERNAL_FUNCTION_PARAM_PASSTHRU, false, 2);
}

ZEND_METHOD(WServer_Connection_UdpConnection, getLocalIp)
{
	return_part(INTERNAL_FUNCTION_PARAM_PASSTHRU, true, 0);
}

ZEND_METHOD(WServer_Connection_UdpConnection, getLocalPort)
{
	return_part(INTERNAL_FUNCTION_PARAM_PASSTHRU, true, 1);
}

ZEND_METHOD(WServer_Connection_UdpConnection, getLocalAddress)
{
	return_part(INTERNAL_FUNCTION_PARAM_PASSTHRU, true, 2);
}

ZEND_METHOD(WServer_Connection_UdpConnection, isIpV4)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(THIS_UDP()->peer.ss_family == AF_INET);
}

ZEND_METHOD(WServer_Connection_UdpConnection, isIpV6)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(THIS_UDP()->peer.ss_family == AF_INET6);
}

void wserver_udp_connection_minit(void)
{
	udp_ce = register_class_WServer_Connection_UdpConnection();
	udp_ce->create_object = udp_create;
	memcpy(&udp_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	udp_handlers.offset = XtOffsetOf(wserver_udp_connection_obj, std);
	udp_handlers.clone_obj = NULL;
}
