/* Session\RedisSessionHandler (session_redis_handler.c). */
#ifndef WSERVER_PHP_SESSION_REDIS_HANDLER_H
#define WSERVER_PHP_SESSION_REDIS_HANDLER_H

#include "php.h"

void wserver_session_redis_handler_minit(void);

#endif
