/* ws:// as a client: until the handshake is done the server's bytes are an HTTP response
 * head, cut at its blank line; the frames after it are the connection layer's
 * (core/websocket.c). The binding checks what the head says. */
#include "websocket.h"

#include <string.h>

/* A response head longer than this is not a WebSocket handshake answer. */
#define WS_CLIENT_MAX_HEAD (16 * 1024)

static ssize_t client_input(const void *param, const char *buf, size_t len, size_t max,
                            ws_msg_info *info)
{
	(void) param;
	(void) max;
	for (size_t i = 3; i < len && i < WS_CLIENT_MAX_HEAD; i++) {
		if (buf[i] == '\n' && buf[i - 1] == '\r' && buf[i - 2] == '\n' && buf[i - 3] == '\r') {
			return (ssize_t) i + 1;
		}
	}
	return len >= WS_CLIENT_MAX_HEAD ? WS_PROTO_TOO_BIG : WS_PROTO_NEED_MORE;
}

static void client_decode(const void *param, const char *msg, size_t len, size_t *off, size_t *plen)
{
	(void) param;
	(void) msg;
	*off = 0;
	*plen = len;
}

static size_t client_encode(size_t n, char *head, const char **trailer, size_t *tlen)
{
	(void) n;
	(void) head;
	*trailer = NULL;
	*tlen = 0;
	return 0; /* frames are made by core/websocket.c, never by this codec */
}

const ws_proto ws_proto_websocket_client = {
    .name = "ws",
    .kind = WS_PROTO_WEBSOCKET_CLIENT,
    .input = client_input,
    .decode = client_decode,
    .encode = client_encode,
};
