/* WServer\Protocols\Http\Session: the data of one session id, read from the session handler
 * when the Session is made and written back (serialize()d) when the last reference to it goes,
 * as Workerman does. The handler (Session::$handlerClass, FileSessionHandler by default) is
 * made once per process, on first use; every store access is a call of its PHP methods, so a
 * userland handler (or a subclass of ours) works the same. Nothing here touches a socket. */
#include "http_session.h"
#include "session_file_handler.h"

#include "ext/spl/spl_exceptions.h"
#include "ext/standard/php_var.h"
#include "ext/standard/php_mt_rand.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "stubs/http_session_arginfo.h"

zend_class_entry *wserver_http_session_ce;
static zend_object_handlers http_session_handlers;
static HashTable *gc_probability_default; /* [1, 20000]: persistent, immutable */

typedef struct {
	zend_string *id; /* owned; NULL until constructed */
	zval data;       /* array */
	bool need_save;  /* changed since read */
	zend_object std;
} wserver_http_session_obj;

static inline wserver_http_session_obj *session_from_obj(zend_object *obj)
{
	return (wserver_http_session_obj *) ((char *) obj - XtOffsetOf(wserver_http_session_obj, std));
}
#define Z_SESSION_P(zv) session_from_obj(Z_OBJ_P(zv))

static zend_object *http_session_create(zend_class_entry *ce)
{
	wserver_http_session_obj *s = zend_object_alloc(sizeof(*s), ce);
	zend_object_std_init(&s->std, ce);
	object_properties_init(&s->std, ce);
	s->std.handlers = &http_session_handlers;
	array_init(&s->data);
	return &s->std;
}

static void http_session_free(zend_object *obj)
{
	wserver_http_session_obj *s = session_from_obj(obj);
	if (s->id) {
		zend_string_release(s->id);
	}
	zval_ptr_dtor(&s->data);
	zend_object_std_dtor(obj);
}

static HashTable *http_session_get_gc(zend_object *obj, zval **table, int *n)
{
	wserver_http_session_obj *s = session_from_obj(obj);
	*table = &s->data;
	*n = 1;
	return zend_std_get_properties(obj);
}

/* A static property of Session (dereferenced; never NULL). */
static zval *setting(const char *name)
{
	zval *v = zend_read_static_property(wserver_http_session_ce, name, strlen(name), 1);
	ZVAL_DEREF(v);
	return v;
}

zend_string *wserver_http_session_name(void)
{
	zval *v = setting("name");
	return Z_TYPE_P(v) == IS_STRING ? Z_STR_P(v) : ZSTR_EMPTY_ALLOC();
}

zend_long wserver_http_session_lifetime(void)
{
	return zval_get_long(setting("lifetime"));
}

/* The handler, made from $handlerClass (and $handlerConfig) on first use. NULL + exception
 * when the class is missing, is no SessionHandlerInterface, or its constructor throws. */
static zend_object *session_handler(void)
{
	zval *h = setting("handler");
	if (Z_TYPE_P(h) == IS_OBJECT) {
		return Z_OBJ_P(h);
	}
	zend_string *name = zval_get_string(setting("handlerClass"));
	zend_class_entry *ce = zend_lookup_class(name);
	if (!ce || !instanceof_function(ce, wserver_session_handler_interface_ce)) {
		zend_throw_error(NULL, "Session handler class \"%s\" %s", ZSTR_VAL(name),
		                 ce ? "does not implement SessionHandlerInterface" : "not found");
		zend_string_release(name);
		return NULL;
	}
	zend_string_release(name);
	zval obj, *config = setting("handlerConfig");
	if (object_init_ex(&obj, ce) != SUCCESS) {
		return NULL;
	}
	if (ce->constructor) {
		bool with = Z_TYPE_P(config) != IS_NULL;
		zend_call_known_instance_method(ce->constructor, Z_OBJ(obj), NULL, with ? 1 : 0,
		                                with ? config : NULL);
		if (EG(exception)) {
			zval_ptr_dtor(&obj);
			return NULL;
		}
	}
	zend_update_static_property(wserver_http_session_ce, ZEND_STRL("handler"), &obj);
	zval_ptr_dtor(&obj);
	return Z_OBJ_P(setting("handler"));
}

/* $handler->$method($a, $b) into *rv; false when there is no handler or it threw. */
static bool handler_call(const char *method, zval *rv, uint32_t argc, zval *a, zval *b)
{
	zend_object *h = session_handler();
	if (!h) {
		ZVAL_UNDEF(rv);
		return false;
	}
	zend_call_method(h, h->ce, NULL, method, strlen(method), rv, argc, a, b);
	if (EG(exception)) {
		zval_ptr_dtor(rv);
		ZVAL_UNDEF(rv);
		return false;
	}
	return true;
}

/* The stored bytes as an array; objects come back as __PHP_Incomplete_Class (never built). */
static void session_decode(zend_string *bytes, zval *out)
{
	HashTable *options = zend_new_array(1);
	zval no;
	ZVAL_FALSE(&no);
	zend_hash_str_add(options, ZEND_STRL("allowed_classes"), &no);
	zval rv;
	php_unserialize_with_options(&rv, ZSTR_VAL(bytes), ZSTR_LEN(bytes), options, "unserialize");
	zend_array_destroy(options);
	if (Z_TYPE(rv) == IS_ARRAY) {
		ZVAL_COPY_VALUE(out, &rv);
	} else {
		zval_ptr_dtor(&rv);
		array_init(out);
	}
}

static bool session_read(wserver_http_session_obj *s)
{
	zval id, rv;
	ZVAL_STR(&id, s->id);
	if (!handler_call("read", &rv, 1, &id, NULL)) {
		return false;
	}
	if (Z_TYPE(rv) == IS_STRING && Z_STRLEN(rv) > 0) {
		zval_ptr_dtor(&s->data);
		session_decode(Z_STR(rv), &s->data);
	}
	zval_ptr_dtor(&rv);
	return true;
}

zend_object *wserver_http_session_new(zend_string *sid)
{
	zend_object *obj = http_session_create(wserver_http_session_ce);
	wserver_http_session_obj *s = session_from_obj(obj);
	s->id = zend_string_copy(sid);
	if (!session_read(s)) {
		zend_string_release(s->id);
		s->id = NULL; /* not saved when released */
		OBJ_RELEASE(obj);
		return NULL;
	}
	return obj;
}

zval *wserver_http_session_data(zend_object *session)
{
	return &session_from_obj(session)->data;
}

static void session_put(wserver_http_session_obj *s, zend_string *key, zval *value)
{
	SEPARATE_ARRAY(&s->data);
	Z_TRY_ADDREF_P(value);
	zend_symtable_update(Z_ARRVAL(s->data), key, value);
	s->need_save = true;
}

static void session_put_all(wserver_http_session_obj *s, HashTable *data)
{
	zend_string *key;
	zend_ulong idx;
	zval *v;
	SEPARATE_ARRAY(&s->data);
	ZEND_HASH_FOREACH_KEY_VAL(data, idx, key, v) {
		ZVAL_DEREF(v);
		Z_TRY_ADDREF_P(v);
		if (key) {
			zend_hash_update(Z_ARRVAL(s->data), key, v);
		} else {
			zend_hash_index_update(Z_ARRVAL(s->data), idx, v);
		}
	}
	ZEND_HASH_FOREACH_END();
	s->need_save = true;
}

void wserver_http_session_put_all(zend_object *session, HashTable *data)
{
	session_put_all(session_from_obj(session), data);
}

void wserver_http_session_flush(zend_object *session)
{
	wserver_http_session_obj *s = session_from_obj(session);
	zval_ptr_dtor(&s->data);
	array_init(&s->data);
	s->need_save = true;
}

static void session_delete(wserver_http_session_obj *s, zval *key)
{
	SEPARATE_ARRAY(&s->data);
	if (Z_TYPE_P(key) == IS_LONG) {
		zend_hash_index_del(Z_ARRVAL(s->data), Z_LVAL_P(key));
	} else {
		zend_string *k = zval_get_string(key);
		zend_symtable_del(Z_ARRVAL(s->data), k);
		zend_string_release(k);
	}
	s->need_save = true;
}

static bool session_refresh(wserver_http_session_obj *s)
{
	zval id, rv;
	ZVAL_STR(&id, s->id);
	if (!handler_call("updateTimestamp", &rv, 1, &id, NULL)) {
		return false;
	}
	bool ok = zend_is_true(&rv);
	zval_ptr_dtor(&rv);
	return ok;
}

/* Write what changed: the serialized data, or destroy() when it is empty. */
static void session_save(wserver_http_session_obj *s)
{
	if (!s->id) {
		return;
	}
	zval id, rv;
	ZVAL_STR(&id, s->id);
	if (s->need_save) {
		s->need_save = false;
		if (zend_hash_num_elements(Z_ARRVAL(s->data)) == 0) {
			handler_call("destroy", &rv, 1, &id, NULL);
		} else {
			smart_str buf = {0};
			php_serialize_data_t var_hash;
			PHP_VAR_SERIALIZE_INIT(var_hash);
			php_var_serialize(&buf, &s->data, &var_hash);
			PHP_VAR_SERIALIZE_DESTROY(var_hash);
			if (EG(exception)) {
				smart_str_free(&buf);
				return;
			}
			zval bytes;
			ZVAL_STR(&bytes, smart_str_extract(&buf));
			handler_call("write", &rv, 2, &id, &bytes);
			zval_ptr_dtor(&bytes);
		}
		zval_ptr_dtor(&rv);
	} else if (zend_is_true(setting("autoUpdateTimestamp"))) {
		session_refresh(s);
	}
}

static void session_gc(void)
{
	zval max, rv;
	ZVAL_LONG(&max, wserver_http_session_lifetime());
	if (handler_call("gc", &rv, 1, &max, NULL)) {
		zval_ptr_dtor(&rv);
	}
}

/* The end of a session: save it, and now and then let the handler collect old ones. */
static void http_session_dtor(zend_object *obj)
{
	wserver_http_session_obj *s = session_from_obj(obj);
	/* also while an exception unwinds (as a PHP __destruct runs): set it aside meanwhile */
	zend_object *pending = NULL;
	const zend_op *pending_opline = NULL;
	if (s->id && EG(exception)) {
		if (EG(current_execute_data) && EG(current_execute_data)->func &&
		    ZEND_USER_CODE(EG(current_execute_data)->func->common.type)) {
			zend_rethrow_exception(EG(current_execute_data));
		}
		pending = EG(exception);
		pending_opline = EG(opline_before_exception);
		EG(exception) = NULL;
	}
	if (s->id) {
		session_save(s);
		zval *p = setting("gcProbability");
		zval *num, *den;
		if (!EG(exception) && Z_TYPE_P(p) == IS_ARRAY &&
		    (num = zend_hash_index_find(Z_ARRVAL_P(p), 0)) &&
		    (den = zend_hash_index_find(Z_ARRVAL_P(p), 1)) && zval_get_long(den) >= 1 &&
		    php_mt_rand_range(1, zval_get_long(den)) <= zval_get_long(num)) {
			session_gc();
		}
	}
	if (pending) {
		EG(opline_before_exception) = pending_opline;
		if (EG(exception)) {
			zend_exception_set_previous(EG(exception), pending);
		} else {
			EG(exception) = pending;
		}
	}
	zend_objects_destroy_object(obj);
}

zend_string *wserver_http_session_cookie(zend_string *sid)
{
	smart_str c = {0};
	smart_str_append(&c, wserver_http_session_name());
	smart_str_appendc(&c, '=');
	smart_str_append(&c, sid);
	zval *domain = setting("domain");
	if (zend_is_true(domain)) {
		smart_str_appends(&c, "; Domain=");
		smart_str_append(&c, Z_STR_P(domain));
	}
	zend_long max_age = zval_get_long(setting("cookieLifetime"));
	if (max_age) {
		smart_str_appends(&c, "; Max-Age=");
		smart_str_append_long(&c, max_age);
	}
	zval *path = setting("cookiePath");
	if (zend_is_true(path)) {
		smart_str_appends(&c, "; Path=");
		smart_str_append(&c, Z_STR_P(path));
	}
	zval *same_site = setting("sameSite");
	if (zend_is_true(same_site)) {
		smart_str_appends(&c, "; SameSite=");
		smart_str_append(&c, Z_STR_P(same_site));
	}
	if (zend_is_true(setting("secure"))) {
		smart_str_appends(&c, "; Secure");
	}
	if (zend_is_true(setting("httpOnly"))) {
		smart_str_appends(&c, "; HttpOnly");
	}
	return smart_str_extract(&c);
}

ZEND_METHOD(WServer_Protocols_Http_Session, __construct)
{
	zend_string *sid;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(sid)
	ZEND_PARSE_PARAMETERS_END();
	wserver_http_session_obj *s = Z_SESSION_P(ZEND_THIS);
	if (s->id) {
		zend_throw_error(NULL, "Session::__construct(): the session is already open");
		RETURN_THROWS();
	}
	s->id = zend_string_copy(sid);
	if (!session_read(s)) {
		zend_string_release(s->id);
		s->id = NULL;
		RETURN_THROWS();
	}
}

/* Methods of a Session whose constructor did not run (a subclass that skipped it) throw. */
#define SESSION_THIS(s)                                                                            \
	wserver_http_session_obj *s = Z_SESSION_P(ZEND_THIS);                                          \
	if (!s->id) {                                                                                  \
		zend_throw_error(NULL, "The Session has no id: its constructor was not called");           \
		RETURN_THROWS();                                                                           \
	}

ZEND_METHOD(WServer_Protocols_Http_Session, getId)
{
	ZEND_PARSE_PARAMETERS_NONE();
	SESSION_THIS(s);
	RETURN_STR_COPY(s->id);
}

ZEND_METHOD(WServer_Protocols_Http_Session, get)
{
	zend_string *name;
	zval *def = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(name)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL(def)
	ZEND_PARSE_PARAMETERS_END();
	SESSION_THIS(s);
	zval *v = zend_symtable_find(Z_ARRVAL(s->data), name);
	if (v && Z_TYPE_P(v) != IS_NULL) {
		RETURN_COPY_DEREF(v);
	}
	if (def) {
		RETURN_COPY(def);
	}
	RETURN_NULL();
}

ZEND_METHOD(WServer_Protocols_Http_Session, set)
{
	zend_string *name;
	zval *value;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(name)
	Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	SESSION_THIS(s);
	session_put(s, name, value);
}

ZEND_METHOD(WServer_Protocols_Http_Session, delete)
{
	zval *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(name) /* a string by the arginfo */
	ZEND_PARSE_PARAMETERS_END();
	SESSION_THIS(s);
	session_delete(s, name);
}

ZEND_METHOD(WServer_Protocols_Http_Session, pull)
{
	zend_string *name;
	zval *def = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(name)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL(def)
	ZEND_PARSE_PARAMETERS_END();
	SESSION_THIS(s);
	zval *v = zend_symtable_find(Z_ARRVAL(s->data), name);
	if (v && Z_TYPE_P(v) != IS_NULL) {
		ZVAL_COPY_DEREF(return_value, v);
	} else if (def) {
		ZVAL_COPY(return_value, def);
	}
	zval key;
	ZVAL_STR(&key, name);
	session_delete(s, &key);
}

ZEND_METHOD(WServer_Protocols_Http_Session, put)
{
	zend_string *key_str = NULL;
	HashTable *key_arr = NULL;
	zval *value = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ARRAY_HT_OR_STR(key_arr, key_str)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	SESSION_THIS(s);
	if (key_arr) {
		session_put_all(s, key_arr);
		return;
	}
	zval null;
	ZVAL_NULL(&null);
	session_put(s, key_str, value ? value : &null);
}

ZEND_METHOD(WServer_Protocols_Http_Session, forget)
{
	zend_string *key_str = NULL;
	HashTable *key_arr = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT_OR_STR(key_arr, key_str)
	ZEND_PARSE_PARAMETERS_END();
	SESSION_THIS(s);
	if (key_str) {
		zval key;
		ZVAL_STR(&key, key_str);
		session_delete(s, &key);
		return;
	}
	zval *k;
	ZEND_HASH_FOREACH_VAL(key_arr, k) {
		session_delete(s, k);
	}
	ZEND_HASH_FOREACH_END();
	s->need_save = true;
}

ZEND_METHOD(WServer_Protocols_Http_Session, all)
{
	ZEND_PARSE_PARAMETERS_NONE();
	SESSION_THIS(s);
	RETURN_COPY(&s->data);
}

ZEND_METHOD(WServer_Protocols_Http_Session, flush)
{
	ZEND_PARSE_PARAMETERS_NONE();
	SESSION_THIS(s);
	wserver_http_session_flush(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(WServer_Protocols_Http_Session, has)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	SESSION_THIS(s);
	zval *v = zend_symtable_find(Z_ARRVAL(s->data), name);
	RETURN_BOOL(v && Z_TYPE_P(v) != IS_NULL);
}

ZEND_METHOD(WServer_Protocols_Http_Session, exists)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	SESSION_THIS(s);
	RETURN_BOOL(zend_symtable_find(Z_ARRVAL(s->data), name) != NULL);
}

ZEND_METHOD(WServer_Protocols_Http_Session, save)
{
	ZEND_PARSE_PARAMETERS_NONE();
	SESSION_THIS(s);
	session_save(s);
}

ZEND_METHOD(WServer_Protocols_Http_Session, refresh)
{
	ZEND_PARSE_PARAMETERS_NONE();
	SESSION_THIS(s);
	bool ok = session_refresh(s);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(ok);
}

ZEND_METHOD(WServer_Protocols_Http_Session, gc)
{
	ZEND_PARSE_PARAMETERS_NONE();
	session_gc();
}

/* An ini setting as a long (0 when absent, e.g. without ext/session). */
static zend_long ini_long(const char *name)
{
	bool exists = false;
	char *v = zend_ini_string_ex((char *) name, strlen(name), 0, &exists);
	return exists && v ? ZEND_STRTOL(v, NULL, 10) : 0;
}

static void set_long(const char *name, zend_long v)
{
	zend_update_static_property_long(wserver_http_session_ce, name, strlen(name), v);
}

ZEND_METHOD(WServer_Protocols_Http_Session, init)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_long prob = ini_long("session.gc_probability"), div = ini_long("session.gc_divisor");
	if (prob && div) {
		zval arr;
		array_init(&arr);
		add_next_index_long(&arr, prob);
		add_next_index_long(&arr, div);
		zend_update_static_property(wserver_http_session_ce, ZEND_STRL("gcProbability"), &arr);
		zval_ptr_dtor(&arr);
	}
	zend_long max = ini_long("session.gc_maxlifetime");
	if (max) {
		set_long("lifetime", max);
	}
	bool exists = false;
	zend_ini_string_ex("session.cookie_lifetime", sizeof("session.cookie_lifetime") - 1, 0,
	                   &exists);
	if (!exists) {
		return; /* no ext/session: the cookie settings stay */
	}
	set_long("cookieLifetime", ini_long("session.cookie_lifetime"));
	const char *strs[][2] = {{"session.cookie_path", "cookiePath"},
	                         {"session.cookie_domain", "domain"},
	                         {"session.cookie_samesite", "sameSite"}};
	for (size_t i = 0; i < sizeof(strs) / sizeof(strs[0]); i++) {
		char *v = zend_ini_string_ex((char *) strs[i][0], strlen(strs[i][0]), 0, &exists);
		zend_update_static_property_string(wserver_http_session_ce, strs[i][1], strlen(strs[i][1]),
		                                   exists && v ? v : "");
	}
	zend_update_static_property_bool(wserver_http_session_ce, ZEND_STRL("secure"),
	                                 ini_long("session.cookie_secure") != 0);
	zend_update_static_property_bool(wserver_http_session_ce, ZEND_STRL("httpOnly"),
	                                 ini_long("session.cookie_httponly") != 0);
}

ZEND_METHOD(WServer_Protocols_Http_Session, handlerClass)
{
	zval *name = NULL, *config = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_ZVAL(name)
	Z_PARAM_ZVAL(config)
	ZEND_PARSE_PARAMETERS_END();
	if (name && zend_is_true(name)) {
		if (Z_TYPE_P(name) != IS_STRING) {
			zend_argument_type_error(1, "must be a class name, %s given",
			                         zend_zval_type_name(name));
			RETURN_THROWS();
		}
		zend_update_static_property(wserver_http_session_ce, ZEND_STRL("handlerClass"), name);
		/* a new class: the next session makes its handler */
		zval null;
		ZVAL_NULL(&null);
		zend_update_static_property(wserver_http_session_ce, ZEND_STRL("handler"), &null);
	}
	if (config && zend_is_true(config)) {
		zend_update_static_property(wserver_http_session_ce, ZEND_STRL("handlerConfig"), config);
	}
	RETURN_COPY(setting("handlerClass"));
}

ZEND_METHOD(WServer_Protocols_Http_Session, getCookieParams)
{
	ZEND_PARSE_PARAMETERS_NONE();
	static const char *keys[][2] = {{"lifetime", "cookieLifetime"}, {"path", "cookiePath"},
	                                {"domain", "domain"},           {"secure", "secure"},
	                                {"httponly", "httpOnly"},       {"samesite", "sameSite"}};
	array_init_size(return_value, 6);
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		zval *v = setting(keys[i][1]);
		Z_TRY_ADDREF_P(v);
		zend_hash_str_add(Z_ARRVAL_P(return_value), keys[i][0], strlen(keys[i][0]), v);
	}
}

void wserver_http_session_minit(void)
{
	wserver_http_session_ce = register_class_WServer_Protocols_Http_Session();
	wserver_http_session_ce->create_object = http_session_create;
	memcpy(&http_session_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	http_session_handlers.offset = XtOffsetOf(wserver_http_session_obj, std);
	http_session_handlers.free_obj = http_session_free;
	http_session_handlers.dtor_obj = http_session_dtor;
	http_session_handlers.get_gc = http_session_get_gc;
	http_session_handlers.clone_obj = NULL;

	/* $gcProbability = [1, 20000]: an immutable persistent array, as opcache would make it */
	HashTable *ht = pemalloc(sizeof(HashTable), 1);
	zend_hash_init(ht, 2, NULL, NULL, 1);
	zend_hash_real_init_packed(ht);
	zval v;
	ZVAL_LONG(&v, 1);
	zend_hash_next_index_insert(ht, &v);
	ZVAL_LONG(&v, 20000);
	zend_hash_next_index_insert(ht, &v);
	GC_SET_REFCOUNT(ht, 2);
	GC_TYPE_INFO(ht) = GC_ARRAY | ((IS_ARRAY_IMMUTABLE | GC_NOT_COLLECTABLE) << GC_FLAGS_SHIFT);
	gc_probability_default = ht;
	zend_property_info *info = zend_hash_str_find_ptr(&wserver_http_session_ce->properties_info,
	                                                  ZEND_STRL("gcProbability"));
	zval *def = &wserver_http_session_ce->default_static_members_table[info->offset];
	ZVAL_ARR(def, ht);
	Z_TYPE_FLAGS_P(def) = 0;
}

void wserver_http_session_mshutdown(void)
{
	if (gc_probability_default) {
		GC_TYPE_INFO(gc_probability_default) = GC_ARRAY | (GC_PERSISTENT << GC_FLAGS_SHIFT);
		zend_hash_destroy(gc_probability_default);
		pefree(gc_probability_default, 1);
		gc_probability_default = NULL;
	}
}
