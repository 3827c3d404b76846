/* HTTP/1.x responses as a client reads them, from bytes only (no socket, no PHP): the status
 * line and header fields of a response head, and the chunks of a chunked body. */
#ifndef WS_PROTO_HTTP_CLIENT_H
#define WS_PROTO_HTTP_CLIENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "http_parser.h"

typedef struct ws_http_response_head {
	int version; /* 10 or 11 */
	int status;
	ws_http_span reason;
	ws_http_header headers[WS_HTTP_MAX_HEADERS];
	uint32_t nheaders;
	size_t head_len;        /* through the blank line */
	int64_t content_length; /* -1: none */
	bool chunked;
	bool close; /* Connection: close, or HTTP/1.0 without keep-alive */
} ws_http_response_head;

/* Parse a response head at buf[0, len). Returns its length (> 0); 0 when more bytes are
 * needed (nothing is kept: call again with more); -1 when it is not an HTTP/1.x response head
 * (a field name that is not a token, a control character in a value) or has more than
 * WS_HTTP_MAX_HEADERS fields. Lines may end in CRLF or a bare LF. */
ssize_t ws_http_parse_response_head(const char *buf, size_t len, ws_http_response_head *h);

/* One chunk of a chunked body at buf[0, len): returns the bytes it takes (size line, data,
 * CRLF; for the last chunk, its trailer fields through the blank line), 0 when more bytes are
 * needed, -1 when malformed. *data_off and *data_len locate its data; *data_len 0: the last
 * chunk. */
ssize_t ws_http_chunk_next(const char *buf, size_t len, size_t *data_off, size_t *data_len);

#endif
