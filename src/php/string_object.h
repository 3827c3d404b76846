/* WServer\StringObject and WServer\MultibyteStringObject (string_object.c), and the helpers
 * they share with WServer\ArrayObject (array_object.c). */
#ifndef WSERVER_PHP_STRING_OBJECT_H
#define WSERVER_PHP_STRING_OBJECT_H

#include "php.h"

extern zend_class_entry *wserver_string_object_ce;

void wserver_string_object_minit(void);

/* name(...argv) for a PHP function by its lower-case name; false when it threw (ret then
 * undefined), or when the function is missing (an Error saying so). */
bool wserver_call_php(const char *name, zval *ret, uint32_t argc, zval *argv);

/* ret = new ce(arg), through ce's constructor as `new static` would; ret is null on failure. */
void wserver_new_object(zend_class_entry *ce, zval *arg, zval *ret);

#endif
