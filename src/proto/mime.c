/* The few media types a server of static files meets most; anything else is sent as bytes
 * (application/octet-stream), which browsers download rather than guess at. */
#include "mime.h"

#include <string.h>
#include <strings.h>

static const struct {
	const char *ext, *type;
} types[] = {
    {"html", "text/html; charset=utf-8"},
    {"htm", "text/html; charset=utf-8"},
    {"css", "text/css; charset=utf-8"},
    {"js", "text/javascript; charset=utf-8"},
    {"mjs", "text/javascript; charset=utf-8"},
    {"json", "application/json"},
    {"txt", "text/plain; charset=utf-8"},
    {"xml", "application/xml"},
    {"svg", "image/svg+xml"},
    {"png", "image/png"},
    {"jpg", "image/jpeg"},
    {"jpeg", "image/jpeg"},
    {"gif", "image/gif"},
    {"webp", "image/webp"},
    {"ico", "image/x-icon"},
    {"wasm", "application/wasm"},
    {"pdf", "application/pdf"},
    {"mp4", "video/mp4"},
    {"woff", "font/woff"},
    {"woff2", "font/woff2"},
};

const char *ws_mime_type(const char *path, size_t len)
{
	/* the extension: after the last dot of the last path segment */
	const char *ext = NULL;
	for (size_t i = len; i > 0; i--) {
		if (path[i - 1] == '/') {
			break;
		}
		if (path[i - 1] == '.') {
			ext = path + i;
			break;
		}
	}
	if (ext) {
		size_t n = len - (size_t) (ext - path);
		for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
			if (strlen(types[i].ext) == n && strncasecmp(ext, types[i].ext, n) == 0) {
				return types[i].type;
			}
		}
	}
	return "application/octet-stream";
}
