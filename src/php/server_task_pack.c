/* Server\Task::pack() and ::unpack(): a task's data as bytes another program can hand on (a
 * message queue, a file) and read back. The header says how long the data is, so a cut or
 * foreign message is told apart from a whole one. */
#include "php.h"
#include "server_ipc.h"

#include <stdint.h>

#define PACK_MAGIC "WSTK"
enum { PACK_RAW = 0, PACK_SERIALIZED = 1 }; /* a string travels as itself */

typedef struct {
	char magic[4];
	uint8_t kind;
	uint8_t pad[3];
	uint64_t len; /* of what follows the header */
} pack_head;

ZEND_METHOD(WServer_Server_Task, pack)
{
	zval *data;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(data)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *body =
	    Z_TYPE_P(data) == IS_STRING ? zend_string_copy(Z_STR_P(data)) : wserver_ipc_serialize(data);
	if (!body) {
		RETURN_FALSE; /* serialize() threw */
	}
	pack_head h = {.kind = Z_TYPE_P(data) == IS_STRING ? PACK_RAW : PACK_SERIALIZED,
	               .len = ZSTR_LEN(body)};
	memcpy(h.magic, PACK_MAGIC, sizeof(h.magic));
	zend_string *out = zend_string_alloc(sizeof(h) + ZSTR_LEN(body), 0);
	memcpy(ZSTR_VAL(out), &h, sizeof(h));
	memcpy(ZSTR_VAL(out) + sizeof(h), ZSTR_VAL(body), ZSTR_LEN(body));
	ZSTR_VAL(out)[ZSTR_LEN(out)] = '\0';
	zend_string_release(body);
	RETURN_NEW_STR(out);
}

ZEND_METHOD(WServer_Server_Task, unpack)
{
	zend_string *packet;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(packet)
	ZEND_PARSE_PARAMETERS_END();
	pack_head h;
	if (ZSTR_LEN(packet) < sizeof(h)) {
		php_error_docref(NULL, E_WARNING, "bad task packet: %zu bytes, shorter than its header",
		                 ZSTR_LEN(packet));
		RETURN_FALSE;
	}
	memcpy(&h, ZSTR_VAL(packet), sizeof(h));
	const char *body = ZSTR_VAL(packet) + sizeof(h);
	size_t len = ZSTR_LEN(packet) - sizeof(h);
	if (memcmp(h.magic, PACK_MAGIC, sizeof(h.magic)) != 0 || h.len != len ||
	    (h.kind != PACK_RAW && h.kind != PACK_SERIALIZED)) {
		php_error_docref(NULL, E_WARNING, "bad task packet: not made by %s::pack(), or cut",
		                 ZSTR_VAL(EX(func)->common.scope->name));
		RETURN_FALSE;
	}
	if (h.kind == PACK_RAW) {
		RETURN_STRINGL(body, len);
	}
	if (!wserver_ipc_unserialize(body, len, return_value)) {
		php_error_docref(NULL, E_WARNING, "bad task packet: its data does not unserialize");
		RETURN_FALSE;
	}
}
