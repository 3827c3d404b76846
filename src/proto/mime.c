/* The few media types a server of static files meets most; anything else is sent as bytes
 * (application/octet-stream), which browsers download rather than guess at. The application
 * may change the table of its process (Swoole's swoole_mime_type_add/set/delete()). */
#include "mime.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
	const char *ext, *type;
} mime_entry;

static const mime_entry builtin[] = {
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
    /* less common, still what a site's static folder holds */
    {"avif", "image/avif"},
    {"bmp", "image/bmp"},
    {"tif", "image/tiff"},
    {"tiff", "image/tiff"},
    {"ttf", "font/ttf"},
    {"otf", "font/otf"},
    {"eot", "application/vnd.ms-fontobject"},
    {"map", "application/json"},
    {"jsonld", "application/ld+json"},
    {"webmanifest", "application/manifest+json"},
    {"rss", "application/rss+xml"},
    {"atom", "application/atom+xml"},
    {"csv", "text/csv; charset=utf-8"},
    {"md", "text/markdown; charset=utf-8"},
    {"log", "text/plain; charset=utf-8"},
    {"yaml", "text/yaml; charset=utf-8"},
    {"yml", "text/yaml; charset=utf-8"},
    {"ics", "text/calendar"},
    {"mp3", "audio/mpeg"},
    {"m4a", "audio/mp4"},
    {"aac", "audio/aac"},
    {"ogg", "audio/ogg"},
    {"oga", "audio/ogg"},
    {"opus", "audio/ogg"},
    {"wav", "audio/wav"},
    {"flac", "audio/flac"},
    {"webm", "video/webm"},
    {"ogv", "video/ogg"},
    {"mov", "video/quicktime"},
    {"mpeg", "video/mpeg"},
    {"mpg", "video/mpeg"},
    {"avi", "video/x-msvideo"},
    {"m3u8", "application/vnd.apple.mpegurl"},
    {"ts", "video/mp2t"},
    {"zip", "application/zip"},
    {"gz", "application/gzip"},
    {"tgz", "application/gzip"},
    {"bz2", "application/x-bzip2"},
    {"xz", "application/x-xz"},
    {"7z", "application/x-7z-compressed"},
    {"rar", "application/vnd.rar"},
    {"tar", "application/x-tar"},
    {"jar", "application/java-archive"},
    {"apk", "application/vnd.android.package-archive"},
    {"epub", "application/epub+zip"},
    {"rtf", "application/rtf"},
    {"doc", "application/msword"},
    {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {"xls", "application/vnd.ms-excel"},
    {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {"ppt", "application/vnd.ms-powerpoint"},
    {"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
    {"bin", "application/octet-stream"},
    {"exe", "application/octet-stream"},
    {"dmg", "application/octet-stream"},
    {"iso", "application/octet-stream"},
    {"deb", "application/vnd.debian.binary-package"},
};

/* The process's table: the built-in one until the application changes it; then a copy on the
 * heap, whose strings are the built-in ones or copies (never freed: they live with the process,
 * and the built-in ones cannot be told apart cheaply). */
static const mime_entry *types = builtin;
static size_t ntypes = sizeof(builtin) / sizeof(builtin[0]);
static mime_entry *own; /* types once it is a copy */
static size_t own_cap;

static bool make_room(void)
{
	if (own && ntypes < own_cap) {
		return true;
	}
	size_t cap = own_cap ? own_cap * 2 : ntypes + 16;
	mime_entry *grown = realloc(own, cap * sizeof(*grown));
	if (!grown) {
		return false;
	}
	if (!own) {
		memcpy(grown, builtin, sizeof(builtin));
	}
	own = grown;
	own_cap = cap;
	types = own;
	return true;
}

static const mime_entry *find(const char *ext, size_t n)
{
	for (size_t i = 0; i < ntypes; i++) {
		if (strlen(types[i].ext) == n && strncasecmp(ext, types[i].ext, n) == 0) {
			return &types[i];
		}
	}
	return NULL;
}

/* The suffix of path[0, len): after the last dot of the last segment; NULL when none. */
static const char *suffix_of(const char *path, size_t len)
{
	for (size_t i = len; i > 0; i--) {
		if (path[i - 1] == '/') {
			break;
		}
		if (path[i - 1] == '.') {
			return path + i;
		}
	}
	return NULL;
}

const char *ws_mime_find(const char *path, size_t len)
{
	const char *ext = suffix_of(path, len);
	const mime_entry *e = ext ? find(ext, len - (size_t) (ext - path)) : NULL;
	return e ? e->type : NULL;
}

const char *ws_mime_type(const char *path, size_t len)
{
	const char *type = ws_mime_find(path, len);
	return type ? type : "application/octet-stream";
}

bool ws_mime_set(const char *ext, const char *type, bool replace)
{
	const mime_entry *e = find(ext, strlen(ext));
	if (e && !replace) {
		return false;
	}
	size_t at = e ? (size_t) (e - types) : ntypes; /* an index: make_room() may move the table */
	char *type_copy = strdup(type);
	char *ext_copy = e ? NULL : strdup(ext);
	if (!type_copy || (!e && !ext_copy) || !make_room()) {
		free(type_copy);
		free(ext_copy);
		return false;
	}
	if (!e) {
		own[at].ext = ext_copy;
		ntypes++;
	}
	own[at].type = type_copy;
	return true;
}

bool ws_mime_delete(const char *ext)
{
	const mime_entry *e = find(ext, strlen(ext));
	if (!e) {
		return false;
	}
	size_t at = (size_t) (e - types);
	if (!make_room()) {
		return false;
	}
	own[at] = own[--ntypes];
	return true;
}

size_t ws_mime_count(void)
{
	return ntypes;
}

void ws_mime_at(size_t i, const char **ext, const char **type)
{
	*ext = types[i].ext;
	*type = types[i].type;
}

bool ws_mime_without_charset(void)
{
	if (!make_room()) {
		return false;
	}
	for (size_t i = 0; i < ntypes; i++) {
		const char *semi = strchr(own[i].type, ';');
		if (semi) {
			char *bare = strndup(own[i].type, (size_t) (semi - own[i].type));
			if (!bare) {
				return false;
			}
			own[i].type = bare; /* lives with the process, as the table's other copies */
		}
	}
	return true;
}
