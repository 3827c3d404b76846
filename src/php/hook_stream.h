/* Coroutine-aware stream transports tcp, udp, unix, udg, ssl and tls (hook_stream.c). */
#ifndef WSERVER_PHP_HOOK_STREAM_H
#define WSERVER_PHP_HOOK_STREAM_H

#include "php.h"

/* Hook the transports whose WSERVER_HOOK_* bit is in flags, give the others back their own
 * factory. Streams made while hooked keep their hooked operations, which act as stock PHP
 * whenever their bit is off or no coroutine runs. */
void wserver_hook_streams(zend_long flags);
/* Suspend the running coroutine until fd is ready for events or deadline (absolute; < 0:
 * none) passes, as the owner of stream (a second coroutine using it gets an exception).
 * WSERVER_WAIT_*. */
int wserver_hook_stream_wait(php_stream *stream, int fd, int events, double deadline);
/* A stream of stream_socket_pair(): hooked while WSERVER_HOOK_STREAM_FUNCTION is on. */
void wserver_hook_stream_adopt_pair(php_stream *stream);

#endif
