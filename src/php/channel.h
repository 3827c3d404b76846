/* WServer\Coroutine\Channel (channel.c). */
#ifndef WSERVER_PHP_CHANNEL_H
#define WSERVER_PHP_CHANNEL_H

#include "php.h"

void wserver_channel_minit(int module_number);

#endif
