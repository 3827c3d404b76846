/* WServer\Protocols\Http: the settings of the http:// protocol that Workerman keeps on its
 * Http class: which class each request is made as, and the session cookie's name. */
#include "http.h"
#include "http_request.h"
#include "http_session.h"

#include "stubs/http_arginfo.h"

/* Set by requestClass() in this process; NULL: Http\Request. Reset at the end of the request,
 * with the user class it may name. */
static zend_class_entry *request_class;

zend_class_entry *wserver_http_request_class(void)
{
	return request_class ? request_class : wserver_http_request_ce;
}

ZEND_METHOD(WServer_Protocols_Http, requestClass)
{
	zend_string *name = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR_OR_NULL(name)
	ZEND_PARSE_PARAMETERS_END();
	if (name) {
		zend_class_entry *ce = zend_lookup_class(name);
		if (!ce || !instanceof_function(ce, wserver_http_request_ce) ||
		    (ce->ce_flags & (ZEND_ACC_ABSTRACT | ZEND_ACC_INTERFACE | ZEND_ACC_TRAIT))) {
			if (!EG(exception)) {
				zend_argument_value_error(1, "must be %s or a class that extends it, \"%s\" %s",
				                          ZSTR_VAL(wserver_http_request_ce->name), ZSTR_VAL(name),
				                          ce ? "does not" : "is not a class");
			}
			RETURN_THROWS();
		}
		request_class = ce == wserver_http_request_ce ? NULL : ce;
	}
	RETURN_STR_COPY(wserver_http_request_class()->name);
}

ZEND_METHOD(WServer_Protocols_Http, sessionName)
{
	zend_string *name = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR_OR_NULL(name)
	ZEND_PARSE_PARAMETERS_END();
	if (name) {
		zend_update_static_property_stringl(wserver_http_session_ce, ZEND_STRL("name"),
		                                    ZSTR_VAL(name), ZSTR_LEN(name));
	}
	RETURN_STR_COPY(wserver_http_session_name());
}

void wserver_http_rshutdown(void)
{
	request_class = NULL;
}

void wserver_http_minit(void)
{
	register_class_WServer_Protocols_Http();
}
