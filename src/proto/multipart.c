/* multipart/form-data: delimiters, part headers, Content-Disposition parameters. Reads only
 * inside the buffer it is given; never allocates, never calls PHP. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memmem */
#endif
#include "multipart.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

static bool is_ows(char ch)
{
	return ch == ' ' || ch == '\t';
}

static ws_http_span trim(const char *p, const char *end)
{
	while (p < end && is_ows(*p)) {
		p++;
	}
	while (end > p && is_ows(end[-1])) {
		end--;
	}
	return (ws_http_span){p, (size_t) (end - p)};
}

static bool span_is(ws_http_span s, const char *lit)
{
	size_t n = strlen(lit);
	return s.len == n && strncasecmp(s.p, lit, n) == 0;
}

/* The next "; name=value" of a header value (value unquoted, without unescaping: a quoted
 * value ends at the first unescaped quote). *p moves past it. false when none is left. */
static bool param_next(const char **p, const char *end, ws_http_span *name, ws_http_span *value)
{
	const char *s = *p;
	while (s < end && *s != ';') {
		s++; /* the rest of the type, or of a value we could not read */
	}
	if (s >= end) {
		*p = end;
		return false;
	}
	s++;
	const char *eq = s;
	while (eq < end && *eq != '=' && *eq != ';') {
		eq++;
	}
	*name = trim(s, eq);
	if (eq >= end || *eq == ';') {
		*value = (ws_http_span){eq, 0};
		*p = eq;
		return true;
	}
	const char *v = eq + 1;
	while (v < end && is_ows(*v)) {
		v++;
	}
	if (v < end && *v == '"') {
		const char *q = ++v;
		while (q < end && *q != '"') {
			q += (*q == '\\' && q + 1 < end) ? 2 : 1;
		}
		*value = (ws_http_span){v, (size_t) (q - v)};
		*p = q < end ? q + 1 : end;
		return true;
	}
	const char *e = v;
	while (e < end && *e != ';') {
		e++;
	}
	*value = trim(v, e);
	*p = e;
	return true;
}

bool ws_mp_boundary(const char *ct, size_t ct_len, ws_http_span *boundary)
{
	static const char type[] = "multipart/form-data";
	const char *end = ct + ct_len;
	const char *semi = memchr(ct, ';', ct_len);
	if (!span_is(trim(ct, semi ? semi : end), type)) {
		return false;
	}
	const char *p = ct;
	ws_http_span name, value;
	while (param_next(&p, end, &name, &value)) {
		if (span_is(name, "boundary")) {
			*boundary = value;
			return value.len > 0 && value.len <= WS_MP_MAX_BOUNDARY;
		}
	}
	return false;
}

/* Whether a delimiter line ends at p ("--" for the closing one, else optional blanks and CR
 * LF); *next: where the next part starts. */
/* Blanks allowed after a boundary before its line end, at most (RFC 2046 sets no bound; the
 * push parser must hold them back until the line end comes, so both readers stop at this). */
#define MP_MAX_PADDING 64

static bool delim_end(const ws_mp_iter *it, size_t p, size_t *next, bool *last)
{
	if (it->len - p >= 2 && it->buf[p] == '-' && it->buf[p + 1] == '-') {
		*last = true;
		*next = it->len;
		return true;
	}
	size_t from = p;
	while (p < it->len && is_ows(it->buf[p]) && p - from <= MP_MAX_PADDING) {
		p++;
	}
	if (p - from > MP_MAX_PADDING) {
		return false;
	}
	if (it->len - p >= 2 && it->buf[p] == '\r' && it->buf[p + 1] == '\n') {
		*last = false;
		*next = p + 2;
		return true;
	}
	return false;
}

/* The next delimiter ("\r\n--boundary" + line end) at or after from: its offset, or SIZE_MAX.
 * The boundary followed by anything else is content, as RFC 2046 reads it. */
static size_t find_delim(const ws_mp_iter *it, size_t from, size_t *next, bool *last)
{
	while (from < it->len) {
		const char *m = memmem(it->buf + from, it->len - from, it->delim, it->delim_len);
		if (!m) {
			return SIZE_MAX;
		}
		size_t at = (size_t) (m - it->buf);
		if (delim_end(it, at + it->delim_len, next, last)) {
			return at;
		}
		from = at + 1;
	}
	return SIZE_MAX;
}

void ws_mp_init(ws_mp_iter *it, const char *body, size_t len, ws_http_span boundary)
{
	memset(it, 0, sizeof(*it));
	it->buf = body;
	it->len = len;
	if (boundary.len == 0 || boundary.len > WS_MP_MAX_BOUNDARY) {
		it->done = true;
		return;
	}
	memcpy(it->delim, "\r\n--", 4);
	memcpy(it->delim + 4, boundary.p, boundary.len);
	it->delim_len = boundary.len + 4;
	/* the first delimiter may open the body without the CR LF in front */
	size_t next;
	bool last;
	if (len >= it->delim_len - 2 && memcmp(body, it->delim + 2, it->delim_len - 2) == 0 &&
	    delim_end(it, it->delim_len - 2, &next, &last)) {
		it->pos = next;
		it->done = last;
	} else if (find_delim(it, 0, &next, &last) != SIZE_MAX) {
		it->pos = next;
		it->done = last;
	} else {
		it->done = true;
	}
}

/* Content-Disposition and Content-Type of the header block [p, end). */
static void part_headers(const char *p, const char *end, ws_mp_part *part)
{
	while (p < end) {
		const char *eol = memmem(p, (size_t) (end - p), "\r\n", 2);
		if (!eol) {
			eol = end;
		}
		const char *colon = memchr(p, ':', (size_t) (eol - p));
		if (colon) {
			ws_http_span name = trim(p, colon);
			ws_http_span value = trim(colon + 1, eol);
			if (span_is(name, "content-type")) {
				part->type = value;
			} else if (span_is(name, "content-disposition")) {
				const char *q = value.p, *vend = value.p + value.len;
				ws_http_span pn, pv;
				while (param_next(&q, vend, &pn, &pv)) {
					if (span_is(pn, "name")) {
						part->name = pv;
					} else if (span_is(pn, "filename")) {
						part->filename = pv;
						part->has_filename = true;
					}
				}
			}
		}
		if (eol == end) {
			break;
		}
		p = eol + 2;
	}
}

bool ws_mp_next(ws_mp_iter *it, ws_mp_part *part)
{
	while (!it->done) {
		size_t start = it->pos, next;
		bool last;
		size_t d = find_delim(it, start, &next, &last);
		if (d == SIZE_MAX) {
			it->done = true; /* truncated: the part has no end */
			return false;
		}
		it->pos = next;
		it->done = last;
		/* headers, a blank line, the body: no blank line means no body to hand out */
		const char *p = it->buf + start, *end = it->buf + d;
		const char *blank = NULL;
		if (end - p >= 2 && p[0] == '\r' && p[1] == '\n') {
			blank = p; /* no headers at all */
		} else if (end - p >= 4) {
			blank = memmem(p, (size_t) (end - p), "\r\n\r\n", 4);
			if (blank) {
				blank += 2;
			}
		}
		if (!blank) {
			continue;
		}
		memset(part, 0, sizeof(*part));
		part_headers(p, blank, part);
		part->body = (ws_http_span){blank + 2, (size_t) (end - blank - 2)};
		return true;
	}
	return false;
}

/* ---- the push parser: the same parts as the iterator, from a body that arrives in pieces.
 * Bytes that cannot be judged yet (a delimiter or part headers cut in two) are left unused
 * for the caller to give again with more. ---- */

enum { MP_START, MP_PREAMBLE, MP_HEADERS, MP_BODY, MP_DONE, MP_BAD };

/* Like delim_end for buf[0, len) when more bytes may come: 1 a delimiter line ends at p
 * (*next, *last set), 0 not one, -1 too few bytes to tell. */
static int stream_delim_end(const char *buf, size_t len, size_t p, bool final, size_t *next,
                            bool *last)
{
	if (p < len && buf[p] == '-') {
		if (p + 1 >= len) {
			return final ? 0 : -1;
		}
		if (buf[p + 1] == '-') {
			*last = true;
			*next = len;
			return 1;
		}
		return 0;
	}
	size_t q = p;
	while (q < len && is_ows(buf[q]) && q - p <= MP_MAX_PADDING) {
		q++;
	}
	if (q - p > MP_MAX_PADDING) {
		return 0;
	}
	if (q >= len) {
		return final ? 0 : -1;
	}
	if (buf[q] != '\r') {
		return 0;
	}
	if (q + 1 >= len) {
		return final ? 0 : -1;
	}
	if (buf[q + 1] != '\n') {
		return 0;
	}
	*last = false;
	*next = q + 2;
	return 1;
}

/* Whether the delimiter (from its skip-th byte: 2 for the first one, which may lack the CR
 * LF) starts at buf[at]: 1, 0, or -1 when too few bytes are in. */
static int stream_delim_at(const ws_mp_stream *s, const char *buf, size_t len, size_t at,
                           size_t skip, bool final, size_t *next, bool *last)
{
	size_t need = s->delim_len - skip, have = len - at;
	if (memcmp(buf + at, s->delim + skip, have < need ? have : need) != 0) {
		return 0;
	}
	if (have < need) {
		return final ? 0 : -1;
	}
	return stream_delim_end(buf, len, at + need, final, next, last);
}

/* The first delimiter starting at or after from: 1 at *at; -1 one may start at *at but too
 * few bytes are in; 0 none starts before *at (len when final). */
static int stream_find_delim(const ws_mp_stream *s, const char *buf, size_t len, size_t from,
                             bool final, size_t *at, size_t *next, bool *last)
{
	while (from < len) {
		const char *m = memmem(buf + from, len - from, s->delim, s->delim_len);
		if (!m) {
			break;
		}
		size_t a = (size_t) (m - buf);
		int r = stream_delim_end(buf, len, a + s->delim_len, final, next, last);
		if (r != 0) {
			*at = a;
			return r;
		}
		from = a + 1;
	}
	/* no whole delimiter: one may begin in the last delim_len - 1 bytes */
	size_t keep = s->delim_len - 1;
	size_t safe = final ? len : len > keep ? len - keep : 0;
	*at = safe > from ? safe : from;
	if (*at > len) {
		*at = len;
	}
	return 0;
}

void ws_mp_stream_init(ws_mp_stream *s, ws_http_span boundary)
{
	memset(s, 0, sizeof(*s));
	if (boundary.len == 0 || boundary.len > WS_MP_MAX_BOUNDARY) {
		s->state = MP_BAD;
		return;
	}
	memcpy(s->delim, "\r\n--", 4);
	memcpy(s->delim + 4, boundary.p, boundary.len);
	s->delim_len = boundary.len + 4;
	s->state = MP_START;
}

bool ws_mp_stream_done(const ws_mp_stream *s)
{
	return s->state == MP_DONE;
}

static void stream_after_delim(ws_mp_stream *s, size_t *pos, size_t next, bool last)
{
	*pos = next;
	s->state = last ? MP_DONE : MP_HEADERS;
}

static void stream_begin(ws_mp_stream *s, const char *hp, const char *hend, const ws_mp_events *ev,
                         void *ud)
{
	ws_mp_part part;
	memset(&part, 0, sizeof(part));
	part_headers(hp, hend, &part);
	s->in_part = true;
	s->state = MP_BODY;
	ev->part_begin(ud, &part);
}

static void stream_data(const char *p, size_t n, const ws_mp_events *ev, void *ud)
{
	if (n > 0) {
		ev->part_data(ud, p, n);
	}
}

static void stream_end(ws_mp_stream *s, bool complete, const ws_mp_events *ev, void *ud)
{
	s->in_part = false;
	ev->part_end(ud, complete);
}

/* The part that starts at *pos: its headers read, or skipped as the iterator skips one
 * without a blank line. false: hold (more bytes needed). */
static bool stream_headers(ws_mp_stream *s, const char *buf, size_t len, size_t *pos, bool final,
                           const ws_mp_events *ev, void *ud)
{
	size_t p = *pos, at, next;
	bool last;
	if (len - p < 2) {
		if (final) {
			s->state = MP_DONE; /* truncated: no part */
		}
		return final;
	}
	if (buf[p] == '\r' && buf[p + 1] == '\n') {
		/* no headers, unless this is the next delimiter at once (an empty part) */
		int r = stream_delim_at(s, buf, len, p, 0, final, &next, &last);
		if (r < 0) {
			return false;
		}
		if (r > 0) {
			stream_after_delim(s, pos, next, last);
			return true;
		}
		stream_begin(s, buf + p, buf + p, ev, ud);
		*pos = p + 2;
		return true;
	}
	const char *blank = memmem(buf + p, len - p, "\r\n\r\n", 4);
	size_t b = blank ? (size_t) (blank - buf) : len;
	int r = stream_find_delim(s, buf, len, p, final, &at, &next, &last);
	if (blank && b + 4 <= at) {
		stream_begin(s, buf + p, blank + 2, ev, ud);
		*pos = b + 4;
		return true;
	}
	if (r > 0) {
		stream_after_delim(s, pos, next, last); /* no blank line before it: skipped */
		return true;
	}
	if (r == 0 && final) {
		s->state = MP_DONE; /* truncated: no part */
		return true;
	}
	if (len - p > WS_MP_MAX_PART_HEAD) {
		s->state = MP_BAD;
		return true;
	}
	return false;
}

size_t ws_mp_stream_feed(ws_mp_stream *s, const char *buf, size_t len, bool final,
                         const ws_mp_events *ev, void *ud)
{
	size_t pos = 0, at, next;
	bool last, more = true;
	while (more) {
		int r;
		switch (s->state) {
		case MP_START:
			if (pos >= len && !final) {
				more = false;
				break;
			}
			r = stream_delim_at(s, buf, len, pos, 2, final, &next, &last);
			if (r > 0) {
				stream_after_delim(s, &pos, next, last);
			} else if (r == 0) {
				s->state = MP_PREAMBLE;
			} else {
				more = false;
			}
			break;
		case MP_PREAMBLE:
			r = stream_find_delim(s, buf, len, pos, final, &at, &next, &last);
			if (r > 0) {
				stream_after_delim(s, &pos, next, last);
			} else {
				pos = at; /* the preamble is dropped */
				if (r == 0 && final) {
					s->state = MP_DONE;
				}
				more = false;
			}
			break;
		case MP_HEADERS:
			more = stream_headers(s, buf, len, &pos, final, ev, ud);
			break;
		case MP_BODY:
			r = stream_find_delim(s, buf, len, pos, final, &at, &next, &last);
			stream_data(buf + pos, at - pos, ev, ud);
			pos = at;
			if (r > 0) {
				stream_end(s, true, ev, ud);
				stream_after_delim(s, &pos, next, last);
			} else {
				if (r == 0 && final) {
					stream_end(s, false, ev, ud);
					s->state = MP_DONE;
				}
				more = false;
			}
			break;
		default: /* MP_DONE, MP_BAD: the epilogue, or what follows the damage, is dropped */
			pos = len;
			more = false;
			break;
		}
	}
	if (final) {
		if (s->in_part) {
			stream_end(s, false, ev, ud);
		}
		if (s->state != MP_BAD) {
			s->state = MP_DONE;
		}
		pos = len;
	}
	return pos;
}
