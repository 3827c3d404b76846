/* A WebSocket connection after its handshake: frames in -> whole messages to the binding,
 * control frames answered here (ping, close), replies framed. */
#ifndef WS_CORE_WEBSOCKET_H
#define WS_CORE_WEBSOCKET_H

#include "conn.h"
#include "proto/websocket.h"
#include "proto/ws_deflate.h"

struct ws_websocket {
	bool open;            /* the handshake is done: bytes are frames */
	bool client;          /* ro: our end is the client (ws://): frames out are masked, frames in
	                         must not be */
	bool close_sent;      /* no data frame may follow; the peer's close frame is awaited */
	bool peer_closed;     /* the peer's close frame came (peer_code, peer_reason) */
	bool compression;     /* the binding allows permessage-deflate (a server's switch) */
	bool deflate;         /* permessage-deflate was agreed: RSV1 marks compressed messages */
	bool msg_compressed;  /* the message being delivered came compressed */
	bool frag_compressed; /* the fragmented message under way is compressed */
	uint8_t msg_opcode;   /* the opcode of the message being delivered */
	uint8_t control;      /* WS_CONTROL_*: what happens to the peer's control frames */
	uint8_t frag_opcode;  /* the fragmented message under way; 0: none */
	uint16_t peer_code;   /* the peer's close code; 1005: none given */
	uint8_t peer_reason_len;
	char peer_reason[123];
	ws_deflate_params zp;     /* what was agreed (deflate) */
	char *answer;             /* our Sec-WebSocket-Extensions answer for the 101; owned */
	z_stream *inflater;       /* owned, when the peer keeps its context; else the shared one */
	int64_t close_wait_until; /* ws_now_ms() after which the peer's close is no longer awaited */
	ws_rbuf frag;             /* its payload so far */
	ws_rbuf held;             /* frames sent before the handshake is answered (copied) */
};

/* How a connection treats the peer's control frames (Swoole's open_websocket_*_frame): each
 * delivered as a message of its own opcode instead of answered here (ping: no automatic pong);
 * ECHO_CLOSE answers a close frame with its payload as it came (any code), as Swoole does,
 * after delivering it when CLOSE is set. UNMASKED takes a client's frames unmasked too, as
 * Swoole's server does (RFC 6455 closes such a connection with 1002). */
enum {
	WS_CONTROL_PING = 1,
	WS_CONTROL_PONG = 2,
	WS_CONTROL_CLOSE = 4,
	WS_CONTROL_ECHO_CLOSE = 8,
	WS_CONTROL_UNMASKED = 16,
};

/* Give c a WebSocket state (websocket:// connections, at accept). WS_ERR on ENOMEM. */
int ws_websocket_attach(ws_conn *c);
void ws_websocket_free(ws_conn *c);
/* Server side, at the handshake: the client's Sec-WebSocket-Extensions value ext[0, len). When
 * compression is allowed and an offer of permessage-deflate is acceptable, the 101 will carry
 * the answer (ws_websocket_accept adds it). Never calls hooks. */
void ws_websocket_offer(ws_conn *c, const char *ext, size_t len);
/* Client side: the server agreed to permessage-deflate with p (its answer was checked). */
void ws_websocket_agreed(ws_conn *c, const ws_deflate_params *p);
/* Accept the handshake: send reply (the 101 answer), then the frames held since, and read
 * frames from now on. A reply that names Sec-WebSocket-Extensions itself (the application's
 * own answer) decides compression; else the answer to an accepted offer is added to it. */
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
/* ws_websocket_send() of a frame whose head (ws_frame_head of fin_opcode and blen) the caller
 * made once for many connections: an open server connection without compression sends it as
 * it is; any other goes through ws_websocket_send(). */
int ws_websocket_send_framed(ws_conn *c, uint8_t fin_opcode, const char *head, size_t hlen,
                             const char *body, size_t blen, void *owner, const ws_owner_ops *ops);
/* The opcode of the message being delivered: WS_OP_TEXT or WS_OP_BINARY, or a control
 * opcode delivered as WS_CONTROL_* asked (WS_OP_TEXT when c is no WebSocket). */
uint8_t ws_websocket_msg_opcode(const ws_conn *c);
/* Send a close frame with code and reason (at most 123 bytes) once, then wait for the peer's
 * close frame (WS_CLOSE_WAIT_MS at most) and close the connection; at once when the peer
 * closed already. */
void ws_websocket_close(ws_conn *c, unsigned code, const char *reason, size_t rlen);
/* The close handshake of c waited long enough: close it (from the worker's timer). */
bool ws_websocket_close_due(const ws_conn *c, int64_t now_ms);
/* c waits for the peer's close frame (until close_wait_until). */
bool ws_websocket_close_pending(const ws_conn *c);
/* c sent its close frame: no more messages go out (its handshake may still be under way). */
bool ws_websocket_closing(const ws_conn *c);
/* The peer's close frame, once it came: its code (1005: none) and reason. false before. */
bool ws_websocket_peer_close(const ws_conn *c, unsigned *code, const char **reason, size_t *rlen);
/* Whether the message being delivered came compressed (a Frame's FLAG_COMPRESS). */
bool ws_websocket_msg_compressed(const ws_conn *c);
/* Whether permessage-deflate was agreed on c. */
bool ws_websocket_deflate(const ws_conn *c);
/* Compress msg[0, n) for a peer whose inflater takes windows of bits: *out points to the
 * payload (valid until the next call); false when compressing does not make it smaller (or
 * ENOMEM): send it as it is. For other code that speaks WebSocket (coroutine sockets). */
bool ws_websocket_compress(int bits, const char *msg, size_t n, const char **out, size_t *olen);
/* Inflate a whole compressed message in[0, n) into at most max bytes: *out (valid until the
 * next call). z: the peer's own inflater when it keeps its context, else NULL (a shared one,
 * reset after). WS_INFLATE_*. */
int ws_websocket_inflate(z_stream *z, const char *in, size_t n, size_t max, const char **out,
                         size_t *olen);

#endif
