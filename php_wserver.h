/* wserver: module entry, version, and the name of the libev backend (src/wserver.c). */
#ifndef PHP_WSERVER_H
#define PHP_WSERVER_H

extern zend_module_entry wserver_module_entry;
#define phpext_wserver_ptr &wserver_module_entry

#define PHP_WSERVER_VERSION "0.2.0"

const char *wserver_backend_name(void);

#endif
