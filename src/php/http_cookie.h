/* WServer\Http\Cookie (http_cookie.c): a Set-Cookie line written as Swoole writes it. */
#ifndef WSERVER_PHP_HTTP_COOKIE_H
#define WSERVER_PHP_HTTP_COOKIE_H

#include "php.h"

typedef struct {
	zend_string *name, *value, *path, *domain, *same_site, *priority; /* NULL: none */
	zend_long expires;                                                /* 0: a session cookie */
	bool secure, http_only, partitioned;
	bool encode; /* the value is URL-encoded (cookie()), or must be plain (rawcookie()) */
} wserver_swoole_cookie;

extern zend_class_entry *wserver_http_cookie_ce;
void wserver_http_cookie_minit(void);
/* The Set-Cookie value for k ("name=value; expires=...; path=/..."); a missing value deletes
 * the cookie. NULL after a warning naming what is wrong (no name, a character a cookie cannot
 * hold, a year past 9999). */
zend_string *wserver_swoole_cookie_line(const wserver_swoole_cookie *k);
/* The cookie a Cookie object holds. */
const wserver_swoole_cookie *wserver_http_cookie_get(zend_object *obj);

#endif
