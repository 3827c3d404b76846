/* A WebSocket connection after its handshake: frames in -> whole messages to the binding,
 * control frames answered here (ping, close), replies framed. */
#ifndef WS_CORE_WEBSOCKET_H
#define WS_CORE_WEBSOCKET_H

#include "conn.h"
#include "proto/websocket.h"

struct ws_websocket {
	bool open;           /* the handshake is done: bytes are frames */
	bool client;         /* ro: our end is the client (ws://): frames out are masked, frames in
	                        must not be */
	bool close_sent;     /* no data frame may follow */
	uint8_t msg_opcode;  /* the opcode of the message being delivered */
	uint8_t control;     /* WS_CONTROL_*: what happens to the peer's control frames */
	uint8_t frag_opcode; /* the fragmented message under way; 0: none */
	ws_rbuf frag;        /* its payload so far */
	ws_rbuf held;        /* frames sent before the handshake is answered (copied) */
};

/* How a connection treats the peer's control frames (Swoole's open_websocket_*_frame): each
 * delivered as a message of its own opcode instead of answered here (ping: no automatic pong);
 * ECHO_CLOSE answers a close frame with its payload as it came (any code), as Swoole does,
 * after delivering it when CLOSE is set. */
enum {
	WS_CONTROL_PING = 1,
	WS_CONTROL_PONG = 2,
	WS_CONTROL_CLOSE = 4,
	WS_CONTROL_ECHO_CLOSE = 8,
};

/* Give c a WebSocket state (websocket:// connections, at accept). WS_ERR on ENOMEM. */
int ws_websocket_attach(ws_conn *c);
void ws_websocket_free(ws_conn *c);
/* Accept the handshake: send reply (the 101 answer), then the frames held since, and read
 * frames from now on. */
void ws_websocket_accept(ws_conn *c, const char *reply, size_t len);
/* The handshake is done (either side): send the frames held since, read frames from now on. */
void ws_websocket_open(ws_conn *c);
/* Refuse the handshake: send reply (an HTTP error; len 0: none), drop held frames, close. */
void ws_websocket_refuse(ws_conn *c, const char *reply, size_t len);
/* Handle the frame at buf[0, len) (unmasked in place): > 0 bytes consumed (a message may have
 * been delivered); 0: incomplete; < 0: the connection is closing (bad frame or close frame). */
ssize_t ws_websocket_input(ws_conn *c, char *buf, size_t len);
/* Send body as one frame whose first byte is fin_opcode (0x81 text, 0x82 binary); held until
 * the handshake is accepted. As ws_conn_send. */
int ws_websocket_send(ws_conn *c, uint8_t fin_opcode, const char *body, size_t blen, void *owner,
                      const ws_owner_ops *ops);
/* The opcode of the message being delivered: WS_OP_TEXT or WS_OP_BINARY, or a control
 * opcode delivered as WS_CONTROL_* asked (WS_OP_TEXT when c is no WebSocket). */
uint8_t ws_websocket_msg_opcode(const ws_conn *c);
/* Send a close frame with code and reason (at most 123 bytes) once, then close the connection
 * after what is queued. */
void ws_websocket_close(ws_conn *c, unsigned code, const char *reason, size_t rlen);

#endif
