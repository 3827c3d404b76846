/* WServer\WebSocket\Frame and CloseFrame (websocket_frame.c): one frame as an object, and
 * Swoole's pack() / unpack() between such objects and the bytes on the wire. */
#ifndef WSERVER_PHP_WEBSOCKET_FRAME_H
#define WSERVER_PHP_WEBSOCKET_FRAME_H

#include "php.h"

/* Swoole's frame flags ($frame->flags, push()'s and pack()'s $flags). */
enum {
	WSERVER_WS_FLAG_FIN = 1,
	WSERVER_WS_FLAG_COMPRESS = 2,
	WSERVER_WS_FLAG_RSV1 = 4,
	WSERVER_WS_FLAG_RSV2 = 8,
	WSERVER_WS_FLAG_RSV3 = 16,
	WSERVER_WS_FLAG_MASK = 32,
	WSERVER_WS_FLAGS_ALL = 63,
};

extern zend_class_entry *wserver_websocket_frame_ce;
void wserver_websocket_frame_minit(void);

/* A frame to send: its opcode, flags (WSERVER_WS_FLAG_*) and payload (for a close frame: the
 * code, then the reason). */
typedef struct {
	uint8_t opcode;
	uint8_t flags;
	zend_string *payload;
} wserver_ws_out;

/* What data (a string, or a Frame whose properties win) becomes with opcode and flags, as
 * Swoole's pack(): false after a warning (opcode out of range, control payload too long). */
bool wserver_websocket_frame_prepare(zval *data, zend_long opcode, zend_long flags,
                                     wserver_ws_out *out);
/* The first byte of such a frame on the wire (FIN, RSV bits, opcode). */
uint8_t wserver_websocket_frame_first_byte(const wserver_ws_out *out);

/* Into out, a new Frame of opcode, payload p[0, n) and flags: a CloseFrame for a close frame
 * (code and reason from the payload). */
void wserver_websocket_frame_object(zval *out, uint8_t opcode, const char *p, size_t n,
                                    uint8_t flags);

#endif
