/* Compressed HTTP replies (http_compress.c), on both APIs: the settings (Http::compression()
 * for the Worker API, a Server's http_compression* options), the coding each request accepts,
 * and the reply or stream piece sent in its place. The codec is proto/compress.c. */
#ifndef WSERVER_PHP_HTTP_COMPRESS_H
#define WSERVER_PHP_HTTP_COMPRESS_H

#include "php.h"
#include "core/conn.h"

typedef struct wserver_http_compress_cfg {
	bool on;
	int level;         /* gzip/deflate 1-9; br's quality */
	size_t min_length; /* smaller bodies go as they are */
	char *types;       /* NUL-separated, ending with an empty entry (malloc); NULL: the default */
} wserver_http_compress_cfg;

/* Swoole's defaults (on, level 1, 20 bytes, our list of types). */
void wserver_http_compress_cfg_init(wserver_http_compress_cfg *cfg, bool on);
void wserver_http_compress_cfg_free(wserver_http_compress_cfg *cfg);
/* The types of list (an array of strings) into cfg; false with a message in why when an entry
 * is not a non-empty string. An empty list compresses nothing. */
bool wserver_http_compress_cfg_types(wserver_http_compress_cfg *cfg, HashTable *list,
                                     const char **why);

/* A request arrived on c (its raw bytes): note which coding its reply may use. */
void wserver_http_compress_request(ws_conn *c, const char *req, size_t len);
/* The reply to send on c instead of data: data itself, or a compressed copy made in *tmp
 * (released by the caller; UNDEF when none). A streamed reply (chunked, event-stream) starts
 * its encoder here. The application's Response is never changed. */
zval *wserver_http_compress_reply(ws_conn *c, zval *data, zval *tmp);
/* A piece of a streamed reply (a Chunk's or ServerSentEvents' bytes): *piece is replaced by
 * its compressed form when the reply is compressed; the last chunk ends the stream. */
void wserver_http_compress_piece(zend_object *conn, zend_string **piece);
/* The stream of conn ends with trailers (written by the caller): the chunk that ends the
 * compressed data, or NULL when the reply is not compressed. */
zend_string *wserver_http_compress_finish(zend_object *conn);
/* conn is freed: its encoder goes too. */
void wserver_http_compress_conn_free(zend_object *conn);

/* Http::compression() */
void wserver_http_compress_method(INTERNAL_FUNCTION_PARAMETERS);
void wserver_http_compress_mshutdown(void);

#endif
