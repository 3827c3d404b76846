/* Coroutine\Http\request(), get() and post(): Swoole's library functions making one request on
 * a Coroutine\Http\Client made for it, answered with a ClientProxy (body, status, headers,
 * cookies) or a Client\Exception carrying the client's errMsg and errCode. */
#include "http_client_functions.h"
#include "http_client.h"

#include "ext/standard/url.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "stubs/http_client_functions_arginfo.h"

static zend_class_entry *proxy_ce;

/* $client->name(...args); false when it threw. */
static bool call(zend_object *client, const char *name, uint32_t argc, zval *args, zval *rv)
{
	zend_string *n = zend_string_init(name, strlen(name), 0);
	zval ignored;
	zend_result r = zend_call_method_if_exists(client, n, rv ? rv : &ignored, argc, args);
	zend_string_release(n);
	if (!rv) {
		zval_ptr_dtor(&ignored);
	}
	return r == SUCCESS && !EG(exception);
}

static bool call_array(zend_object *client, const char *name, HashTable *ht)
{
	zval arg;
	if (ht) {
		ZVAL_ARR(&arg, zend_array_dup(ht));
	} else {
		array_init(&arg);
	}
	bool ok = call(client, name, 1, &arg, NULL);
	zval_ptr_dtor(&arg);
	return ok;
}

static void set_prop(zend_object *obj, const char *name, zval *v)
{
	zend_update_property(proxy_ce, obj, name, strlen(name), v);
}

/* The ClientProxy's four properties (headers or cookies not an array: an empty one). */
static void proxy_fill(zend_object *obj, zval *body, zend_long status, zval *headers, zval *cookies)
{
	zval st, empty;
	ZVAL_LONG(&st, status);
	array_init(&empty);
	set_prop(obj, "body", body);
	set_prop(obj, "statusCode", &st);
	set_prop(obj, "headers", Z_TYPE_P(headers) == IS_ARRAY ? headers : &empty);
	set_prop(obj, "cookies", Z_TYPE_P(cookies) == IS_ARRAY ? cookies : &empty);
	zval_ptr_dtor(&empty);
}

static void fail(const char *msg, zend_long code)
{
	zend_throw_exception(wserver_http_client_exception_ce, msg, code);
}

/* What the client's execute() left: the ClientProxy, or the exception. */
static void reply(zend_object *client, zval *return_value)
{
	zval body, status, headers, cookies;
	call(client, "getBody", 0, NULL, &body);
	call(client, "getStatusCode", 0, NULL, &status);
	call(client, "getHeaders", 0, NULL, &headers);
	call(client, "getCookies", 0, NULL, &cookies);
	if (Z_TYPE(body) != IS_STRING) {
		zval_ptr_dtor(&body);
		ZVAL_EMPTY_STRING(&body);
	}
	object_init_ex(return_value, proxy_ce);
	proxy_fill(Z_OBJ_P(return_value), &body, zval_get_long(&status), &headers, &cookies);
	zval_ptr_dtor(&body);
	zval_ptr_dtor(&status);
	zval_ptr_dtor(&headers);
	zval_ptr_dtor(&cookies);
}

static void request(zend_string *url, zend_string *method, zval *data, HashTable *options,
                    HashTable *headers, HashTable *cookies, zval *return_value)
{
	php_url *u = php_url_parse_ex(ZSTR_VAL(url), ZSTR_LEN(url));
	if (!u || !u->scheme) {
		fail("The URL given is illegal [no scheme]", 0);
		goto out;
	}
	bool tls = zend_string_equals_literal_ci(u->scheme, "https");
	if (!tls && !zend_string_equals_literal_ci(u->scheme, "http")) {
		char msg[128];
		snprintf(msg, sizeof(msg), "unknown scheme \"%s\"", ZSTR_VAL(u->scheme));
		fail(msg, 0);
		goto out;
	}
	zval client, args[3];
	object_init_ex(&client, wserver_http_client_ce);
	zend_object *c = Z_OBJ(client);
	ZVAL_STR_COPY(&args[0], u->host ? u->host : ZSTR_EMPTY_ALLOC());
	ZVAL_LONG(&args[1], u->port ? u->port : (tls ? 443 : 80));
	ZVAL_BOOL(&args[2], tls);
	bool ok = call(c, "__construct", 3, args, NULL);
	zval_ptr_dtor(&args[0]);
	ZVAL_STR_COPY(&args[0], method);
	ok = ok && call(c, "setMethod", 1, args, NULL);
	zval_ptr_dtor(&args[0]);
	if (ok && data && zend_is_true(data)) {
		ok = call(c, "setData", 1, data, NULL);
	}
	ok = ok && call_array(c, "set", options) && call_array(c, "setHeaders", headers) &&
	     call_array(c, "setCookies", cookies);
	if (ok) {
		smart_str path = {0};
		smart_str_appends(&path, u->path ? ZSTR_VAL(u->path) : "/");
		if (u->query && ZSTR_LEN(u->query)) {
			smart_str_appendc(&path, '?');
			smart_str_append(&path, u->query);
		}
		ZVAL_STR(&args[0], smart_str_extract(&path));
		zval done;
		ok = call(c, "execute", 1, args, &done);
		zval_ptr_dtor(&args[0]);
		if (ok && zend_is_true(&done)) {
			reply(c, return_value);
		} else if (ok) {
			zval rv;
			zval *msg = zend_read_property(wserver_http_client_ce, c, ZEND_STRL("errMsg"), 1, &rv);
			zval *code =
			    zend_read_property(wserver_http_client_ce, c, ZEND_STRL("errCode"), 1, &rv);
			fail(Z_TYPE_P(msg) == IS_STRING ? Z_STRVAL_P(msg) : "", zval_get_long(code));
		}
		zval_ptr_dtor(&done);
	}
	zval_ptr_dtor(&client);
out:
	if (u) {
		php_url_free(u);
	}
}

ZEND_FUNCTION(WServer_Coroutine_Http_request)
{
	zend_string *url, *method;
	zval *data = NULL;
	HashTable *options = NULL, *headers = NULL, *cookies = NULL;
	ZEND_PARSE_PARAMETERS_START(2, 6)
	Z_PARAM_STR(url)
	Z_PARAM_STR(method)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL(data)
	Z_PARAM_ARRAY_HT_OR_NULL(options)
	Z_PARAM_ARRAY_HT_OR_NULL(headers)
	Z_PARAM_ARRAY_HT_OR_NULL(cookies)
	ZEND_PARSE_PARAMETERS_END();
	request(url, method, data, options, headers, cookies, return_value);
}

ZEND_FUNCTION(WServer_Coroutine_Http_get)
{
	zend_string *url;
	HashTable *options = NULL, *headers = NULL, *cookies = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 4)
	Z_PARAM_STR(url)
	Z_PARAM_OPTIONAL
	Z_PARAM_ARRAY_HT_OR_NULL(options)
	Z_PARAM_ARRAY_HT_OR_NULL(headers)
	Z_PARAM_ARRAY_HT_OR_NULL(cookies)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *method = zend_string_init("GET", 3, 0);
	request(url, method, NULL, options, headers, cookies, return_value);
	zend_string_release(method);
}

ZEND_FUNCTION(WServer_Coroutine_Http_post)
{
	zend_string *url;
	zval *data;
	HashTable *options = NULL, *headers = NULL, *cookies = NULL;
	ZEND_PARSE_PARAMETERS_START(2, 5)
	Z_PARAM_STR(url)
	Z_PARAM_ZVAL(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_ARRAY_HT_OR_NULL(options)
	Z_PARAM_ARRAY_HT_OR_NULL(headers)
	Z_PARAM_ARRAY_HT_OR_NULL(cookies)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *method = zend_string_init("POST", 4, 0);
	request(url, method, data, options, headers, cookies, return_value);
	zend_string_release(method);
}

ZEND_METHOD(WServer_Coroutine_Http_ClientProxy, __construct)
{
	zval *body, *headers, *cookies;
	zend_long status;
	ZEND_PARSE_PARAMETERS_START(4, 4)
	Z_PARAM_ZVAL(body)
	Z_PARAM_LONG(status)
	Z_PARAM_ZVAL(headers)
	Z_PARAM_ZVAL(cookies)
	ZEND_PARSE_PARAMETERS_END();
	proxy_fill(Z_OBJ_P(ZEND_THIS), body, status, headers, cookies);
}

static void return_prop(INTERNAL_FUNCTION_PARAMETERS, const char *name)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval rv, *v = zend_read_property(proxy_ce, Z_OBJ_P(ZEND_THIS), name, strlen(name), 1, &rv);
	RETURN_COPY_DEREF(v);
}

ZEND_METHOD(WServer_Coroutine_Http_ClientProxy, getBody)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, "body");
}

ZEND_METHOD(WServer_Coroutine_Http_ClientProxy, getStatusCode)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, "statusCode");
}

ZEND_METHOD(WServer_Coroutine_Http_ClientProxy, getHeaders)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, "headers");
}

ZEND_METHOD(WServer_Coroutine_Http_ClientProxy, getCookies)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, "cookies");
}

void wserver_http_client_functions_minit(void)
{
	proxy_ce = register_class_WServer_Coroutine_Http_ClientProxy();
	zend_register_functions(NULL, ext_functions, NULL, MODULE_PERSISTENT);
}
