/* Stream protocol codecs: where a message ends, where its payload lies, how to frame a reply.
 * Codecs see bytes only: no socket, no PHP. */
#ifndef WS_PROTO_PROTO_H
#define WS_PROTO_PROTO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define WS_PROTO_NEED_MORE 0
#define WS_PROTO_TOO_BIG   (-1)
#define WS_PROTO_BAD       (-2)
/* http's input() also returns minus an HTTP status (-400, -413, ...). */

/* Which protocol a codec speaks: what the connection layer and the binding ask, instead of
 * comparing codec pointers. A connection without a codec (each read is one message) is RAW. */
typedef enum ws_proto_kind {
	WS_PROTO_RAW = 0,
	WS_PROTO_TEXT,
	WS_PROTO_FRAME,
	WS_PROTO_EOF,
	WS_PROTO_LENGTH,
	WS_PROTO_MQTT,
	WS_PROTO_HTTP,
	WS_PROTO_WEBSOCKET,        /* websocket://: an HTTP handshake, then frames */
	WS_PROTO_WEBSOCKET_CLIENT, /* ws:// as a client: the server's answer, then frames */
	WS_PROTO_USER,             /* written by the binding (a PHP protocol class) */
} ws_proto_kind;

/* Facts a codec learnt about one complete message while measuring it, handed to the binding
 * with the message (hooks->on_message). Zeroed before each message. */
typedef struct ws_msg_info {
	bool keep_alive; /* http: the reply keeps the connection open */
	/* Bytes at the front that the codec dealt with itself (a PHP protocol class's
	 * consumeRecvBuffer()): dropped, and the length input() returned counts after them. */
	size_t skip;
	/* http: input() measured only the head (its length returned): a body of this many bytes
	 * follows, too large to keep in memory, for the connection layer to spool to disk
	 * (core/spool.c); 0: the message is whole. Multipart when boundary_len > 0 (boundary
	 * points into the head). */
	uint64_t spool_len;
	const char *boundary;
	size_t boundary_len;
} ws_msg_info;

typedef struct ws_proto {
	const char *name;
	ws_proto_kind kind;
	/* Length of the first complete message in buf[0, len): > 0 (info filled with what the
	 * codec learnt about it); WS_PROTO_NEED_MORE; WS_PROTO_TOO_BIG when it is or will be longer
	 * than max; WS_PROTO_BAD when malformed.
	 * param: the listener's parameter block for codecs that take one (eof, length), else NULL. */
	ssize_t (*input)(const void *param, const char *buf, size_t len, size_t max, ws_msg_info *info);
	/* Payload of a complete message of len bytes, as an offset and a length. */
	void (*decode)(const void *param, const char *msg, size_t len, size_t *off, size_t *plen);
	/* Frame a payload of n bytes: writes the header into head (16 bytes at most) and returns
	 * its length; sets a static trailer. */
	size_t (*encode)(size_t n, char *head, const char **trailer, size_t *tlen);
	/* The reply to a rejected message (input() < 0), written to out; 0: just close. May be
	 * NULL. */
	size_t (*reject)(ssize_t err, char *out, size_t outlen);
	/* Bytes to send while a message is incomplete (HTTP's "100 Continue"), written to out;
	 * 0: nothing. Called each time more bytes arrived. May be NULL. */
	size_t (*interim)(const char *buf, size_t len, char *out, size_t outlen);
	/* Milliseconds a message may take to bring its head when buf[0, len) (len 0: nothing yet)
	 * holds an incomplete head; 0: no limit now. Past it the message is rejected with -408.
	 * May be NULL. */
	int64_t (*head_timeout)(const char *buf, size_t len);
	/* input() and decode() get the ws_conn as param instead of the listener's block (a
	 * codec written in PHP needs its connection). */
	bool conn_param;
} ws_proto;

extern const ws_proto ws_proto_text;
extern const ws_proto ws_proto_frame;

/* eof (Swoole's open_eof_split / open_eof_check): messages end with a string of 1 to 8 bytes.
 * split: each message is cut at the first EOF; otherwise whatever has arrived is delivered in
 * one piece once it ends with the EOF (it may hold several messages, as in Swoole). The EOF
 * stays in the payload. */
#define WS_EOF_MAX 8
typedef struct ws_eof_param {
	char eof[WS_EOF_MAX];
	uint8_t len;
	uint8_t split;
} ws_eof_param;
extern const ws_proto ws_proto_eof;

/* length (Swoole's open_length_check): a length field of type (a pack() letter) at offset; the
 * message is body_offset + that length bytes long, header included in the payload. */
typedef struct ws_length_param {
	char type;
	uint8_t size; /* bytes of the field, from ws_length_type_size() */
	uint32_t offset;
	uint32_t body_offset;
} ws_length_param;
extern const ws_proto ws_proto_length;
/* Bytes of a length field of pack() type t (c C s S n v l L N V q Q J P), 0 for any other. */
uint8_t ws_length_type_size(char t);

/* mqtt (Swoole's open_mqtt_protocol): a packet's length is in its fixed header (the Remaining
 * Length after the first byte); the packet, header included, is the payload. No param. */
extern const ws_proto ws_proto_mqtt;

#endif
