/* Content-Type of a file sent as a reply, from its name. */
#ifndef WS_PROTO_MIME_H
#define WS_PROTO_MIME_H

#include <stdbool.h>
#include <stddef.h>

/* The media type for the extension of path[0, len) (case-insensitive); a string that lives
 * as long as the table has it, "application/octet-stream" for an unknown or missing one. */
const char *ws_mime_type(const char *path, size_t len);
/* As ws_mime_type(), NULL for an unknown or missing extension. */
const char *ws_mime_find(const char *path, size_t len);
/* The application's changes to this process's table (ext without its dot): set the type of
 * ext; when it is known already, only if replace. false when it was known and !replace, or
 * out of memory. */
bool ws_mime_set(const char *ext, const char *type, bool replace);
/* Forget ext; false when it was not known. */
bool ws_mime_delete(const char *ext);
/* Drop the charset parameter of every type ("text/plain; charset=utf-8" -> "text/plain"),
 * as Swoole's table has none. false: out of memory. */
bool ws_mime_without_charset(void);
/* The table, entry by entry: i < ws_mime_count(). */
size_t ws_mime_count(void);
void ws_mime_at(size_t i, const char **ext, const char **type);

#endif
