/* Content codings of HTTP replies. A whole body goes through ws_compress_once(), which keeps
 * one zlib (and one zstd) state per format and resets it (allocating 256 KB per reply would
 * cost more than compressing a small one); a streamed reply has its own ws_encoder, flushed
 * after each piece so every chunk or event can be decoded as soon as it arrives. */
#include "compress.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#ifdef HAVE_WSERVER_BROTLI
#include <brotli/encode.h>
#endif
#ifdef HAVE_WSERVER_ZSTD
#include <zstd.h>
#endif

const char *ws_coding_name(ws_coding c)
{
	switch (c) {
	case WS_CODING_GZIP:
		return "gzip";
	case WS_CODING_DEFLATE:
		return "deflate";
	case WS_CODING_BR:
		return "br";
	case WS_CODING_ZSTD:
		return "zstd";
	default:
		return "identity";
	}
}

/* ---- Accept-Encoding ---- */

static bool is_ows(char ch)
{
	return ch == ' ' || ch == '\t';
}

/* A qvalue ("0", "0.5", "1.000") as thousandths; -1 when it is not one. */
static int parse_q(const char *p, size_t n)
{
	if (n == 0 || (p[0] != '0' && p[0] != '1')) {
		return -1;
	}
	int q = (p[0] - '0') * 1000;
	if (n == 1) {
		return q;
	}
	if (p[1] != '.' || n > 5) {
		return -1;
	}
	int scale = 100;
	for (size_t i = 2; i < n; i++, scale /= 10) {
		if (p[i] < '0' || p[i] > '9') {
			return -1;
		}
		q += (p[i] - '0') * scale;
	}
	return q <= 1000 ? q : -1;
}

/* The q of one element "name;q=0.5;other=x" (1000 without one); -1 when it is malformed. */
static int element_q(const char *p, size_t n)
{
	int q = 1000;
	while (n > 0) {
		/* p is at a ';' */
		p++, n--;
		while (n > 0 && is_ows(*p)) {
			p++, n--;
		}
		size_t plen = 0;
		while (plen < n && p[plen] != ';') {
			plen++;
		}
		size_t end = plen;
		while (end > 0 && is_ows(p[end - 1])) {
			end--;
		}
		if (end >= 2 && (p[0] == 'q' || p[0] == 'Q')) {
			size_t i = 1;
			while (i < end && is_ows(p[i])) {
				i++;
			}
			if (i < end && p[i] == '=') {
				i++;
				while (i < end && is_ows(p[i])) {
					i++;
				}
				q = parse_q(p + i, end - i);
				if (q < 0) {
					return -1;
				}
			}
		}
		p += plen, n -= plen;
	}
	return q;
}

ws_coding ws_coding_negotiate(const char *value, size_t len)
{
	/* q of each coding as named (-1: not named), and of "*" */
	int named[WS_CODING_COUNT] = {-1, -1, -1, -1, -1}, star = -1;
	size_t i = 0;
	while (i < len) {
		while (i < len && (is_ows(value[i]) || value[i] == ',')) {
			i++;
		}
		size_t start = i;
		while (i < len && value[i] != ',') {
			i++;
		}
		/* one element: value[start, i) */
		size_t name_end = start;
		while (name_end < i && value[name_end] != ';' && !is_ows(value[name_end])) {
			name_end++;
		}
		size_t params = name_end;
		while (params < i && is_ows(value[params])) {
			params++;
		}
		if (name_end == start || (params < i && value[params] != ';')) {
			continue; /* no name, or junk after it: not an element we can read */
		}
		int q = element_q(value + params, i - params);
		if (q < 0) {
			continue;
		}
		const char *name = value + start;
		size_t nlen = name_end - start;
#define NAMED(lit) (nlen == sizeof(lit) - 1 && !strncasecmp(name, lit, nlen))
		if (NAMED("gzip") || NAMED("x-gzip")) {
			named[WS_CODING_GZIP] = q;
		} else if (NAMED("deflate")) {
			named[WS_CODING_DEFLATE] = q;
		} else if (NAMED("br")) {
			named[WS_CODING_BR] = q;
		} else if (NAMED("zstd")) {
			named[WS_CODING_ZSTD] = q;
		} else if (NAMED("*")) {
			star = q;
		}
#undef NAMED
	}
	/* the order of preference at equal q: the smallest output first (zstd before gzip: smaller
	 * and faster; Swoole takes zstd only when nothing else is named) */
	static const ws_coding order[] = {
#ifdef HAVE_WSERVER_BROTLI
	    WS_CODING_BR,
#endif
#ifdef HAVE_WSERVER_ZSTD
	    WS_CODING_ZSTD,
#endif
	    WS_CODING_GZIP, WS_CODING_DEFLATE};
	ws_coding best = WS_CODING_IDENTITY;
	int best_q = 0;
	for (size_t k = 0; k < sizeof(order) / sizeof(order[0]); k++) {
		int q = named[order[k]] >= 0 ? named[order[k]] : star;
		if (q > best_q) {
			best = order[k];
			best_q = q;
		}
	}
	return best;
}

/* ---- media types ---- */

const char ws_compress_default_types[] = "text/*\0"
                                         "application/json\0"
                                         "application/javascript\0"
                                         "application/x-javascript\0"
                                         "application/xml\0"
                                         "application/xhtml+xml\0"
                                         "application/rss+xml\0"
                                         "application/atom+xml\0"
                                         "application/ld+json\0"
                                         "application/manifest+json\0"
                                         "application/problem+json\0"
                                         "application/x-ndjson\0"
                                         "application/graphql-response+json\0"
                                         "application/wasm\0"
                                         "image/svg+xml\0"
                                         "image/x-icon\0"
                                         "font/ttf\0"
                                         "font/otf\0";

bool ws_compress_type_listed(const char *ctype, size_t len, const char *list)
{
	while (len > 0 && is_ows(*ctype)) {
		ctype++, len--;
	}
	size_t mlen = 0;
	while (mlen < len && ctype[mlen] != ';') {
		mlen++;
	}
	while (mlen > 0 && is_ows(ctype[mlen - 1])) {
		mlen--;
	}
	if (mlen == 0) {
		return false;
	}
	for (const char *e = list; *e; e += strlen(e) + 1) {
		size_t elen = strlen(e);
		if (elen >= 2 && e[elen - 2] == '/' && e[elen - 1] == '*') {
			if (mlen > elen - 1 && !strncasecmp(ctype, e, elen - 1)) {
				return true; /* "text/" then a subtype */
			}
		} else if (elen == mlen && !strncasecmp(ctype, e, mlen)) {
			return true;
		}
	}
	return false;
}

/* ---- whole bodies ---- */

static int zlib_level(int level)
{
	return level < 1 ? 1 : level > 9 ? 9 : level;
}

/* windowBits of deflateInit2(): 16 + 15 writes the gzip wrapper, 15 the zlib one. */
static int zlib_bits(ws_coding c)
{
	return c == WS_CODING_GZIP ? 16 + 15 : 15;
}

#ifdef HAVE_WSERVER_ZSTD
static int zstd_level(int level)
{
	return level < 1 ? 1 : level > ZSTD_maxCLevel() ? ZSTD_maxCLevel() : level;
}

/* Set level and, when window > 0, the window (log2) on cctx; false when zstd refuses them. */
static bool zstd_params(ZSTD_CCtx *cctx, int level, int window)
{
	return !ZSTD_isError(
	           ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, zstd_level(level))) &&
	       (window == 0 || !ZSTD_isError(ZSTD_CCtx_setParameter(cctx, ZSTD_c_windowLog, window)));
}

static ZSTD_CCtx *kept_zstd;

static size_t zstd_once(int level, const void *in, size_t len, void *out, size_t cap)
{
	if (!kept_zstd && !(kept_zstd = ZSTD_createCCtx())) {
		return 0;
	}
	ZSTD_CCtx_reset(kept_zstd, ZSTD_reset_session_and_parameters);
	/* RFC 9659: an HTTP zstd window of 8 MB at most (browsers refuse larger); only the levels
	 * past 19 ("ultra") go beyond. zstd shrinks it further to the body's size. */
	if (!zstd_params(kept_zstd, level, level > 19 ? 23 : 0)) {
		return 0;
	}
	size_t n = ZSTD_compress2(kept_zstd, out, cap, in, len);
	return ZSTD_isError(n) ? 0 : n;
}
#endif

size_t ws_compress_bound(ws_coding c, size_t len)
{
#ifdef HAVE_WSERVER_ZSTD
	if (c == WS_CODING_ZSTD) {
		return ZSTD_compressBound(len);
	}
#endif
#ifdef HAVE_WSERVER_BROTLI
	if (c == WS_CODING_BR) {
		size_t n = BrotliEncoderMaxCompressedSize(len);
		return n ? n : len + 1024; /* 0: too large for its formula */
	}
#endif
	(void) c;
	return compressBound((uLong) len) + 32; /* the gzip wrapper is 12 bytes more than zlib's */
}

/* The kept states of gzip and deflate, with the level each was last set to. */
typedef struct {
	z_stream z;
	bool ready;
	int level;
} kept_state;
static kept_state kept[2];

size_t ws_compress_once(ws_coding c, int level, const void *in, size_t len, void *out, size_t cap)
{
#ifdef HAVE_WSERVER_ZSTD
	if (c == WS_CODING_ZSTD) {
		return zstd_once(level, in, len, out, cap);
	}
#endif
#ifdef HAVE_WSERVER_BROTLI
	if (c == WS_CODING_BR) {
		int quality = level < BROTLI_MIN_QUALITY   ? BROTLI_MIN_QUALITY
		              : level > BROTLI_MAX_QUALITY ? BROTLI_MAX_QUALITY
		                                           : level;
		size_t n = cap;
		return BrotliEncoderCompress(quality, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_GENERIC, len, in,
		                             &n, out)
		           ? n
		           : 0;
	}
#endif
	if (c != WS_CODING_GZIP && c != WS_CODING_DEFLATE) {
		return 0;
	}
	int lv = zlib_level(level);
	kept_state *k = &kept[c == WS_CODING_GZIP ? 0 : 1];
	if (!k->ready) {
		memset(&k->z, 0, sizeof(k->z));
		if (deflateInit2(&k->z, lv, Z_DEFLATED, zlib_bits(c), 8, Z_DEFAULT_STRATEGY) != Z_OK) {
			return 0;
		}
		k->ready = true;
		k->level = lv;
	} else {
		deflateReset(&k->z);
		if (k->level != lv && deflateParams(&k->z, lv, Z_DEFAULT_STRATEGY) == Z_OK) {
			k->level = lv;
		}
	}
	k->z.next_in = (Bytef *) in;
	k->z.avail_in = (uInt) len;
	k->z.next_out = out;
	k->z.avail_out = (uInt) cap;
	if (len > UINT32_MAX || cap > UINT32_MAX || deflate(&k->z, Z_FINISH) != Z_STREAM_END) {
		return 0;
	}
	return cap - k->z.avail_out;
}

void ws_compress_release(void)
{
#ifdef HAVE_WSERVER_ZSTD
	ZSTD_freeCCtx(kept_zstd);
	kept_zstd = NULL;
#endif
	for (int i = 0; i < 2; i++) {
		if (kept[i].ready) {
			deflateEnd(&kept[i].z);
			kept[i].ready = false;
		}
	}
}

/* ---- streams ---- */

struct ws_encoder {
	ws_coding coding;
	z_stream z;
#ifdef HAVE_WSERVER_BROTLI
	BrotliEncoderState *br;
#endif
#ifdef HAVE_WSERVER_ZSTD
	ZSTD_CStream *zstd;
#endif
};

/* Room for at least want more bytes in out. */
static bool cbuf_room(ws_cbuf *out, size_t want)
{
	if (out->cap - out->len >= want) {
		return true;
	}
	size_t cap = out->cap ? out->cap : 1024;
	while (cap - out->len < want) {
		cap *= 2;
	}
	unsigned char *p = realloc(out->data, cap);
	if (!p) {
		return false;
	}
	out->data = p;
	out->cap = cap;
	return true;
}

ws_encoder *ws_encoder_new(ws_coding c, int level)
{
	ws_encoder *e = calloc(1, sizeof(*e));
	if (!e) {
		return NULL;
	}
	e->coding = c;
#ifdef HAVE_WSERVER_BROTLI
	if (c == WS_CODING_BR) {
		e->br = BrotliEncoderCreateInstance(NULL, NULL, NULL);
		if (!e->br) {
			free(e);
			return NULL;
		}
		int quality = level < BROTLI_MIN_QUALITY   ? BROTLI_MIN_QUALITY
		              : level > BROTLI_MAX_QUALITY ? BROTLI_MAX_QUALITY
		                                           : level;
		BrotliEncoderSetParameter(e->br, BROTLI_PARAM_QUALITY, (uint32_t) quality);
		/* a 512 KB window: a long-lived stream per connection must stay small */
		BrotliEncoderSetParameter(e->br, BROTLI_PARAM_LGWIN, 19);
		return e;
	}
#endif
#ifdef HAVE_WSERVER_ZSTD
	if (c == WS_CODING_ZSTD) {
		/* a 512 KB window at most, as br's */
		e->zstd = ZSTD_createCStream();
		if (!e->zstd || !zstd_params(e->zstd, level, 19)) {
			ZSTD_freeCStream(e->zstd);
			free(e);
			return NULL;
		}
		return e;
	}
#endif
	if ((c != WS_CODING_GZIP && c != WS_CODING_DEFLATE) ||
	    deflateInit2(&e->z, zlib_level(level), Z_DEFLATED, zlib_bits(c), 8, Z_DEFAULT_STRATEGY) !=
	        Z_OK) {
		free(e);
		return NULL;
	}
	return e;
}

#ifdef HAVE_WSERVER_BROTLI
static bool br_write(ws_encoder *e, const void *in, size_t len, bool finish, ws_cbuf *out)
{
	const uint8_t *next_in = in;
	size_t avail_in = len;
	BrotliEncoderOperation op = finish ? BROTLI_OPERATION_FINISH : BROTLI_OPERATION_FLUSH;
	do {
		if (!cbuf_room(out, 4096)) {
			return false;
		}
		uint8_t *next_out = out->data + out->len;
		size_t avail_out = out->cap - out->len, had = avail_out;
		if (!BrotliEncoderCompressStream(e->br, op, &avail_in, &next_in, &avail_out, &next_out,
		                                 NULL)) {
			return false;
		}
		out->len += had - avail_out;
	} while (avail_in > 0 || BrotliEncoderHasMoreOutput(e->br) ||
	         (finish && !BrotliEncoderIsFinished(e->br)));
	return true;
}
#endif

#ifdef HAVE_WSERVER_ZSTD
static bool zstd_write(ws_encoder *e, const void *in, size_t len, bool finish, ws_cbuf *out)
{
	ZSTD_inBuffer ib = {in, len, 0};
	ZSTD_EndDirective op = finish ? ZSTD_e_end : ZSTD_e_flush;
	size_t left;
	do {
		if (!cbuf_room(out, ZSTD_CStreamOutSize())) {
			return false;
		}
		ZSTD_outBuffer ob = {out->data + out->len, out->cap - out->len, 0};
		left = ZSTD_compressStream2(e->zstd, &ob, &ib, op);
		if (ZSTD_isError(left)) {
			return false;
		}
		out->len += ob.pos;
	} while (left > 0 || ib.pos < ib.size); /* 0: all given is flushed (or the frame ended) */
	return true;
}
#endif

bool ws_encoder_write(ws_encoder *e, const void *in, size_t len, bool finish, ws_cbuf *out)
{
#ifdef HAVE_WSERVER_ZSTD
	if (e->coding == WS_CODING_ZSTD) {
		return zstd_write(e, in, len, finish, out);
	}
#endif
#ifdef HAVE_WSERVER_BROTLI
	if (e->coding == WS_CODING_BR) {
		return br_write(e, in, len, finish, out);
	}
#endif
	if (len > UINT32_MAX) {
		return false;
	}
	e->z.next_in = (Bytef *) in;
	e->z.avail_in = (uInt) len;
	int rc;
	do {
		if (!cbuf_room(out, 4096)) {
			return false;
		}
		e->z.next_out = out->data + out->len;
		uInt room = (uInt) (out->cap - out->len);
		e->z.avail_out = room;
		rc = deflate(&e->z, finish ? Z_FINISH : Z_SYNC_FLUSH);
		out->len += room - e->z.avail_out;
		if (rc == Z_STREAM_ERROR) {
			return false;
		}
		if (rc == Z_BUF_ERROR) {
			break; /* nothing more to do (a flush with nothing new) */
		}
	} while (e->z.avail_out == 0 || e->z.avail_in > 0 || (finish && rc != Z_STREAM_END));
	return true;
}

void ws_encoder_free(ws_encoder *e)
{
	if (!e) {
		return;
	}
#ifdef HAVE_WSERVER_BROTLI
	if (e->br) {
		BrotliEncoderDestroyInstance(e->br);
		free(e);
		return;
	}
#endif
#ifdef HAVE_WSERVER_ZSTD
	if (e->zstd) {
		ZSTD_freeCStream(e->zstd);
		free(e);
		return;
	}
#endif
	deflateEnd(&e->z);
	free(e);
}

/* ---- decoding (the HTTP client) ---- */

#ifdef HAVE_WSERVER_ZSTD
bool ws_zstd_decode(const void *in, size_t len, size_t limit, ws_cbuf *out)
{
	ZSTD_DStream *d = ZSTD_createDStream();
	if (!d) {
		return false;
	}
	ZSTD_inBuffer ib = {in, len, 0};
	size_t rc = 1;
	bool ok = true;
	for (;;) {
		if (!cbuf_room(out, ZSTD_DStreamOutSize())) {
			ok = false;
			break;
		}
		/* room for one byte past the limit: that byte tells it was passed */
		size_t room = out->cap - out->len, allow = limit - out->len;
		if (allow < room - 1) {
			room = allow + 1;
		}
		ZSTD_outBuffer ob = {out->data + out->len, room, 0};
		rc = ZSTD_decompressStream(d, &ob, &ib);
		out->len += ob.pos;
		if (ZSTD_isError(rc) || out->len > limit) {
			ok = false;
			break;
		}
		if (ib.pos == ib.size && ob.pos < ob.size) {
			break; /* all read, and nothing more held inside */
		}
	}
	ZSTD_freeDStream(d);
	return ok && rc == 0; /* rc > 0: the last frame is cut short */
}
#endif
