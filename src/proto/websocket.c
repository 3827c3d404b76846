/* WebSocket frame headers, masking and the checks RFC 6455 asks of a receiver. */
#include "websocket.h"

#include <string.h>

static bool opcode_known(uint8_t op)
{
	return op <= WS_OP_BINARY || (op >= WS_OP_CLOSE && op <= WS_OP_PONG);
}

ssize_t ws_frame_parse(const char *buf, size_t len, size_t max, unsigned flags, ws_frame *f)
{
	const unsigned char *b = (const unsigned char *) buf;
	if (len < 2) {
		return WS_PROTO_NEED_MORE;
	}
	if ((b[1] & 0x7F) == 127 && len >= 10 && (b[2] & 0x80)) {
		return WS_PROTO_BAD; /* a length past 2^63: no frame at all, whatever else it says */
	}
	f->fin = b[0] & 0x80;
	f->opcode = b[0] & 0x0F;
	f->masked = b[1] & 0x80;
	f->rsv1 = b[0] & 0x40;
	bool rsv1_ok =
	    (flags & WS_FRAME_RSV1) && f->opcode != WS_OP_CONTINUATION && f->opcode < WS_OP_CLOSE;
	if ((b[0] & 0x30) || (f->rsv1 && !rsv1_ok) || !opcode_known(f->opcode)) {
		return -WS_CLOSE_PROTOCOL_ERROR; /* RSV2, RSV3: no extension of ours uses them */
	}
	if ((flags & WS_FRAME_MASKED) && !f->masked) {
		return -WS_CLOSE_PROTOCOL_ERROR;
	}
	uint64_t n = b[1] & 0x7F;
	size_t head = 2;
	if (f->opcode >= WS_OP_CLOSE && (!f->fin || n > 125)) {
		return -WS_CLOSE_PROTOCOL_ERROR; /* control frames: whole and short */
	}
	if (n == 126) {
		if (len < 4) {
			return WS_PROTO_NEED_MORE;
		}
		n = (uint64_t) b[2] << 8 | b[3];
		head = 4;
	} else if (n == 127) {
		if (len < 10) {
			return WS_PROTO_NEED_MORE;
		}
		n = 0;
		for (int i = 2; i < 10; i++) {
			n = n << 8 | b[i];
		}
		head = 10;
	}
	if (f->masked) {
		if (len < head + 4) {
			return WS_PROTO_NEED_MORE;
		}
		memcpy(f->mask, b + head, 4);
		head += 4;
	}
	f->head_len = head;
	f->payload_len = n;
	if (n > max) {
		return -WS_CLOSE_TOO_BIG;
	}
	return len - head >= n ? (ssize_t) (head + n) : WS_PROTO_NEED_MORE;
}

void ws_frame_unmask(char *p, size_t n, const uint8_t mask[4], size_t phase)
{
	size_t i = 0;
	/* byte by byte up to a key boundary, then eight bytes at a time */
	for (; i < n && ((phase + i) & 3); i++) {
		p[i] ^= (char) mask[(phase + i) & 3];
	}
	uint32_t k32;
	memcpy(&k32, mask, 4);
	uint64_t k = (uint64_t) k32 << 32 | k32;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, p + i, 8);
		w ^= k;
		memcpy(p + i, &w, 8);
	}
	for (; i < n; i++) {
		p[i] ^= (char) mask[(phase + i) & 3];
	}
}

size_t ws_frame_head(uint8_t fin_opcode, uint64_t n, char *out)
{
	unsigned char *o = (unsigned char *) out;
	o[0] = fin_opcode;
	if (n < 126) {
		o[1] = (unsigned char) n;
		return 2;
	}
	if (n <= 0xFFFF) {
		o[1] = 126;
		o[2] = (unsigned char) (n >> 8);
		o[3] = (unsigned char) n;
		return 4;
	}
	o[1] = 127;
	for (int i = 0; i < 8; i++) {
		o[2 + i] = (unsigned char) (n >> (56 - 8 * i));
	}
	return 10;
}

size_t ws_frame_head_masked(uint8_t fin_opcode, uint64_t n, const uint8_t mask[4], char *out)
{
	size_t len = ws_frame_head(fin_opcode, n, out);
	out[1] = (char) (out[1] | 0x80);
	memcpy(out + len, mask, 4);
	return len + 4;
}

bool ws_close_code_valid(unsigned code)
{
	if (code >= 3000 && code <= 4999) {
		return true; /* registered and private use */
	}
	return code >= 1000 && code <= 1014 && code != 1004 && code != 1005 && code != 1006;
}

bool ws_utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *) s, *end = p + n;
	while (p < end) {
		/* ASCII runs, eight bytes at a time */
		while (end - p >= 8) {
			uint64_t w;
			memcpy(&w, p, 8);
			if (w & 0x8080808080808080ULL) {
				break;
			}
			p += 8;
		}
		if (p == end) {
			break;
		}
		unsigned c = *p;
		if (c < 0x80) {
			p++;
			continue;
		}
		size_t need;
		unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
		if (c >= 0xC2 && c <= 0xDF) {
			need = 1;
		} else if (c >= 0xE0 && c <= 0xEF) {
			need = 2;
			lo = c == 0xE0 ? 0xA0 : 0x80; /* no overlong forms */
			hi = c == 0xED ? 0x9F : 0xBF; /* no surrogates */
		} else if (c >= 0xF0 && c <= 0xF4) {
			need = 3;
			lo = c == 0xF0 ? 0x90 : 0x80;
			hi = c == 0xF4 ? 0x8F : 0xBF; /* nothing past U+10FFFF */
		} else {
			return false;
		}
		if ((size_t) (end - p) <= need || p[1] < lo || p[1] > hi) {
			return false;
		}
		for (size_t i = 2; i <= need; i++) {
			if ((p[i] & 0xC0) != 0x80) {
				return false;
			}
		}
		p += need + 1;
	}
	return true;
}
