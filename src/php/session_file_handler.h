/* Session\SessionHandlerInterface and Session\FileSessionHandler (session_file_handler.c). */
#ifndef WSERVER_PHP_SESSION_FILE_HANDLER_H
#define WSERVER_PHP_SESSION_FILE_HANDLER_H

#include "php.h"

extern zend_class_entry *wserver_session_handler_interface_ce;
extern zend_class_entry *wserver_session_file_handler_ce;
void wserver_session_file_handler_minit(void);

#endif
