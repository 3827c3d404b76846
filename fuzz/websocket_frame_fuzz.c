/* libFuzzer target: the WebSocket frame decoder (src/proto/websocket.c), fed a stream of frames
 * as a server reads them: header, unmasking in place, UTF-8 checks of text and close reasons.
 * Every frame it accepts must lie inside the input; no read or write outside it (ASan). */
#include "proto/websocket.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* UTF-8 by the definition (RFC 3629), decoding code points: the fast checker must agree. */
static bool reference_utf8(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned c = p[i], len, cp;
		if (c < 0x80) {
			i++;
			continue;
		}
		if ((c & 0xE0) == 0xC0) {
			len = 2, cp = c & 0x1F;
		} else if ((c & 0xF0) == 0xE0) {
			len = 3, cp = c & 0x0F;
		} else if ((c & 0xF8) == 0xF0) {
			len = 4, cp = c & 0x07;
		} else {
			return false;
		}
		if (n - i < len) {
			return false;
		}
		for (unsigned k = 1; k < len; k++) {
			if ((p[i + k] & 0xC0) != 0x80) {
				return false;
			}
			cp = cp << 6 | (p[i + k] & 0x3F);
		}
		unsigned min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
			return false;
		}
		i += len;
	}
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* a private, writable copy: reads past the end are caught exactly */
	char *buf = malloc(size ? size : 1);
	memcpy(buf, data, size);
	size_t off = 0, max = 1 << 16;
	bool require_mask = size > 0 && (data[0] & 1); /* both server and client checks */
	if (ws_utf8_valid(buf, size) != reference_utf8(data, size)) {
		abort();
	}
	while (off < size) {
		ws_frame f;
		ssize_t n = ws_frame_parse(buf + off, size - off, max, require_mask, &f);
		if (n <= 0) {
			if (n < 0 && n != -WS_CLOSE_PROTOCOL_ERROR && n != -WS_CLOSE_TOO_BIG &&
			    n != WS_PROTO_BAD) {
				abort();
			}
			break;
		}
		if ((size_t) n > size - off || f.head_len + f.payload_len != (uint64_t) n ||
		    f.payload_len > max || (f.opcode >= WS_OP_CLOSE && f.payload_len > 125)) {
			abort();
		}
		char *p = buf + off + f.head_len;
		if (f.masked) {
			/* unmasking in two pieces must equal unmasking at once */
			size_t half = (size_t) f.payload_len / 2;
			char *copy = malloc(f.payload_len ? (size_t) f.payload_len : 1);
			memcpy(copy, p, (size_t) f.payload_len);
			ws_frame_unmask(p, half, f.mask, 0);
			ws_frame_unmask(p + half, (size_t) f.payload_len - half, f.mask, half);
			ws_frame_unmask(copy, (size_t) f.payload_len, f.mask, 0);
			if (memcmp(copy, p, (size_t) f.payload_len) != 0) {
				abort();
			}
			free(copy);
		}
		if (f.opcode == WS_OP_TEXT) {
			ws_utf8_valid(p, (size_t) f.payload_len);
		} else if (f.opcode == WS_OP_CLOSE && f.payload_len >= 2) {
			ws_close_code_valid((unsigned char) p[0] << 8 | (unsigned char) p[1]);
			ws_utf8_valid(p + 2, (size_t) f.payload_len - 2);
		}
		/* a reply frame of the same size must parse back to the same length */
		char head[10], round[10 + 4];
		size_t hlen = ws_frame_head(0x82, f.payload_len, head);
		memcpy(round, head, hlen);
		ws_frame g;
		if (ws_frame_parse(round, hlen, UINT64_MAX >> 1, false, &g) != WS_PROTO_NEED_MORE &&
		    f.payload_len != 0) {
			abort();
		}
		if (g.head_len != hlen || g.payload_len != f.payload_len) {
			abort();
		}
		off += (size_t) n;
	}
	free(buf);
	return 0;
}
