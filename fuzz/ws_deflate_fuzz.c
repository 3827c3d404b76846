/* libFuzzer target: permessage-deflate (src/proto/ws_deflate.c). The input's first byte picks
 * how a compressed message is cut into frames and how large it may inflate; the rest is the
 * message as the peer sent it, inflated piece by piece as frames arrive: the output never
 * passes the limit, and a message that inflated must come back the same through our
 * compressor. The same bytes also go through both handshake parsers as an extension header.
 * No read or write outside the buffers (ASan). */
#include "proto/ws_deflate.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void handshake(const char *p, size_t n)
{
	ws_deflate_params params;
	char resp[128];
	if (ws_deflate_server_accept(p, n, &params, resp, sizeof(resp))) {
		/* our own answer must read back as one we can speak */
		ws_deflate_params back;
		if (params.out_bits < 9 || params.out_bits > 15 || strlen(resp) >= sizeof(resp) ||
		    !ws_deflate_answer_params(resp, strlen(resp), true, &back)) {
			abort();
		}
	}
	for (int server = 0; server < 2; server++) {
		if (ws_deflate_answer_params(p, n, server, &params) &&
		    (params.out_bits < 9 || params.out_bits > 15)) {
			abort();
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0) {
		return 0;
	}
	unsigned ctl = data[0];
	size_t n = size - 1;
	/* a private copy: reads past the end are caught exactly */
	char *msg = malloc(n ? n : 1);
	memcpy(msg, data + 1, n);
	handshake(msg, n);

	size_t piece = (ctl & 7) ? (ctl & 7) * 3 : n + 1; /* frame size; 0: the whole at once */
	size_t max = (ctl & 0x38) ? (size_t) 1 << (6 + ((ctl >> 3) & 7) * 2) : 1 << 20;
	z_stream *in = ws_inflate_new();
	if (!in) {
		abort();
	}
	ws_zbuf out = {0};
	int rc = WS_INFLATE_OK;
	for (size_t off = 0; rc == WS_INFLATE_OK;) {
		size_t take = n - off < piece ? n - off : piece;
		bool final = off + take == n;
		rc = ws_inflate_add(in, msg + off, take, final, max, &out);
		if (out.len > max) {
			abort();
		}
		off += take;
		if (final) {
			break;
		}
	}
	if (rc != WS_INFLATE_OK && rc != WS_INFLATE_TOO_BIG && rc != WS_INFLATE_BAD) {
		abort();
	}
	/* a second message on the same inflater, as with context takeover, then reset as without */
	if (rc == WS_INFLATE_OK) {
		ws_zbuf again = {0};
		ws_inflate_add(in, msg, n, true, max, &again);
		ws_zbuf_free(&again);
	}
	inflateReset(in);

	if (rc == WS_INFLATE_OK) {
		/* what inflated goes out through our compressor and must come back the same */
		z_stream *def = ws_deflate_new(9 + (int) (ctl >> 6) * 2);
		ws_zbuf packed = {0}, back = {0};
		if (!def || !ws_deflate_message(def, out.data ? out.data : "", out.len, &packed)) {
			abort();
		}
		if (ws_inflate_add(in, packed.data, packed.len, true, max, &back) != WS_INFLATE_OK ||
		    back.len != out.len || (out.len && memcmp(back.data, out.data, out.len) != 0)) {
			abort();
		}
		ws_zbuf_free(&packed);
		ws_zbuf_free(&back);
		ws_deflate_free(def);
	}
	ws_zbuf_free(&out);
	ws_inflate_free(in);
	free(msg);
	return 0;
}
