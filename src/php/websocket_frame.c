/* WServer\WebSocket\Frame and CloseFrame: one frame as an object; pack() and unpack() turn
 * them into the bytes on the wire and back as Swoole's do (any opcode 0 to 10, the flags as
 * given, a masked frame when FLAG_MASK is set, a whole data message compressed with
 * FLAG_COMPRESS and an RSV1 frame inflated, as permessage-deflate without context takeover). */
#include "websocket_frame.h"
#include "core/websocket.h"
#include "proto/websocket.h"

#include "zend_attributes.h"
#include "zend_interfaces.h"
#if PHP_VERSION_ID >= 80200
#include "ext/random/php_random.h"
#else
#include "ext/standard/php_random.h"
#endif
#include "stubs/websocket_frame_arginfo.h"

zend_class_entry *wserver_websocket_frame_ce;
static zend_class_entry *close_frame_ce;

/* The slots of Frame's properties (CloseFrame's opcode keeps its parent's slot). */
enum { SLOT_FD, SLOT_DATA, SLOT_OPCODE, SLOT_FLAGS, SLOT_FINISH, SLOT_CODE, SLOT_REASON };

static void set_slot(zend_object *obj, int slot, zval *v)
{
	zval *p = OBJ_PROP_NUM(obj, slot);
	zval_ptr_dtor(p);
	ZVAL_COPY_VALUE(p, v);
}

void wserver_websocket_frame_object(zval *out, uint8_t opcode, const char *p, size_t n,
                                    uint8_t flags)
{
	zval v;
	if (flags & WSERVER_WS_FLAG_RSV1) {
		flags |= WSERVER_WS_FLAG_COMPRESS;
	}
	if (opcode == WS_OP_CLOSE) {
		object_init_ex(out, close_frame_ce);
		if (n >= 2) {
			ZVAL_LONG(&v, (unsigned char) p[0] << 8 | (unsigned char) p[1]);
			set_slot(Z_OBJ_P(out), SLOT_CODE, &v);
		}
		if (n > 2) {
			ZVAL_STRINGL(&v, p + 2, n - 2);
			set_slot(Z_OBJ_P(out), SLOT_REASON, &v);
		}
	} else {
		object_init_ex(out, wserver_websocket_frame_ce);
		ZVAL_STRINGL_FAST(&v, p, n);
		set_slot(Z_OBJ_P(out), SLOT_DATA, &v);
	}
	ZVAL_LONG(&v, opcode);
	set_slot(Z_OBJ_P(out), SLOT_OPCODE, &v);
	ZVAL_LONG(&v, flags);
	set_slot(Z_OBJ_P(out), SLOT_FLAGS, &v);
	ZVAL_BOOL(&v, flags & WSERVER_WS_FLAG_FIN);
	set_slot(Z_OBJ_P(out), SLOT_FINISH, &v);
}

/* A property of a Frame, NULL when it is unset or null (rv: room the engine may use). */
static zval *frame_prop(zend_object *obj, const char *name, zval *rv)
{
	zval *v = zend_read_property(obj->ce, obj, name, strlen(name), 1, rv);
	return v && Z_TYPE_P(v) != IS_NULL && Z_TYPE_P(v) != IS_UNDEF ? v : NULL;
}

bool wserver_websocket_frame_prepare(zval *data, zend_long opcode, zend_long flags,
                                     wserver_ws_out *out)
{
	zval *payload = data;
	zval rv, payload_rv; /* room for the engine's reads; the payload's lives on below */
	zend_long code = 0;
	if (Z_TYPE_P(data) == IS_OBJECT &&
	    instanceof_function(Z_OBJCE_P(data), wserver_websocket_frame_ce)) {
		zend_object *f = Z_OBJ_P(data);
		zval *v = frame_prop(f, "opcode", &rv);
		opcode = v ? zval_get_long(v) : WS_OP_TEXT;
		if (opcode == WS_OP_CLOSE) {
			v = frame_prop(f, "code", &rv);
			code = v ? zval_get_long(v) : WS_CLOSE_NORMAL;
			payload = frame_prop(f, "reason", &payload_rv);
		} else {
			payload = frame_prop(f, "data", &payload_rv);
		}
		v = frame_prop(f, "flags", &rv);
		flags = v ? zval_get_long(v) : 0;
		if ((v = frame_prop(f, "finish", &rv))) {
			flags = zend_is_true(v) ? flags | WSERVER_WS_FLAG_FIN : flags & ~WSERVER_WS_FLAG_FIN;
		}
	}
	flags &= WSERVER_WS_FLAGS_ALL;
	if (opcode < 0 || opcode > WS_OP_PONG) {
		php_error_docref(NULL, E_WARNING, "opcode must be between 0 and %d", WS_OP_PONG);
		return false;
	}
	zend_string *body = payload ? zval_try_get_string(payload) : ZSTR_EMPTY_ALLOC();
	if (!body) {
		return false;
	}
	if (opcode == WS_OP_CLOSE && ZSTR_LEN(body) > 123) {
		php_error_docref(NULL, E_WARNING, "the max length of close reason is 123");
		zend_string_release(body);
		return false;
	}
	if (opcode >= WS_OP_CLOSE && ZSTR_LEN(body) > 125) {
		php_error_docref(NULL, E_WARNING,
		                 "websocket control frame payload must not exceed 125 bytes");
		zend_string_release(body);
		return false;
	}
	if (opcode >= WS_OP_CLOSE) {
		/* control frames are never fragmented nor compressed */
		flags = (flags & ~(WSERVER_WS_FLAG_COMPRESS | WSERVER_WS_FLAG_RSV1)) | WSERVER_WS_FLAG_FIN;
	}
	if (opcode == WS_OP_CLOSE) {
		zend_string *with_code = zend_string_alloc(2 + ZSTR_LEN(body), 0);
		ZSTR_VAL(with_code)[0] = (char) (code >> 8);
		ZSTR_VAL(with_code)[1] = (char) code;
		memcpy(ZSTR_VAL(with_code) + 2, ZSTR_VAL(body), ZSTR_LEN(body) + 1);
		zend_string_release(body);
		body = with_code;
	}
	out->opcode = (uint8_t) opcode;
	out->flags = (uint8_t) flags;
	out->payload = body;
	return true;
}

uint8_t wserver_websocket_frame_first_byte(const wserver_ws_out *out)
{
	return (uint8_t) ((out->flags & WSERVER_WS_FLAG_FIN ? 0x80 : 0) |
	                  (out->flags & WSERVER_WS_FLAG_RSV1 ? 0x40 : 0) | out->opcode);
}

/* The whole frame's bytes; "" (Swoole's answer) when it cannot be made. */
static zend_string *pack(zval *data, zend_long opcode, zend_long flags)
{
	wserver_ws_out out;
	if (!wserver_websocket_frame_prepare(data, opcode, flags, &out)) {
		return ZSTR_EMPTY_ALLOC();
	}
	const char *z;
	size_t zlen;
	if ((out.flags & WSERVER_WS_FLAG_COMPRESS) && (out.flags & WSERVER_WS_FLAG_FIN) &&
	    (out.opcode == WS_OP_TEXT || out.opcode == WS_OP_BINARY) && ZSTR_LEN(out.payload) > 0 &&
	    ws_websocket_compress(15, ZSTR_VAL(out.payload), ZSTR_LEN(out.payload), &z, &zlen)) {
		zend_string_release(out.payload);
		out.payload = zend_string_init(z, zlen, 0);
		out.flags |= WSERVER_WS_FLAG_RSV1;
	}
	size_t n = ZSTR_LEN(out.payload);
	uint8_t first = wserver_websocket_frame_first_byte(&out);
	char head[14];
	size_t hlen;
	uint8_t mask[4] = {0};
	bool masked = out.flags & WSERVER_WS_FLAG_MASK;
	if (masked) {
		if (php_random_bytes_silent(mask, sizeof(mask)) != SUCCESS) {
			memcpy(mask, "wsrv", 4);
		}
		hlen = ws_frame_head_masked(first, n, mask, head);
	} else {
		hlen = ws_frame_head(first, n, head);
	}
	zend_string *s = zend_string_alloc(hlen + n, 0);
	memcpy(ZSTR_VAL(s), head, hlen);
	memcpy(ZSTR_VAL(s) + hlen, ZSTR_VAL(out.payload), n);
	ZSTR_VAL(s)[hlen + n] = '\0';
	if (masked) {
		ws_frame_unmask(ZSTR_VAL(s) + hlen, n, mask, 0); /* XOR: masking is the same */
	}
	zend_string_release(out.payload);
	return s;
}

ZEND_METHOD(WServer_WebSocket_Frame, pack)
{
	zval *data;
	zend_long opcode = WS_OP_TEXT, flags = WSERVER_WS_FLAG_FIN;
	ZEND_PARSE_PARAMETERS_START(1, 3)
	Z_PARAM_ZVAL(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(opcode)
	Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_STR(pack(data, opcode, flags));
}

ZEND_METHOD(WServer_WebSocket_Frame, __toString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(pack(ZEND_THIS, 0, 0));
}

/* The most a compressed frame given to unpack() may inflate to. */
#define WSERVER_UNPACK_MAX (64 * 1024 * 1024)

ZEND_METHOD(WServer_WebSocket_Frame, unpack)
{
	zend_string *data;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();
	const unsigned char *p = (const unsigned char *) ZSTR_VAL(data);
	size_t len = ZSTR_LEN(data), pos = 2;
	if (len < 2) {
		RETURN_FALSE;
	}
	uint64_t n = p[1] & 0x7f;
	size_t ext = n == 126 ? 2 : n == 127 ? 8 : 0;
	if (len < pos + ext) {
		RETURN_FALSE;
	}
	if (ext) {
		n = 0;
		for (size_t i = 0; i < ext; i++) {
			n = n << 8 | p[pos + i];
		}
		pos += ext;
	}
	bool masked = p[1] & 0x80;
	size_t mask_at = pos;
	pos += masked ? 4 : 0;
	if (len < pos || n > len - pos) {
		RETURN_FALSE; /* incomplete */
	}
	uint8_t opcode = p[0] & 0x0f;
	bool fin = p[0] & 0x80;
	if (opcode >= WS_OP_CLOSE && (!fin || n > 125)) {
		php_error_docref(NULL, E_WARNING,
		                 "invalid websocket control frame: opcode=%u, fin=%u, payload_length=%zu",
		                 opcode, fin, (size_t) n);
		RETURN_FALSE;
	}
	uint8_t flags = (fin ? WSERVER_WS_FLAG_FIN : 0) | (p[0] & 0x40 ? WSERVER_WS_FLAG_RSV1 : 0) |
	                (p[0] & 0x20 ? WSERVER_WS_FLAG_RSV2 : 0) |
	                (p[0] & 0x10 ? WSERVER_WS_FLAG_RSV3 : 0) | (masked ? WSERVER_WS_FLAG_MASK : 0);
	/* a copy: the caller's string stays as it was */
	zend_string *payload = zend_string_init((const char *) p + pos, (size_t) n, 0);
	if (masked) {
		ws_frame_unmask(ZSTR_VAL(payload), ZSTR_LEN(payload), p + mask_at, 0);
	}
	if ((flags & WSERVER_WS_FLAG_RSV1) && opcode < WS_OP_CLOSE) {
		const char *msg;
		size_t mlen;
		if (ws_websocket_inflate(NULL, ZSTR_VAL(payload), ZSTR_LEN(payload), WSERVER_UNPACK_MAX,
		                         &msg, &mlen) != WS_INFLATE_OK) {
			zend_string_release(payload);
			php_error_docref(NULL, E_WARNING, "the compressed frame (RSV1) cannot be inflated");
			RETURN_FALSE;
		}
		zend_string_release(payload);
		payload = zend_string_init(msg, mlen, 0);
	}
	wserver_websocket_frame_object(return_value, opcode, ZSTR_VAL(payload), ZSTR_LEN(payload),
	                               flags);
	zend_string_release(payload);
}

void wserver_websocket_frame_minit(void)
{
	wserver_websocket_frame_ce = register_class_WServer_WebSocket_Frame(zend_ce_stringable);
	close_frame_ce = register_class_WServer_WebSocket_CloseFrame(wserver_websocket_frame_ce);
}
