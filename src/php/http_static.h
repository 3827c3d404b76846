/* Static files over HTTP (http_static.c): the document root a Server's set() or a Worker's
 * $staticHandler names, served from C before the request callback runs; and what the request's
 * Range, HEAD and conditional headers make of a withFile() / sendfile() reply. */
#ifndef WSERVER_PHP_HTTP_STATIC_H
#define WSERVER_PHP_HTTP_STATIC_H

#include <sys/stat.h>

#include "php.h"
#include "core/conn.h"
#include "proto/http_static.h"

/* One static handler: its root, locations, index files. Owned by the Worker it serves. */
typedef struct wserver_http_static wserver_http_static;

/* Whether name is one of the handler's options (document_root, enable_static_handler,
 * static_handler_locations, http_index_files, http_autoindex). */
bool wserver_http_static_is_option(zend_string *name);
/* What is wrong with v as the value of that option (NULL: nothing), in buf. */
const char *wserver_http_static_check(zend_string *name, zval *v, char *buf, size_t buflen);
/* The handler the options in opts (those names) describe; NULL when it is off (no
 * enable_static_handler when need_enable, or enable_static_handler false), or with the
 * problem in err (err[0] != 0). Never calls user PHP. */
wserver_http_static *wserver_http_static_new(HashTable *opts, bool need_enable, char *err,
                                             size_t errlen);
void wserver_http_static_free(wserver_http_static *s);

/* The request data[0, len) on c, answered from s when it names a file there (or a 403/404
 * the handler owes): true when answered, and then the callback must not run; false hands it
 * to the callback. Never calls PHP. */
bool wserver_http_static_serve(wserver_http_static *s, ws_conn *c, const char *data, size_t len,
                               bool keep_alive);

/* A reply from the file st describes, to the request req[0, req_len) (NULL: not known), whose
 * application chose status and the bytes [from, from + n): decides the status and bytes to send
 * in plan, and adds to h (name => string) the validators (ETag unless h has one, Last-Modified
 * unless set) and Accept-Ranges or Content-Range. Range and the conditional headers apply to
 * a 200 of the whole file; part_206: a part the application chose is a 206 (Workerman's
 * withFile()). Never calls user PHP. */
void wserver_http_static_file_reply(HashTable *h, const char *req, size_t req_len,
                                    const struct stat *st, zend_long status, uint64_t from,
                                    uint64_t n, bool part_206, ws_http_file_plan *plan);

#endif
