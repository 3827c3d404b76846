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
static bool delim_end(const ws_mp_iter *it, size_t p, size_t *next, bool *last)
{
	if (it->len - p >= 2 && it->buf[p] == '-' && it->buf[p + 1] == '-') {
		*last = true;
		*next = it->len;
		return true;
	}
	while (p < it->len && is_ows(it->buf[p])) {
		p++;
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
