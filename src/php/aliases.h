/* wserver.aliases: the peers' class names registered as aliases of ours (aliases.c). */
#ifndef WSERVER_PHP_ALIASES_H
#define WSERVER_PHP_ALIASES_H

#include <stdbool.h>

/* Reads the ini setting; call after every class is registered. */
void wserver_aliases_minit(int type, int module_number);
void wserver_aliases_mshutdown(int type, int module_number);

/* wserver.aliases holds workerman: Workerman's class names are ours. */
bool wserver_aliases_workerman(void);

#endif
