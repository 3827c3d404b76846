/* Files as HTTP replies, the parts that are pure decisions over bytes: which relative path a
 * request names, which bytes a Range asks for, the validators and what the conditional
 * headers make of them. Nothing here opens a file or touches a socket. */
#include "http_static.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

ws_path_result ws_http_path_decode(const char *target, size_t len, char *out, size_t outlen,
                                   size_t *out_len, bool *dir)
{
	*out_len = 0;
	*dir = false;
	if (len == 0 || target[0] != '/' || outlen == 0) {
		return WS_PATH_NO_FILE; /* "*" or an absolute-form target: no file of ours */
	}
	size_t o = 0, seg = 0; /* seg: where the segment being decoded starts in out */
	for (size_t i = 0;; i++) {
		char c = i < len ? target[i] : '/';
		bool end = i >= len || c == '?' || c == '#';
		if (end) {
			c = '/';
		}
		if (c == '/') {
			/* a segment is complete: drop "" and ".", refuse ".." */
			size_t n = o - seg;
			if (n == 2 && out[seg] == '.' && out[seg + 1] == '.') {
				return WS_PATH_FORBIDDEN;
			}
			if (n == 0 || (n == 1 && out[seg] == '.')) {
				o = seg;
			} else {
				if (o >= outlen) {
					return WS_PATH_NO_FILE;
				}
				out[o++] = '/';
				seg = o;
			}
			if (end) {
				break;
			}
			continue;
		}
		if (c == '%') {
			int hi = i + 2 < len ? hex_digit(target[i + 1]) : -1;
			int lo = hi >= 0 ? hex_digit(target[i + 2]) : -1;
			if (lo < 0) {
				return WS_PATH_NO_FILE;
			}
			c = (char) (hi << 4 | lo);
			i += 2;
			if (c == '/' || c == '\\') {
				return WS_PATH_NO_FILE; /* a slash inside a name: no file has one */
			}
		}
		if (c == '\0') {
			return WS_PATH_FORBIDDEN;
		}
		if (o + 1 >= outlen) {
			return WS_PATH_NO_FILE;
		}
		out[o++] = c;
	}
	/* the last segment was followed by the '/' added above: drop it, note a real one */
	if (o > 0) {
		o--;
	}
	size_t path_end = len;
	const char *q = memchr(target, '?', len);
	const char *h = memchr(target, '#', len);
	if (q) {
		path_end = (size_t) (q - target);
	}
	if (h && (size_t) (h - target) < path_end) {
		path_end = (size_t) (h - target);
	}
	*dir = path_end > 0 && target[path_end - 1] == '/';
	out[o] = '\0';
	*out_len = o;
	return WS_PATH_OK;
}

static void skip_ows(const char **p, const char *end)
{
	while (*p < end && (**p == ' ' || **p == '\t')) {
		(*p)++;
	}
}

/* Digits at *p into *v; false when none, or past 2^62 (no file is that large). */
static bool read_number(const char **p, const char *end, uint64_t *v)
{
	const char *start = *p;
	*v = 0;
	while (*p < end && **p >= '0' && **p <= '9') {
		if (*v > ((uint64_t) 1 << 62) / 10) {
			return false;
		}
		*v = *v * 10 + (uint64_t) (**p - '0');
		(*p)++;
	}
	return *p > start;
}

ws_range_result ws_http_range(const char *v, size_t len, uint64_t size, uint64_t *from, uint64_t *n)
{
	const char *p = v, *end = v + len;
	if (len < 6 || strncasecmp(p, "bytes=", 6) != 0) {
		return WS_RANGE_NONE;
	}
	p += 6;
	unsigned satisfiable = 0, specs = 0;
	for (;;) {
		skip_ows(&p, end);
		if (p < end && *p == ',') { /* empty list elements are allowed */
			p++;
			continue;
		}
		if (p >= end) {
			break;
		}
		uint64_t first = 0, last = 0;
		bool suffix = *p == '-', has_last;
		if (!suffix && !read_number(&p, end, &first)) {
			return WS_RANGE_NONE;
		}
		skip_ows(&p, end);
		if (p >= end || *p != '-') {
			return WS_RANGE_NONE;
		}
		p++;
		skip_ows(&p, end);
		has_last = read_number(&p, end, &last);
		if ((suffix && !has_last) || (has_last && !suffix && last < first)) {
			return WS_RANGE_NONE; /* "-", or "5-2": the header is invalid, so ignored */
		}
		skip_ows(&p, end);
		if (p < end && *p != ',') {
			return WS_RANGE_NONE;
		}
		specs++;
		uint64_t a, b; /* [a, b) */
		if (suffix) {
			a = last < size ? size - last : 0;
			b = size;
			if (last == 0) {
				a = b; /* "-0" selects nothing */
			}
		} else {
			a = first;
			b = has_last && last + 1 < size ? last + 1 : size;
		}
		if (a < b) {
			if (satisfiable++ == 0) {
				*from = a;
				*n = b - a;
			}
		}
	}
	if (specs == 0) {
		return WS_RANGE_NONE;
	}
	if (satisfiable == 0) {
		return WS_RANGE_UNSATISFIABLE;
	}
	return satisfiable == 1 ? WS_RANGE_ONE : WS_RANGE_MANY;
}

static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

size_t ws_http_date_format(time_t t, char *out)
{
	struct tm tm;
	gmtime_r(&t, &tm);
	/* by hand: strftime's names follow the locale the application may have set */
	int n = snprintf(out, 30, "%s, %02d %s %04d %02d:%02d:%02d GMT", days[tm.tm_wday], tm.tm_mday,
	                 months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
	return n > 0 && n < 30 ? (size_t) n : 0;
}

static int month_of(const char *m)
{
	for (int i = 0; i < 12; i++) {
		if (strncmp(m, months[i], 3) == 0) {
			return i;
		}
	}
	return -1;
}

bool ws_http_date_parse(const char *s, size_t len, time_t *t)
{
	char buf[64], wday[16], mon[4];
	if (len >= sizeof(buf)) {
		return false;
	}
	memcpy(buf, s, len);
	buf[len] = '\0';
	struct tm tm = {0};
	int used = 0;
	const char *comma = strchr(buf, ',');
	if (comma && comma - buf == 3 &&
	    sscanf(buf, "%3s, %2d %3s %4d %2d:%2d:%2d GMT%n", wday, &tm.tm_mday, mon, &tm.tm_year,
	           &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &used) == 7) {
		tm.tm_year -= 1900; /* IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT" */
	} else if (comma && sscanf(comma + 1, " %2d-%3s-%2d %2d:%2d:%2d GMT%n", &tm.tm_mday, mon,
	                           &tm.tm_year, &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &used) == 6) {
		used += (int) (comma + 1 - buf); /* RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT" */
		if (tm.tm_year < 70) {
			tm.tm_year += 100;
		}
	} else if (!comma && sscanf(buf, "%3s %3s %d %2d:%2d:%2d %4d%n", wday, mon, &tm.tm_mday,
	                            &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &tm.tm_year, &used) == 7) {
		tm.tm_year -= 1900; /* asctime: "Sun Nov  6 08:49:37 1994" */
	} else {
		return false;
	}
	tm.tm_mon = month_of(mon);
	if (used != (int) len || tm.tm_mon < 0 || tm.tm_mday < 1 || tm.tm_mday > 31 ||
	    tm.tm_hour > 23 || tm.tm_min > 59 || tm.tm_sec > 60) {
		return false;
	}
	*t = timegm(&tm);
	return *t != (time_t) -1;
}

size_t ws_http_etag(time_t mtime, uint64_t size, char *out)
{
	int n =
	    snprintf(out, 48, "\"%llx-%llx\"", (unsigned long long) mtime, (unsigned long long) size);
	return n > 0 && n < 48 ? (size_t) n : 0;
}

/* An entity tag without its weak marker. */
static void opaque_tag(const char **p, size_t *n)
{
	if (*n >= 2 && (*p)[0] == 'W' && (*p)[1] == '/') {
		*p += 2;
		*n -= 2;
	}
}

bool ws_http_etag_listed(const char *v, size_t len, const char *etag, size_t elen)
{
	opaque_tag(&etag, &elen);
	const char *p = v, *end = v + len;
	while (p < end) {
		skip_ows(&p, end);
		const char *start = p;
		if (end - p >= 2 && p[0] == 'W' && p[1] == '/') {
			p += 2;
		}
		if (p < end && *p == '"') {
			const char *close = memchr(p + 1, '"', (size_t) (end - p - 1));
			p = close ? close + 1 : end;
		} else {
			while (p < end && *p != ',') {
				p++;
			}
		}
		const char *tag = start;
		size_t n = (size_t) (p - start);
		while (n > 0 && (tag[n - 1] == ' ' || tag[n - 1] == '\t')) {
			n--;
		}
		if (n == 1 && tag[0] == '*') {
			return true;
		}
		opaque_tag(&tag, &n);
		if (n == elen && memcmp(tag, etag, n) == 0) {
			return true;
		}
		skip_ows(&p, end);
		if (p < end && *p == ',') {
			p++;
		}
	}
	return false;
}

static ws_http_span header_span(const ws_http_head *h, const char *name)
{
	const ws_http_span *s = ws_http_header_get(h, name);
	return s ? *s : (ws_http_span){NULL, 0};
}

static bool span_equals(const ws_http_span *s, const char *lit)
{
	return s->len == strlen(lit) && memcmp(s->p, lit, s->len) == 0;
}

void ws_http_cond_from(const ws_http_head *h, ws_http_cond *q)
{
	q->head = span_equals(&h->method, "HEAD");
	q->get = span_equals(&h->method, "GET");
	q->if_none_match = header_span(h, "if-none-match");
	q->if_modified_since = header_span(h, "if-modified-since");
	q->range = header_span(h, "range");
	q->if_range = header_span(h, "if-range");
}

/* If-Range: the Range holds when the validator is our strong ETag or our exact date. */
static bool if_range_holds(const ws_http_span *v, const char *etag, size_t elen, time_t mtime)
{
	if (!v->p) {
		return true;
	}
	if (v->len > 0 && (v->p[0] == '"' || v->p[0] == 'W')) {
		return v->len == elen && memcmp(v->p, etag, elen) == 0 && etag[0] == '"';
	}
	time_t t;
	return ws_http_date_parse(v->p, v->len, &t) && t == mtime;
}

void ws_http_file_decide(const ws_http_cond *q, uint64_t size, const char *etag, size_t elen,
                         time_t mtime, ws_http_file_plan *plan)
{
	*plan = (ws_http_file_plan){200, 0, size, !q->head};
	/* If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2) */
	bool not_modified = false;
	if (q->if_none_match.p) {
		not_modified =
		    elen && ws_http_etag_listed(q->if_none_match.p, q->if_none_match.len, etag, elen);
	} else if (q->if_modified_since.p) {
		time_t since;
		not_modified =
		    ws_http_date_parse(q->if_modified_since.p, q->if_modified_since.len, &since) &&
		    mtime <= since;
	}
	if (not_modified && (q->get || q->head)) {
		plan->status = 304;
		plan->body = false;
		return;
	}
	if (!q->get || !q->range.p || !if_range_holds(&q->if_range, etag, elen, mtime)) {
		return;
	}
	uint64_t from = 0, n = 0;
	switch (ws_http_range(q->range.p, q->range.len, size, &from, &n)) {
	case WS_RANGE_ONE:
		*plan = (ws_http_file_plan){206, from, n, true};
		break;
	case WS_RANGE_UNSATISFIABLE:
		*plan = (ws_http_file_plan){416, 0, 0, false};
		break;
	default:
		break; /* none, malformed, or several ranges: the whole file */
	}
}
