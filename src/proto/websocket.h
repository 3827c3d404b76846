/* WebSocket frames (RFC 6455 §5), from bytes only: no socket, no PHP. The connection layer
 * (core/websocket.c) keeps the per-connection state: fragments, close handshake. */
#ifndef WS_PROTO_WEBSOCKET_H
#define WS_PROTO_WEBSOCKET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "proto.h"

enum {
	WS_OP_CONTINUATION = 0x0,
	WS_OP_TEXT = 0x1,
	WS_OP_BINARY = 0x2,
	WS_OP_CLOSE = 0x8,
	WS_OP_PING = 0x9,
	WS_OP_PONG = 0xA,
};

/* Close codes (§7.4.1) this server sends. */
enum {
	WS_CLOSE_NORMAL = 1000,
	WS_CLOSE_GOING_AWAY = 1001,
	WS_CLOSE_PROTOCOL_ERROR = 1002,
	WS_CLOSE_BAD_DATA = 1007, /* text that is not UTF-8 */
	WS_CLOSE_TOO_BIG = 1009,
};

typedef struct ws_frame {
	bool fin;
	bool rsv1; /* a compressed message's first frame (permessage-deflate) */
	uint8_t opcode;
	bool masked;
	uint8_t mask[4];
	size_t head_len; /* bytes before the payload */
	uint64_t payload_len;
} ws_frame;

/* What ws_frame_parse() accepts: WS_FRAME_MASKED: frames must be masked (a server reading a
 * client); WS_FRAME_RSV1: RSV1 may mark the first frame of a data message (permessage-deflate
 * was agreed). */
enum { WS_FRAME_MASKED = 1, WS_FRAME_RSV1 = 2 };

/* Parse the frame header at buf[0, len). Returns the whole frame's length (> 0) when it is
 * complete in buf; WS_PROTO_NEED_MORE (f filled once the header is in, so a frame over max
 * is refused before its payload arrives); or minus a close code: -1002 for reserved bits
 * (RSV1 unless allowed, and never on control or continuation frames), unknown opcodes, bad
 * control frames or (WS_FRAME_MASKED) an unmasked frame, -1009 when the payload is over max;
 * WS_PROTO_BAD, before anything else, for a 64-bit length with its top bit set (malformed
 * data: Swoole resets the connection).
 * flags: WS_FRAME_* (true is WS_FRAME_MASKED). */
ssize_t ws_frame_parse(const char *buf, size_t len, size_t max, unsigned flags, ws_frame *f);

/* XOR n bytes with the mask; phase is the payload offset of p (for payloads unmasked in
 * pieces). */
void ws_frame_unmask(char *p, size_t n, const uint8_t mask[4], size_t phase);

/* Header of an unmasked frame of n payload bytes with first byte fin_opcode (0x81: final
 * text frame) into out (10 bytes at most). Returns its length. */
size_t ws_frame_head(uint8_t fin_opcode, uint64_t n, char *out);

/* ws:// as a client: the server's handshake answer, an HTTP response head
 * (proto/websocket_client.c). */
extern const ws_proto ws_proto_websocket_client;

/* Header of a masked frame (a client's) of n payload bytes with mask key into out (14 bytes at
 * most). Returns its length. */
size_t ws_frame_head_masked(uint8_t fin_opcode, uint64_t n, const uint8_t mask[4], char *out);

/* Whether a peer may send this close code (§7.4). */
bool ws_close_code_valid(unsigned code);

/* Whether p[0, n) is valid UTF-8 (text messages, close reasons). */
bool ws_utf8_valid(const char *p, size_t n);

#endif
