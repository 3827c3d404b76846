/* WServer\Coroutine\Client (client.c), over csock.h. */
#ifndef WSERVER_PHP_CLIENT_H
#define WSERVER_PHP_CLIENT_H

#include "php.h"

void wserver_client_minit(void);

#endif
