/* frame: a 4-byte big-endian length that counts itself, then the payload. */
#include "proto.h"

#include <stdint.h>

static ssize_t frame_input(const void *param, const char *buf, size_t len, size_t max,
                           ws_msg_info *info)
{
	if (len < 4) {
		return WS_PROTO_NEED_MORE;
	}
	const unsigned char *p = (const unsigned char *) buf;
	uint32_t total = (uint32_t) p[0] << 24 | (uint32_t) p[1] << 16 | (uint32_t) p[2] << 8 | p[3];
	if (total < 4) {
		return WS_PROTO_BAD;
	}
	if (total > max) {
		return WS_PROTO_TOO_BIG;
	}
	return len < total ? WS_PROTO_NEED_MORE : (ssize_t) total;
}

static void frame_decode(const void *param, const char *msg, size_t len, size_t *off, size_t *plen)
{
	(void) msg;
	*off = 4;
	*plen = len - 4;
}

static size_t frame_encode(size_t n, char *head, const char **trailer, size_t *tlen)
{
	uint32_t total = (uint32_t) (n + 4);
	head[0] = (char) (total >> 24);
	head[1] = (char) (total >> 16);
	head[2] = (char) (total >> 8);
	head[3] = (char) total;
	*trailer = NULL;
	*tlen = 0;
	return 4;
}

const ws_proto ws_proto_frame = {
    .name = "frame",
    .kind = WS_PROTO_FRAME,
    .input = frame_input,
    .decode = frame_decode,
    .encode = frame_encode,
};
