/* HTTP/1.x request head grammar (RFC 9110/9112), compiled by re2c into http_parser.c.
 * Strict on purpose: bare LF, whitespace before a colon, obs-fold and control characters
 * are errors, never guesses, so that no request is read two ways (request smuggling). */
#include "http_parser.h"

#include <string.h>
#include <strings.h>

/* The grammar runs only over a head find_head_end() has seen end in CRLF CRLF, and no rule reads
 * past a CR or LF except to match CRLF: so the scanner needs no bounds check per byte (the
 * fuzzer, scripts/fuzz under ASan, holds it to that).
 */
/*!re2c
	re2c:api = custom;
	re2c:api:style = free-form;
	re2c:define:YYCTYPE = "unsigned char";
	re2c:define:YYPEEK = "*cur";
	re2c:define:YYSKIP = "++cur;";
	re2c:define:YYBACKUP = "mar = cur;";
	re2c:define:YYRESTORE = "cur = mar;";
	re2c:define:YYSTAGP = "@@{tag} = cur;";
	re2c:define:YYSTAGN = "@@{tag} = NULL;";
	re2c:define:YYSHIFTSTAG = "@@{tag} += @@{shift};";
	re2c:yyfill:enable = 0;
	re2c:tags = 1;
	re2c:yych:emit = 0;

	tchar   = [!#$%&'*+.^_`|~0-9A-Za-z-];
	token   = tchar+;
	target  = [\x21-\x7e\x80-\xff]+;
	fvalue  = [\t\x20-\x7e\x80-\xff]*;
	crlf    = "\r\n";
*/

static bool span_is(const ws_http_span *s, const char *lit)
{
	size_t n = strlen(lit);
	return s->len == n && strncasecmp(s->p, lit, n) == 0;
}

/* A comma-separated header value contains token (case-insensitive), as in "keep-alive, Upgrade". */
static bool list_has(const ws_http_span *v, const char *token)
{
	size_t n = strlen(token);
	const char *p = v->p, *end = v->p + v->len;
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
		if ((size_t) (e - s) == n && strncasecmp(s, token, n) == 0) {
			return true;
		}
	}
	return false;
}

/* The first '\n' in [p, end), or NULL. Eight bytes at a time, inline: a head is a few short
 * lines, and a call to memchr per line cost more than the search. */
static const char *find_lf(const char *p, const char *end)
{
	const uint64_t ones = 0x0101010101010101ULL;
	for (; end - p >= 8; p += 8) {
		uint64_t w;
		memcpy(&w, p, 8);
		w ^= ones * '\n'; /* a '\n' byte is now 0 */
		uint64_t zero = (w - ones) & ~w & (ones << 7);
		if (zero) {
			/* the lowest flagged byte is a real zero (a flag above one may be false); the
			 * loads are little-endian on the machines this builds for (x86-64, arm64) */
			return p + (__builtin_ctzll(zero) >> 3);
		}
	}
	for (; p < end; p++) {
		if (*p == '\n') {
			return p;
		}
	}
	return NULL;
}

/* Where the head ends, or an error/need-more verdict before any grammar runs. */
static ssize_t find_head_end(const char *buf, size_t len, const ws_http_limits *lim)
{
	size_t scan = len < lim->max_head ? len : lim->max_head;
	const char *end = buf + scan, *nl;
	for (const char *p = buf; (nl = find_lf(p, end)) != NULL; p = nl + 1) {
		size_t i = (size_t) (nl - buf);
		if (i == 0 || buf[i - 1] != '\r') {
			return -400; /* bare LF */
		}
		if (i >= 3 && buf[i - 2] == '\n' && buf[i - 3] == '\r') {
			return (ssize_t) (i + 1);
		}
	}
	if (len < lim->max_head) {
		/* the request line alone already longer than any target we accept */
		if (!memchr(buf, '\n', len) && len > lim->max_uri + 64) {
			return -414;
		}
		return 0;
	}
	return memchr(buf, '\n', scan) ? -431 : -414;
}

/* Content-Length: digits only; any second one is an error (even with the same value). */
static int parse_content_length(const ws_http_span *v, ws_http_head *head)
{
	if (head->content_length >= 0 || v->len == 0 || v->len > 18) {
		return -400;
	}
	int64_t n = 0;
	for (size_t i = 0; i < v->len; i++) {
		if (v->p[i] < '0' || v->p[i] > '9') {
			return -400;
		}
		n = n * 10 + (v->p[i] - '0');
	}
	head->content_length = n;
	return 0;
}

/* What the headers mean for framing and the connection. The name's length picks the one
 * candidate to compare, so the usual headers (Host, User-Agent, Accept...) cost a switch. */
static ssize_t head_semantics(ws_http_head *head)
{
	bool te = false, close = false, keep = false;
	for (uint32_t i = 0; i < head->nheaders; i++) {
		const ws_http_header *h = &head->headers[i];
		switch (h->name.len) {
		case sizeof("content-length") - 1:
			if (span_is(&h->name, "content-length") &&
			    parse_content_length(&h->value, head) < 0) {
				return -400;
			}
			break;
		case sizeof("transfer-encoding") - 1:
			if (!span_is(&h->name, "transfer-encoding")) {
				break;
			}
			if (te) {
				return -400;
			}
			te = true;
			if (!span_is(&h->value, "chunked")) {
				return -501;
			}
			head->chunked = true;
			break;
		case sizeof("connection") - 1:
			if (span_is(&h->name, "connection")) {
				close = close || list_has(&h->value, "close");
				keep = keep || list_has(&h->value, "keep-alive");
			}
			break;
		case sizeof("expect") - 1:
			if (span_is(&h->name, "expect")) {
				head->expect_continue = span_is(&h->value, "100-continue");
			}
			break;
		}
	}
	if (te && (head->content_length >= 0 || head->version == 10)) {
		return -400; /* two framings, or chunked where HTTP/1.0 has none */
	}
	head->keep_alive = head->version == 11 ? !close : keep && !close;
	return 0;
}

ssize_t ws_http_parse_head(const char *buf, size_t len, const ws_http_limits *limits,
                           ws_http_head *head)
{
	ssize_t end = find_head_end(buf, len, limits);
	if (end <= 0) {
		return end;
	}
	const unsigned char *cur = (const unsigned char *) buf, *mar = NULL;
	const unsigned char *m1, *m2, *t1, *t2, *v1, *n1, *n2, *f1, *f2;
	/*!stags:re2c format = "const unsigned char *@@ = NULL;\n"; */
	unsigned char yych = 0; /* declared here, initialised: gcc cannot follow the computed gotos */
	(void) mar;
	head->nheaders = 0;
	head->content_length = -1;
	head->chunked = head->keep_alive = head->expect_continue = false;

	/*!re2c
		@m1 token @m2 " " @t1 target @t2 " HTTP/" @v1 [0-9] "." [0-9] crlf { goto request_line; }
		* { return -400; }
	*/
request_line:
	head->method = (ws_http_span){(const char *) m1, (size_t) (m2 - m1)};
	head->target = (ws_http_span){(const char *) t1, (size_t) (t2 - t1)};
	if (head->target.len > limits->max_uri) {
		return -414;
	}
	if (v1[0] != '1' || v1[2] > '1') {
		return -505;
	}
	head->version = v1[2] == '1' ? 11 : 10;
	for (;;) {
		/*!re2c
			crlf { break; }
			@n1 token @n2 ":" @f1 fvalue @f2 crlf {
				if (head->nheaders == WS_HTTP_MAX_HEADERS) {
					return -431;
				}
				while (f1 < f2 && (*f1 == ' ' || *f1 == '\t')) {
					f1++;
				}
				while (f2 > f1 && (f2[-1] == ' ' || f2[-1] == '\t')) {
					f2--;
				}
				ws_http_header *h = &head->headers[head->nheaders++];
				h->name = (ws_http_span){(const char *) n1, (size_t) (n2 - n1)};
				h->value = (ws_http_span){(const char *) f1, (size_t) (f2 - f1)};
				continue;
			}
			* { return -400; }
		*/
	}
	ssize_t bad = head_semantics(head);
	if (bad < 0) {
		return bad;
	}
	head->head_len = (size_t) end;
	return end;
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Walk a chunked body: its raw length (> 0), 0 for more, -400 bad, -413 too large.
 * Decoded bytes go to out when out is not NULL. */
static ssize_t walk_chunks(const char *p, size_t len, size_t max_body, char *out, size_t *decoded)
{
	size_t off = 0, total = 0;
	for (;;) {
		/* chunk-size [; ext] CRLF */
		size_t size = 0, digits = 0;
		while (off < len && hex_digit(p[off]) >= 0) {
			if (++digits > 15) {
				return -400;
			}
			size = size * 16 + (size_t) hex_digit(p[off++]);
		}
		if (off == len) {
			return 0;
		}
		if (digits == 0) {
			return -400;
		}
		if (p[off] == ';') {
			while (off < len && p[off] != '\r' && p[off] != '\n') {
				off++;
			}
		}
		if (off + 1 >= len) {
			return 0;
		}
		if (p[off] != '\r' || p[off + 1] != '\n') {
			return -400;
		}
		off += 2;
		if (size == 0) {
			break;
		}
		total += size;
		if (total > max_body) {
			return -413;
		}
		if (len - off < size + 2) {
			return 0;
		}
		if (out) {
			memcpy(out + total - size, p + off, size);
		}
		off += size;
		if (p[off] != '\r' || p[off + 1] != '\n') {
			return -400;
		}
		off += 2;
	}
	/* trailer fields, then the final CRLF */
	for (;;) {
		const char *nl = memchr(p + off, '\n', len - off);
		if (!nl) {
			return len - off > 8192 ? -431 : 0;
		}
		size_t line = (size_t) (nl - (p + off));
		if (line == 0 || p[off + line - 1] != '\r') {
			return -400;
		}
		off += line + 1;
		if (line == 1) {
			break;
		}
	}
	if (decoded) {
		*decoded = total;
	}
	return (ssize_t) off;
}

ssize_t ws_http_message_length(const char *buf, size_t len, const ws_http_head *head,
                               const ws_http_limits *limits)
{
	if (head->chunked) {
		ssize_t n = walk_chunks(buf + head->head_len, len - head->head_len, limits->max_body,
		                        NULL, NULL);
		return n <= 0 ? n : (ssize_t) head->head_len + n;
	}
	if (head->content_length < 0) {
		return (ssize_t) head->head_len;
	}
	if ((uint64_t) head->content_length > limits->max_body) {
		return -413;
	}
	size_t total = head->head_len + (size_t) head->content_length;
	return len < total ? 0 : (ssize_t) total;
}

size_t ws_http_dechunk(const char *body, size_t body_len, char *out)
{
	size_t decoded = 0;
	walk_chunks(body, body_len, (size_t) -1, out, &decoded);
	return decoded;
}

const ws_http_span *ws_http_header_get(const ws_http_head *head, const char *name)
{
	for (uint32_t i = 0; i < head->nheaders; i++) {
		if (span_is(&head->headers[i].name, name)) {
			return &head->headers[i].value;
		}
	}
	return NULL;
}

const char *ws_http_reason(int status)
{
	switch (status) {
	case 100: return "Continue";
	case 101: return "Switching Protocols";
	case 200: return "OK";
	case 201: return "Created";
	case 204: return "No Content";
	case 206: return "Partial Content";
	case 301: return "Moved Permanently";
	case 302: return "Found";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 408: return "Request Timeout";
	case 413: return "Content Too Large";
	case 414: return "URI Too Long";
	case 416: return "Range Not Satisfiable";
	case 431: return "Request Header Fields Too Large";
	case 500: return "Internal Server Error";
	case 501: return "Not Implemented";
	case 502: return "Bad Gateway";
	case 503: return "Service Unavailable";
	case 505: return "HTTP Version Not Supported";
	default: return "";
	}
}
