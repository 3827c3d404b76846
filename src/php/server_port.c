/* WServer\Server\Port: one more socket of a Server (addListener()), served by the same
 * workers. Its own events replace the server's for the connections it accepts. */
#include "server_port.h"
#include "server.h"
#include "server_options.h"

zend_class_entry *wserver_port_ce;
static zend_object_handlers port_handlers;

typedef struct {
	HashTable events; /* lower-case event name => callable */
	zend_object std;
} port_obj;

#define PORT(obj) ((port_obj *) ((char *) (obj) -XtOffsetOf(port_obj, std)))

static zend_object *port_create(zend_class_entry *ce)
{
	port_obj *p = zend_object_alloc(sizeof(*p), ce);
	zend_object_std_init(&p->std, ce);
	object_properties_init(&p->std, ce);
	p->std.handlers = &port_handlers;
	zend_hash_init(&p->events, 4, NULL, ZVAL_PTR_DTOR, 0);
	return &p->std;
}

static void port_free(zend_object *obj)
{
	zend_hash_destroy(&PORT(obj)->events);
	zend_object_std_dtor(obj);
}

static HashTable *port_get_gc(zend_object *obj, zval **table, int *n)
{
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
	zval *cb;
	ZEND_HASH_FOREACH_VAL(&PORT(obj)->events, cb) {
		zend_get_gc_buffer_add_zval(buf, cb);
	}
	ZEND_HASH_FOREACH_END();
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(obj);
}

zend_object *wserver_port_create(zend_string *host, zend_long port, zend_long type)
{
	zend_object *obj = port_create(wserver_port_ce);
	zend_update_property_str(wserver_port_ce, obj, ZEND_STRL("host"), host);
	zend_update_property_long(wserver_port_ce, obj, ZEND_STRL("port"), port);
	zend_update_property_long(wserver_port_ce, obj, ZEND_STRL("type"), type);
	return obj;
}

zval *wserver_port_event(zend_object *port, const char *name)
{
	return zend_hash_str_find(&PORT(port)->events, name, strlen(name));
}

/* The protocol of a port's connections: its own setting, else the server's scheme. */
const char *wserver_port_scheme(zend_object *port, const char *server_scheme)
{
	HashTable *st =
	    Z_ARRVAL_P(zend_read_property(wserver_port_ce, port, ZEND_STRL("setting"), 1, NULL));
	zend_long type = wserver_sock_type(port);
	zval *ws = zend_hash_str_find(st, ZEND_STRL("open_websocket_protocol"));
	zval *http = zend_hash_str_find(st, ZEND_STRL("open_http_protocol"));
	if (type == 2 || type == 4) {
		return "tcp"; /* socket_name() makes it udp:// */
	}
	if (ws && zend_is_true(ws)) {
		return "websocket";
	}
	if (http && zend_is_true(http)) {
		return "http";
	}
	if ((ws && !zend_is_true(ws)) || (http && !zend_is_true(http))) {
		return "tcp"; /* a plain port on an HTTP or WebSocket server */
	}
	return server_scheme;
}

ZEND_METHOD(WServer_Server_Port, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WServer_Server_Port, set)
{
	HashTable *settings;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(settings)
	ZEND_PARSE_PARAMETERS_END();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval *setting = zend_read_property(wserver_port_ce, obj, ZEND_STRL("setting"), 1, NULL);
	zval merged;
	ZVAL_ARR(&merged, zend_array_dup(Z_ARRVAL_P(setting)));
	bool ok = true;
	zend_string *name;
	zval *v;
	ZEND_HASH_FOREACH_STR_KEY_VAL(settings, name, v) {
		/* a port's TLS settings are its own (those it lacks come from the server's) */
		bool ssl = name && zend_string_starts_with_literal(name, "ssl_") &&
		           wserver_server_option_known(name);
		if (!name || (!ssl && !zend_string_equals_literal(name, "open_http_protocol") &&
		              !zend_string_equals_literal(name, "open_websocket_protocol"))) {
			php_error_docref(NULL, E_WARNING,
			                 "option \"%s\" is not supported on a port (only open_http_protocol, "
			                 "open_websocket_protocol and the ssl_* options)",
			                 name ? ZSTR_VAL(name) : "(a numeric key)");
			ok = false;
			continue;
		}
		Z_TRY_ADDREF_P(v);
		zend_hash_update(Z_ARRVAL(merged), name, v);
	}
	ZEND_HASH_FOREACH_END();
	zend_update_property(wserver_port_ce, obj, ZEND_STRL("setting"), &merged);
	zval_ptr_dtor(&merged);
	RETURN_BOOL(ok);
}

ZEND_METHOD(WServer_Server_Port, on)
{
	zend_string *name;
	zval *cb;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(name)
	Z_PARAM_ZVAL(cb)
	ZEND_PARSE_PARAMETERS_END();
	if (!wserver_events_on(&PORT(Z_OBJ_P(ZEND_THIS))->events, name, cb)) {
		RETURN_FALSE; /* warned */
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Server_Port, getCallback)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	wserver_events_get(&PORT(Z_OBJ_P(ZEND_THIS))->events, name, return_value);
}

void wserver_port_setup(zend_class_entry *ce)
{
	wserver_port_ce = ce;
	wserver_port_ce->create_object = port_create;
	memcpy(&port_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	port_handlers.offset = XtOffsetOf(port_obj, std);
	port_handlers.free_obj = port_free;
	port_handlers.get_gc = port_get_gc;
	port_handlers.clone_obj = NULL;
}
