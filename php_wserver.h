/* wserver: module entry and version. */
#ifndef PHP_WSERVER_H
#define PHP_WSERVER_H

extern zend_module_entry wserver_module_entry;
#define phpext_wserver_ptr &wserver_module_entry

#define PHP_WSERVER_VERSION "0.2.0"

#endif
