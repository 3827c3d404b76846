/* WServer\Server\ConnectionIterator: what $server->connections gives, as Swoole's. The fds of
 * every worker at the moment the property was read, in ascending order; foreach gives them as
 * values under keys 1, 2, ...; isset($it[$fd]) and $it[$fd] ask the server afresh (exist(),
 * getClientInfo()). */
#include "server_connections.h"
#include "server.h"

#include "zend_interfaces.h"

zend_class_entry *wserver_connection_iterator_ce;
static zend_object_handlers iterator_handlers;

typedef struct {
	zend_object *server;
	HashTable *fds; /* packed: the fds */
	uint32_t pos;
	zend_object std;
} conn_iterator;

#define ITER(obj) ((conn_iterator *) ((char *) (obj) -XtOffsetOf(conn_iterator, std)))

static zend_object *iterator_create(zend_class_entry *ce)
{
	conn_iterator *it = zend_object_alloc(sizeof(*it), ce);
	zend_object_std_init(&it->std, ce);
	object_properties_init(&it->std, ce);
	it->std.handlers = &iterator_handlers;
	return &it->std;
}

static void iterator_free(zend_object *obj)
{
	conn_iterator *it = ITER(obj);
	if (it->server) {
		OBJ_RELEASE(it->server);
	}
	if (it->fds) {
		zend_array_release(it->fds);
	}
	zend_object_std_dtor(obj);
}

static HashTable *iterator_get_gc(zend_object *obj, zval **table, int *n)
{
	conn_iterator *it = ITER(obj);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
	if (it->server) {
		zend_get_gc_buffer_add_obj(buf, it->server);
	}
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(obj);
}

void wserver_connection_iterator_new(zend_object *server, zval *fds, zval *out)
{
	object_init_ex(out, wserver_connection_iterator_ce);
	conn_iterator *it = ITER(Z_OBJ_P(out));
	GC_ADDREF(server);
	it->server = server;
	it->fds = zend_array_dup(Z_ARRVAL_P(fds));
}

static conn_iterator *this_iterator(zval *this_zv)
{
	return ITER(Z_OBJ_P(this_zv));
}

static uint32_t fd_count(conn_iterator *it)
{
	return it->fds ? zend_hash_num_elements(it->fds) : 0;
}

ZEND_METHOD(WServer_Server_ConnectionIterator, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WServer_Server_ConnectionIterator, rewind)
{
	ZEND_PARSE_PARAMETERS_NONE();
	this_iterator(ZEND_THIS)->pos = 0;
}

ZEND_METHOD(WServer_Server_ConnectionIterator, valid)
{
	ZEND_PARSE_PARAMETERS_NONE();
	conn_iterator *it = this_iterator(ZEND_THIS);
	RETURN_BOOL(it->pos < fd_count(it));
}

ZEND_METHOD(WServer_Server_ConnectionIterator, current)
{
	ZEND_PARSE_PARAMETERS_NONE();
	conn_iterator *it = this_iterator(ZEND_THIS);
	zval *fd = it->fds ? zend_hash_index_find(it->fds, it->pos) : NULL;
	if (!fd) {
		RETURN_NULL();
	}
	RETURN_COPY(fd);
}

ZEND_METHOD(WServer_Server_ConnectionIterator, key)
{
	ZEND_PARSE_PARAMETERS_NONE();
	conn_iterator *it = this_iterator(ZEND_THIS);
	if (it->pos >= fd_count(it)) {
		RETURN_NULL();
	}
	RETURN_LONG((zend_long) it->pos + 1); /* as Swoole: keys count from 1 */
}

ZEND_METHOD(WServer_Server_ConnectionIterator, next)
{
	ZEND_PARSE_PARAMETERS_NONE();
	this_iterator(ZEND_THIS)->pos++;
}

ZEND_METHOD(WServer_Server_ConnectionIterator, count)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(fd_count(this_iterator(ZEND_THIS)));
}

/* The server's method name, called with $fd. */
static void ask_server(zval *this_zv, const char *method, zval *fd, zval *return_value)
{
	conn_iterator *it = this_iterator(this_zv);
	if (!it->server) {
		RETURN_FALSE;
	}
	zend_call_method(it->server, it->server->ce, NULL, method, strlen(method), return_value, 1, fd,
	                 NULL);
}

ZEND_METHOD(WServer_Server_ConnectionIterator, offsetExists)
{
	zval *fd;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(fd)
	ZEND_PARSE_PARAMETERS_END();
	zval rv;
	ZVAL_UNDEF(&rv);
	ask_server(ZEND_THIS, "exist", fd, &rv);
	RETVAL_BOOL(zend_is_true(&rv));
	zval_ptr_dtor(&rv);
}

ZEND_METHOD(WServer_Server_ConnectionIterator, offsetGet)
{
	zval *fd;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(fd)
	ZEND_PARSE_PARAMETERS_END();
	ask_server(ZEND_THIS, "getclientinfo", fd, return_value);
}

ZEND_METHOD(WServer_Server_ConnectionIterator, offsetSet)
{
	zval *fd, *value;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_ZVAL(fd)
	Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	zend_throw_error(NULL, "the server's connections are read-only");
}

ZEND_METHOD(WServer_Server_ConnectionIterator, offsetUnset)
{
	zval *fd;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(fd)
	ZEND_PARSE_PARAMETERS_END();
	zend_throw_error(NULL, "the server's connections are read-only: close() closes one");
}

void wserver_connection_iterator_setup(zend_class_entry *ce)
{
	wserver_connection_iterator_ce = ce;
	ce->create_object = iterator_create;
	memcpy(&iterator_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	iterator_handlers.offset = XtOffsetOf(conn_iterator, std);
	iterator_handlers.free_obj = iterator_free;
	iterator_handlers.get_gc = iterator_get_gc;
	iterator_handlers.clone_obj = NULL;
}
