/* length: Swoole's open_length_check framing, on the listener's ws_length_param. */
#include "proto.h"

#include <stdint.h>
#include <string.h>

uint8_t ws_length_type_size(char t)
{
	switch (t) {
	case 'c':
	case 'C':
		return 1;
	case 's':
	case 'S':
	case 'n':
	case 'v':
		return 2;
	case 'l':
	case 'L':
	case 'N':
	case 'V':
		return 4;
	case 'q':
	case 'Q':
	case 'J':
	case 'P':
		return 8;
	}
	return 0;
}

static uint64_t big_endian(const unsigned char *p, uint8_t size)
{
	uint64_t v = 0;
	for (uint8_t i = 0; i < size; i++) {
		v = v << 8 | p[i];
	}
	return v;
}

static uint64_t little_endian(const unsigned char *p, uint8_t size)
{
	uint64_t v = 0;
	for (uint8_t i = size; i > 0; i--) {
		v = v << 8 | p[i - 1];
	}
	return v;
}

/* The field's value; false when a signed type holds a negative length. */
static bool field_value(const ws_length_param *p, const unsigned char *f, uint64_t *out)
{
	switch (p->type) {
	case 'n':
	case 'N':
	case 'J':
		*out = big_endian(f, p->size);
		return true;
	case 'v':
	case 'V':
	case 'P':
		*out = little_endian(f, p->size);
		return true;
	case 'C':
		*out = f[0];
		return true;
	case 'c':
		*out = (uint64_t) (int8_t) f[0];
		return (int8_t) f[0] >= 0;
	}
	/* s S l L q Q: machine byte order, as pack() writes them */
	union {
		int16_t s;
		int32_t l;
		int64_t q;
		unsigned char b[8];
	} u;
	memcpy(u.b, f, p->size);
	switch (p->type) {
	case 's':
		*out = (uint64_t) u.s;
		return u.s >= 0;
	case 'S':
		*out = (uint16_t) u.s;
		return true;
	case 'l':
		*out = (uint64_t) u.l;
		return u.l >= 0;
	case 'L':
		*out = (uint32_t) u.l;
		return true;
	case 'q':
		*out = (uint64_t) u.q;
		return u.q >= 0;
	default: /* Q */
		*out = (uint64_t) u.q;
		return true;
	}
}

static ssize_t length_input(const void *param, const char *buf, size_t len, size_t max,
                            ws_msg_info *info)
{
	const ws_length_param *p = param;
	size_t head = (size_t) p->offset + p->size;
	if (len < head) {
		return WS_PROTO_NEED_MORE;
	}
	uint64_t body;
	if (!field_value(p, (const unsigned char *) buf + p->offset, &body)) {
		return WS_PROTO_BAD;
	}
	if (body > max || p->body_offset + body > max) {
		return WS_PROTO_TOO_BIG;
	}
	size_t total = (size_t) (p->body_offset + body);
	if (total < head) {
		return WS_PROTO_BAD; /* would end inside its own length field */
	}
	return len < total ? WS_PROTO_NEED_MORE : (ssize_t) total;
}

static void length_decode(const void *param, const char *msg, size_t len, size_t *off, size_t *plen)
{
	*off = 0;
	*plen = len; /* Swoole hands the header over with the body */
}

/* Replies are sent as given: Swoole's send() adds no header either. */
static size_t length_encode(size_t n, char *head, const char **trailer, size_t *tlen)
{
	*trailer = NULL;
	*tlen = 0;
	return 0;
}

const ws_proto ws_proto_length = {
    .name = "length",
    .kind = WS_PROTO_LENGTH,
    .input = length_input,
    .decode = length_decode,
    .encode = length_encode,
};
