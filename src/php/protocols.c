/* Workerman's protocol classes over our codecs: ProtocolInterface, Text, Frame and Ws (the
 * WebSocket client's frames). Naming one of them as a Worker's or a connection's $protocol
 * selects the C codec; their static input/decode/encode do the same work for an application
 * that calls them itself. Also the map between codecs and class names. */
#include "protocols.h"
#include "aliases.h"
#include "connection_interface.h"
#include "http.h"
#include "tcp_connection.h"
#include "websocket.h"
#include "proto/http.h"
#include "proto/websocket.h"

#if PHP_VERSION_ID >= 80200
#include "ext/random/php_random.h"
#else
#include "ext/standard/php_random.h"
#endif
#include "stubs/protocols_arginfo.h"

zend_class_entry *wserver_protocol_interface_ce;
zend_class_entry *wserver_protocols_text_ce;
zend_class_entry *wserver_protocols_frame_ce;
zend_class_entry *wserver_protocols_ws_ce;

const ws_proto *wserver_protocols_codec(zend_class_entry *ce)
{
	if (!ce) {
		return NULL;
	}
	if (ce == wserver_protocols_text_ce) {
		return &ws_proto_text;
	}
	if (ce == wserver_protocols_frame_ce) {
		return &ws_proto_frame;
	}
	if (ce == wserver_protocols_http_ce) {
		return &ws_proto_http;
	}
	if (ce == wserver_protocols_websocket_ce) {
		return &ws_proto_websocket;
	}
	if (ce == wserver_protocols_ws_ce) {
		return &ws_proto_websocket_client;
	}
	return NULL;
}

zend_string *wserver_protocols_class_name(const ws_proto *proto)
{
	const char *name = NULL;
	switch (proto ? proto->kind : WS_PROTO_RAW) {
	case WS_PROTO_TEXT:
		name = "Text";
		break;
	case WS_PROTO_FRAME:
		name = "Frame";
		break;
	case WS_PROTO_HTTP:
		name = "Http";
		break;
	case WS_PROTO_WEBSOCKET:
		name = "Websocket";
		break;
	case WS_PROTO_WEBSOCKET_CLIENT:
		name = "Ws";
		break;
	default:
		return NULL;
	}
	/* GatewayWorker compares $connection->protocol with 'Workerman\Protocols\Websocket' */
	return zend_strpprintf(0, "%s\\Protocols\\%s",
	                       wserver_aliases_workerman() ? "Workerman" : "WServer", name);
}

/* A connection's maxPackageSize, or no limit without a connection. */
static size_t max_package(zval *conn)
{
	if (conn && Z_TYPE_P(conn) == IS_OBJECT &&
	    instanceof_function(Z_OBJCE_P(conn), wserver_tcp_connection_ce)) {
		zval *v = zend_read_property(Z_OBJCE_P(conn), Z_OBJ_P(conn), ZEND_STRL("maxPackageSize"), 1,
		                             NULL);
		if (v && Z_TYPE_P(v) == IS_LONG && Z_LVAL_P(v) > 0) {
			return (size_t) Z_LVAL_P(v);
		}
	}
	return SIZE_MAX;
}

/* Class::input() of a built-in codec: the package length, or 0 (more needed; a package that
 * is too big or malformed closes the connection, as Workerman's Text does). */
static void codec_input(const ws_proto *p, INTERNAL_FUNCTION_PARAMETERS)
{
	zend_string *buf;
	zval *conn = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(buf)
	Z_PARAM_OPTIONAL
	Z_PARAM_OBJECT_OF_CLASS_OR_NULL(conn, wserver_connection_interface_ce)
	ZEND_PARSE_PARAMETERS_END();
	ws_msg_info info = {0};
	ssize_t n = p->input(NULL, ZSTR_VAL(buf), ZSTR_LEN(buf), max_package(conn), &info);
	if (n < 0 && conn && instanceof_function(Z_OBJCE_P(conn), wserver_tcp_connection_ce)) {
		wserver_tcp_connection_close(Z_OBJ_P(conn), NULL, false);
	}
	RETURN_LONG(n > 0 ? (zend_long) n : 0);
}

static void codec_decode(const ws_proto *p, INTERNAL_FUNCTION_PARAMETERS)
{
	zend_string *buf;
	zval *conn = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(buf)
	Z_PARAM_OPTIONAL
	Z_PARAM_OBJECT_OF_CLASS_OR_NULL(conn, wserver_connection_interface_ce)
	ZEND_PARSE_PARAMETERS_END();
	size_t off = 0, len = ZSTR_LEN(buf);
	if (p->kind == WS_PROTO_FRAME && len < 4) {
		RETURN_EMPTY_STRING(); /* not a package: nothing after a length that is not there */
	}
	p->decode(NULL, ZSTR_VAL(buf), ZSTR_LEN(buf), &off, &len);
	RETURN_STRINGL(ZSTR_VAL(buf) + off, len);
}

static void codec_encode(const ws_proto *p, INTERNAL_FUNCTION_PARAMETERS)
{
	zend_string *data;
	zval *conn = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_OBJECT_OF_CLASS_OR_NULL(conn, wserver_connection_interface_ce)
	ZEND_PARSE_PARAMETERS_END();
	char head[16];
	const char *tail = NULL;
	size_t tlen = 0, hlen = p->encode(ZSTR_LEN(data), head, &tail, &tlen);
	zend_string *out = zend_string_alloc(hlen + ZSTR_LEN(data) + tlen, 0);
	memcpy(ZSTR_VAL(out), head, hlen);
	memcpy(ZSTR_VAL(out) + hlen, ZSTR_VAL(data), ZSTR_LEN(data));
	if (tlen) {
		memcpy(ZSTR_VAL(out) + hlen + ZSTR_LEN(data), tail, tlen);
	}
	ZSTR_VAL(out)[ZSTR_LEN(out)] = 0;
	RETURN_NEW_STR(out);
}

ZEND_METHOD(WServer_Protocols_Text, input)
{
	codec_input(&ws_proto_text, INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(WServer_Protocols_Text, decode)
{
	codec_decode(&ws_proto_text, INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(WServer_Protocols_Text, encode)
{
	codec_encode(&ws_proto_text, INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(WServer_Protocols_Frame, input)
{
	codec_input(&ws_proto_frame, INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(WServer_Protocols_Frame, decode)
{
	codec_decode(&ws_proto_frame, INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(WServer_Protocols_Frame, encode)
{
	codec_encode(&ws_proto_frame, INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

/* a frame is measured and unwrapped the same way on both sides (Websocket's statics) */
ZEND_METHOD(WServer_Protocols_Ws, input)
{
	wserver_websocket_static_input(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(WServer_Protocols_Ws, decode)
{
	wserver_websocket_static_decode(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(WServer_Protocols_Ws, encode)
{
	zend_string *data;
	zval *conn = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_OBJECT_OF_CLASS_OR_NULL(conn, wserver_connection_interface_ce)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_STR(wserver_websocket_frame_make(data, conn, true));
}

void wserver_protocols_minit(void)
{
	wserver_protocol_interface_ce = register_class_WServer_Protocols_ProtocolInterface();
	wserver_protocols_text_ce = register_class_WServer_Protocols_Text();
	wserver_protocols_frame_ce = register_class_WServer_Protocols_Frame();
	wserver_protocols_ws_ce = register_class_WServer_Protocols_Ws();
}
