/* multipart/form-data bodies (RFC 7578), cut into parts from bytes only: no PHP, no files,
 * no allocation, so it can be fuzzed. Every span points into the body given. */
#ifndef WS_PROTO_MULTIPART_H
#define WS_PROTO_MULTIPART_H

#include <stdbool.h>
#include <stddef.h>

#include "http_parser.h"

/* RFC 2046: a boundary has 1 to 70 characters */
#define WS_MP_MAX_BOUNDARY 70

typedef struct ws_mp_part {
	ws_http_span name;     /* Content-Disposition name="..."; len 0 when absent */
	ws_http_span filename; /* filename="..." (may be empty: no file chosen) */
	bool has_filename;     /* a file field, even when filename is "" */
	ws_http_span type;     /* the part's Content-Type; len 0 when absent */
	ws_http_span body;
} ws_mp_part;

typedef struct ws_mp_iter {
	const char *buf; /* ro: the whole body */
	size_t len;
	size_t pos; /* just after the last delimiter line read */
	bool done;  /* closing delimiter seen, or the body is malformed from here on */
	char delim[WS_MP_MAX_BOUNDARY + 4]; /* "\r\n--" + boundary */
	size_t delim_len;
} ws_mp_iter;

/* The boundary parameter of a Content-Type value ("multipart/form-data; boundary=..." or
 * boundary="..."). false when the type is not multipart/form-data or the boundary is missing,
 * empty or longer than 70 characters. */
bool ws_mp_boundary(const char *ct, size_t ct_len, ws_http_span *boundary);

/* Start reading the parts of body[0, len) separated by boundary (1..70 bytes). */
void ws_mp_init(ws_mp_iter *it, const char *body, size_t len, ws_http_span boundary);

/* The next complete part: true with *part filled; false at the closing delimiter, or when the
 * rest of the body is malformed (no delimiter, a truncated part, headers without an end). A
 * truncated last part is never returned. */
bool ws_mp_next(ws_mp_iter *it, ws_mp_part *part);

#endif
