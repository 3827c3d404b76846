/* Server::set()'s options (server_options.c), applied at start(). */
#ifndef WSERVER_PHP_SERVER_OPTIONS_H
#define WSERVER_PHP_SERVER_OPTIONS_H

#include "php.h"

/* set()'s options onto the Worker and the static defaults, at start(). FAILURE with an
 * exception. */
zend_result wserver_server_apply_settings(zend_object *server, zend_object *worker);
/* The first option set() refused becomes the configuration error start reports. */
void wserver_server_report_bad_options(zend_object *server);

#endif
