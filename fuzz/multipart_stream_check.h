/* The push parser (ws_mp_stream_feed) fed body in pieces of the sizes step() gives must cut the
 * same complete parts as the iterator. Shared by the multipart fuzz target. */
#include "proto/multipart.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
	char *out; /* name NUL filename NUL type NUL body NUL, per complete part */
	size_t len, cap;
	size_t part_start;
} mp_record;

static void rec_add(mp_record *r, const char *p, size_t n)
{
	if (n == 0) {
		return;
	}
	if (r->len + n + 1 > r->cap) {
		r->cap = (r->len + n + 1) * 2;
		r->out = realloc(r->out, r->cap);
	}
	memcpy(r->out + r->len, p, n);
	r->len += n;
}

static void rec_span(mp_record *r, ws_http_span s)
{
	rec_add(r, s.p, s.len);
	rec_add(r, "", 1);
}

static void ev_begin(void *ud, const ws_mp_part *part)
{
	mp_record *r = ud;
	r->part_start = r->len;
	rec_span(r, part->name);
	rec_add(r, part->has_filename ? "F" : "-", 1);
	rec_span(r, part->filename);
	rec_span(r, part->type);
}

static void ev_data(void *ud, const char *p, size_t n)
{
	rec_add(ud, p, n);
}

static void ev_end(void *ud, bool complete)
{
	mp_record *r = ud;
	if (complete) {
		rec_add(r, "", 1);
	} else {
		r->len = r->part_start; /* the iterator never returns a truncated part */
	}
}

/* 0 when both readers agree. */
static int mp_stream_check(const char *body, size_t len, ws_http_span boundary, unsigned seed)
{
	mp_record a = {0}, b = {0};
	ws_mp_iter it;
	ws_mp_part part;
	ws_mp_init(&it, body, len, boundary);
	while (ws_mp_next(&it, &part)) {
		rec_span(&a, part.name);
		rec_add(&a, part.has_filename ? "F" : "-", 1);
		rec_span(&a, part.filename);
		rec_span(&a, part.type);
		rec_span(&a, part.body);
	}
	static const ws_mp_events ev = {ev_begin, ev_data, ev_end};
	ws_mp_stream s;
	ws_mp_stream_init(&s, boundary);
	/* what the parser leaves unused comes again in front of the next piece */
	char *pending = malloc(len + 1);
	size_t plen = 0, off = 0;
	int rc = 0;
	while (off < len || plen > 0) {
		seed = seed * 1103515245u + 12345u;
		size_t step = 1 + (seed >> 16) % 97;
		if (step > len - off) {
			step = len - off;
		}
		memcpy(pending + plen, body + off, step);
		plen += step;
		off += step;
		bool final = off == len;
		size_t used = ws_mp_stream_feed(&s, pending, plen, final, &ev, &b);
		if (used > plen || (final && used != plen) || plen - used > WS_MP_MAX_PART_HEAD + 100) {
			rc = 1;
			break;
		}
		memmove(pending, pending + used, plen - used);
		plen -= used;
		if (final) {
			break;
		}
	}
	if (rc == 0 && (a.len != b.len || (a.len && memcmp(a.out, b.out, a.len) != 0))) {
		rc = 2;
	}
	free(pending);
	free(a.out);
	free(b.out);
	return rc;
}
