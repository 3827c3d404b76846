/* WServer\Coroutine\Channel: a bounded FIFO between coroutines. Values sit in a ring buffer
 * that grows up to the capacity; a pop() that finds it empty, or a push() that finds it full,
 * waits in the channel's queue (coro.c) and is handed its value directly when woken. */
#include "channel.h"
#include "coro.h"

#include "zend_exceptions.h"

#include "stubs/channel_arginfo.h"

static zend_class_entry *channel_ce;
static zend_object_handlers channel_handlers;

typedef struct {
	zval *buf;      /* owned ring buffer of len values from head; alloc slots */
	uint32_t alloc; /* grows by doubling up to cap, so a large capacity costs nothing unused */
	uint32_t head, len;
	zend_long cap; /* 0 until constructed */
	bool closed;
	wserver_wait_queue consumers; /* pop()s waiting for a value (the buffer is empty) */
	wserver_wait_queue producers; /* push()es waiting for room (the buffer is full) */
	zend_object std;
} wserver_channel_obj;

#define PROP_CAPACITY 0
#define PROP_ERRCODE  1

static inline wserver_channel_obj *channel_from_obj(zend_object *obj)
{
	return (wserver_channel_obj *) ((char *) obj - XtOffsetOf(wserver_channel_obj, std));
}
#define Z_WSERVER_CHANNEL_P(zv) channel_from_obj(Z_OBJ_P(zv))

static zend_object *channel_create(zend_class_entry *ce)
{
	wserver_channel_obj *ch = zend_object_alloc(sizeof(*ch), ce);
	zend_object_std_init(&ch->std, ce);
	object_properties_init(&ch->std, ce);
	ch->std.handlers = &channel_handlers;
	return &ch->std;
}

static void channel_free(zend_object *obj)
{
	wserver_channel_obj *ch = channel_from_obj(obj);
	for (uint32_t i = 0; i < ch->len; i++) {
		zval_ptr_dtor(&ch->buf[(ch->head + i) % ch->alloc]);
	}
	if (ch->buf) {
		efree(ch->buf);
	}
	zend_object_std_dtor(obj);
}

static HashTable *channel_get_gc(zend_object *obj, zval **table, int *n)
{
	wserver_channel_obj *ch = channel_from_obj(obj);
	zend_get_gc_buffer *gc = zend_get_gc_buffer_create();
	for (uint32_t i = 0; i < ch->len; i++) {
		zend_get_gc_buffer_add_zval(gc, &ch->buf[(ch->head + i) % ch->alloc]);
	}
	zend_get_gc_buffer_use(gc, table, n);
	return zend_std_get_properties(obj);
}

static void set_errcode(wserver_channel_obj *ch, int code)
{
	ZVAL_LONG(OBJ_PROP_NUM(&ch->std, PROP_ERRCODE), code);
}

/* Append v (ownership taken); the caller made sure len < cap. */
static void buf_push(wserver_channel_obj *ch, zval *v)
{
	if (ch->len == ch->alloc) {
		uint32_t alloc = ch->alloc ? ch->alloc * 2 : 8;
		if (alloc > ch->cap) {
			alloc = (uint32_t) ch->cap;
		}
		zval *buf = safe_emalloc(alloc, sizeof(zval), 0);
		for (uint32_t i = 0; i < ch->len; i++) {
			ZVAL_COPY_VALUE(&buf[i], &ch->buf[(ch->head + i) % ch->alloc]);
		}
		if (ch->buf) {
			efree(ch->buf);
		}
		ch->buf = buf;
		ch->alloc = alloc;
		ch->head = 0;
	}
	ZVAL_COPY_VALUE(&ch->buf[(ch->head + ch->len) % ch->alloc], v);
	ch->len++;
}

static void buf_shift(wserver_channel_obj *ch, zval *out)
{
	ZVAL_COPY_VALUE(out, &ch->buf[ch->head]);
	ch->head = (ch->head + 1) % ch->alloc;
	ch->len--;
}

/* As Swoole's: only a timeout > 0 limits a wait; 0, as < 0, waits without limit. */
static double swoole_timeout(double timeout)
{
	return timeout > 0 ? timeout : -1;
}

static wserver_channel_obj *channel_ready(zval *this_zv)
{
	wserver_channel_obj *ch = Z_WSERVER_CHANNEL_P(this_zv);
	if (ch->cap == 0) {
		zend_throw_error(NULL, "WServer\\Coroutine\\Channel: must call constructor first "
		                       "(a subclass calls parent::__construct())");
		return NULL;
	}
	return ch;
}

ZEND_METHOD(WServer_Coroutine_Channel, __construct)
{
	zend_long cap = 1;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(cap)
	ZEND_PARSE_PARAMETERS_END();
	wserver_channel_obj *ch = Z_WSERVER_CHANNEL_P(ZEND_THIS);
	if (ch->cap != 0) {
		zend_throw_error(NULL,
		                 "WServer\\Coroutine\\Channel: the channel has already been constructed");
		RETURN_THROWS();
	}
	if (cap < 1 || cap > UINT32_MAX / 2) {
		zend_argument_value_error(1, "must be between 1 and %u", UINT32_MAX / 2);
		RETURN_THROWS();
	}
	ch->cap = cap;
	zval *p = OBJ_PROP_NUM(&ch->std, PROP_CAPACITY);
	ZVAL_LONG(p, cap);
	Z_PROP_FLAG_P(p) &= ~IS_PROP_UNINIT;
}

ZEND_METHOD(WServer_Coroutine_Channel, push)
{
	zval *data;
	double timeout = -1;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ZVAL(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	wserver_channel_obj *ch = channel_ready(ZEND_THIS);
	if (!ch || !wserver_coro_require("WServer\\Coroutine\\Channel::push()")) {
		RETURN_THROWS();
	}
	if (ch->closed) {
		set_errcode(ch, WSERVER_WAIT_CLOSED);
		RETURN_FALSE;
	}
	wserver_waiter *consumer = wserver_wait_queue_shift(&ch->consumers);
	if (consumer) {
		ZVAL_COPY(&consumer->data, data); /* straight to the waiting pop(), which runs now */
		wserver_coro_wake_now(consumer, WSERVER_WAIT_OK);
		set_errcode(ch, WSERVER_WAIT_OK);
		RETURN_TRUE;
	}
	if (ch->len < ch->cap) {
		zval v;
		ZVAL_COPY(&v, data);
		buf_push(ch, &v);
		set_errcode(ch, WSERVER_WAIT_OK);
		RETURN_TRUE;
	}
	/* full: wait holding the value; a pop() moves it into the buffer and wakes us */
	wserver_waiter w;
	ZVAL_COPY(&w.data, data);
	int status = wserver_coro_wait(&ch->producers, &w, swoole_timeout(timeout));
	if (status != WSERVER_WAIT_OK) {
		zval_ptr_dtor(&w.data);
	}
	set_errcode(ch, status);
	if (EG(exception)) {
		RETURN_THROWS(); /* the coroutine is being destroyed */
	}
	RETURN_BOOL(status == WSERVER_WAIT_OK);
}

ZEND_METHOD(WServer_Coroutine_Channel, pop)
{
	double timeout = -1;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	wserver_channel_obj *ch = channel_ready(ZEND_THIS);
	if (!ch || !wserver_coro_require("WServer\\Coroutine\\Channel::pop()")) {
		RETURN_THROWS();
	}
	if (ch->len > 0) {
		buf_shift(ch, return_value);
		wserver_waiter *producer = wserver_wait_queue_shift(&ch->producers);
		if (producer) {
			buf_push(ch, &producer->data); /* its value takes the freed slot, in order */
			ZVAL_UNDEF(&producer->data);
			wserver_coro_wake_now(producer, WSERVER_WAIT_OK);
		}
		set_errcode(ch, WSERVER_WAIT_OK);
		return;
	}
	if (ch->closed) {
		set_errcode(ch, WSERVER_WAIT_CLOSED);
		RETURN_FALSE;
	}
	wserver_waiter w;
	ZVAL_UNDEF(&w.data);
	int status = wserver_coro_wait(&ch->consumers, &w, swoole_timeout(timeout));
	set_errcode(ch, status);
	if (status == WSERVER_WAIT_OK) {
		RETURN_COPY_VALUE(&w.data);
	}
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_FALSE;
}

ZEND_METHOD(WServer_Coroutine_Channel, length)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(Z_WSERVER_CHANNEL_P(ZEND_THIS)->len);
}

ZEND_METHOD(WServer_Coroutine_Channel, isEmpty)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(Z_WSERVER_CHANNEL_P(ZEND_THIS)->len == 0);
}

ZEND_METHOD(WServer_Coroutine_Channel, isFull)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_channel_obj *ch = Z_WSERVER_CHANNEL_P(ZEND_THIS);
	RETURN_BOOL(ch->cap > 0 && ch->len >= ch->cap);
}

static zend_long queue_count(wserver_wait_queue *q)
{
	zend_long n = 0;
	for (wserver_waiter *w = q->head; w; w = w->next) {
		n++;
	}
	return n;
}

ZEND_METHOD(WServer_Coroutine_Channel, stats)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_channel_obj *ch = Z_WSERVER_CHANNEL_P(ZEND_THIS);
	array_init(return_value);
	add_assoc_long(return_value, "consumer_num", queue_count(&ch->consumers));
	add_assoc_long(return_value, "producer_num", queue_count(&ch->producers));
	add_assoc_long(return_value, "queue_num", ch->len);
}

ZEND_METHOD(WServer_Coroutine_Channel, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wserver_channel_obj *ch = Z_WSERVER_CHANNEL_P(ZEND_THIS);
	if (ch->closed) {
		RETURN_FALSE;
	}
	ch->closed = true;
	/* each waiter runs at once (producers first, as Swoole): one may touch this channel */
	GC_ADDREF(&ch->std);
	wserver_waiter *w;
	while ((w = wserver_wait_queue_shift(&ch->producers))) {
		wserver_coro_wake_now(w, WSERVER_WAIT_CLOSED);
	}
	while ((w = wserver_wait_queue_shift(&ch->consumers))) {
		wserver_coro_wake_now(w, WSERVER_WAIT_CLOSED);
	}
	OBJ_RELEASE(&ch->std);
	RETURN_TRUE;
}

void wserver_channel_minit(int module_number)
{
	register_channel_symbols(module_number);
	channel_ce = register_class_WServer_Coroutine_Channel();
	channel_ce->create_object = channel_create;
	memcpy(&channel_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	channel_handlers.offset = XtOffsetOf(wserver_channel_obj, std);
	channel_handlers.free_obj = channel_free;
	channel_handlers.get_gc = channel_get_gc;
	channel_handlers.clone_obj = NULL;
}
