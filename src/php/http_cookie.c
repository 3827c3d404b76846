/* WServer\Http\Cookie: Swoole 6's cookie builder, and the Set-Cookie line Http\Response's
 * cookie() and rawcookie() send, written as Swoole writes it (lower-case attributes, an
 * expiry date with Max-Age, "name=deleted" for a cookie without a value). */
#include "http_cookie.h"
#include "errors.h"
#include "system.h"

#include "ext/date/php_date.h"
#include "ext/standard/url.h"
#include "zend_smart_str.h"
#include "stubs/http_cookie_arginfo.h"

zend_class_entry *wserver_http_cookie_ce;
static zend_object_handlers cookie_handlers;

typedef struct {
	wserver_swoole_cookie k;
	bool constructed; /* a subclass may skip the constructor: then the object is unusable */
	zend_object std;
} cookie_obj;

#define COOKIE(obj) ((cookie_obj *) ((char *) (obj) -XtOffsetOf(cookie_obj, std)))

/* Characters neither a name nor a raw value may hold. */
#define ILLEGAL ",; \t\r\n\013\014"

static const char *const illegal_names = "\",\", \";\", \" \", \"\\t\", \"\\r\", \"\\n\", "
                                         "\"\\013\", or \"\\014\"";

static void put(zend_string **field, zend_string *v)
{
	if (*field) {
		zend_string_release(*field);
	}
	*field = v && ZSTR_LEN(v) > 0 ? zend_string_copy(v) : NULL;
}

static void cookie_reset(wserver_swoole_cookie *k)
{
	zend_string **fields[] = {&k->name,   &k->value,     &k->path,
	                          &k->domain, &k->same_site, &k->priority};
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		put(fields[i], NULL);
	}
	k->expires = 0;
	k->secure = k->http_only = k->partitioned = false;
	k->encode = true;
}

static bool has_illegal(zend_string *s)
{
	return strpbrk(ZSTR_VAL(s), ILLEGAL) != NULL;
}

static void append_date(smart_str *s, zend_long when)
{
	zend_string *date = php_format_date(ZEND_STRL("D, d-M-Y H:i:s T"), when, 0);
	smart_str_append(s, date);
	zend_string_release(date);
}

zend_string *wserver_swoole_cookie_line(const wserver_swoole_cookie *k)
{
	if (!k->name) {
		php_error_docref(NULL, E_WARNING, "The name cannot be empty");
		return NULL;
	}
	if (strchr(ZSTR_VAL(k->name), '=') || has_illegal(k->name)) {
		php_error_docref(NULL, E_WARNING, "The name cannot contain \"=\", %s", illegal_names);
		return NULL;
	}
	smart_str s = {0};
	smart_str_append(&s, k->name);
	if (!k->value) {
		smart_str_appends(&s, "=deleted; expires=");
		append_date(&s, 1);
		smart_str_appends(&s, "; Max-Age=0");
	} else {
		if (!k->encode && has_illegal(k->value)) {
			php_error_docref(NULL, E_WARNING, "The value cannot contain %s", illegal_names);
			smart_str_free(&s);
			return NULL;
		}
		smart_str_appendc(&s, '=');
		if (k->encode) {
			zend_string *enc = php_url_encode(ZSTR_VAL(k->value), ZSTR_LEN(k->value));
			smart_str_append(&s, enc);
			zend_string_release(enc);
		} else {
			smart_str_append(&s, k->value);
		}
		if (k->expires > 0) {
			if (k->expires >= 253402300800) { /* 10000-01-01 */
				php_error_docref(NULL, E_WARNING,
				                 "The expires cannot have a year greater than 9999");
				smart_str_free(&s);
				return NULL;
			}
			smart_str_appends(&s, "; expires=");
			append_date(&s, k->expires);
			smart_str_appends(&s, "; Max-Age=");
			zend_long left = k->expires - (zend_long) php_time();
			smart_str_append_long(&s, left > 0 ? left : 0);
		}
	}
	const struct {
		const char *attr;
		zend_string *v;
	} checked[] = {{"path", k->path}, {"domain", k->domain}};
	for (size_t i = 0; i < 2; i++) {
		if (!checked[i].v) {
			continue;
		}
		if (has_illegal(checked[i].v)) {
			php_error_docref(NULL, E_WARNING, "The %s option cannot contain %s", checked[i].attr,
			                 illegal_names);
			smart_str_free(&s);
			return NULL;
		}
		smart_str_appends(&s, "; ");
		smart_str_appends(&s, checked[i].attr);
		smart_str_appendc(&s, '=');
		smart_str_append(&s, checked[i].v);
	}
	if (k->secure) {
		smart_str_appends(&s, "; secure");
	}
	if (k->http_only) {
		smart_str_appends(&s, "; HttpOnly");
	}
	if (k->same_site) {
		smart_str_appends(&s, "; SameSite=");
		smart_str_append(&s, k->same_site);
	}
	if (k->priority) {
		smart_str_appends(&s, "; Priority=");
		smart_str_append(&s, k->priority);
	}
	if (k->partitioned) {
		smart_str_appends(&s, "; Partitioned");
	}
	return smart_str_extract(&s);
}

const wserver_swoole_cookie *wserver_http_cookie_get(zend_object *obj)
{
	return &COOKIE(obj)->k;
}

static zend_object *cookie_create(zend_class_entry *ce)
{
	cookie_obj *c = zend_object_alloc(sizeof(*c), ce);
	zend_object_std_init(&c->std, ce);
	object_properties_init(&c->std, ce);
	c->std.handlers = &cookie_handlers;
	c->k.encode = true;
	return &c->std;
}

static void cookie_free(zend_object *obj)
{
	cookie_reset(&COOKIE(obj)->k);
	zend_object_std_dtor(obj);
}

#define THIS_COOKIE (&COOKIE(Z_OBJ_P(ZEND_THIS))->k)

/* The setters of a Cookie whose constructor never ran throw, as Swoole's. */
#define CHECK_CONSTRUCTED()                                                                        \
	do {                                                                                           \
		if (!COOKIE(Z_OBJ_P(ZEND_THIS))->constructed) {                                            \
			zend_throw_error(NULL, "%s is not initialized",                                        \
			                 ZSTR_VAL(wserver_http_cookie_ce->name));                              \
			RETURN_THROWS();                                                                       \
		}                                                                                          \
	} while (0)

ZEND_METHOD(WServer_Http_Cookie, __construct)
{
	bool encode = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(encode)
	ZEND_PARSE_PARAMETERS_END();
	THIS_COOKIE->encode = encode;
	COOKIE(Z_OBJ_P(ZEND_THIS))->constructed = true;
}

/* A with*() that sets a string field: an empty string clears it. */
#define WITH_STR(method, field)                                                                    \
	ZEND_METHOD(WServer_Http_Cookie, method)                                                       \
	{                                                                                              \
		zend_string *v = NULL;                                                                     \
		ZEND_PARSE_PARAMETERS_START(0, 1)                                                          \
		Z_PARAM_OPTIONAL                                                                           \
		Z_PARAM_STR(v)                                                                             \
		ZEND_PARSE_PARAMETERS_END();                                                               \
		CHECK_CONSTRUCTED();                                                                       \
		put(&THIS_COOKIE->field, v);                                                               \
		RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));                                                       \
	}

#define WITH_BOOL(method, field)                                                                   \
	ZEND_METHOD(WServer_Http_Cookie, method)                                                       \
	{                                                                                              \
		bool v = false;                                                                            \
		ZEND_PARSE_PARAMETERS_START(0, 1)                                                          \
		Z_PARAM_OPTIONAL                                                                           \
		Z_PARAM_BOOL(v)                                                                            \
		ZEND_PARSE_PARAMETERS_END();                                                               \
		CHECK_CONSTRUCTED();                                                                       \
		THIS_COOKIE->field = v;                                                                    \
		RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));                                                       \
	}

WITH_STR(withValue, value)
WITH_STR(withDomain, domain)
WITH_STR(withSameSite, same_site)
WITH_STR(withPriority, priority)
WITH_BOOL(withSecure, secure)
WITH_BOOL(withHttpOnly, http_only)
WITH_BOOL(withPartitioned, partitioned)

ZEND_METHOD(WServer_Http_Cookie, withName)
{
	zend_string *v;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(v)
	ZEND_PARSE_PARAMETERS_END();
	CHECK_CONSTRUCTED();
	put(&THIS_COOKIE->name, v);
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(WServer_Http_Cookie, withPath)
{
	zend_string *v = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR(v)
	ZEND_PARSE_PARAMETERS_END();
	CHECK_CONSTRUCTED();
	if (!v) {
		zend_string *root = zend_string_init("/", 1, 0);
		put(&THIS_COOKIE->path, root);
		zend_string_release(root);
	} else {
		put(&THIS_COOKIE->path, v);
	}
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(WServer_Http_Cookie, withExpires)
{
	zend_long v = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(v)
	ZEND_PARSE_PARAMETERS_END();
	CHECK_CONSTRUCTED();
	THIS_COOKIE->expires = v;
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

static void add_field(zval *arr, const char *key, zend_string *v)
{
	if (v) {
		add_assoc_str(arr, key, zend_string_copy(v));
	} else {
		add_assoc_str(arr, key, ZSTR_EMPTY_ALLOC());
	}
}

ZEND_METHOD(WServer_Http_Cookie, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	const wserver_swoole_cookie *k = THIS_COOKIE;
	array_init(return_value);
	add_field(return_value, "name", k->name);
	add_field(return_value, "value", k->value);
	add_field(return_value, "path", k->path);
	add_field(return_value, "domain", k->domain);
	add_field(return_value, "sameSite", k->same_site);
	add_field(return_value, "priority", k->priority);
	add_assoc_bool(return_value, "encode", k->encode);
	add_assoc_long(return_value, "expires", k->expires);
	add_assoc_bool(return_value, "secure", k->secure);
	add_assoc_bool(return_value, "httpOnly", k->http_only);
	add_assoc_bool(return_value, "partitioned", k->partitioned);
}

/* A Cookie whose constructor never ran (a subclass's own skipped it): Swoole's last error. */
static bool unavailable(zval *this_zv)
{
	if (COOKIE(Z_OBJ_P(this_zv))->constructed) {
		return false;
	}
	wserver_set_errno(WSERVER_ERROR_HTTP_COOKIE_UNAVAILABLE);
	return true;
}

ZEND_METHOD(WServer_Http_Cookie, toString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (unavailable(ZEND_THIS)) {
		RETURN_FALSE;
	}
	zend_string *line = wserver_swoole_cookie_line(THIS_COOKIE);
	if (!line) {
		RETURN_FALSE;
	}
	RETURN_STR(line);
}

ZEND_METHOD(WServer_Http_Cookie, reset)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (!unavailable(ZEND_THIS)) {
		cookie_reset(THIS_COOKIE);
	}
}

void wserver_http_cookie_minit(void)
{
	wserver_http_cookie_ce = register_class_WServer_Http_Cookie();
	wserver_http_cookie_ce->create_object = cookie_create;
	memcpy(&cookie_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	cookie_handlers.offset = XtOffsetOf(cookie_obj, std);
	cookie_handlers.free_obj = cookie_free;
	cookie_handlers.clone_obj = NULL;
}
