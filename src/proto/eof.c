/* eof: Swoole's open_eof_split and open_eof_check framing, on the listener's ws_eof_param. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memmem */
#endif
#include "proto.h"

#include <string.h>

static ssize_t eof_input(const void *param, const char *buf, size_t len, size_t max,
                         ws_msg_info *info)
{
	const ws_eof_param *p = param;
	if (p->split) {
		const char *at = memmem(buf, len, p->eof, p->len);
		if (at) {
			size_t n = (size_t) (at - buf) + p->len;
			return n > max ? WS_PROTO_TOO_BIG : (ssize_t) n;
		}
	} else if (len >= p->len && memcmp(buf + len - p->len, p->eof, p->len) == 0) {
		/* eof_check: everything received so far, as Swoole delivers it */
		return len > max ? WS_PROTO_TOO_BIG : (ssize_t) len;
	}
	return len >= max ? WS_PROTO_TOO_BIG : WS_PROTO_NEED_MORE;
}

static void eof_decode(const void *param, const char *msg, size_t len, size_t *off, size_t *plen)
{
	*off = 0;
	*plen = len; /* Swoole hands the EOF over with the data */
}

/* Replies are sent as given: Swoole's send() adds no framing either. */
static size_t eof_encode(size_t n, char *head, const char **trailer, size_t *tlen)
{
	*trailer = NULL;
	*tlen = 0;
	return 0;
}

const ws_proto ws_proto_eof = {
    .name = "eof",
    .kind = WS_PROTO_EOF,
    .input = eof_input,
    .decode = eof_decode,
    .encode = eof_encode,
};
