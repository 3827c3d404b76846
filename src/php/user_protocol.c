/* User protocol classes, as in Workerman: a class with static input($buffer, $connection) (the
 * length of the first whole package, 0 for "more", anything else closes the connection),
 * decode($package, $connection) (what onMessage gets) and encode($data, $connection) (what
 * send() writes). The core frames with input(); decode and encode run in the binding. */
#include "user_protocol.h"
#include "callback.h"
#include "tcp_connection.h"
#include "core/conn.h"
#include "core/ratelog.h"

#include <unistd.h>

/* The class of this worker process's user protocol (one Worker per process): a connection
 * that names no class of its own ($protocol set by the application) uses it. */
static zend_class_entry *user_ce;

static zend_class_entry *class_of(zend_object *conn)
{
	zend_class_entry *ce = conn ? wserver_tcp_connection_proto_class(conn) : NULL;
	return ce ? ce : user_ce;
}

static zend_class_entry *protocol_class(zend_string *cls)
{
	zend_class_entry *ce = zend_lookup_class(cls);
	return ce && zend_hash_str_exists(&ce->function_table, ZEND_STRL("input")) &&
	               zend_hash_str_exists(&ce->function_table, ZEND_STRL("decode")) &&
	               zend_hash_str_exists(&ce->function_table, ZEND_STRL("encode"))
	           ? ce
	           : NULL;
}

/* A scheme ("jsonNL") is looked up as \Protocols\JsonNL, then \Workerman\Protocols\JsonNL, as
 * Workerman does, then \WServer\Protocols\JsonNL; a name with a backslash ($worker->protocol)
 * as it is. NULL if none is a class with the three static methods. */
zend_class_entry *wserver_user_protocol_find(const char *name, size_t len)
{
	if (len == 0) {
		return NULL;
	}
	if (memchr(name, '\\', len)) {
		zend_string *cls = zend_string_init(name, len, 0);
		zend_class_entry *ce = protocol_class(cls);
		zend_string_release(cls);
		return ce;
	}
	static const char *const prefixes[] = {"Protocols\\", "Workerman\\Protocols\\",
	                                       "WServer\\Protocols\\"};
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
		zend_string *cls = zend_strpprintf(0, "%s%c%.*s", prefixes[i],
		                                   toupper((unsigned char) *name), (int) len - 1, name + 1);
		zend_class_entry *ce = protocol_class(cls);
		zend_string_release(cls);
		if (ce) {
			return ce;
		}
	}
	return NULL;
}

void wserver_user_protocol_use(zend_class_entry *ce)
{
	user_ce = ce;
}

/* ce::method(args) into rv; false after an exception (logged) or a missing method. */
static bool call_static(zend_class_entry *ce, const char *method, uint32_t argc, zval *argv,
                        zval *rv)
{
	ZVAL_UNDEF(rv);
	zend_function *fn =
	    ce ? zend_hash_str_find_ptr_lc(&ce->function_table, method, strlen(method)) : NULL;
	if (!fn) {
		return false;
	}
	zend_call_known_function(fn, NULL, ce, rv, argc, argv, NULL);
	if (EG(exception)) {
		zval_ptr_dtor(rv);
		ZVAL_UNDEF(rv);
		char where[300];
		snprintf(where, sizeof(where), "%s::%s()", ZSTR_VAL(ce->name), method);
		wserver_log_exception(where);
		return false;
	}
	return true;
}

/* A client decides how often this happens: logged at most once a second. */
static ws_ratelog bad_input_log = WS_RATELOG("input() results that were no package length", 1000);

static ssize_t user_input(const void *param, const char *buf, size_t len, size_t max,
                          ws_msg_info *info)
{
	const ws_conn *c = param; /* this codec is given its connection */
	zend_class_entry *ce = class_of(c->user);
	if (!ce || !c->user) {
		return WS_PROTO_BAD;
	}
	/* consumeRecvBuffer() called since the last input() (in a callback): those bytes go first */
	size_t skip = wserver_tcp_connection_take_consumed(c->user);
	if (skip > 0) {
		info->skip = skip < len ? skip : len;
		return WS_PROTO_NEED_MORE;
	}
	zval args[2], rv;
	ZVAL_STRINGL_FAST(&args[0], buf, len);
	ZVAL_OBJ(&args[1], c->user);
	bool ok = call_static(ce, "input", 2, args, &rv);
	zval_ptr_dtor(&args[0]);
	if (!ok || Z_TYPE(rv) != IS_LONG || Z_LVAL(rv) < 0) {
		ws_ratelog_write(
		    &bad_input_log,
		    "connection %llu from worker pid %d: %s::input() returned no package length",
		    (unsigned long long) c->id, (int) getpid(), ZSTR_VAL(ce->name));
		zval_ptr_dtor(&rv);
		return WS_PROTO_BAD;
	}
	/* input() may have consumed bytes itself (consumeRecvBuffer()); its length counts from
	 * after them, as Workerman's */
	skip = c->user ? wserver_tcp_connection_take_consumed(c->user) : 0;
	skip = skip < len ? skip : len;
	info->skip = skip;
	zend_long n = Z_LVAL(rv);
	if ((size_t) n > max) {
		return WS_PROTO_TOO_BIG;
	}
	return (size_t) n > len - skip ? WS_PROTO_NEED_MORE : (ssize_t) n; /* 0: more */
}

static void user_decode(const void *param, const char *msg, size_t len, size_t *off, size_t *plen)
{
	(void) param;
	(void) msg;
	*off = 0;
	*plen = len; /* the whole package: decode() runs in wserver_user_protocol_decode */
}

static size_t user_encode(size_t n, char *head, const char **trailer, size_t *tlen)
{
	(void) n;
	(void) head;
	*trailer = NULL;
	*tlen = 0;
	return 0; /* encode() runs in wserver_user_protocol_encode */
}

const ws_proto wserver_proto_user = {
    .name = "user",
    .kind = WS_PROTO_USER,
    .input = user_input,
    .decode = user_decode,
    .encode = user_encode,
    .conn_param = true,
};

void wserver_user_protocol_decode(zend_object *conn, zval *msg)
{
	zval args[2], rv;
	ZVAL_COPY_VALUE(&args[0], msg);
	ZVAL_OBJ(&args[1], conn);
	if (call_static(class_of(conn), "decode", 2, args, &rv)) {
		zval_ptr_dtor(msg);
		ZVAL_COPY_VALUE(msg, &rv);
	}
}

zend_string *wserver_user_protocol_encode(zend_object *conn, zval *data)
{
	zval args[2], rv;
	ZVAL_COPY_VALUE(&args[0], data);
	ZVAL_OBJ(&args[1], conn);
	if (!call_static(class_of(conn), "encode", 2, args, &rv)) {
		return NULL;
	}
	zend_string *s = zval_try_get_string(&rv);
	zval_ptr_dtor(&rv);
	return s;
}
