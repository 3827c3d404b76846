/* Workerman's protocol classes for our built-in codecs (protocols.c: ProtocolInterface, Text,
 * Frame, Ws; http.c: Http; websocket.c: Websocket) and the mapping between them. */
#ifndef WSERVER_PHP_PROTOCOLS_H
#define WSERVER_PHP_PROTOCOLS_H

#include "php.h"
#include "proto/proto.h"

extern zend_class_entry *wserver_protocol_interface_ce;
extern zend_class_entry *wserver_protocols_text_ce;
extern zend_class_entry *wserver_protocols_frame_ce;
extern zend_class_entry *wserver_protocols_ws_ce;
void wserver_protocols_minit(void);

/* The codec behind one of our protocol classes (Text, Frame, Http, Websocket, Ws, under any of
 * their names); NULL for any other class. */
const ws_proto *wserver_protocols_codec(zend_class_entry *ce);
/* The class name a Worker or connection of this codec reports in $protocol, as Workerman
 * would: Workerman\Protocols\X under wserver.aliases=workerman, else WServer\Protocols\X.
 * NULL for a codec without a class (raw, eof, length, a user class). */
zend_string *wserver_protocols_class_name(const ws_proto *proto);

#endif
