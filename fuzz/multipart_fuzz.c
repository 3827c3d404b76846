/* libFuzzer target: the multipart/form-data reader (src/proto/multipart.c). The input is a
 * Content-Type value, a newline, then the body. Every span must lie inside the input, parts
 * come in order without overlapping, and the loop ends; no read outside the input (ASan). The
 * push parser, fed the body in pieces, must cut the same parts. */
#include "proto/multipart.h"
#include "multipart_stream_check.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void check_span(const ws_http_span *s, const char *buf, size_t len)
{
	if (s->len && (s->p < buf || s->p + s->len > buf + len)) {
		abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* a private copy: reads past the end are caught exactly */
	char *buf = malloc(size ? size : 1);
	memcpy(buf, data, size);
	const char *nl = memchr(buf, '\n', size);
	size_t ct_len = nl ? (size_t) (nl - buf) : size;
	const char *body = nl ? nl + 1 : buf + size;
	size_t body_len = size - (size_t) (body - buf);
	ws_http_span boundary;
	if (ws_mp_boundary(buf, ct_len, &boundary)) {
		check_span(&boundary, buf, ct_len);
		if (boundary.len == 0 || boundary.len > WS_MP_MAX_BOUNDARY) {
			abort();
		}
		ws_mp_iter it;
		ws_mp_init(&it, body, body_len, boundary);
		ws_mp_part part;
		const char *prev_end = body;
		size_t n = 0;
		while (ws_mp_next(&it, &part)) {
			check_span(&part.name, body, body_len);
			check_span(&part.filename, body, body_len);
			check_span(&part.type, body, body_len);
			check_span(&part.body, body, body_len);
			if (part.body.p < prev_end || ++n > body_len) {
				abort(); /* parts overlap, or the loop does not end */
			}
			prev_end = part.body.p + part.body.len;
		}
		if (ws_mp_next(&it, &part)) {
			abort(); /* the end is final */
		}
		if (mp_stream_check(body, body_len, boundary, (unsigned) size) != 0) {
			abort(); /* the two readers disagree */
		}
	}
	free(buf);
	return 0;
}
