/* http: framing of HTTP/1.x requests for the connection layer (where a request ends, what to
 * answer to one that is malformed). The head grammar is in http_parser.re. */
#include "http.h"
#include "multipart.h"

#include <stdio.h>
#include <string.h>

/* Request::$maxHeaderSize and Request::$maxUriLength, set in each worker at start; the body
 * limit is the connection's maxPackageSize. */
static ws_http_limits limits = {16 * 1024, 8 * 1024, 10 * 1024 * 1024};

/* The request head at buf under the limits, bodies up to max: as ws_http_parse_head(), and
 * its keep-alive told with the request, so the binding need not parse the head again. */
static inline ssize_t input_head(const char *buf, size_t len, size_t max, ws_msg_info *info,
                                 ws_http_limits *lim, ws_http_head *head)
{
	*lim = limits;
	lim->max_body = max;
	ssize_t n = ws_http_parse_head(buf, len, lim, head);
	if (n > 0) {
		info->keep_alive = head->keep_alive;
	}
	return n;
}

static ssize_t http_input(const void *param, const char *buf, size_t len, size_t max,
                          ws_msg_info *info)
{
	ws_http_limits lim;
	ws_http_head head;
	ssize_t n = input_head(buf, len, max, info, &lim, &head);
	return n <= 0 ? n : ws_http_message_length(buf, len, &head, &lim);
}

/* Request::$uploadMaxSize / upload_max_filesize: past the package limit, bodies up to this
 * size are spooled to disk. */
static uint64_t upload_max;

void ws_http_set_upload_max(uint64_t max)
{
	upload_max = max;
}

/* http:// requests: as http_input, but a Content-Length body over max that uploads may take
 * is left to the connection layer to spool (info->spool_len). */
static ssize_t http_input_spool(const void *param, const char *buf, size_t len, size_t max,
                                ws_msg_info *info)
{
	ws_http_limits lim;
	ws_http_head head;
	ssize_t n = input_head(buf, len, max, info, &lim, &head);
	if (n <= 0) {
		return n;
	}
	if (upload_max == 0 || head.chunked || head.content_length <= 0 ||
	    (uint64_t) head.content_length <= max || (uint64_t) head.content_length > upload_max) {
		return ws_http_message_length(buf, len, &head, &lim); /* 413 past upload_max */
	}
	info->spool_len = (uint64_t) head.content_length;
	const ws_http_span *ct = ws_http_header_get(&head, "content-type");
	ws_http_span boundary;
	if (ct && ws_mp_boundary(ct->p, ct->len, &boundary)) {
		info->boundary = boundary.p;
		info->boundary_len = boundary.len;
	}
	return (ssize_t) head.head_len;
}

static void http_decode(const void *param, const char *msg, size_t len, size_t *off, size_t *plen)
{
	(void) msg;
	*off = 0;
	*plen = len; /* the binding makes the Request from the whole message */
}

static size_t http_encode(size_t n, char *head, const char **trailer, size_t *tlen)
{
	(void) n;
	(void) head;
	*trailer = NULL;
	*tlen = 0;
	return 0; /* replies are built by the binding (status line, headers) */
}

/* Swoole answers a request it refuses with a status line and no body: so do we under its names */
static bool bare_rejects;

void ws_http_set_bare_rejects(bool on)
{
	bare_rejects = on;
}

static size_t http_reject(ssize_t err, char *out, size_t outlen)
{
	int status = (int) -err;
	const char *reason = ws_http_reason(status);
	if (bare_rejects) {
		int n = snprintf(out, outlen,
		                 "HTTP/1.1 %d %s\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", status,
		                 reason);
		return n < 0 || (size_t) n >= outlen ? 0 : (size_t) n;
	}
	char body[64];
	int blen = snprintf(body, sizeof(body), "%d %s", status, reason);
	int n = snprintf(out, outlen,
	                 "HTTP/1.1 %d %s\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n"
	                 "Connection: close\r\n\r\n%s",
	                 status, reason, blen, body);
	return n < 0 || (size_t) n >= outlen ? 0 : (size_t) n;
}

/* "100 Continue" once the head asking for it is complete and before any body byte came. */
static size_t http_interim(const char *buf, size_t len, char *out, size_t outlen)
{
	static const char cont[] = "HTTP/1.1 100 Continue\r\n\r\n";
	ws_http_head head;
	if (ws_http_parse_head(buf, len, &limits, &head) <= 0 || !head.expect_continue ||
	    len != head.head_len || (head.content_length <= 0 && !head.chunked) ||
	    outlen < sizeof(cont) - 1) {
		return 0;
	}
	memcpy(out, cont, sizeof(cont) - 1);
	return sizeof(cont) - 1;
}

/* Request::$headerTimeout: the request line and headers must be in within it (slowloris). */
static int64_t head_timeout_ms = 30000;

static int64_t http_head_timeout(const char *buf, size_t len)
{
	if (head_timeout_ms <= 0) {
		return 0;
	}
	ws_http_head head;
	return len == 0 || ws_http_parse_head(buf, len, &limits, &head) == 0 ? head_timeout_ms : 0;
}

void ws_http_set_head_timeout(int64_t ms)
{
	head_timeout_ms = ms;
}

const ws_proto ws_proto_http = {
    .name = "http",
    .kind = WS_PROTO_HTTP,
    .input = http_input_spool,
    .decode = http_decode,
    .encode = http_encode,
    .reject = http_reject,
    .interim = http_interim,
    .head_timeout = http_head_timeout,
};

/* websocket://: the handshake is an HTTP request, framed and refused as HTTP; the frames after
 * it are the connection layer's (core/websocket.c). */
const ws_proto ws_proto_websocket = {
    .name = "websocket",
    .kind = WS_PROTO_WEBSOCKET,
    .input = http_input,
    .decode = http_decode,
    .encode = http_encode,
    .reject = http_reject,
    .head_timeout = http_head_timeout,
};

const ws_http_limits *ws_http_default_limits(void)
{
	return &limits;
}

void ws_http_set_limits(size_t max_head, size_t max_uri)
{
	limits.max_head = max_head;
	limits.max_uri = max_uri;
}
