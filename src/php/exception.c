/* WServer\Exception: what the API throws when used in the wrong place; WServer\Error (Swoole\Error
 * with Swoole's names): its fatal errors. */
#include "exception.h"

#include "zend_exceptions.h"
#include "stubs/exception_arginfo.h"

zend_class_entry *wserver_exception_ce, *wserver_error_ce;

void wserver_exception_minit(void)
{
	wserver_exception_ce = register_class_WServer_Exception(zend_ce_exception);
	wserver_error_ce = register_class_WServer_Error(zend_ce_error);
}
