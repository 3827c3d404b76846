/* WServer\Protocols\Http\ServerSentEvents and Chunk (http_stream.c): pieces of a streamed
 * reply. */
#ifndef WSERVER_PHP_HTTP_STREAM_H
#define WSERVER_PHP_HTTP_STREAM_H

#include "php.h"

extern zend_class_entry *wserver_http_chunk_ce;
void wserver_http_stream_minit(void);
/* The bytes of a ServerSentEvents or Chunk (new reference); false for anything else. */
bool wserver_http_stream_bytes(zval *data, zend_string **bytes);

#endif
