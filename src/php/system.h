#ifndef WSERVER_PHP_SYSTEM_H
#define WSERVER_PHP_SYSTEM_H

void wserver_system_minit(int module_number);
/* Record err as the errno of the last failed system call (WServer\errno()). */
void wserver_set_errno(int err);

#endif
