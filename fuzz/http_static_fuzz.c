/* libFuzzer target: what a file reply reads from a request (src/proto/http_static.c): the
 * Range header against a file size, the path a target names, HTTP dates and If-None-Match
 * lists, and the decision they make together. The first 8 bytes are the file's size (and its
 * mtime); the rest is the header value. A range it accepts lies inside the file; a path it
 * accepts never leaves the root; no read or write outside the buffers (ASan). */
#include "proto/http_static.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void check_range(const char *v, size_t n, uint64_t size)
{
	uint64_t from = UINT64_MAX, len = UINT64_MAX;
	switch (ws_http_range(v, n, size, &from, &len)) {
	case WS_RANGE_ONE:
		if (len == 0 || from >= size || len > size - from) {
			abort();
		}
		break;
	case WS_RANGE_MANY:
	case WS_RANGE_UNSATISFIABLE:
	case WS_RANGE_NONE:
		break;
	default:
		abort();
	}
}

static void check_path(const char *v, size_t n, size_t outlen)
{
	char *out = malloc(outlen ? outlen : 1);
	size_t len = SIZE_MAX;
	bool dir;
	if (ws_http_path_decode(v, n, out, outlen, &len, &dir) == WS_PATH_OK) {
		/* relative, NUL-terminated inside out, no "" "." or ".." segment */
		if (len >= outlen || out[len] != '\0' || strlen(out) != len || out[0] == '/') {
			abort();
		}
		for (const char *s = out; *s;) {
			const char *e = strchr(s, '/');
			size_t seg = e ? (size_t) (e - s) : strlen(s);
			if (seg == 0 || (seg == 1 && s[0] == '.') || (seg == 2 && s[0] == '.' && s[1] == '.')) {
				abort();
			}
			s += seg + (e != NULL);
		}
	}
	free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 8) {
		return 0;
	}
	uint64_t fsize = 0;
	memcpy(&fsize, data, 8);
	fsize &= ((uint64_t) 1 << (data[0] & 1 ? 62 : 16)) - 1; /* small files often */
	size_t n = size - 8;
	/* a private copy: reads past the end are caught exactly */
	char *v = malloc(n ? n : 1);
	memcpy(v, data + 8, n);

	check_range(v, n, fsize);
	check_path(v, n, 1 + data[1] % 64);
	check_path(v, n, 4096);

	time_t t;
	if (ws_http_date_parse(v, n, &t)) {
		/* a date we read formats and reads back the same */
		char buf[30], *d = malloc(30);
		size_t dl = ws_http_date_format(t, buf);
		memcpy(d, buf, 30);
		time_t back;
		if (dl && (!ws_http_date_parse(d, dl, &back) || back != t)) {
			abort();
		}
		free(d);
	}
	char etag[48];
	size_t elen = ws_http_etag((time_t) (fsize >> 8), fsize, etag);
	ws_http_etag_listed(v, n, etag, elen);

	/* the whole decision, the value in each header in turn */
	ws_http_cond q = {.get = data[2] & 1, .head = data[2] & 2};
	ws_http_span s = {v, n};
	switch (data[3] % 4) {
	case 0:
		q.range = s;
		break;
	case 1:
		q.range = (ws_http_span){"bytes=0-", 8}, q.if_range = s;
		break;
	case 2:
		q.if_none_match = s;
		break;
	default:
		q.if_modified_since = s;
		break;
	}
	ws_http_file_plan plan;
	ws_http_file_decide(&q, fsize, etag, elen, (time_t) (fsize >> 8), &plan);
	if (plan.status == 206 &&
	    (plan.len == 0 || plan.from >= fsize || plan.len > fsize - plan.from)) {
		abort();
	}
	free(v);
	return 0;
}
