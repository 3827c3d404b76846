/* WebSocket messages over a coroutine socket: frames parsed by proto/websocket.c from a
 * buffer this side fills, control frames answered here unless the application asked to see
 * them (Swoole's open_ping_frame, open_pong_frame, open_close_frame). Never blocks the loop. */
#include "websocket_csock.h"
#include "websocket_frame.h"
#include "core/websocket.h"
#include "proto/websocket.h"

#include <errno.h>
#include <ev.h>
#include <sys/random.h>

static zend_class_entry *frame_ce, *close_frame_ce;

void wserver_websocket_csock_minit(void)
{
	frame_ce = zend_hash_str_find_ptr(CG(class_table), ZEND_STRL("wserver\\websocket\\frame"));
	ZEND_ASSERT(frame_ce != NULL);
}

/* WebSocket\CloseFrame where the build has it (looked up once, after every MINIT), else
 * Frame, which takes the two properties as dynamic ones. */
static zend_class_entry *close_frame_class(void)
{
	if (!close_frame_ce) {
		close_frame_ce =
		    zend_hash_str_find_ptr(CG(class_table), ZEND_STRL("wserver\\websocket\\closeframe"));
		if (!close_frame_ce) {
			close_frame_ce = frame_ce;
		}
	}
	return close_frame_ce;
}

double wserver_csock_deadline(double timeout)
{
	return timeout > 0 ? ev_time() + timeout : -1;
}

void wserver_smart_str_consume(smart_str *in, size_t n)
{
	if (!in->s || n == 0) {
		return;
	}
	size_t left = ZSTR_LEN(in->s) - n;
	memmove(ZSTR_VAL(in->s), ZSTR_VAL(in->s) + n, left);
	ZSTR_LEN(in->s) = left;
}

ssize_t wserver_csock_fill(wserver_csock *s, smart_str *in, double deadline)
{
	double timeout = -1;
	if (deadline > 0) {
		timeout = deadline - ev_time();
		if (timeout <= 0) {
			wserver_csock_fail(s, ETIMEDOUT);
			return -1;
		}
	}
	smart_str_alloc(in, 65536, 0);
	size_t have = ZSTR_LEN(in->s);
	ssize_t n = wserver_csock_recv(s, ZSTR_VAL(in->s) + have, in->a - have, timeout, false);
	if (n > 0) {
		ZSTR_LEN(in->s) = have + (size_t) n;
	}
	return n;
}

static void make_frame_of(zend_class_entry *ce, zval *out, wserver_csock *s, uint8_t opcode,
                          zend_long flags, const char *p, size_t n)
{
	object_init_ex(out, ce);
	zend_object *f = Z_OBJ_P(out);
	zend_update_property_long(frame_ce, f, ZEND_STRL("fd"), s->fd);
	zend_update_property_stringl(frame_ce, f, ZEND_STRL("data"), p, n);
	zend_update_property_long(frame_ce, f, ZEND_STRL("opcode"), opcode);
	zend_update_property_long(frame_ce, f, ZEND_STRL("flags"), flags);
	zend_update_property_bool(frame_ce, f, ZEND_STRL("finish"), flags & WSERVER_WS_FLAG_FIN);
}

static void make_frame(zval *out, wserver_csock *s, uint8_t opcode, zend_long flags, const char *p,
                       size_t n)
{
	make_frame_of(frame_ce, out, s, opcode, flags, p, n);
}

/* A close frame's code and reason, as Swoole's CloseFrame has them. */
static void make_close_frame(zval *out, wserver_csock *s, const char *p, size_t n)
{
	zend_long code = 1005; /* none given */
	if (n >= 2) {
		code = ((unsigned char) p[0] << 8) | (unsigned char) p[1];
	}
	make_frame_of(close_frame_class(), out, s, WS_OP_CLOSE, WSERVER_WS_FLAG_FIN, p, n);
	zend_object *f = Z_OBJ_P(out);
	zend_update_property_long(frame_ce, f, ZEND_STRL("code"), code);
	zend_update_property_stringl(frame_ce, f, ZEND_STRL("reason"), n >= 2 ? p + 2 : "",
	                             n >= 2 ? n - 2 : 0);
}

static bool proto_error(wserver_csock *s, const char *why)
{
	s->err = WSERVER_WS_EPROTO;
	snprintf(s->msg, sizeof(s->msg), "WebSocket protocol error: %s", why);
	return false;
}

/* A whole text or binary message into out: inflated first when it came compressed (never
 * past max). 1, or -1 with s->err set. */
static int make_data_frame(wserver_ws_peer *w, zval *out, wserver_csock *s, uint8_t opcode,
                           bool compressed, const char *p, size_t n, size_t max)
{
	if (!compressed) {
		make_frame(out, s, opcode, WSERVER_WS_FLAG_FIN, p, n);
		return 1;
	}
	if (w->zp.in_takeover && !w->inflater) {
		w->inflater = ws_inflate_new(); /* the peer's messages build on each other */
	}
	const char *msg;
	size_t len;
	int rc = ws_websocket_inflate(w->inflater, p, n, max, &msg, &len);
	if (rc != WS_INFLATE_OK) {
		proto_error(s, rc == WS_INFLATE_TOO_BIG ? "compressed message inflates past the maximum"
		                                        : "compressed message is not deflate data");
		return -1;
	}
	make_frame(out, s, opcode,
	           WSERVER_WS_FLAG_FIN | WSERVER_WS_FLAG_RSV1 | WSERVER_WS_FLAG_COMPRESS, msg, len);
	return 1;
}

int wserver_ws_peer_recv(wserver_ws_peer *w, wserver_csock *s, smart_str *in, double timeout,
                         zval *out)
{
	double deadline = wserver_csock_deadline(timeout);
	size_t max = w->max ? w->max : 2 * 1024 * 1024;
	for (;;) {
		ws_frame f;
		ssize_t len = in->s ? ws_frame_parse(ZSTR_VAL(in->s), ZSTR_LEN(in->s), max,
		                                     w->deflate ? WS_FRAME_RSV1 : 0, &f)
		                    : WS_PROTO_NEED_MORE;
		if (len < 0) {
			proto_error(s, len == -WS_CLOSE_TOO_BIG ? "frame too big" : "bad frame");
			return -1;
		}
		if (len == WS_PROTO_NEED_MORE) {
			ssize_t n = wserver_csock_fill(s, in, deadline);
			if (n <= 0) {
				return n == 0 ? 0 : -1;
			}
			continue;
		}
		char *p = ZSTR_VAL(in->s) + f.head_len;
		size_t n = (size_t) f.payload_len;
		if (f.masked) {
			ws_frame_unmask(p, n, f.mask, 0);
		}
		int done = 0;
		switch (f.opcode) {
		case WS_OP_PING:
			if (w->open_ping) {
				make_frame(out, s, f.opcode, WSERVER_WS_FLAG_FIN, p, n);
				done = 1;
			} else if (!wserver_ws_peer_send(w, s, WS_OP_PONG, WSERVER_WS_FLAG_FIN, p, n,
			                                 timeout)) {
				done = -1;
			}
			break;
		case WS_OP_PONG:
			if (w->open_pong) {
				make_frame(out, s, f.opcode, WSERVER_WS_FLAG_FIN, p, n);
				done = 1;
			}
			break;
		case WS_OP_CLOSE:
			if (w->open_close) {
				make_close_frame(out, s, p, n);
				done = 1;
			} else if (!wserver_ws_peer_send(w, s, WS_OP_CLOSE, WSERVER_WS_FLAG_FIN, p, n,
			                                 timeout)) {
				done = -1;
			}
			break;
		case WS_OP_CONTINUATION:
			if (!w->in_frag) {
				proto_error(s, "a continuation frame without a first frame");
				done = -1;
				break;
			}
			if (smart_str_get_len(&w->frag) + n > max) {
				proto_error(s, "message too big");
				done = -1;
				break;
			}
			smart_str_appendl(&w->frag, p, n);
			if (f.fin) {
				smart_str_0(&w->frag);
				done = make_data_frame(w, out, s, w->frag_opcode, w->frag_compressed,
				                       w->frag.s ? ZSTR_VAL(w->frag.s) : "",
				                       smart_str_get_len(&w->frag), max);
				smart_str_free(&w->frag);
				w->in_frag = false;
			}
			break;
		default:
			if (w->in_frag) {
				proto_error(s, "a new message before the last one's final fragment");
				done = -1;
			} else if (f.fin) {
				done = make_data_frame(w, out, s, f.opcode, f.rsv1, p, n, max);
			} else {
				w->in_frag = true;
				w->frag_opcode = f.opcode;
				w->frag_compressed = f.rsv1;
				smart_str_appendl(&w->frag, p, n);
			}
			break;
		}
		wserver_smart_str_consume(in, (size_t) len);
		if (done != 0) {
			return done;
		}
	}
}

bool wserver_ws_peer_send(wserver_ws_peer *w, wserver_csock *s, uint8_t opcode, zend_long flags,
                          const char *p, size_t n, double timeout)
{
	uint8_t first = (uint8_t) (opcode & 0x0F);
	if (flags & WSERVER_WS_FLAG_FIN) {
		first |= 0x80;
	}
	/* every whole message is compressed once permessage-deflate was agreed, as Swoole's */
	const char *z;
	size_t zlen;
	if (w->deflate && (flags & WSERVER_WS_FLAG_FIN) &&
	    (opcode == WS_OP_TEXT || opcode == WS_OP_BINARY) && n > 0 &&
	    ws_websocket_compress(w->zp.out_bits, p, n, &z, &zlen)) {
		p = z;
		n = zlen;
		first |= 0x40;
	} else if ((flags & WSERVER_WS_FLAG_RSV1) && !w->deflate) {
		first |= 0x40; /* as asked: the application makes its own frames */
	}
	if (flags & WSERVER_WS_FLAG_RSV2) {
		first |= 0x20;
	}
	if (flags & WSERVER_WS_FLAG_RSV3) {
		first |= 0x10;
	}
	char head[16];
	size_t hl;
	zend_string *frame = zend_string_alloc(n + sizeof(head), 0);
	if (w->mask || (flags & WSERVER_WS_FLAG_MASK)) {
		uint8_t key[4];
		if (getrandom(key, sizeof(key), 0) != sizeof(key)) {
			key[0] = 0x5a, key[1] = 0x17, key[2] = 0xc3, key[3] = 0x8e;
		}
		hl = ws_frame_head_masked(first, n, key, head);
		memcpy(ZSTR_VAL(frame) + hl, p, n);
		ws_frame_unmask(ZSTR_VAL(frame) + hl, n, key, 0); /* the same XOR masks */
	} else {
		hl = ws_frame_head(first, n, head);
		memcpy(ZSTR_VAL(frame) + hl, p, n);
	}
	memcpy(ZSTR_VAL(frame), head, hl);
	ssize_t sent = wserver_csock_send(s, ZSTR_VAL(frame), hl + n, timeout, true);
	zend_string_efree(frame);
	return sent == (ssize_t) (hl + n);
}

bool wserver_ws_peer_send_close(wserver_ws_peer *w, wserver_csock *s, zend_long code,
                                zend_string *reason, double timeout)
{
	size_t rl = reason ? MIN(ZSTR_LEN(reason), 123) : 0;
	char payload[125];
	payload[0] = (char) ((code >> 8) & 0xFF);
	payload[1] = (char) (code & 0xFF);
	if (rl) {
		memcpy(payload + 2, ZSTR_VAL(reason), rl);
	}
	return wserver_ws_peer_send(w, s, WS_OP_CLOSE, WSERVER_WS_FLAG_FIN, payload, rl + 2, timeout);
}

bool wserver_ws_peer_push(wserver_ws_peer *w, wserver_csock *s, zval *data, zend_long opcode,
                          zend_long flags, double timeout)
{
	if (Z_TYPE_P(data) == IS_OBJECT && instanceof_function(Z_OBJCE_P(data), frame_ce)) {
		zend_object *f = Z_OBJ_P(data);
		zval rv;
		opcode = zval_get_long(zend_read_property(frame_ce, f, ZEND_STRL("opcode"), 1, &rv));
		flags = zval_get_long(zend_read_property(frame_ce, f, ZEND_STRL("flags"), 1, &rv));
		zval *finish = zend_read_property(frame_ce, f, ZEND_STRL("finish"), 1, &rv);
		if (Z_TYPE_P(finish) != IS_NULL && !zend_is_true(finish)) {
			flags &= ~WSERVER_WS_FLAG_FIN; /* null: FIN as $flags say */
		}
		if (opcode == WS_OP_CLOSE) {
			/* a CloseFrame: its code and reason make the payload, as the server's push() */
			wserver_ws_out out;
			if (!wserver_websocket_frame_prepare(data, opcode, flags, &out)) {
				return false;
			}
			bool ok = wserver_ws_peer_send(w, s, out.opcode, out.flags, ZSTR_VAL(out.payload),
			                               ZSTR_LEN(out.payload), timeout);
			zend_string_release(out.payload);
			return ok;
		}
		zval *d = zend_read_property(frame_ce, f, ZEND_STRL("data"), 1, &rv);
		data = d;
	}
	zend_string *str = zval_try_get_string(data);
	if (!str) {
		return false;
	}
	bool ok =
	    wserver_ws_peer_send(w, s, (uint8_t) opcode, flags, ZSTR_VAL(str), ZSTR_LEN(str), timeout);
	zend_string_release(str);
	return ok;
}

void wserver_ws_peer_free(wserver_ws_peer *w)
{
	ws_inflate_free(w->inflater);
	w->inflater = NULL;
	smart_str_free(&w->frag);
	w->in_frag = false;
}
