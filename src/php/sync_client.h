/* WServer\Client, Swoole's blocking client (sync_client.c). */
#ifndef WSERVER_PHP_SYNC_CLIENT_H
#define WSERVER_PHP_SYNC_CLIENT_H

void wserver_sync_client_minit(int module_number);

#endif
