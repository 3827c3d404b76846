/* HTTP/1.x responses as a client reads them. Lenient where servers differ harmlessly (a bare
 * LF ends a line, the reason phrase may be missing), strict on framing: a bad Content-Length
 * or chunk size is an error, never a guess. */
#include "http_client.h"

#include <string.h>
#include <strings.h>

static bool span_is(const char *p, size_t n, const char *lit)
{
	size_t m = strlen(lit);
	return n == m && strncasecmp(p, lit, m) == 0;
}

/* A comma-separated value contains token (case-insensitive). */
static bool list_has(const char *p, size_t n, const char *token)
{
	size_t m = strlen(token);
	const char *end = p + n;
	while (p < end) {
		while (p < end && (*p == ' ' || *p == '\t' || *p == ',')) {
			p++;
		}
		const char *s = p;
		while (p < end && *p != ',') {
			p++;
		}
		const char *e = p;
		while (e > s && (e[-1] == ' ' || e[-1] == '\t')) {
			e--;
		}
		if ((size_t) (e - s) == m && strncasecmp(s, token, m) == 0) {
			return true;
		}
	}
	return false;
}

/* The end of the head: the index after its blank line, or 0. */
static size_t head_end(const char *buf, size_t len)
{
	for (size_t i = 1; i < len; i++) {
		if (buf[i] != '\n') {
			continue;
		}
		if (buf[i - 1] == '\n') {
			return i + 1;
		}
		if (i >= 2 && buf[i - 1] == '\r' && buf[i - 2] == '\n') {
			return i + 1;
		}
	}
	return 0;
}

/* The next line of [*p, end) without its line ending; false at the blank line. */
static bool next_line(const char **p, const char *end, const char **ls, size_t *ll)
{
	const char *nl = memchr(*p, '\n', (size_t) (end - *p));
	if (!nl) {
		nl = end;
	}
	const char *e = nl > *p && nl[-1] == '\r' ? nl - 1 : nl;
	*ls = *p;
	*ll = (size_t) (e - *p);
	*p = nl < end ? nl + 1 : end;
	return *ll > 0;
}

static bool parse_length(const char *p, size_t n, int64_t *out)
{
	if (n == 0 || n > 18) {
		return false;
	}
	int64_t v = 0;
	for (size_t i = 0; i < n; i++) {
		if (p[i] < '0' || p[i] > '9') {
			return false;
		}
		v = v * 10 + (p[i] - '0');
	}
	*out = v;
	return true;
}

/* A header field name: one or more token characters (RFC 9110 §5.6.2). */
static bool is_token(const char *p, size_t n)
{
	if (n == 0) {
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char) p[i];
		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c != 0 && strchr("!#$%&'*+-.^_`|~", c)))) {
			return false;
		}
	}
	return true;
}

/* A header field value: visible characters, spaces and tabs only. */
static bool is_field_value(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char) p[i];
		if ((c < 0x20 && c != '\t') || c == 0x7f) {
			return false;
		}
	}
	return true;
}

static void trim(const char **p, size_t *n)
{
	while (*n > 0 && (**p == ' ' || **p == '\t')) {
		(*p)++;
		(*n)--;
	}
	while (*n > 0 && ((*p)[*n - 1] == ' ' || (*p)[*n - 1] == '\t')) {
		(*n)--;
	}
}

ssize_t ws_http_parse_response_head(const char *buf, size_t len, ws_http_response_head *h)
{
	size_t hl = head_end(buf, len);
	if (hl == 0) {
		return 0;
	}
	memset(h, 0, sizeof(*h));
	h->head_len = hl;
	h->content_length = -1;
	const char *p = buf, *end = buf + hl, *ls;
	size_t ll;
	/* status line: HTTP/1.x SP 3DIGIT [SP reason] */
	if (!next_line(&p, end, &ls, &ll) || ll < 12 || memcmp(ls, "HTTP/1.", 7) != 0 ||
	    (ls[7] != '0' && ls[7] != '1') || ls[8] != ' ') {
		return -1;
	}
	h->version = ls[7] == '1' ? 11 : 10;
	for (int i = 9; i < 12; i++) {
		if (ls[i] < '0' || ls[i] > '9') {
			return -1;
		}
		h->status = h->status * 10 + (ls[i] - '0');
	}
	if (ll > 12 && ls[12] != ' ') {
		return -1;
	}
	h->reason.p = ll > 13 ? ls + 13 : ls + ll;
	h->reason.len = ll > 13 ? ll - 13 : 0;
	bool keep_alive = false;
	h->close = h->version == 10;
	while (next_line(&p, end, &ls, &ll)) {
		const char *colon = memchr(ls, ':', ll);
		if (!colon || !is_token(ls, (size_t) (colon - ls)) ||
		    !is_field_value(colon + 1, ll - (size_t) (colon + 1 - ls))) {
			return -1; /* no guessing what a malformed field means */
		}
		if (h->nheaders == WS_HTTP_MAX_HEADERS) {
			return -1;
		}
		const char *v = colon + 1;
		size_t vn = ll - (size_t) (v - ls);
		trim(&v, &vn);
		ws_http_header *f = &h->headers[h->nheaders++];
		f->name.p = ls;
		f->name.len = (size_t) (colon - ls);
		f->value.p = v;
		f->value.len = vn;
		if (span_is(f->name.p, f->name.len, "content-length")) {
			if (!parse_length(v, vn, &h->content_length)) {
				return -1;
			}
		} else if (span_is(f->name.p, f->name.len, "transfer-encoding")) {
			h->chunked = list_has(v, vn, "chunked");
		} else if (span_is(f->name.p, f->name.len, "connection")) {
			if (list_has(v, vn, "close")) {
				h->close = true;
			}
			keep_alive = list_has(v, vn, "keep-alive");
		}
	}
	if (h->version == 10 && keep_alive) {
		h->close = false;
	}
	return (ssize_t) hl;
}

ssize_t ws_http_chunk_next(const char *buf, size_t len, size_t *data_off, size_t *data_len)
{
	const char *nl = memchr(buf, '\n', len);
	if (!nl) {
		return len > 1024 ? -1 : 0;
	}
	size_t size = 0, i = 0, digits = 0;
	for (; buf + i < nl; i++, digits++) {
		char c = buf[i];
		int d = c >= '0' && c <= '9'   ? c - '0'
		        : c >= 'a' && c <= 'f' ? c - 'a' + 10
		        : c >= 'A' && c <= 'F' ? c - 'A' + 10
		                               : -1;
		if (d < 0) {
			break;
		}
		if (digits >= 15) {
			return -1;
		}
		size = size * 16 + (size_t) d;
	}
	/* after the size: chunk extensions (ignored), then the line ending */
	if (digits == 0 || (buf + i < nl && buf[i] != ';' && buf[i] != '\r' && buf[i] != ' ')) {
		return -1;
	}
	size_t off = (size_t) (nl - buf) + 1;
	*data_off = off;
	*data_len = size;
	if (size == 0) {
		/* the trailer fields, up to and including the blank line */
		const char *p = buf + off, *end = buf + len;
		for (;;) {
			const char *e = memchr(p, '\n', (size_t) (end - p));
			if (!e) {
				return 0;
			}
			size_t ll = (size_t) (e - p);
			if (ll == 0 || (ll == 1 && p[0] == '\r')) {
				return (ssize_t) (e + 1 - buf);
			}
			p = e + 1;
		}
	}
	if (len < off + size + 1) {
		return 0;
	}
	const char *t = buf + off + size;
	if (t[0] == '\n') {
		return (ssize_t) (off + size + 1);
	}
	if (len < off + size + 2) {
		return 0;
	}
	if (t[0] != '\r' || t[1] != '\n') {
		return -1;
	}
	return (ssize_t) (off + size + 2);
}
