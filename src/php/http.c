/* WServer\Protocols\Http: the settings of the http:// protocol that Workerman keeps on its
 * Http class (which class each request is made as, the session cookie's name), and its static
 * input/decode/encode: naming the class as a Worker's or a connection's $protocol selects the C
 * parser (proto/http_parser.re); the static methods measure a request, make its Request, and
 * turn a Response into bytes for an application that calls them itself. */
#include "http.h"
#include "http_compress.h"
#include "http_request.h"
#include "http_response.h"
#include "http_session.h"
#include "tcp_connection.h"
#include "proto/http.h"

#include "zend_exceptions.h"
#include "stubs/http_arginfo.h"

zend_class_entry *wserver_protocols_http_ce;

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

ZEND_METHOD(WServer_Protocols_Http, uploadTmpDir)
{
	zend_string *dir = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR_OR_NULL(dir)
	ZEND_PARSE_PARAMETERS_END();
	if (dir) {
		wserver_http_set_upload_dir(ZSTR_VAL(dir), ZSTR_LEN(dir));
	}
	RETURN_STRING(wserver_http_upload_dir());
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

ZEND_METHOD(WServer_Protocols_Http, compression)
{
	wserver_http_compress_method(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(WServer_Protocols_Http, input)
{
	zend_string *buf;
	zval *conn;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(buf)
	Z_PARAM_OBJECT_OF_CLASS(conn, wserver_tcp_connection_ce)
	ZEND_PARSE_PARAMETERS_END();
	zval *max =
	    zend_read_property(Z_OBJCE_P(conn), Z_OBJ_P(conn), ZEND_STRL("maxPackageSize"), 1, NULL);
	ws_msg_info info = {0};
	ssize_t n = ws_proto_http.input(
	    NULL, ZSTR_VAL(buf), ZSTR_LEN(buf),
	    Z_TYPE_P(max) == IS_LONG && Z_LVAL_P(max) > 0 ? (size_t) Z_LVAL_P(max) : SIZE_MAX, &info);
	if (info.spool_len > 0) {
		n = -413; /* only the connection layer streams a body to disk, not this framing */
	}
	if (n < 0) {
		/* as Workerman: a bad request is answered (400, 413, 431...) and closed */
		char reply[512];
		size_t len = ws_proto_http.reject ? ws_proto_http.reject(n, reply, sizeof(reply)) : 0;
		zval data;
		ZVAL_STRINGL(&data, reply, len);
		wserver_tcp_connection_close(Z_OBJ_P(conn), len ? &data : NULL, true);
		zval_ptr_dtor(&data);
		RETURN_LONG(0);
	}
	RETURN_LONG((zend_long) n);
}

ZEND_METHOD(WServer_Protocols_Http, decode)
{
	zend_string *buf;
	zval *conn;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(buf)
	Z_PARAM_OBJECT_OF_CLASS(conn, wserver_tcp_connection_ce)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_OBJ(wserver_http_request_create_for(buf, Z_OBJ_P(conn)));
}

ZEND_METHOD(WServer_Protocols_Http, encode)
{
	zval *response, *conn;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_ZVAL(response)
	Z_PARAM_OBJECT_OF_CLASS(conn, wserver_tcp_connection_ce)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *body = NULL;
	bool streaming = false;
	zend_string *head = wserver_http_reply_head(response, true, &body, &streaming);
	if (!head) {
		RETURN_THROWS();
	}
	zend_string *out =
	    zend_string_concat2(ZSTR_VAL(head), ZSTR_LEN(head), ZSTR_VAL(body), ZSTR_LEN(body));
	zend_string_release(head);
	zend_string_release(body);
	RETURN_NEW_STR(out);
}

void wserver_http_minit(void)
{
	wserver_protocols_http_ce = register_class_WServer_Protocols_Http();
}
