#ifndef WSERVER_PHP_SYSTEM_H
#define WSERVER_PHP_SYSTEM_H

void wserver_system_minit(int module_number);

#endif
