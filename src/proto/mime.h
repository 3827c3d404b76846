/* Content-Type of a file sent as a reply, from its name. */
#ifndef WS_PROTO_MIME_H
#define WS_PROTO_MIME_H

#include <stddef.h>

/* The media type for the extension of path[0, len) (case-insensitive); a static string,
 * "application/octet-stream" for an unknown or missing extension. */
const char *ws_mime_type(const char *path, size_t len);

#endif
