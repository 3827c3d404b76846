/* WebSocket connections: reassembly of fragments, ping/pong and the close handshake, and the
 * close codes RFC 6455 asks for bad input (1002 protocol, 1007 bad UTF-8, 1009 too big). */
#include "websocket.h"
#include "conntab.h"
#include "ratelog.h"

#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

int ws_websocket_attach(ws_conn *c)
{
	c->ws = calloc(1, sizeof(*c->ws));
	if (!c->ws) {
		return WS_ERR;
	}
	return WS_OK;
}

void ws_websocket_free(ws_conn *c)
{
	if (c->ws) {
		ws_rbuf_free(&c->ws->frag);
		ws_rbuf_free(&c->ws->held);
		free(c->ws);
		c->ws = NULL;
	}
}

void ws_websocket_open(ws_conn *c)
{
	ws_rbuf *held = &c->ws->held;
	if (ws_rbuf_size(held) > 0) {
		ws_conn_send(c, held->data + held->off, ws_rbuf_size(held), NULL, 0, NULL, NULL, NULL, 0);
	}
	ws_rbuf_free(held);
	c->ws->open = true;
	ws_conntab_refresh(c);
}

void ws_websocket_accept(ws_conn *c, const char *reply, size_t len)
{
	ws_conn_send(c, reply, len, NULL, 0, NULL, NULL, NULL, 0);
	ws_websocket_open(c);
}

/* A client's frame: masked with a fresh key (RFC 6455 §5.3), so the payload is copied. NULL on
 * ENOMEM; *len gets the frame's length. The caller frees it. */
static char *masked_frame(uint8_t fin_opcode, const char *p, size_t n, size_t *len)
{
	uint8_t key[4];
	if (getrandom(key, sizeof(key), GRND_NONBLOCK) != sizeof(key)) {
		uint32_t r = (uint32_t) random();
		memcpy(key, &r, sizeof(key));
	}
	char *frame = malloc(14 + n);
	if (!frame) {
		return NULL;
	}
	size_t hlen = ws_frame_head_masked(fin_opcode, n, key, frame);
	memcpy(frame + hlen, p, n);
	ws_frame_unmask(frame + hlen, n, key, 0); /* masking and unmasking are the same XOR */
	*len = hlen + n;
	return frame;
}

/* One frame now (or queued): unmasked from a server, by reference; masked from a client. */
static int send_frame(ws_conn *c, uint8_t fin_opcode, const char *p, size_t n, void *owner,
                      const ws_owner_ops *ops)
{
	if (!c->ws->client) {
		char head[10 + 125];
		size_t hlen = ws_frame_head(fin_opcode, n, head);
		if (!owner && n <= 125) {
			/* a control frame built on the caller's stack: one piece, copied if it waits */
			memcpy(head + hlen, p, n);
			return ws_conn_send(c, head, hlen + n, NULL, 0, NULL, NULL, NULL, 0);
		}
		return ws_conn_send(c, head, hlen, p, n, owner, ops, NULL, 0);
	}
	size_t len;
	char *frame = masked_frame(fin_opcode, p, n, &len);
	if (!frame) {
		return WS_SEND_FAILED;
	}
	int rc = ws_conn_send(c, frame, len, NULL, 0, NULL, NULL, NULL, 0);
	free(frame);
	return rc;
}

void ws_websocket_refuse(ws_conn *c, const char *reply, size_t len)
{
	ws_rbuf_free(&c->ws->held);
	if (len > 0) {
		ws_conn_send(c, reply, len, NULL, 0, NULL, NULL, NULL, 0);
	}
	ws_conn_close(c);
}

int ws_websocket_send(ws_conn *c, uint8_t fin_opcode, const char *body, size_t blen, void *owner,
                      const ws_owner_ops *ops)
{
	if (c->ws->close_sent ||
	    (c->status != WS_CONN_ESTABLISHED && c->status != WS_CONN_CONNECTING)) {
		return WS_SEND_FAILED;
	}
	if (!c->ws->open) {
		ws_rbuf *held = &c->ws->held;
		int rc;
		if (c->ws->client) {
			size_t len;
			char *frame = masked_frame(fin_opcode, body, blen, &len);
			rc = frame ? ws_rbuf_append(held, frame, len) : WS_ERR;
			free(frame);
		} else {
			char head[10];
			size_t hlen = ws_frame_head(fin_opcode, blen, head);
			rc = ws_rbuf_append(held, head, hlen);
			rc |= rc == WS_OK ? ws_rbuf_append(held, body, blen) : WS_ERR;
		}
		return rc == WS_OK ? WS_SEND_QUEUED : WS_SEND_FAILED;
	}
	return send_frame(c, fin_opcode, body, blen, owner, ops);
}

/* A close frame with code and reason (at most 123 bytes), then the connection closes. */
static void send_close(ws_conn *c, unsigned code, const char *reason, size_t rlen)
{
	if (!c->ws->close_sent) {
		char payload[125];
		size_t n = 0;
		if (code) {
			payload[0] = (char) (code >> 8);
			payload[1] = (char) code;
			memcpy(payload + 2, reason, rlen);
			n = 2 + rlen;
		}
		send_frame(c, 0x80 | WS_OP_CLOSE, payload, n, NULL, NULL);
		c->ws->close_sent = true;
	}
	ws_conn_close(c);
}

void ws_websocket_close(ws_conn *c, unsigned code, const char *reason, size_t rlen)
{
	send_close(c, code, reason, rlen > 123 ? 123 : rlen);
}

/* A client decides how often these happen: logged at most once a second. */
static ws_ratelog protocol_error_log = WS_RATELOG("WebSocket protocol errors", 1000);

static ssize_t fail(ws_conn *c, unsigned code, const char *why)
{
	ws_ratelog_write(&protocol_error_log,
	                 "websocket connection %llu from worker pid %d: %s, closed with %u",
	                 (unsigned long long) c->id, (int) getpid(), why, code);
	send_close(c, code, NULL, 0);
	return -1;
}

/* The peer's close frame: answered with its code, then the connection closes. */
static ssize_t on_close_frame(ws_conn *c, const char *p, size_t n)
{
	if (n == 0) {
		send_close(c, 0, NULL, 0);
		return -1;
	}
	unsigned code = (unsigned char) p[0] << 8 | (unsigned char) p[1];
	if (n == 1 || !ws_close_code_valid(code)) {
		return fail(c, WS_CLOSE_PROTOCOL_ERROR, "bad close frame");
	}
	if (!ws_utf8_valid(p + 2, n - 2)) {
		return fail(c, WS_CLOSE_BAD_DATA, "close reason is not UTF-8");
	}
	send_close(c, code, NULL, 0);
	return -1;
}

uint8_t ws_websocket_msg_opcode(const ws_conn *c)
{
	return c->ws ? c->ws->msg_opcode : WS_OP_TEXT;
}

static bool deliver(ws_conn *c, uint8_t opcode, const char *p, size_t n)
{
	if (opcode == WS_OP_TEXT && !ws_utf8_valid(p, n)) {
		fail(c, WS_CLOSE_BAD_DATA, "text message is not UTF-8");
		return false;
	}
	static const ws_msg_info frame_info; /* a frame's codec learns nothing more */
	c->ws->msg_opcode = opcode;
	ws_conn_deliver(c, p, n, &frame_info);
	return true;
}

ssize_t ws_websocket_input(ws_conn *c, char *buf, size_t len)
{
	struct ws_websocket *ws = c->ws;
	ws_frame f;
	ssize_t n = ws_frame_parse(buf, len, c->max_package, !ws->client, &f);
	if (n == WS_PROTO_NEED_MORE) {
		return 0;
	}
	if (n < 0) {
		return fail(c, (unsigned) -n, n == -WS_CLOSE_TOO_BIG ? "frame too big" : "bad frame");
	}
	if (ws->client && f.masked) {
		return fail(c, WS_CLOSE_PROTOCOL_ERROR, "masked frame from the server");
	}
	char *p = buf + f.head_len;
	size_t plen = (size_t) f.payload_len;
	if (f.masked) {
		ws_frame_unmask(p, plen, f.mask, 0);
	}
	switch (f.opcode) {
	case WS_OP_PING: {
		if (ws->control & WS_CONTROL_PING) {
			return deliver(c, WS_OP_PING, p, plen) ? n : -1;
		}
		/* copied: p lives in the read buffer, which moves on */
		char pong[125];
		memcpy(pong, p, plen);
		send_frame(c, 0x80 | WS_OP_PONG, pong, plen, NULL, NULL);
		return n;
	}
	case WS_OP_PONG:
		return ws->control & WS_CONTROL_PONG ? (deliver(c, WS_OP_PONG, p, plen) ? n : -1) : n;
	case WS_OP_CLOSE:
		if (ws->control & WS_CONTROL_ECHO_CLOSE) {
			if ((ws->control & WS_CONTROL_CLOSE) && !deliver(c, WS_OP_CLOSE, p, plen)) {
				return -1;
			}
			if (!ws->close_sent) {
				send_frame(c, 0x80 | WS_OP_CLOSE, p, plen, NULL, NULL); /* copied: n <= 125 */
				ws->close_sent = true;
			}
			ws_conn_close(c);
			return -1;
		}
		return on_close_frame(c, p, plen);
	case WS_OP_CONTINUATION:
		if (!ws->frag_opcode) {
			return fail(c, WS_CLOSE_PROTOCOL_ERROR, "continuation without a message");
		}
		if (ws_rbuf_size(&ws->frag) + plen > c->max_package) {
			return fail(c, WS_CLOSE_TOO_BIG, "message too big");
		}
		if (ws_rbuf_append(&ws->frag, p, plen) != WS_OK) {
			return fail(c, WS_CLOSE_TOO_BIG, "out of memory");
		}
		if (f.fin) {
			uint8_t op = ws->frag_opcode;
			ws->frag_opcode = 0;
			const char *msg = ws->frag.data ? ws->frag.data + ws->frag.off : "";
			bool ok = deliver(c, op, msg, ws_rbuf_size(&ws->frag));
			ws_rbuf_free(&ws->frag);
			return ok ? n : -1;
		}
		return n;
	default: /* text or binary */
		if (ws->frag_opcode) {
			return fail(c, WS_CLOSE_PROTOCOL_ERROR, "new message inside a fragmented one");
		}
		if (!f.fin) {
			ws->frag_opcode = f.opcode;
			return ws_rbuf_append(&ws->frag, p, plen) == WS_OK
			           ? n
			           : fail(c, WS_CLOSE_TOO_BIG, "out of memory");
		}
		return deliver(c, f.opcode, p, plen) ? n : -1;
	}
}
