/* WServer\Runtime (hooks.c): which blocking PHP I/O is made coroutine-aware. */
#ifndef WSERVER_PHP_HOOKS_H
#define WSERVER_PHP_HOOKS_H

#include "php.h"

/* The WSERVER_HOOK_* values (Swoole's), for C */
#define WSERVER_HOOK_TCP_VALUE             2
#define WSERVER_HOOK_UDP_VALUE             4
#define WSERVER_HOOK_UNIX_VALUE            8
#define WSERVER_HOOK_UDG_VALUE             16
#define WSERVER_HOOK_SSL_VALUE             32
#define WSERVER_HOOK_TLS_VALUE             64
#define WSERVER_HOOK_STREAM_FUNCTION_VALUE 128
#define WSERVER_HOOK_SLEEP_VALUE           512
/* WSERVER_HOOK_ALL: every flag but CURL (NATIVE_CURL stands for it) and MONGODB, as Swoole's */
#define WSERVER_HOOK_ALL_VALUE (0x7fffffff & ~2048 & ~4194304)

/* The flags in effect. Never calls PHP. */
zend_long wserver_hook_flags(void);
/* Runtime::setHookFlags($flags): false after a ValueError (negative flags). */
bool wserver_hooks_set(zend_long flags);

void wserver_hooks_minit(int module_number);
/* Apply wserver.hook_io. */
void wserver_hooks_rinit(void);
void wserver_hooks_rshutdown(void);

#endif
