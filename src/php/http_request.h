/* WServer\Protocols\Http\Request (http_request.c): a request over the bytes received. */
#ifndef WSERVER_PHP_HTTP_REQUEST_H
#define WSERVER_PHP_HTTP_REQUEST_H

#include "php.h"
#include "proto/http.h"

extern zend_class_entry *wserver_http_request_ce;
void wserver_http_request_minit(void);
/* Read Request::$maxHeaderSize and ::$maxUriLength into the HTTP codec (worker start). */
void wserver_http_request_apply_limits(bool swoole);
/* Request shutdown: the Requests kept for reuse are freed. */
void wserver_http_request_rshutdown(void);
/* A Request over the bytes raw (referenced) received on conn (may be NULL). */
zend_object *wserver_http_request_create_for(zend_string *raw, zend_object *conn);

/* One request's bytes and what is read from them, each part made when first asked: the state
 * of a Protocols\Http\Request and of Http\Server's Request, which read it through these. */
typedef struct wserver_http_req {
	zend_string *raw;                        /* the whole request; owned; NULL: none */
	ws_http_head *head;                      /* emalloc'd on first use */
	zval get, post, files, headers, cookies; /* IS_UNDEF until first asked */
	zval tmp_files;         /* paths of the temp files written for uploads; IS_UNDEF: none */
	struct ws_spool *spool; /* a body too large for memory, on disk (core/spool.c); owned */
} wserver_http_req;
/* A request's bytes as a new string (owned by the caller), made in the one a finished request
 * left (wserver_http_req_free keeps it) when it has room: no allocation per request. */
zend_string *wserver_http_raw_new(const char *data, size_t len);
/* r over raw (referenced; NULL: none); free removes the upload temp files left. */
void wserver_http_req_init(wserver_http_req *r, zend_string *raw);
/* The body of r was spooled to disk (taken from the connection, owned by r from now). */
void wserver_http_req_set_spool(wserver_http_req *r, struct ws_spool *spool);
/* The temp file holding r's raw body when it was spooled to disk; NULL otherwise (in memory,
 * or a multipart body, whose files are in file()). */
const char *wserver_http_req_body_file(wserver_http_req *r);
/* Where uploads go: Http::uploadTmpDir(), else upload_tmp_dir, else the system's temp dir. */
const char *wserver_http_upload_dir(void);
/* Http::uploadTmpDir($dir). */
void wserver_http_set_upload_dir(const char *dir, size_t len);
/* Read the upload settings into the core: Request::$uploadMaxSize and Http::uploadTmpDir(),
 * or a Server's upload_max_filesize / upload_tmp_dir (max > 0 or dir given). */
void wserver_http_request_apply_upload(zend_long max, zend_string *dir);
void wserver_http_req_free(wserver_http_req *r);
/* The parsed head; bytes that do not parse (a Request made by hand) read as an empty GET /. */
const ws_http_head *wserver_http_req_head(wserver_http_req *r);
ws_http_span wserver_http_req_path(wserver_http_req *r);
ws_http_span wserver_http_req_query(wserver_http_req *r);
/* The body, chunked bodies decoded (a new string). */
zend_string *wserver_http_req_body(wserver_http_req *r);
/* The arrays of get(), header() (lower-case names), cookie(), post() and file(); borrowed. */
zval *wserver_http_req_get(wserver_http_req *r);
zval *wserver_http_req_headers(wserver_http_req *r);
/* As wserver_http_req_headers(), a repeated field giving the array of its values (Swoole's). */
zval *wserver_http_req_header_lists(wserver_http_req *r);
zval *wserver_http_req_cookies(wserver_http_req *r);
zval *wserver_http_req_post(wserver_http_req *r);
zval *wserver_http_req_files(wserver_http_req *r);

#endif
