/* permessage-deflate (RFC 7692): the extension's negotiation (§7.1) and its messages (§7.2)
 * over zlib's raw deflate. */
#include "ws_deflate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* One parameter or extension name: [p, p + n), trimmed. */
typedef struct {
	const char *p;
	size_t n;
} span;

static span trim(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t')) {
		p++;
	}
	while (end > p && (end[-1] == ' ' || end[-1] == '\t')) {
		end--;
	}
	return (span){p, (size_t) (end - p)};
}

static bool is(span s, const char *word)
{
	return s.n == strlen(word) && strncasecmp(s.p, word, s.n) == 0;
}

/* A window size value: "8" to "15", quoted or not; 0 when absent (allowed_empty) or bad (-1). */
static int window_bits(span v, bool allowed_empty)
{
	if (v.n == 0) {
		return allowed_empty ? 0 : -1;
	}
	if (v.n >= 2 && v.p[0] == '"' && v.p[v.n - 1] == '"') {
		v.p++;
		v.n -= 2;
	}
	if (v.n == 0 || v.n > 2) {
		return -1;
	}
	int bits = 0;
	for (size_t i = 0; i < v.n; i++) {
		if (v.p[i] < '0' || v.p[i] > '9') {
			return -1;
		}
		bits = bits * 10 + (v.p[i] - '0');
	}
	return bits >= 8 && bits <= 15 ? bits : -1;
}

/* The parameters one permessage-deflate element says; false when it is another extension or
 * a parameter is unknown, repeated or malformed. */
typedef struct {
	bool server_no_takeover, client_no_takeover;
	int server_bits, client_bits; /* 0: not given; client_bits -1 would be bad, 16: given alone */
} offer;

static bool parse_element(const char *p, const char *end, offer *o)
{
	memset(o, 0, sizeof(*o));
	const char *semi = memchr(p, ';', (size_t) (end - p));
	if (!is(trim(p, semi ? semi : end), "permessage-deflate")) {
		return false;
	}
	unsigned seen = 0;
	while (semi) {
		p = semi + 1;
		semi = memchr(p, ';', (size_t) (end - p));
		const char *pe = semi ? semi : end;
		const char *eq = memchr(p, '=', (size_t) (pe - p));
		span name = trim(p, eq ? eq : pe);
		span value = eq ? trim(eq + 1, pe) : (span){pe, 0};
		unsigned bit;
		if (is(name, "server_no_context_takeover") && !eq) {
			bit = 1;
			o->server_no_takeover = true;
		} else if (is(name, "client_no_context_takeover") && !eq) {
			bit = 2;
			o->client_no_takeover = true;
		} else if (is(name, "server_max_window_bits") && eq) {
			bit = 4;
			o->server_bits = window_bits(value, false);
			if (o->server_bits < 0) {
				return false;
			}
		} else if (is(name, "client_max_window_bits")) {
			bit = 8;
			o->client_bits = eq ? window_bits(value, false) : 16;
			if (o->client_bits < 0) {
				return false;
			}
		} else {
			return false;
		}
		if (seen & bit) {
			return false;
		}
		seen |= bit;
	}
	return true;
}

bool ws_deflate_server_accept(const char *offers, size_t len, ws_deflate_params *p, char *resp,
                              size_t cap)
{
	const char *s = offers, *end = offers + len;
	while (s < end) {
		const char *comma = memchr(s, ',', (size_t) (end - s));
		const char *e = comma ? comma : end;
		offer o;
		/* zlib's raw deflate has no 256-byte window: an offer that asks for it is declined */
		if (parse_element(s, e, &o) && o.server_bits != 8) {
			p->out_bits = (uint8_t) (o.server_bits ? o.server_bits : 15);
			p->in_takeover = false;
			char bits[40] = "";
			if (o.server_bits) {
				snprintf(bits, sizeof(bits), "; server_max_window_bits=%d", o.server_bits);
			}
			snprintf(resp, cap,
			         "permessage-deflate; server_no_context_takeover; client_no_context_takeover%s",
			         bits);
			return true;
		}
		s = e + 1;
	}
	return false;
}

bool ws_deflate_answer_params(const char *ans, size_t len, bool server, ws_deflate_params *p)
{
	offer o;
	/* one extension; a window zlib's raw deflate cannot make (8) is refused, and so is a
	 * client window limit without a value (only an offer may say that) */
	if (memchr(ans, ',', len) || !parse_element(ans, ans + len, &o) || o.client_bits == 16) {
		return false;
	}
	int bits = server ? o.server_bits : o.client_bits;
	if (bits == 8) {
		return false;
	}
	p->out_bits = (uint8_t) (bits ? bits : 15);
	p->in_takeover = server ? !o.client_no_takeover : !o.server_no_takeover;
	return true;
}

void ws_zbuf_free(ws_zbuf *b)
{
	free(b->data);
	memset(b, 0, sizeof(*b));
}

/* Room for at least want more bytes in b. */
static bool reserve(ws_zbuf *b, size_t want)
{
	if (b->cap - b->len >= want) {
		return true;
	}
	size_t cap = b->cap ? b->cap : 4096;
	while (cap - b->len < want) {
		cap *= 2;
	}
	char *d = realloc(b->data, cap);
	if (!d) {
		return false;
	}
	b->data = d;
	b->cap = cap;
	return true;
}

z_stream *ws_deflate_new(int bits)
{
	z_stream *z = calloc(1, sizeof(*z));
	if (z &&
	    deflateInit2(z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -bits, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
		free(z);
		return NULL;
	}
	return z;
}

z_stream *ws_inflate_new(void)
{
	z_stream *z = calloc(1, sizeof(*z));
	if (z && inflateInit2(z, -15) != Z_OK) {
		free(z);
		return NULL;
	}
	return z;
}

void ws_deflate_free(z_stream *z)
{
	if (z) {
		deflateEnd(z);
		free(z);
	}
}

void ws_inflate_free(z_stream *z)
{
	if (z) {
		inflateEnd(z);
		free(z);
	}
}

bool ws_deflate_message(z_stream *z, const char *in, size_t n, ws_zbuf *out)
{
	out->len = 0;
	if (!reserve(out, deflateBound(z, n) + 16)) {
		return false;
	}
	z->next_in = (Bytef *) in;
	z->avail_in = (uInt) n;
	int rc;
	do {
		if (out->cap == out->len && !reserve(out, 4096)) {
			deflateReset(z);
			return false;
		}
		z->next_out = (Bytef *) out->data + out->len;
		z->avail_out = (uInt) (out->cap - out->len);
		rc = deflate(z, Z_SYNC_FLUSH);
		out->len = out->cap - z->avail_out;
	} while (rc == Z_OK && (z->avail_in > 0 || z->avail_out == 0));
	deflateReset(z);
	/* a sync flush ends with an empty stored block, 00 00 ff ff: cut, the peer puts it back */
	if (out->len < 4 || memcmp(out->data + out->len - 4, "\x00\x00\xff\xff", 4) != 0) {
		return false;
	}
	out->len -= 4;
	return true;
}

/* The most inflate writes in one step: what a bomb can make before it is stopped. */
#define WS_INFLATE_STEP (64 * 1024)

static int inflate_bytes(z_stream *z, const char *in, size_t n, size_t max, ws_zbuf *out)
{
	z->next_in = (Bytef *) in;
	z->avail_in = (uInt) n;
	for (;;) {
		size_t left = max - out->len; /* out->len <= max here */
		size_t step = left < WS_INFLATE_STEP ? left + 1 : WS_INFLATE_STEP; /* +1: "too big" */
		if (!reserve(out, step)) {
			return WS_INFLATE_BAD;
		}
		z->next_out = (Bytef *) out->data + out->len;
		z->avail_out = (uInt) step;
		int rc = inflate(z, Z_SYNC_FLUSH);
		out->len += step - z->avail_out;
		if (out->len > max) {
			out->len = max; /* the byte past max only told it is too big: never held */
			return WS_INFLATE_TOO_BIG;
		}
		if (rc == Z_STREAM_END) {
			inflateReset(z); /* a final block: what follows starts a new stream */
			if (z->avail_in == 0) {
				return WS_INFLATE_OK;
			}
			continue;
		}
		if (rc != Z_OK && rc != Z_BUF_ERROR) {
			return WS_INFLATE_BAD;
		}
		if (z->avail_out > 0 && z->avail_in == 0) {
			return WS_INFLATE_OK; /* all this input made is out */
		}
		if (z->avail_out > 0 && rc == Z_BUF_ERROR) {
			return WS_INFLATE_BAD; /* no progress with room on both sides */
		}
	}
}

int ws_inflate_add(z_stream *z, const char *in, size_t n, bool final, size_t max, ws_zbuf *out)
{
	int rc = inflate_bytes(z, in, n, max, out);
	if (rc == WS_INFLATE_OK && final) {
		static const char tail[4] = {0, 0, (char) 0xff, (char) 0xff};
		rc = inflate_bytes(z, tail, sizeof(tail), max, out);
	}
	return rc;
}
