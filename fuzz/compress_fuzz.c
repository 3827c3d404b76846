/* libFuzzer target: HTTP content codings (src/proto/compress.c). The input is read as an
 * Accept-Encoding value (the choice must be a coding built in) and as a Content-Type against
 * the default list; then as a zstd body, decoded under a limit picked by its first byte: the
 * output never passes the limit, and what decoded must come back the same through our zstd
 * encoder, whole (ws_compress_once) and streamed in pieces (ws_encoder). No read or write
 * outside the buffers (ASan). */
#include "proto/compress.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void same_or_abort(const ws_cbuf *a, const void *b, size_t blen)
{
	if (a->len != blen || (blen && memcmp(a->data, b, blen) != 0)) {
		abort();
	}
}

static void round_trip(const unsigned char *plain, size_t len, int level, size_t piece)
{
	size_t cap = ws_compress_bound(WS_CODING_ZSTD, len);
	unsigned char *packed = malloc(cap);
	size_t n = ws_compress_once(WS_CODING_ZSTD, level, plain, len, packed, cap);
	ws_cbuf back = {0};
	if (n == 0 || !ws_zstd_decode(packed, n, len, &back)) {
		abort();
	}
	same_or_abort(&back, plain, len);
	free(back.data);
	free(packed);

	ws_encoder *e = ws_encoder_new(WS_CODING_ZSTD, level);
	ws_cbuf stream = {0}, back2 = {0};
	for (size_t off = 0; off < len; off += piece) {
		size_t take = len - off < piece ? len - off : piece;
		if (!e || !ws_encoder_write(e, plain + off, take, false, &stream)) {
			abort();
		}
	}
	if (!ws_encoder_write(e, NULL, 0, true, &stream) ||
	    !ws_zstd_decode(stream.data, stream.len, len, &back2)) {
		abort();
	}
	same_or_abort(&back2, plain, len);
	free(back2.data);
	free(stream.data);
	ws_encoder_free(e);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0) {
		return 0;
	}
	/* a private copy: reads past the end are caught exactly */
	unsigned char *in = malloc(size);
	memcpy(in, data, size);
	ws_coding c = ws_coding_negotiate((const char *) in, size);
	if (c >= WS_CODING_COUNT) {
		abort();
	}
	ws_compress_type_listed((const char *) in, size, ws_compress_default_types);

	unsigned ctl = in[0];
	size_t limit = (size_t) 1 << (4 + (ctl & 15)); /* 16 bytes to 512 KB */
	ws_cbuf out = {0};
	if (ws_zstd_decode(in + 1, size - 1, limit, &out)) {
		if (out.len > limit) {
			abort();
		}
		round_trip(out.data, out.len, 1 + (int) (ctl >> 4), 1 + (ctl >> 4) * 5);
	}
	free(out.data);
	free(in);
	ws_compress_release();
	return 0;
}
