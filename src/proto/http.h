/* The http:// protocol codec. */
#ifndef WS_PROTO_HTTP_H
#define WS_PROTO_HTTP_H

#include "http_parser.h"
#include "proto.h"

extern const ws_proto ws_proto_http;
/* websocket://: the handshake request; core/websocket.c takes over after it. */
extern const ws_proto ws_proto_websocket;

/* Limits used for heads and bodies (max_body is the connection's maxPackageSize). */
const ws_http_limits *ws_http_default_limits(void);
/* How long a request head may take to arrive, in ms (0: no limit). */
void ws_http_set_head_timeout(int64_t ms);
/* Bodies over the connection's package limit but at most max bytes are spooled to disk
 * instead of refused with 413 (http:// only, Content-Length bodies); 0: none are. */
void ws_http_set_upload_max(uint64_t max);
/* Change the head limits of this process (the binding, at worker start). */
void ws_http_set_limits(size_t max_head, size_t max_uri);

/* Refused requests get a status line and an empty body, as Swoole's (its names on). */
void ws_http_set_bare_rejects(bool on);

#endif
