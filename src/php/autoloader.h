/* WServer\Autoloader, Workerman 4's class loader (autoloader.c). */
#ifndef WSERVER_PHP_AUTOLOADER_H
#define WSERVER_PHP_AUTOLOADER_H

void wserver_autoloader_minit(void);
/* End of request: forget the root path. */
void wserver_autoloader_rshutdown(void);

#endif
