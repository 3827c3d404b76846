/* Swoole's package_length_func: a PHP callable measures each package (length_func.c). */
#ifndef WSERVER_PHP_LENGTH_FUNC_H
#define WSERVER_PHP_LENGTH_FUNC_H

#include "php.h"
#include "proto/proto.h"

/* The codec: fn($data) gives the length of the first package in $data (0: more bytes needed, a
 * negative number: the data is bad and the connection closes), as Swoole's. */
extern const ws_proto wserver_proto_length_func;
/* The callable the codec calls in this process (copied; kept until the process ends). */
void wserver_length_func_set(zval *fn);

#endif
