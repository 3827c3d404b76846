/* WServer\Runtime (hooks.c): which blocking PHP I/O is made coroutine-aware. */
#ifndef WSERVER_PHP_HOOKS_H
#define WSERVER_PHP_HOOKS_H

/* WSERVER_HOOK_ALL: every flag but CURL (NATIVE_CURL stands for it) and MONGODB, as Swoole's */
#define WSERVER_HOOK_ALL_VALUE (0x7fffffff & ~2048 & ~4194304)

void wserver_hooks_minit(int module_number);
void wserver_hooks_rshutdown(void);

#endif
