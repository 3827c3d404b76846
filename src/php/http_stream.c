/* WServer\Protocols\Http\ServerSentEvents and Chunk: pieces of a reply that streams, sent as
 * they are after the Response that opened the stream. */
#include "http_stream.h"

#include "zend_smart_str.h"
#include "stubs/http_stream_arginfo.h"

zend_class_entry *wserver_http_sse_ce;
zend_class_entry *wserver_http_chunk_ce;
static zend_object_handlers http_stream_handlers;

typedef struct {
	zend_string *bytes; /* the encoded piece; owned */
	zend_object std;
} wserver_http_stream_obj;

static inline wserver_http_stream_obj *stream_from_obj(zend_object *obj)
{
	return (wserver_http_stream_obj *) ((char *) obj - XtOffsetOf(wserver_http_stream_obj, std));
}

static zend_object *http_stream_create(zend_class_entry *ce)
{
	wserver_http_stream_obj *s = zend_object_alloc(sizeof(*s), ce);
	zend_object_std_init(&s->std, ce);
	object_properties_init(&s->std, ce);
	s->std.handlers = &http_stream_handlers;
	s->bytes = ZSTR_EMPTY_ALLOC();
	return &s->std;
}

static void http_stream_free(zend_object *obj)
{
	zend_string_release(stream_from_obj(obj)->bytes);
	zend_object_std_dtor(obj);
}

static void set_bytes(zval *this_zv, zend_string *bytes)
{
	wserver_http_stream_obj *s = stream_from_obj(Z_OBJ_P(this_zv));
	zend_string_release(s->bytes);
	s->bytes = bytes;
}

bool wserver_http_stream_bytes(zval *data, zend_string **bytes)
{
	if (Z_TYPE_P(data) != IS_OBJECT ||
	    (Z_OBJCE_P(data) != wserver_http_sse_ce && Z_OBJCE_P(data) != wserver_http_chunk_ce)) {
		return false;
	}
	*bytes = zend_string_copy(stream_from_obj(Z_OBJ_P(data))->bytes);
	return true;
}

/* "field: value\n" for a field given in data. */
static void sse_field(smart_str *s, HashTable *data, const char *key, const char *field)
{
	zval *v = zend_hash_str_find(data, key, strlen(key));
	if (!v) {
		return;
	}
	zend_string *str = zval_get_string(v);
	smart_str_appends(s, field);
	smart_str_appends(s, ": ");
	smart_str_append(s, str);
	smart_str_appendc(s, '\n');
	zend_string_release(str);
}

ZEND_METHOD(WServer_Protocols_Http_ServerSentEvents, __construct)
{
	HashTable *data;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(data)
	ZEND_PARSE_PARAMETERS_END();
	smart_str s = {0};
	sse_field(&s, data, "", "");
	sse_field(&s, data, "event", "event");
	sse_field(&s, data, "id", "id");
	sse_field(&s, data, "retry", "retry");
	zval *v = zend_hash_str_find(data, ZEND_STRL("data"));
	if (v) {
		/* every line of the data is its own "data:" line */
		zend_string *str = zval_get_string(v);
		smart_str_appends(&s, "data: ");
		for (size_t i = 0; i < ZSTR_LEN(str); i++) {
			smart_str_appendc(&s, ZSTR_VAL(str)[i]);
			if (ZSTR_VAL(str)[i] == '\n') {
				smart_str_appends(&s, "data: ");
			}
		}
		smart_str_appendc(&s, '\n');
		zend_string_release(str);
	}
	smart_str_appendc(&s, '\n');
	smart_str_0(&s);
	set_bytes(ZEND_THIS, s.s);
}

ZEND_METHOD(WServer_Protocols_Http_ServerSentEvents, __toString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(stream_from_obj(Z_OBJ_P(ZEND_THIS))->bytes);
}

ZEND_METHOD(WServer_Protocols_Http_Chunk, __construct)
{
	zend_string *buffer;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(buffer)
	ZEND_PARSE_PARAMETERS_END();
	smart_str s = {0};
	char size[24];
	smart_str_appendl(&s, size, (size_t) snprintf(size, sizeof(size), "%zx\r\n", ZSTR_LEN(buffer)));
	smart_str_append(&s, buffer); /* binary-safe */
	smart_str_appendl(&s, "\r\n", 2);
	smart_str_0(&s);
	set_bytes(ZEND_THIS, s.s);
}

ZEND_METHOD(WServer_Protocols_Http_Chunk, __toString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(stream_from_obj(Z_OBJ_P(ZEND_THIS))->bytes);
}

void wserver_http_stream_minit(void)
{
	wserver_http_sse_ce = register_class_WServer_Protocols_Http_ServerSentEvents();
	wserver_http_sse_ce->create_object = http_stream_create;
	wserver_http_chunk_ce = register_class_WServer_Protocols_Http_Chunk();
	wserver_http_chunk_ce->create_object = http_stream_create;
	memcpy(&http_stream_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	http_stream_handlers.offset = XtOffsetOf(wserver_http_stream_obj, std);
	http_stream_handlers.free_obj = http_stream_free;
	http_stream_handlers.clone_obj = NULL;
}
