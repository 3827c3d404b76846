/* WServer\Protocols\Http\Session (http_session.c): one client's session data over a handler. */
#ifndef WSERVER_PHP_HTTP_SESSION_H
#define WSERVER_PHP_HTTP_SESSION_H

#include "php.h"

extern zend_class_entry *wserver_http_session_ce;
void wserver_http_session_minit(void);
void wserver_http_session_mshutdown(void);
/* A Session over sid, its data read from the handler (may call PHP: the handler's read()).
 * NULL + exception when the handler cannot be made or read() throws. */
zend_object *wserver_http_session_new(zend_string *sid);
/* Session::$name, Session::$lifetime (borrowed / read now). */
zend_string *wserver_http_session_name(void);
zend_long wserver_http_session_lifetime(void);
/* The Set-Cookie value that gives the client sid, from the cookie settings (a new string). */
zend_string *wserver_http_session_cookie(zend_string *sid);
/* The session's data (borrowed array) and a copy of it put into another session. */
zval *wserver_http_session_data(zend_object *session);
void wserver_http_session_put_all(zend_object *session, HashTable *data);
/* flush(): empty it (the store is emptied when the session is saved). */
void wserver_http_session_flush(zend_object *session);

#endif
