/* Coroutine-aware stream transports tcp, udp, unix and udg (hook_stream.c). */
#ifndef WSERVER_PHP_HOOK_STREAM_H
#define WSERVER_PHP_HOOK_STREAM_H

#include "php.h"

/* Hook the transports whose WSERVER_HOOK_* bit is in flags, give the others back their own
 * factory. Streams made while hooked keep their hooked operations, which act as stock PHP
 * whenever their bit is off or no coroutine runs. */
void wserver_hook_streams(zend_long flags);
/* A stream of stream_socket_pair(): hooked while WSERVER_HOOK_STREAM_FUNCTION is on. */
void wserver_hook_stream_adopt_pair(php_stream *stream);

#endif
