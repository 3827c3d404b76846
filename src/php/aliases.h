/* wserver.aliases: the peers' class names registered as aliases of ours (aliases.c). */
#ifndef WSERVER_PHP_ALIASES_H
#define WSERVER_PHP_ALIASES_H

#include <stdbool.h>

#include "php.h"

/* Reads the ini setting; call after every class is registered. */
void wserver_aliases_minit(int type, int module_number);
void wserver_aliases_mshutdown(int type, int module_number);

/* The name messages give class ce: its Swoole name when wserver.aliases=swoole maps one onto
 * it (Swoole's programs and tests read Swoole's names in messages), else ours. get_class()
 * keeps ours. */
const char *wserver_aliases_class_name(const zend_class_entry *ce);
/* An E_WARNING "Class::method(): message" for a method of ce now running, the class named as
 * wserver_aliases_class_name() says (php_error_docref() would name ours). May run PHP (an
 * error handler). */
void wserver_aliases_warning(const zend_class_entry *ce, const char *fmt, ...)
    ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);

/* wserver.aliases holds workerman: Workerman's class names are ours. */
bool wserver_aliases_workerman(void);
/* wserver.aliases holds swoole (and the swoole extension is not loaded). */
bool wserver_aliases_swoole(void);

#endif
