/* A socket of ours handed to PHP as ext/sockets' \Socket (socket_export.c): Swoole's
 * Server::getSocket() and Client::getSocket(), for socket_set_option() and the like. */
#ifndef WSERVER_PHP_SOCKET_EXPORT_H
#define WSERVER_PHP_SOCKET_EXPORT_H

#include "php.h"

/* A \Socket in out over a duplicate of fd (closing it leaves ours open); false with a warning
 * when the sockets extension is not loaded or the fd cannot be duplicated. */
bool wserver_socket_export(int fd, zval *out);

#endif
