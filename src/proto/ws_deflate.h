/* permessage-deflate (RFC 7692): what the two ends agree on in the handshake, and one message
 * compressed or inflated with zlib's raw deflate. Bytes only: no socket, no PHP. The streams
 * and where they live are the connection layer's (core/websocket.c). */
#ifndef WS_PROTO_WS_DEFLATE_H
#define WS_PROTO_WS_DEFLATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <zlib.h>

/* What was agreed, from our side. */
typedef struct ws_deflate_params {
	uint8_t out_bits; /* the window our compressor may use (9 to 15): what the peer's inflater
	                     was promised */
	bool in_takeover; /* the peer keeps its compressor's context from one message to the next:
	                     our inflater must keep it too (else it is reset after each message) */
} ws_deflate_params;

/* A client's offer, as our ws:// clients send it. */
#define WS_DEFLATE_OFFER "permessage-deflate; client_max_window_bits"

/* Server side: the first acceptable permessage-deflate offer in the Sec-WebSocket-Extensions
 * value offers[0, len) (offers may be split over several headers joined with ","). true with
 * *p and the answer (NUL-terminated, at most cap bytes) in resp; false when none is acceptable
 * (unknown or repeated parameters, bad window sizes): then no compression. The answer always
 * asks for no context takeover on both sides, so each message is compressed on its own. */
bool ws_deflate_server_accept(const char *offers, size_t len, ws_deflate_params *p, char *resp,
                              size_t cap);

/* Whether the answer ans[0, len) (a Sec-WebSocket-Extensions value in a 101) is one
 * permessage-deflate we can speak; true with *p, from our side: the server's when server (an
 * application that wrote its own answer), else the client's (the server answered our offer). */
bool ws_deflate_answer_params(const char *ans, size_t len, bool server, ws_deflate_params *p);

/* Growable bytes (malloc'd). */
typedef struct ws_zbuf {
	char *data;
	size_t len, cap;
} ws_zbuf;
void ws_zbuf_free(ws_zbuf *b);

/* A raw deflate stream with a window of bits (9 to 15); inflaters always take 15 (any window
 * the peer uses). NULL on ENOMEM. */
z_stream *ws_deflate_new(int bits);
z_stream *ws_inflate_new(void);
void ws_deflate_free(z_stream *z);
void ws_inflate_free(z_stream *z);

/* Compress the message in[0, n) into out (replaced) as one compressed payload (the final
 * 00 00 ff ff cut, as §7.2.1 says); z is reset after, so no message depends on another. false
 * on ENOMEM. */
bool ws_deflate_message(z_stream *z, const char *in, size_t n, ws_zbuf *out);

enum { WS_INFLATE_OK = 0, WS_INFLATE_TOO_BIG = -1, WS_INFLATE_BAD = -2 };

/* Inflate n bytes of a compressed message, appending to out; final: these are its last bytes
 * (the cut tail is put back). out never holds more than max bytes: the output grows in steps
 * of at most 64 KB and WS_INFLATE_TOO_BIG stops a small payload that inflates past max (a zip
 * bomb) without ever holding more. WS_INFLATE_BAD: not deflate data (or ENOMEM). The caller
 * resets z (inflateReset) between messages when the peer takes no context over. */
int ws_inflate_add(z_stream *z, const char *in, size_t n, bool final, size_t max, ws_zbuf *out);

#endif
