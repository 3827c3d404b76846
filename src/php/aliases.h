/* wserver.aliases: the peers' class names registered as aliases of ours (aliases.c). */
#ifndef WSERVER_PHP_ALIASES_H
#define WSERVER_PHP_ALIASES_H

/* Reads the ini setting; call after every class is registered. */
void wserver_aliases_minit(int type, int module_number);
void wserver_aliases_mshutdown(int type, int module_number);

#endif
