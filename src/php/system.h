#ifndef WSERVER_PHP_SYSTEM_H
#define WSERVER_PHP_SYSTEM_H

/* The version of Swoole's API wserver follows: swoole_version() and SWOOLE_VERSION* under
 * wserver.aliases=swoole. */
#define WSERVER_SWOOLE_API_MAJOR      6
#define WSERVER_SWOOLE_API_MINOR      2
#define WSERVER_SWOOLE_API_RELEASE    1
#define WSERVER_SWOOLE_API_VERSION    "6.2.1"
#define WSERVER_SWOOLE_API_VERSION_ID 60201

void wserver_system_minit(int module_number);
/* Record err as the errno of the last failed system call (WServer\errno()). */
void wserver_set_errno(int err);

#endif
