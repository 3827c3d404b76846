/* libFuzzer target: the HTTP request head parser and body framing (src/proto/http_parser.re).
 * Every span the parser returns must lie inside the input; no read outside it (ASan). */
#include "proto/http_parser.h"

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
	ws_http_limits lim = {4096, 2048, 65536};
	ws_http_head head;
	ssize_t n = ws_http_parse_head(buf, size, &lim, &head);
	if (n > 0) {
		if ((size_t) n > size || head.head_len != (size_t) n) {
			abort();
		}
		check_span(&head.method, buf, size);
		check_span(&head.target, buf, size);
		for (uint32_t i = 0; i < head.nheaders; i++) {
			check_span(&head.headers[i].name, buf, size);
			check_span(&head.headers[i].value, buf, size);
		}
		ssize_t m = ws_http_message_length(buf, size, &head, &lim);
		if (m > 0) {
			if ((size_t) m > size) {
				abort();
			}
			if (head.chunked) {
				size_t body = (size_t) m - head.head_len;
				char *out = malloc(body ? body : 1);
				if (ws_http_dechunk(buf + head.head_len, body, out) > body) {
					abort();
				}
				free(out);
			}
		}
	}
	free(buf);
	return 0;
}
