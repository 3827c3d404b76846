/* HTTP content codings (compress.c): choosing one from Accept-Encoding, which media types are
 * worth compressing, and one encoder interface over zlib (gzip, deflate), brotli (br) and
 * zstd; a zstd decoder for the HTTP client. */
#ifndef WS_PROTO_COMPRESS_H
#define WS_PROTO_COMPRESS_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
	WS_CODING_IDENTITY = 0,
	WS_CODING_GZIP,
	WS_CODING_DEFLATE, /* the zlib format, as RFC 9110 defines "deflate" */
	WS_CODING_BR,      /* only when built with brotli */
	WS_CODING_ZSTD,    /* only when built with libzstd */
	WS_CODING_COUNT
} ws_coding;

/* "gzip", "deflate", "br", "zstd" ("identity" for none). */
const char *ws_coding_name(ws_coding c);

/* The coding to answer with for an Accept-Encoding value (RFC 9110 §12.5.3): the acceptable
 * one (q > 0, named or through "*") with the highest q; at equal q br, then zstd, then gzip,
 * then deflate (those built in). IDENTITY when none is acceptable, or the value cannot be read. */
ws_coding ws_coding_negotiate(const char *value, size_t len);

/* The media types compressed unless the application gives its own list (NUL-separated, ends
 * with an empty entry): every text type, JSON, JavaScript, XML, SVG and the like. */
extern const char ws_compress_default_types[];
/* Whether Content-Type value ctype (parameters ignored, any letter case) is in list, a
 * NUL-separated list ending with an empty entry; "type/ *" (no space) names a whole type. */
bool ws_compress_type_listed(const char *ctype, size_t len, const char *list);

/* One body compressed at once into out (cap bytes, at least ws_compress_bound()); level
 * 0-22, clamped per codec: gzip and deflate 1-9, br 0-11 (its quality), zstd 1-22 (its window
 * at most 8 MB, RFC 9659). Returns the length written, 0 on failure. The zlib state is kept
 * between calls (reset, not reallocated): single-threaded use only. */
size_t ws_compress_bound(ws_coding c, size_t len);
size_t ws_compress_once(ws_coding c, int level, const void *in, size_t len, void *out, size_t cap);
/* Free the state ws_compress_once() keeps (at module shutdown). */
void ws_compress_release(void);

/* Output of an encoder: grown with realloc as needed; free(data) when done. */
typedef struct {
	unsigned char *data;
	size_t len, cap;
} ws_cbuf;

/* A stream being compressed (a chunked or event-stream reply). */
typedef struct ws_encoder ws_encoder;
ws_encoder *ws_encoder_new(ws_coding c, int level); /* NULL: out of memory or no such coding */
/* Compress in[0, len) onto out; finish ends the stream (its trailer), otherwise what was given
 * is flushed so the peer can decode it now. false on failure (out of memory). */
bool ws_encoder_write(ws_encoder *e, const void *in, size_t len, bool finish, ws_cbuf *out);
void ws_encoder_free(ws_encoder *e);

/* A zstd body (one frame or more) decoded onto out; false when it is not whole zstd data, or
 * would decode to more than limit bytes, or memory runs out (out may hold a part then). */
bool ws_zstd_decode(const void *in, size_t len, size_t limit, ws_cbuf *out);

#endif
