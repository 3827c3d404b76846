/* WServer\Connection\ConnectionInterface: Workerman 5.2's abstract parent of every connection,
 * its constants and properties, error(), and the process's static $statistics, which the
 * runtime keeps current (connections open, messages received, callbacks that threw, sends
 * refused). */
#include "connection_interface.h"

#include "zend_exceptions.h"
#include "zend_attributes.h"
#include "stubs/connection_interface_arginfo.h"

zend_class_entry *wserver_connection_interface_ce;

static const char *const stat_names[WSERVER_STAT_COUNT] = {
    "connection_count",
    "total_request",
    "throw_exception",
    "send_fail",
};

static zend_string *stat_keys[WSERVER_STAT_COUNT];
static uint32_t statistics_offset;

/* The static property itself, writable (NULL if it is not an array any more). Found by its
 * slot: the runtime counts each message here. */
static zval *statistics(void)
{
	zend_class_entry *ce = wserver_connection_interface_ce;
	if (UNEXPECTED(!CE_STATIC_MEMBERS(ce))) {
		zend_class_init_statics(ce);
	}
	zval *v = CE_STATIC_MEMBERS(ce) + statistics_offset;
	ZVAL_DEREF(v);
	return Z_TYPE_P(v) == IS_ARRAY ? v : NULL;
}

void wserver_connection_interface_rinit(void)
{
	zval arr;
	array_init_size(&arr, WSERVER_STAT_COUNT);
	for (int i = 0; i < WSERVER_STAT_COUNT; i++) {
		zval zero;
		ZVAL_LONG(&zero, 0);
		zend_hash_add_new(Z_ARRVAL(arr), stat_keys[i], &zero); /* stat_add() knows its key */
	}
	zend_update_static_property(wserver_connection_interface_ce, ZEND_STRL("statistics"), &arr);
	zval_ptr_dtor(&arr);
}

void wserver_connection_stat_add(wserver_stat which, zend_long delta)
{
	zval *arr = statistics();
	if (!arr) {
		return;
	}
	SEPARATE_ARRAY(arr);
	/* This runs for each message: the counter's bucket is remembered and taken again while
	 * the array still has it there (the application may rewrite the array). */
	static HashTable *seen_ht[WSERVER_STAT_COUNT];
	static uint32_t seen_idx[WSERVER_STAT_COUNT];
	HashTable *ht = Z_ARRVAL_P(arr);
	uint32_t idx = seen_idx[which];
	if (EXPECTED(ht == seen_ht[which] && idx < ht->nNumUsed && !HT_IS_PACKED(ht) &&
	             ht->arData[idx].key == stat_keys[which] &&
	             Z_TYPE(ht->arData[idx].val) == IS_LONG)) {
		Z_LVAL(ht->arData[idx].val) += delta;
		return;
	}
	/* interned keys: their hash is computed once */
	zval *v = zend_hash_find(ht, stat_keys[which]);
	if (v && !HT_IS_PACKED(ht)) {
		seen_ht[which] = ht;
		seen_idx[which] = (uint32_t) ((Bucket *) v - ht->arData);
	}
	if (v && Z_TYPE_P(v) == IS_LONG) {
		Z_LVAL_P(v) += delta;
	} else {
		zval n;
		ZVAL_LONG(&n, delta);
		zend_hash_update(Z_ARRVAL_P(arr), stat_keys[which], &n);
	}
}

void wserver_connection_json_addresses(zend_object *conn, zval *arr)
{
	static const char *const entries[][2] = {
	    {"getRemoteIp", "getRemoteIp"},
	    {"remotePort", "getRemotePort"},
	    {"getRemoteAddress", "getRemoteAddress"},
	    {"getLocalIp", "getLocalIp"},
	    {"getLocalPort", "getLocalPort"},
	    {"getLocalAddress", "getLocalAddress"},
	    {"isIpV4", "isIpV4"},
	    {"isIpV6", "isIpV6"},
	};
	for (size_t i = 0; i < sizeof(entries) / sizeof(entries[0]); i++) {
		zend_function *fn = zend_hash_str_find_ptr_lc(&conn->ce->function_table, entries[i][1],
		                                              strlen(entries[i][1]));
		zval rv;
		ZVAL_NULL(&rv);
		if (fn) {
			zend_call_known_instance_method_with_0_params(fn, conn, &rv);
		}
		add_assoc_zval(arr, entries[i][0], &rv);
	}
}

ZEND_METHOD(WServer_Connection_ConnectionInterface, error)
{
	zval *ex;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJECT_OF_CLASS(ex, zend_ce_throwable)
	ZEND_PARSE_PARAMETERS_END();
	zval *handler = zend_read_property(wserver_connection_interface_ce, Z_OBJ_P(ZEND_THIS),
	                                   ZEND_STRL("errorHandler"), 1, NULL);
	if (handler && zend_is_callable(handler, 0, NULL)) {
		zval rv;
		call_user_function(NULL, NULL, handler, &rv, 1, ex);
		zval_ptr_dtor(&rv);
		return; /* what the handler throws goes on to the caller */
	}
	/* no handler: it escapes, as any uncaught exception of a callback (logged there) */
	Z_ADDREF_P(ex);
	zend_throw_exception_object(ex);
}

void wserver_connection_interface_minit(void)
{
	wserver_connection_interface_ce = register_class_WServer_Connection_ConnectionInterface();
	zend_property_info *pi = zend_hash_str_find_ptr(
	    &wserver_connection_interface_ce->properties_info, ZEND_STRL("statistics"));
	ZEND_ASSERT(pi && (pi->flags & ZEND_ACC_STATIC));
	statistics_offset = pi->offset;
	for (int i = 0; i < WSERVER_STAT_COUNT; i++) {
		stat_keys[i] = zend_string_init_interned(stat_names[i], strlen(stat_names[i]), 1);
	}
}
