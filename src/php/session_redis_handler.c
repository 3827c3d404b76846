/* WServer\Protocols\Http\Session\RedisSessionHandler and RedisClusterSessionHandler: sessions
 * in Redis through the redis extension's \Redis or \RedisCluster (blocking clients: one
 * connection per handler, made on first use), one key <prefix><id> per session with the TTL
 * Session::$lifetime. Without ext/redis the constructor throws; nothing here links against it. */
#include "session_redis_handler.h"
#include "http_session.h"
#include "session_file_handler.h"

#include "ext/spl/spl_exceptions.h"
#include "zend_exceptions.h"
#include "stubs/session_redis_handler_arginfo.h"

static zend_class_entry *redis_handler_ce, *redis_cluster_handler_ce;
enum { PROP_CONFIG = 0, PROP_CONNECTION = 1 }; /* the stub's declared properties, in order */

static zval *config_entry(zend_object *self, const char *key)
{
	zval *config = OBJ_PROP_NUM(self, PROP_CONFIG);
	ZVAL_DEREF(config);
	return Z_TYPE_P(config) == IS_ARRAY
	           ? zend_hash_str_find_deref(Z_ARRVAL_P(config), key, strlen(key))
	           : NULL;
}

/* $redis->$method(...args) into *rv (the caller releases it); false + exception on failure. */
static bool redis_call(zval *redis, const char *method, zval *rv, uint32_t argc, zval *args)
{
	zend_function *fn =
	    zend_hash_str_find_ptr_lc(&Z_OBJCE_P(redis)->function_table, method, strlen(method));
	if (!fn) {
		zend_throw_error(NULL, "Redis::%s() does not exist", method);
		ZVAL_UNDEF(rv);
		return false;
	}
	zend_call_known_instance_method(fn, Z_OBJ_P(redis), rv, argc, args);
	return !EG(exception);
}

static zend_class_entry *class_named(const char *name)
{
	zend_string *s = zend_string_init(name, strlen(name), 0);
	zend_class_entry *ce = zend_lookup_class(s);
	zend_string_release(s);
	return ce;
}

/* $redis->setOption(Redis::OPT_PREFIX, prefix or "redis_session_"). */
static bool set_prefix(zend_object *self, zval *redis)
{
	zend_class_entry *ce = class_named("Redis");
	zend_string *opt_name = zend_string_init(ZEND_STRL("OPT_PREFIX"), 0);
	zval *opt = ce ? zend_get_class_constant_ex(ce->name, opt_name, ce, 0) : NULL;
	zend_string_release(opt_name);
	if (!opt) {
		return false;
	}
	zval *prefix = config_entry(self, "prefix"), args[2], rv;
	ZVAL_COPY(&args[0], opt);
	if (prefix && zend_is_true(prefix)) {
		ZVAL_STR(&args[1], zval_get_string(prefix));
	} else {
		ZVAL_STRING(&args[1], "redis_session_");
	}
	bool ok = redis_call(redis, "setOption", &rv, 2, args);
	zval_ptr_dtor(&rv);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	return ok;
}

/* new RedisCluster(null, seeds, timeout, read_timeout, persistent[, auth]) into *out. */
static bool cluster_connect(zend_object *self, zval *out)
{
	zend_class_entry *ce = class_named("RedisCluster");
	if (!ce || !ce->constructor) {
		zend_throw_exception(spl_ce_RuntimeException, "Please install redis extension.", 0);
		return false;
	}
	zval args[6], *v;
	ZVAL_NULL(&args[0]);
	ZVAL_NULL(&args[1]);
	if ((v = config_entry(self, "host"))) {
		ZVAL_COPY(&args[1], v);
	}
	v = config_entry(self, "timeout");
	ZVAL_DOUBLE(&args[2], v ? zval_get_double(v) : 2.0);
	v = config_entry(self, "read_timeout");
	ZVAL_DOUBLE(&args[3], v ? zval_get_double(v) : Z_DVAL(args[2]));
	v = config_entry(self, "persistent");
	ZVAL_BOOL(&args[4], v && zend_is_true(v));
	v = config_entry(self, "auth");
	uint32_t argc = 5;
	if (v && zend_is_true(v)) {
		ZVAL_COPY(&args[argc++], v);
	}
	object_init_ex(out, ce);
	zend_call_known_instance_method(ce->constructor, Z_OBJ_P(out), NULL, argc, args);
	for (uint32_t i = 0; i < argc; i++) {
		zval_ptr_dtor(&args[i]);
	}
	if (EG(exception)) {
		zval_ptr_dtor(out);
		return false;
	}
	return true;
}

/* The connection: connect, auth, select and the key prefix as configured. NULL + exception. */
static zval *connection(zend_object *self)
{
	zval *conn = OBJ_PROP_NUM(self, PROP_CONNECTION);
	ZVAL_DEREF(conn);
	if (Z_TYPE_P(conn) == IS_OBJECT) {
		return conn;
	}
	zval redis;
	if (instanceof_function(self->ce, redis_cluster_handler_ce)) {
		if (!cluster_connect(self, &redis)) {
			return NULL;
		}
		if (!set_prefix(self, &redis)) {
			zval_ptr_dtor(&redis);
			return NULL;
		}
		zend_update_property(redis_handler_ce, self, ZEND_STRL("connection"), &redis);
		zval_ptr_dtor(&redis);
		conn = OBJ_PROP_NUM(self, PROP_CONNECTION);
		ZVAL_DEREF(conn);
		return conn;
	}
	zend_class_entry *ce = class_named("Redis");
	if (!ce) {
		zend_throw_exception(spl_ce_RuntimeException, "Please install redis extension.", 0);
		return NULL;
	}
	zval rv, args[3];
	object_init_ex(&redis, ce);
	zval *host = config_entry(self, "host"), *port = config_entry(self, "port");
	zval *timeout = config_entry(self, "timeout");
	ZVAL_STR(&args[0], host ? zval_get_string(host) : zend_string_init(ZEND_STRL("127.0.0.1"), 0));
	ZVAL_LONG(&args[1], port ? zval_get_long(port) : 6379);
	ZVAL_DOUBLE(&args[2], timeout ? zval_get_double(timeout) : 2.0);
	bool ok = redis_call(&redis, "connect", &rv, 3, args);
	if (ok && !zend_is_true(&rv)) {
		zend_throw_exception_ex(spl_ce_RuntimeException, 0,
		                        "Redis connect %s:" ZEND_LONG_FMT " fail.", Z_STRVAL(args[0]),
		                        Z_LVAL(args[1]));
		ok = false;
	}
	zval_ptr_dtor(&rv);
	zval_ptr_dtor(&args[0]);
	zval *auth = config_entry(self, "auth");
	if (ok && auth && zend_is_true(auth)) {
		ok = redis_call(&redis, "auth", &rv, 1, auth);
		zval_ptr_dtor(&rv);
	}
	zval *db = config_entry(self, "database");
	if (ok && db && zend_is_true(db)) {
		ZVAL_LONG(&args[0], zval_get_long(db));
		ok = redis_call(&redis, "select", &rv, 1, args);
		zval_ptr_dtor(&rv);
	}
	ok = ok && set_prefix(self, &redis);
	if (!ok) {
		zval_ptr_dtor(&redis);
		return NULL;
	}
	zend_update_property(redis_handler_ce, self, ZEND_STRL("connection"), &redis);
	zval_ptr_dtor(&redis);
	conn = OBJ_PROP_NUM(self, PROP_CONNECTION);
	ZVAL_DEREF(conn);
	return conn;
}

/* $this->connection()->$method(...args) as a bool: true when it answered exactly true (or,
 * with any_ok, whatever it answered). */
static void call_bool(zend_object *self, const char *method, uint32_t argc, zval *args, bool any_ok,
                      zval *return_value)
{
	zval *redis = connection(self), rv;
	if (!redis || !redis_call(redis, method, &rv, argc, args)) {
		RETURN_THROWS();
	}
	bool ok = any_ok || Z_TYPE(rv) == IS_TRUE;
	zval_ptr_dtor(&rv);
	RETURN_BOOL(ok);
}

ZEND_METHOD(WServer_Protocols_Http_Session_RedisSessionHandler, __construct)
{
	HashTable *config;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(config)
	ZEND_PARSE_PARAMETERS_END();
	if (!class_named("Redis")) {
		zend_throw_exception(spl_ce_RuntimeException, "Please install redis extension.", 0);
		RETURN_THROWS();
	}
	zval copy;
	ZVAL_ARR(&copy, zend_array_dup(config));
	if (!zend_hash_str_exists(Z_ARRVAL(copy), ZEND_STRL("timeout"))) {
		add_assoc_long(&copy, "timeout", 2);
	}
	zend_update_property(redis_handler_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("config"), &copy);
	zval_ptr_dtor(&copy);
}

ZEND_METHOD(WServer_Protocols_Http_Session_RedisSessionHandler, open)
{
	zend_string *path, *name;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(path)
	Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Protocols_Http_Session_RedisSessionHandler, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Protocols_Http_Session_RedisSessionHandler, read)
{
	zend_string *sid;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(sid)
	ZEND_PARSE_PARAMETERS_END();
	zval *redis = connection(Z_OBJ_P(ZEND_THIS)), arg, rv;
	ZVAL_STR(&arg, sid);
	if (!redis || !redis_call(redis, "get", &rv, 1, &arg)) {
		RETURN_THROWS();
	}
	if (Z_TYPE(rv) == IS_STRING) {
		RETURN_COPY_VALUE(&rv);
	}
	zval_ptr_dtor(&rv);
	RETURN_FALSE;
}

ZEND_METHOD(WServer_Protocols_Http_Session_RedisSessionHandler, write)
{
	zend_string *sid, *data;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(sid)
	Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();
	zval args[3];
	ZVAL_STR(&args[0], sid);
	ZVAL_LONG(&args[1], wserver_http_session_lifetime());
	ZVAL_STR(&args[2], data);
	call_bool(Z_OBJ_P(ZEND_THIS), "setex", 3, args, false, return_value);
}

ZEND_METHOD(WServer_Protocols_Http_Session_RedisSessionHandler, updateTimestamp)
{
	zend_string *sid, *data = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(sid)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();
	zval args[2];
	ZVAL_STR(&args[0], sid);
	ZVAL_LONG(&args[1], wserver_http_session_lifetime());
	call_bool(Z_OBJ_P(ZEND_THIS), "expire", 2, args, false, return_value);
}

ZEND_METHOD(WServer_Protocols_Http_Session_RedisSessionHandler, destroy)
{
	zend_string *sid;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(sid)
	ZEND_PARSE_PARAMETERS_END();
	zval arg;
	ZVAL_STR(&arg, sid);
	call_bool(Z_OBJ_P(ZEND_THIS), "del", 1, &arg, true, return_value);
}

ZEND_METHOD(WServer_Protocols_Http_Session_RedisSessionHandler, gc)
{
	zend_long max;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(max)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_TRUE; /* Redis expires the keys itself */
}

void wserver_session_redis_handler_minit(void)
{
	redis_handler_ce = register_class_WServer_Protocols_Http_Session_RedisSessionHandler(
	    wserver_session_handler_interface_ce);
	redis_cluster_handler_ce =
	    register_class_WServer_Protocols_Http_Session_RedisClusterSessionHandler(redis_handler_ce);
}
