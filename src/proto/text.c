/* text: one message per line ending in "\n"; the payload drops the trailing "\r\n". */
#include "proto.h"

#include <string.h>

static ssize_t text_input(const void *param, const char *buf, size_t len, size_t max,
                          ws_msg_info *info)
{
	const char *nl = memchr(buf, '\n', len);
	if (!nl) {
		return len >= max ? WS_PROTO_TOO_BIG : WS_PROTO_NEED_MORE;
	}
	size_t n = (size_t) (nl - buf) + 1;
	return n > max ? WS_PROTO_TOO_BIG : (ssize_t) n;
}

static void text_decode(const void *param, const char *msg, size_t len, size_t *off, size_t *plen)
{
	while (len > 0 && (msg[len - 1] == '\n' || msg[len - 1] == '\r')) {
		len--;
	}
	*off = 0;
	*plen = len;
}

static size_t text_encode(size_t n, char *head, const char **trailer, size_t *tlen)
{
	(void) n;
	(void) head;
	*trailer = "\n";
	*tlen = 1;
	return 0;
}

const ws_proto ws_proto_text = {
    .name = "text",
    .kind = WS_PROTO_TEXT,
    .input = text_input,
    .decode = text_decode,
    .encode = text_encode,
};
