/* Workerman's protocol classes (user_protocol.c): a user class's input, decode and encode
 * as a codec. */
#ifndef WSERVER_PHP_USER_PROTOCOL_H
#define WSERVER_PHP_USER_PROTOCOL_H

#include "php.h"
#include "proto/proto.h"

extern const ws_proto wserver_proto_user;
/* The class of a scheme or a $protocol name; NULL when there is none. */
zend_class_entry *wserver_user_protocol_find(const char *name, size_t len);
/* This process's Worker uses ce (NULL: none). */
void wserver_user_protocol_use(zend_class_entry *ce);
/* msg (a whole package) becomes what Class::decode() returns. */
void wserver_user_protocol_decode(zend_object *conn, zval *msg);
/* What Class::encode() makes of data; NULL after an exception (logged). */
zend_string *wserver_user_protocol_encode(zend_object *conn, zval *data);

#endif
