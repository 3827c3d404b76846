/* HTTP/1.x request heads and bodies, parsed from bytes only (no socket, no PHP). The head
 * grammar is in http_parser.re, compiled by re2c. */
#ifndef WS_PROTO_HTTP_PARSER_H
#define WS_PROTO_HTTP_PARSER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define WS_HTTP_MAX_HEADERS 128

typedef struct ws_http_limits {
	size_t max_head; /* request line + headers, default 16 KB: 431 past it */
	size_t max_uri;  /* request target, default 8 KB: 414 past it */
	size_t max_body; /* default 10 MB: 413 past it */
} ws_http_limits;

typedef struct ws_http_span {
	const char *p;
	size_t len;
} ws_http_span;

typedef struct ws_http_header {
	ws_http_span name, value; /* value without surrounding whitespace */
} ws_http_header;

typedef struct ws_http_head {
	ws_http_span method, target;
	int version; /* 10 or 11 */
	ws_http_header headers[WS_HTTP_MAX_HEADERS];
	uint32_t nheaders;
	size_t head_len;        /* through the blank line */
	int64_t content_length; /* -1: none */
	bool chunked;
	bool keep_alive;
	bool expect_continue;
} ws_http_head;

/* Parse a request head from buf[0, len). Returns its length (> 0); 0 when more bytes are
 * needed; or minus an HTTP status for bad input: -400 syntax (bare LF, space before the
 * colon, obs-fold, both Content-Length and Transfer-Encoding, two Content-Lengths, ...),
 * -414 target too long, -431 head too large, -501 unknown transfer coding, -505 version. */
ssize_t ws_http_parse_head(const char *buf, size_t len, const ws_http_limits *lim,
                           ws_http_head *head);

/* Length of the whole request (head + body) in buf, whose head is parsed in head: > 0; 0 when
 * more bytes are needed; -400 for a bad chunk; -413 when the body is over max_body. */
ssize_t ws_http_message_length(const char *buf, size_t len, const ws_http_head *head,
                               const ws_http_limits *lim);

/* Decode a chunked body (starting at body, body_len bytes, already validated) into out, which
 * has room for body_len bytes. Returns the decoded length. */
size_t ws_http_dechunk(const char *body, size_t body_len, char *out);

/* The value of header name (case-insensitive), or NULL. */
const ws_http_span *ws_http_header_get(const ws_http_head *head, const char *name);

/* Reason phrase of a status code ("Not Found"); "" when unknown. */
const char *ws_http_reason(int status);

#endif
