/* WServer\Connection\UdpConnection: the sender of one datagram on a udp:// Worker. It keeps
 * the peer's address; send() answers from the worker's socket. */
#include "udp_connection.h"
#include "connection_interface.h"
#include "async_udp_connection.h"
#include "runtime.h"
#include "core/listener.h"

#include "zend_attributes.h"
#include "ext/json/php_json.h"
#include "stubs/udp_connection_arginfo.h"

zend_class_entry *wserver_udp_connection_ce;
static zend_object_handlers udp_connection_handlers;

typedef struct {
	struct sockaddr_storage peer;
	socklen_t peer_len;
	uint16_t port;            /* index of the listener it came to */
	wserver_async_udp *async; /* AsyncUdpConnection: its own socket, once connected */
	zend_object std;
} udp_connection;

#define UDP(obj) ((udp_connection *) ((char *) (obj) -XtOffsetOf(udp_connection, std)))

static zend_object *udp_connection_create(zend_class_entry *ce)
{
	udp_connection *u = zend_object_alloc(sizeof(*u), ce);
	zend_object_std_init(&u->std, ce);
	object_properties_init(&u->std, ce);
	u->std.handlers = &udp_connection_handlers;
	return &u->std;
}

zend_object *wserver_udp_connection_create_for(const struct sockaddr *peer, socklen_t len,
                                               uint16_t port, zend_object *worker, zval *protocol)
{
	zend_object *obj = udp_connection_create(wserver_udp_connection_ce);
	udp_connection *u = UDP(obj);
	if (len > sizeof(u->peer)) {
		len = sizeof(u->peer);
	}
	memcpy(&u->peer, peer, len);
	u->peer_len = len;
	u->port = port;
	zval w;
	ZVAL_OBJ(&w, worker);
	zend_update_property(wserver_udp_connection_ce, obj, ZEND_STRL("worker"), &w);
	zend_update_property(wserver_udp_connection_ce, obj, ZEND_STRL("protocol"), protocol);
	return obj;
}

static void udp_connection_free(zend_object *obj)
{
	wserver_async_udp_free(UDP(obj)->async);
	UDP(obj)->async = NULL;
	zend_object_std_dtor(obj);
}

void wserver_udp_connection_set_peer(zend_object *obj, const struct sockaddr *peer, socklen_t len)
{
	udp_connection *u = UDP(obj);
	memcpy(&u->peer, peer, len < sizeof(u->peer) ? len : sizeof(u->peer));
	u->peer_len = len;
}

wserver_async_udp **wserver_udp_connection_async(zend_object *obj)
{
	return &UDP(obj)->async;
}

bool wserver_udp_peer(zend_object *obj, struct sockaddr_storage *peer, socklen_t *len,
                      uint16_t *port)
{
	if (!instanceof_function(obj->ce, wserver_udp_connection_ce)) {
		return false;
	}
	*peer = UDP(obj)->peer;
	*len = UDP(obj)->peer_len;
	*port = UDP(obj)->port;
	return true;
}

ZEND_METHOD(WServer_Connection_UdpConnection, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

static bool udp_send(zval *this_zv, zval *data)
{
	zend_string *s = zval_try_get_string(data);
	if (!s) {
		return false;
	}
	udp_connection *u = UDP(Z_OBJ_P(this_zv));
	/* from the socket the datagram came to: a connected client takes answers from it only */
	bool ok = wserver_runtime_sendto_from(wserver_runtime_datagram_fd(u->port),
	                                      (struct sockaddr *) &u->peer, u->peer_len, ZSTR_VAL(s),
	                                      ZSTR_LEN(s));
	zend_string_release(s);
	return ok;
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
	(void) raw; /* datagrams are sent as they are */
	RETURN_BOOL(udp_send(ZEND_THIS, data));
}

/* There is no connection to close: close($data) sends $data, as in Workerman. */
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
		udp_send(ZEND_THIS, data);
	}
}

static void peer_parts(zval *this_zv, char *ip, size_t iplen, int *port)
{
	udp_connection *u = UDP(Z_OBJ_P(this_zv));
	ws_sockaddr_split((struct sockaddr *) &u->peer, ip, iplen, port);
}

ZEND_METHOD(WServer_Connection_UdpConnection, getRemoteIp)
{
	char ip[128];
	int port;
	ZEND_PARSE_PARAMETERS_NONE();
	peer_parts(ZEND_THIS, ip, sizeof(ip), &port);
	RETURN_STRING(ip);
}

ZEND_METHOD(WServer_Connection_UdpConnection, getRemotePort)
{
	char ip[128];
	int port;
	ZEND_PARSE_PARAMETERS_NONE();
	peer_parts(ZEND_THIS, ip, sizeof(ip), &port);
	RETURN_LONG(port);
}

ZEND_METHOD(WServer_Connection_UdpConnection, getRemoteAddress)
{
	char out[160];
	ZEND_PARSE_PARAMETERS_NONE();
	udp_connection *u = UDP(Z_OBJ_P(ZEND_THIS));
	ws_sockaddr_format((struct sockaddr *) &u->peer, u->peer_len, out, sizeof(out));
	RETURN_STRING(out);
}

static bool local_addr(zval *this_zv, struct sockaddr_storage *ss, socklen_t *len)
{
	wserver_async_udp *a = UDP(Z_OBJ_P(this_zv))->async;
	int fd = a ? a->fd : wserver_runtime_datagram_fd(UDP(Z_OBJ_P(this_zv))->port);
	*len = sizeof(*ss);
	return fd >= 0 && getsockname(fd, (struct sockaddr *) ss, len) == 0;
}

ZEND_METHOD(WServer_Connection_UdpConnection, getLocalIp)
{
	struct sockaddr_storage ss;
	socklen_t len;
	char ip[128] = "";
	int port;
	ZEND_PARSE_PARAMETERS_NONE();
	if (local_addr(ZEND_THIS, &ss, &len)) {
		ws_sockaddr_split((struct sockaddr *) &ss, ip, sizeof(ip), &port);
	}
	RETURN_STRING(ip);
}

ZEND_METHOD(WServer_Connection_UdpConnection, getLocalPort)
{
	struct sockaddr_storage ss;
	socklen_t len;
	char ip[128];
	int port = 0;
	ZEND_PARSE_PARAMETERS_NONE();
	if (local_addr(ZEND_THIS, &ss, &len)) {
		ws_sockaddr_split((struct sockaddr *) &ss, ip, sizeof(ip), &port);
	}
	RETURN_LONG(port);
}

ZEND_METHOD(WServer_Connection_UdpConnection, getLocalAddress)
{
	struct sockaddr_storage ss;
	socklen_t len;
	char out[160] = "";
	ZEND_PARSE_PARAMETERS_NONE();
	if (local_addr(ZEND_THIS, &ss, &len)) {
		ws_sockaddr_format((struct sockaddr *) &ss, len, out, sizeof(out));
	}
	RETURN_STRING(out);
}

ZEND_METHOD(WServer_Connection_UdpConnection, isIpV4)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(UDP(Z_OBJ_P(ZEND_THIS))->peer.ss_family == AF_INET);
}

ZEND_METHOD(WServer_Connection_UdpConnection, isIpV6)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(UDP(Z_OBJ_P(ZEND_THIS))->peer.ss_family == AF_INET6);
}

ZEND_METHOD(WServer_Connection_UdpConnection, jsonSerialize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	zval *t = zend_read_property(wserver_udp_connection_ce, Z_OBJ_P(ZEND_THIS),
	                             ZEND_STRL("transport"), 1, NULL);
	Z_TRY_ADDREF_P(t);
	add_assoc_zval(return_value, "transport", t);
	wserver_connection_json_addresses(Z_OBJ_P(ZEND_THIS), return_value);
}

void wserver_udp_connection_minit(void)
{
	wserver_udp_connection_ce = register_class_WServer_Connection_UdpConnection(
	    wserver_connection_interface_ce, php_json_serializable_ce);
	wserver_udp_connection_ce->create_object = udp_connection_create;
	memcpy(&udp_connection_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	udp_connection_handlers.offset = XtOffsetOf(udp_connection, std);
	udp_connection_handlers.clone_obj = NULL;
	udp_connection_handlers.free_obj = udp_connection_free;
	/* the same object layout: the subclass inherits create_object */
	register_class_WServer_Connection_AsyncUdpConnection(wserver_udp_connection_ce);
}
