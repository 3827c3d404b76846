/* WServer\WebSocket\Server: Swoole's open / message / close events and push() over the
 * websocket:// codec; WServer\WebSocket\Frame carries one whole message. */
#include "websocket_server.h"
#include "http_server.h"
#include "server.h"
#include "tcp_connection.h"
#include "core/websocket.h"

#include "zend_attributes.h"
#include "stubs/websocket_server_arginfo.h"

zend_class_entry *wserver_websocket_server_ce;
static zend_class_entry *frame_ce;

void wserver_websocket_server_dispatch(wserver_server_obj *s, ws_conn *c, zval *data)
{
	zval frame;
	object_init_ex(&frame, frame_ce);
	zend_object *f = Z_OBJ(frame);
	zend_update_property_long(frame_ce, f, ZEND_STRL("fd"), wserver_server_fd(s, c));
	zend_update_property(frame_ce, f, ZEND_STRL("data"), data);
	zend_update_property_long(frame_ce, f, ZEND_STRL("opcode"), ws_websocket_msg_opcode(c));
	zval args[2];
	ZVAL_OBJ(&args[0], &s->std);
	ZVAL_COPY_VALUE(&args[1], &frame);
	wserver_server_fire_at(s, c->port, "message", 2, args);
	zval_ptr_dtor(&frame);
}

/* The open WebSocket connection of fd in this worker, or NULL. */
static ws_conn *websocket_of(zval *this_zv, zend_long fd)
{
	zend_object *conn = wserver_server_conn(wserver_server_from(Z_OBJ_P(this_zv)), fd, false);
	ws_conn *c = conn ? wserver_tcp_connection_get(conn) : NULL;
	return c && ws_conn_ws_open(c) && c->status == WS_CONN_ESTABLISHED ? c : NULL;
}

ZEND_METHOD(WServer_WebSocket_Server, push)
{
	zend_long fd, opcode = WS_OP_TEXT, flags = 1;
	zend_string *data;
	ZEND_PARSE_PARAMETERS_START(2, 4)
	Z_PARAM_LONG(fd)
	Z_PARAM_STR(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(opcode)
	Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();
	if (opcode != WS_OP_TEXT && opcode != WS_OP_BINARY && opcode != WS_OP_PING &&
	    opcode != WS_OP_PONG) {
		zend_argument_value_error(3, "must be a text, binary, ping or pong opcode");
		RETURN_THROWS();
	}
	ws_conn *c = websocket_of(ZEND_THIS, fd);
	if (!c) {
		RETURN_FALSE;
	}
	uint8_t first = (uint8_t) opcode | (flags & 1 ? 0x80 : 0);
	RETURN_BOOL(ws_websocket_send(c, first, ZSTR_VAL(data), ZSTR_LEN(data), data,
	                              &wserver_zstr_ops) != WS_SEND_FAILED);
}

ZEND_METHOD(WServer_WebSocket_Server, disconnect)
{
	zend_long fd, code = WS_CLOSE_NORMAL;
	zend_string *reason = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_LONG(fd)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(code)
	Z_PARAM_STR(reason)
	ZEND_PARSE_PARAMETERS_END();
	if (code != WS_CLOSE_NORMAL && (code < 4000 || code > 4999)) {
		zend_argument_value_error(2, "must be 1000 or between 4000 and 4999");
		RETURN_THROWS();
	}
	if (reason && ZSTR_LEN(reason) > 123) {
		zend_argument_value_error(3, "must be at most 123 bytes long");
		RETURN_THROWS();
	}
	ws_conn *c = websocket_of(ZEND_THIS, fd);
	if (!c) {
		RETURN_FALSE;
	}
	ws_websocket_close(c, (unsigned) code, reason ? ZSTR_VAL(reason) : NULL,
	                   reason ? ZSTR_LEN(reason) : 0);
	RETURN_TRUE;
}

ZEND_METHOD(WServer_WebSocket_Server, isEstablished)
{
	zend_long fd;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(fd)
	ZEND_PARSE_PARAMETERS_END();
	zend_object *conn = wserver_server_conn(wserver_server_from(Z_OBJ_P(ZEND_THIS)), fd, true);
	ws_conn *c = conn ? wserver_tcp_connection_get(conn) : NULL;
	RETURN_BOOL(c && ws_conn_ws_open(c) && c->status == WS_CONN_ESTABLISHED);
}

/* Swoole scripts also use the opcodes without a prefix (WEBSOCKET_OPCODE_TEXT): defined too,
 * unless another extension (Swoole itself) did. */
static void register_unprefixed(int module_number)
{
	static const struct {
		const char *name;
		zend_long value;
	} opcodes[] = {
	    {"WEBSOCKET_OPCODE_TEXT", WS_OP_TEXT},   {"WEBSOCKET_OPCODE_BINARY", WS_OP_BINARY},
	    {"WEBSOCKET_OPCODE_CLOSE", WS_OP_CLOSE}, {"WEBSOCKET_OPCODE_PING", WS_OP_PING},
	    {"WEBSOCKET_OPCODE_PONG", WS_OP_PONG},
	};
	for (size_t i = 0; i < sizeof(opcodes) / sizeof(opcodes[0]); i++) {
		if (!zend_get_constant_str(opcodes[i].name, strlen(opcodes[i].name))) {
			zend_register_long_constant(opcodes[i].name, strlen(opcodes[i].name), opcodes[i].value,
			                            CONST_PERSISTENT, module_number);
		}
	}
}

void wserver_websocket_server_minit(int module_number)
{
	register_websocket_server_symbols(module_number);
	register_unprefixed(module_number);
	wserver_websocket_server_ce = register_class_WServer_WebSocket_Server(wserver_http_server_ce);
	frame_ce = register_class_WServer_WebSocket_Frame();
}
