/* multipart/form-data bodies (RFC 7578), cut into parts from bytes only: no PHP, no files,
 * no allocation, so it can be fuzzed. Every span points into the body given. Two readers: an
 * iterator over a whole body in memory, and a push parser fed the body piece by piece as it
 * arrives (an upload streamed to disk); both cut the same parts. */
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

/* ---- the push parser ---- */

/* Part headers longer than this (before their blank line) make the rest of the body bad. */
#define WS_MP_MAX_PART_HEAD 16384

/* What the push parser found, called as it goes. The spans of part_begin are valid during the
 * call only. part_end's complete is false for a part the body ended inside of. */
typedef struct ws_mp_events {
	void (*part_begin)(void *ud, const ws_mp_part *part);
	void (*part_data)(void *ud, const char *p, size_t n);
	void (*part_end)(void *ud, bool complete);
} ws_mp_events;

typedef struct ws_mp_stream {
	int state; /* where in the body the next byte lies (multipart.c) */
	char delim[WS_MP_MAX_BOUNDARY + 4];
	size_t delim_len;
	bool in_part; /* part_begin was called, part_end not yet */
} ws_mp_stream;

/* Start a push parser for parts separated by boundary (1..70 bytes). */
void ws_mp_stream_init(ws_mp_stream *s, ws_http_span boundary);

/* Feed the next bytes of the body: returns how many were used (the events fired for them).
 * The rest (at most WS_MP_MAX_PART_HEAD + 100 bytes: a delimiter or part headers cut in two)
 * must come again, first in the next call, with what arrived since. final: buf holds all
 * that is left of the body; then every byte is used. */
size_t ws_mp_stream_feed(ws_mp_stream *s, const char *buf, size_t len, bool final,
                         const ws_mp_events *ev, void *ud);

/* Whether the closing delimiter was read. */
bool ws_mp_stream_done(const ws_mp_stream *s);

#endif
