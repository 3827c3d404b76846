/* WServer\ArrayObject and WServer\Exception\ArrayKeyNotExists (array_object.c). */
#ifndef WSERVER_PHP_ARRAY_OBJECT_H
#define WSERVER_PHP_ARRAY_OBJECT_H

#include "php.h"

extern zend_class_entry *wserver_array_object_ce;

/* after wserver_string_object_minit(): ArrayObject's methods return StringObjects */
void wserver_array_object_minit(void);

#endif
