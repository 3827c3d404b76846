/* What a reply from a file depends on in the request: the path it names (made a safe relative
 * path), Range, the validators (ETag, Last-Modified) and the conditional headers. Bytes and
 * numbers only: no file system, no socket, no PHP. */
#ifndef WS_PROTO_HTTP_STATIC_H
#define WS_PROTO_HTTP_STATIC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "http_parser.h"

/* ws_http_path_decode() results. */
typedef enum {
	WS_PATH_OK = 0,
	WS_PATH_FORBIDDEN, /* a ".." segment or a NUL byte: an attempt to leave the root */
	WS_PATH_NO_FILE,   /* an encoded slash, a bad escape or too long: names no file */
} ws_path_result;

/* The path of a request target (its query and fragment cut off) percent-decoded into out
 * (outlen bytes, NUL-terminated), relative: no leading slash, empty and "." segments dropped,
 * so "/a//./b" gives "a/b" and "/" gives "". *dir tells a path that ended with a slash. */
ws_path_result ws_http_path_decode(const char *target, size_t len, char *out, size_t outlen,
                                   size_t *out_len, bool *dir);

/* ws_http_range() results. */
typedef enum {
	WS_RANGE_NONE = 0,      /* no Range, not "bytes=", or malformed: the whole file (200) */
	WS_RANGE_ONE,           /* one satisfiable range: 206 */
	WS_RANGE_MANY,          /* several satisfiable ranges: answered with the whole file (200) */
	WS_RANGE_UNSATISFIABLE, /* none of the ranges lies in the file: 416 */
} ws_range_result;

/* Read a Range value against a file of size bytes; for WS_RANGE_ONE, [*from, *from + *n). */
ws_range_result ws_http_range(const char *v, size_t len, uint64_t size, uint64_t *from,
                              uint64_t *n);

/* An HTTP date ("Sun, 06 Nov 1994 08:49:37 GMT") into out (30 bytes); returns its length. */
size_t ws_http_date_format(time_t t, char *out);
/* Parse an HTTP date in any of the three forms RFC 9110 names (IMF-fixdate, RFC 850,
 * asctime). false when it is none of them. */
bool ws_http_date_parse(const char *s, size_t len, time_t *t);

/* The ETag of a file from its mtime and size, quotes included, into out (48 bytes); returns
 * its length. */
size_t ws_http_etag(time_t mtime, uint64_t size, char *out);
/* Whether the If-None-Match list v holds etag (weak comparison; "*" matches any). */
bool ws_http_etag_listed(const char *v, size_t len, const char *etag, size_t elen);

/* The request headers a file reply looks at; a span with p NULL is absent. */
typedef struct ws_http_cond {
	bool head; /* HEAD: the head of the reply only */
	bool get;  /* GET: Range applies (to nothing else) */
	ws_http_span if_none_match, if_modified_since, range, if_range;
} ws_http_cond;

/* Fill q from a parsed request head. */
void ws_http_cond_from(const ws_http_head *h, ws_http_cond *q);

/* What to answer for a file of size bytes with those validators. */
typedef struct ws_http_file_plan {
	int status;         /* 200, 206, 304 or 416 */
	uint64_t from, len; /* the bytes of the file the reply's Content-Length counts */
	bool body;          /* false: the head only (HEAD, 304, 416) */
} ws_http_file_plan;
void ws_http_file_decide(const ws_http_cond *q, uint64_t size, const char *etag, size_t elen,
                         time_t mtime, ws_http_file_plan *plan);

#endif
