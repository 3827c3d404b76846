/* WServer\WebSocket\Server: Swoole's open / message / close events and push() over the
 * websocket:// codec; a message arrives as a WServer\WebSocket\Frame (websocket_frame.c). */
#include "websocket_server.h"
#include "send_yield.h"
#include "http_server.h"
#include "websocket_frame.h"
#include "server.h"
#include "server_ipc.h"
#include "proto/websocket.h"
#include "tcp_connection.h"
#include "worker.h"
#include "core/websocket.h"

#include "zend_attributes.h"
#include "zend_interfaces.h"
#include "stubs/websocket_server_arginfo.h"

zend_class_entry *wserver_websocket_server_ce;

void wserver_websocket_server_dispatch(wserver_server_obj *s, ws_conn *c, zval *data)
{
	zval frame;
	uint8_t flags = WSERVER_WS_FLAG_FIN;
	if (ws_websocket_msg_compressed(c)) {
		flags |= WSERVER_WS_FLAG_RSV1 | WSERVER_WS_FLAG_COMPRESS; /* as Swoole's Frame says */
	}
	wserver_websocket_frame_object(&frame, ws_websocket_msg_opcode(c), Z_STRVAL_P(data),
	                               Z_STRLEN_P(data), flags);
	zend_update_property_long(wserver_websocket_frame_ce, Z_OBJ(frame), ZEND_STRL("fd"),
	                          wserver_server_fd(s, c));
	zval args[2];
	ZVAL_OBJ(&args[0], &s->std);
	ZVAL_COPY_VALUE(&args[1], &frame);
	wserver_server_fire_at(s, c->port, "message", 2, args);
	zval_ptr_dtor(&frame);
}

void wserver_websocket_server_apply(zend_object *server, zend_object *worker)
{
	if (!instanceof_function(server->ce, wserver_websocket_server_ce)) {
		return;
	}
	static const struct {
		const char *option;
		uint8_t bit;
	} opts[] = {{"open_websocket_ping_frame", WS_CONTROL_PING},
	            {"open_websocket_pong_frame", WS_CONTROL_PONG},
	            {"open_websocket_close_frame", WS_CONTROL_CLOSE}};
	/* Swoole answers a close frame with its payload, and takes unmasked frames */
	uint8_t control = WS_CONTROL_ECHO_CLOSE | WS_CONTROL_UNMASKED;
	zval *setting = zend_read_property(server->ce, server, ZEND_STRL("setting"), 1, NULL);
	for (size_t i = 0; Z_TYPE_P(setting) == IS_ARRAY && i < sizeof(opts) / sizeof(opts[0]); i++) {
		zval *v = zend_hash_str_find(Z_ARRVAL_P(setting), opts[i].option, strlen(opts[i].option));
		if (v && zend_is_true(v)) {
			control |= opts[i].bit;
		}
	}
	wserver_worker_limits_of(worker)->websocket_control = control;
	zval *z = Z_TYPE_P(setting) == IS_ARRAY
	              ? zend_hash_str_find(Z_ARRVAL_P(setting), ZEND_STRL("websocket_compression"))
	              : NULL;
	wserver_worker_limits_of(worker)->websocket_compression = z && zend_is_true(z);
}

/* The open WebSocket connection of fd in this worker, or NULL (quiet: no warning when fd is
 * another worker's). */
static ws_conn *websocket_in(zval *this_zv, zend_long fd, bool quiet)
{
	zend_object *conn = wserver_server_conn(wserver_server_from(Z_OBJ_P(this_zv)), fd, quiet);
	ws_conn *c = conn ? wserver_tcp_connection_get(conn) : NULL;
	return c && ws_conn_ws_open(c) && c->status == WS_CONN_ESTABLISHED && !ws_websocket_closing(c)
	           ? c
	           : NULL;
}

static ws_conn *websocket_of(zval *this_zv, zend_long fd)
{
	return websocket_in(this_zv, fd, false);
}

/* websocket_of(), with Swoole's warning when there is none. */
static void not_websocket_warning(zend_long fd)
{
	php_error_docref(NULL, E_WARNING,
	                 "the connected client of connection[" ZEND_LONG_FMT
	                 "] is not a websocket client or closed",
	                 fd);
}

static ws_conn *websocket_or_warn(zval *this_zv, zend_long fd)
{
	ws_conn *c = websocket_of(this_zv, fd);
	if (!c) {
		not_websocket_warning(fd);
	}
	return c;
}

/* Send out (its payload released) to c as one frame. */
static bool send_out(ws_conn *c, wserver_ws_out *out)
{
	zend_string *p = out->payload;
	wserver_send_yield_wait(c);
	/* the connection takes its own reference when it has to queue the bytes */
	bool ok = ws_websocket_send(c, wserver_websocket_frame_first_byte(out), ZSTR_VAL(p),
	                            ZSTR_LEN(p), p, &wserver_zstr_ops) != WS_SEND_FAILED;
	zend_string_release(p);
	return ok;
}

/* push() to a connection another worker owns (as from a task worker): the frame is made here
 * and its bytes go to the owner to send. -1 when fd is no open WebSocket of another worker. */
static int push_remote(zval *this_zv, zend_long fd, zval *data, zend_long opcode, zend_long flags)
{
	wserver_server_obj *s = wserver_server_from(Z_OBJ_P(this_zv));
	zend_long owner = wserver_ipc_fd_worker(s, fd);
	ws_conn_entry e;
	int found =
	    owner >= 0 && owner != s->worker_id ? wserver_ipc_fd_lookup(s, fd, &e) : WS_CONNTAB_ABSENT;
	if (found == WS_CONNTAB_ABSENT ||
	    (found == WS_CONNTAB_FOUND && e.websocket != WS_CONNTAB_OPEN)) {
		return -1;
	}
	wserver_ws_out out;
	if (!wserver_websocket_frame_prepare(data, opcode, flags & ~WSERVER_WS_FLAG_MASK, &out)) {
		return 0;
	}
	char head[10];
	size_t hlen =
	    ws_frame_head(wserver_websocket_frame_first_byte(&out), ZSTR_LEN(out.payload), head);
	zend_string *frame = zend_string_alloc(hlen + ZSTR_LEN(out.payload), 0);
	memcpy(ZSTR_VAL(frame), head, hlen);
	memcpy(ZSTR_VAL(frame) + hlen, ZSTR_VAL(out.payload), ZSTR_LEN(out.payload) + 1);
	zend_string_release(out.payload);
	bool ok = wserver_ipc_fd_send(s, fd, frame);
	zend_string_release(frame);
	return ok;
}

ZEND_METHOD(WServer_WebSocket_Server, push)
{
	zend_long fd, opcode = WS_OP_TEXT, flags = WSERVER_WS_FLAG_FIN;
	zval *data;
	ZEND_PARSE_PARAMETERS_START(2, 4)
	Z_PARAM_LONG(fd)
	Z_PARAM_ZVAL(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(opcode)
	Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();
	ws_conn *c = websocket_in(ZEND_THIS, fd, true);
	int remote = c ? -1 : push_remote(ZEND_THIS, fd, data, opcode, flags);
	if (remote >= 0) {
		RETURN_BOOL(remote);
	}
	if (!c) {
		not_websocket_warning(fd);
		RETURN_FALSE;
	}
	wserver_ws_out out;
	/* a server's frames are never masked */
	if (!wserver_websocket_frame_prepare(data, opcode, flags & ~WSERVER_WS_FLAG_MASK, &out)) {
		RETURN_FALSE;
	}
	RETURN_BOOL(send_out(c, &out));
}

/* One message to many connections of this worker: prepared and framed once, then written to
 * each in C (the fan-out of a chat room), instead of a push() call per connection. fds that are
 * no open WebSocket of this worker are skipped without a warning. Returns how many took it. */
ZEND_METHOD(WServer_WebSocket_Server, pushMany)
{
	HashTable *fds;
	zend_long opcode = WS_OP_TEXT, flags = WSERVER_WS_FLAG_FIN;
	zval *data;
	ZEND_PARSE_PARAMETERS_START(2, 4)
	Z_PARAM_ARRAY_HT(fds)
	Z_PARAM_ZVAL(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(opcode)
	Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();
	wserver_ws_out out;
	if (!wserver_websocket_frame_prepare(data, opcode, flags & ~WSERVER_WS_FLAG_MASK, &out)) {
		RETURN_FALSE;
	}
	zend_string *p = out.payload;
	uint8_t first = wserver_websocket_frame_first_byte(&out);
	char head[10];
	size_t hlen = ws_frame_head(first, ZSTR_LEN(p), head);
	zend_long sent = 0;
	zval *fd;
	ZEND_HASH_FOREACH_VAL(fds, fd) {
		ZVAL_DEREF(fd);
		ws_conn *c = Z_TYPE_P(fd) == IS_LONG ? websocket_in(ZEND_THIS, Z_LVAL_P(fd), true) : NULL;
		/* a connection that has to queue the bytes takes its own reference to p */
		sent += c && ws_websocket_send_framed(c, first, head, hlen, ZSTR_VAL(p), ZSTR_LEN(p), p,
		                                      &wserver_zstr_ops) != WS_SEND_FAILED;
	}
	ZEND_HASH_FOREACH_END();
	zend_string_release(p);
	RETURN_LONG(sent);
}

ZEND_METHOD(WServer_WebSocket_Server, ping)
{
	zend_long fd;
	zend_string *data = ZSTR_EMPTY_ALLOC();
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_LONG(fd)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();
	ws_conn *c = websocket_or_warn(ZEND_THIS, fd);
	if (!c) {
		RETURN_FALSE;
	}
	zval payload;
	ZVAL_STR(&payload, data);
	wserver_ws_out out;
	if (!wserver_websocket_frame_prepare(&payload, WS_OP_PING, WSERVER_WS_FLAG_FIN, &out)) {
		RETURN_FALSE;
	}
	RETURN_BOOL(send_out(c, &out));
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
	/* as Swoole: any code the two bytes hold; a reason that does not fit a control frame is
	 * refused */
	if (code < 0 || code > 65535) {
		zend_argument_value_error(2, "must be between 0 and 65535");
		RETURN_THROWS();
	}
	if (reason && ZSTR_LEN(reason) > 123) {
		php_error_docref(NULL, E_WARNING, "the max length of close reason is 123");
		RETURN_FALSE;
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
	if (c) {
		RETURN_BOOL(ws_conn_ws_open(c) && c->status == WS_CONN_ESTABLISHED &&
		            !ws_websocket_closing(c));
	}
	/* another worker's connection: what getClientInfo() knows of it (websocket_status 3 is
	 * Swoole's "active") */
	zval info, args[3], fname;
	ZVAL_LONG(&args[0], fd);
	ZVAL_LONG(&args[1], -1);
	ZVAL_TRUE(&args[2]); /* no warning for an fd that is gone */
	ZVAL_STRING(&fname, "getClientInfo");
	call_user_function(NULL, ZEND_THIS, &fname, &info, 3, args);
	zval_ptr_dtor(&fname);
	zval *status = Z_TYPE(info) == IS_ARRAY
	                   ? zend_hash_str_find(Z_ARRVAL(info), ZEND_STRL("websocket_status"))
	                   : NULL;
	RETVAL_BOOL(status && zval_get_long(status) == 3);
	zval_ptr_dtor(&info);
}

/* Swoole scripts also use the opcodes without a prefix (WEBSOCKET_OPCODE_TEXT): defined too,
 * unless another extension (Swoole itself) did. */
static void register_unprefixed(int module_number)
{
	static const struct {
		const char *name;
		zend_long value;
	} opcodes[] = {
	    {"WEBSOCKET_OPCODE_TEXT", WS_OP_TEXT},
	    {"WEBSOCKET_OPCODE_BINARY", WS_OP_BINARY},
	    {"WEBSOCKET_OPCODE_CLOSE", WS_OP_CLOSE},
	    {"WEBSOCKET_OPCODE_PING", WS_OP_PING},
	    {"WEBSOCKET_OPCODE_PONG", WS_OP_PONG},
	    {"WEBSOCKET_OPCODE_CONTINUATION", WS_OP_CONTINUATION},
	    {"WEBSOCKET_STATUS_CONNECTION", 1},
	    {"WEBSOCKET_STATUS_HANDSHAKE", 2},
	    {"WEBSOCKET_STATUS_ACTIVE", 3},
	    {"WEBSOCKET_STATUS_FRAME", 3},
	    {"WEBSOCKET_STATUS_CLOSING", 4},
	    {"WEBSOCKET_STATUS_HANDSHAKE_FAILED", 5},
	    {"WEBSOCKET_CLOSE_NORMAL", 1000},
	    {"WEBSOCKET_CLOSE_GOING_AWAY", 1001},
	    {"WEBSOCKET_CLOSE_PROTOCOL_ERROR", 1002},
	    {"WEBSOCKET_CLOSE_DATA_ERROR", 1003},
	    {"WEBSOCKET_CLOSE_STATUS_ERROR", 1005},
	    {"WEBSOCKET_CLOSE_ABNORMAL", 1006},
	    {"WEBSOCKET_CLOSE_MESSAGE_ERROR", 1007},
	    {"WEBSOCKET_CLOSE_POLICY_ERROR", 1008},
	    {"WEBSOCKET_CLOSE_MESSAGE_TOO_BIG", 1009},
	    {"WEBSOCKET_CLOSE_EXTENSION_MISSING", 1010},
	    {"WEBSOCKET_CLOSE_SERVER_ERROR", 1011},
	    {"WEBSOCKET_CLOSE_TRY_AGAIN_LATER", 1013},
	    {"WEBSOCKET_CLOSE_BAD_GATEWAY", 1014},
	    {"WEBSOCKET_CLOSE_TLS", 1015},
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
	wserver_websocket_frame_minit();
	wserver_websocket_server_ce = register_class_WServer_WebSocket_Server(wserver_http_server_ce);
}
