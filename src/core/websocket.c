/* WebSocket connections: reassembly of fragments, ping/pong and the close handshake, and the
 * close codes RFC 6455 asks for bad input (1002 protocol, 1007 bad UTF-8, 1009 too big);
 * permessage-deflate (RFC 7692) on top. Every message is compressed on its own (no context
 * takeover is what a server answers), so one compressor per window size and one inflater
 * serve all the connections of the process: an idle connection holds no zlib state. */
#include "websocket.h"
#include "conntab.h"
#include "ratelog.h"
#include "stats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
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
		free(c->ws->answer);
		ws_inflate_free(c->ws->inflater);
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

void ws_websocket_offer(ws_conn *c, const char *ext, size_t len)
{
	struct ws_websocket *ws = c->ws;
	char answer[160];
	if (!ws->compression || ws->answer ||
	    !ws_deflate_server_accept(ext, len, &ws->zp, answer, sizeof(answer))) {
		return;
	}
	ws->answer = strdup(answer); /* ENOMEM: no compression */
}

void ws_websocket_agreed(ws_conn *c, const ws_deflate_params *p)
{
	c->ws->zp = *p;
	c->ws->deflate = true;
	if (p->in_takeover && !c->ws->inflater) {
		/* the peer's messages build on each other: this connection inflates with its own */
		c->ws->inflater = ws_inflate_new();
	}
}

/* The value of the header name (lower case, with its colon) in the head h[0, n), or NULL. */
static const char *head_value(const char *h, size_t n, const char *name, size_t *vlen)
{
	size_t nlen = strlen(name);
	for (const char *p = memchr(h, '\n', n), *end = h + n; p && p + 1 < end;
	     p = memchr(p + 1, '\n', (size_t) (end - p - 1))) {
		const char *line = p + 1;
		const char *eol = memchr(line, '\n', (size_t) (end - line));
		if (!eol) {
			break;
		}
		if ((size_t) (eol - line) > nlen && strncasecmp(line, name, nlen) == 0) {
			const char *v = line + nlen, *ve = eol;
			while (v < ve && (*v == ' ' || *v == '\t')) {
				v++;
			}
			while (ve > v && (ve[-1] == '\r' || ve[-1] == ' ' || ve[-1] == '\t')) {
				ve--;
			}
			*vlen = (size_t) (ve - v);
			return v;
		}
	}
	return NULL;
}

void ws_websocket_accept(ws_conn *c, const char *reply, size_t len)
{
	struct ws_websocket *ws = c->ws;
	size_t vlen;
	const char *own = head_value(reply, len, "sec-websocket-extensions:", &vlen);
	if (own) {
		/* the application answered itself (Workerman apps add the header): it decides */
		ws_deflate_params p;
		if (ws_deflate_answer_params(own, vlen, true, &p)) {
			ws_websocket_agreed(c, &p);
		}
		ws_conn_send(c, reply, len, NULL, 0, NULL, NULL, NULL, 0);
	} else if (ws->answer && len >= 4 && memcmp(reply + len - 4, "\r\n\r\n", 4) == 0) {
		/* our answer to the offer goes in as the last header */
		char line[200];
		int n = snprintf(line, sizeof(line), "Sec-WebSocket-Extensions: %s\r\n\r\n", ws->answer);
		ws_conn_send(c, reply, len - 2, line, (size_t) n, NULL, NULL, NULL, 0);
		ws->deflate = true;
	} else {
		ws_conn_send(c, reply, len, NULL, 0, NULL, NULL, NULL, 0);
	}
	free(ws->answer);
	ws->answer = NULL;
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

/* ---- permessage-deflate: the streams the process shares ---- */

static z_stream *deflaters[16]; /* by window bits */
static z_stream *shared_inflater;
static ws_zbuf zout, zin;

/* A buffer that held a big message is given back rather than kept for the next. */
static void zbuf_trim(ws_zbuf *b)
{
	if (b->cap > 1024 * 1024) {
		ws_zbuf_free(b);
	}
}

bool ws_websocket_compress(int bits, const char *msg, size_t n, const char **out, size_t *olen)
{
	bits = bits < 9 ? 9 : bits > 15 ? 15 : bits;
	if (!deflaters[bits] && !(deflaters[bits] = ws_deflate_new(bits))) {
		return false;
	}
	zbuf_trim(&zout);
	if (!ws_deflate_message(deflaters[bits], msg, n, &zout) || zout.len >= n) {
		return false;
	}
	*out = zout.data;
	*olen = zout.len;
	return true;
}

int ws_websocket_inflate(z_stream *z, const char *in, size_t n, size_t max, const char **out,
                         size_t *olen)
{
	if (!z) {
		if (!shared_inflater && !(shared_inflater = ws_inflate_new())) {
			return WS_INFLATE_BAD;
		}
		z = shared_inflater;
	}
	zbuf_trim(&zin);
	zin.len = 0;
	int rc = ws_inflate_add(z, in, n, true, max, &zin);
	if (z == shared_inflater || rc != WS_INFLATE_OK) {
		inflateReset(z); /* the next message starts afresh (a broken one leaves nothing) */
	}
	*out = zin.data ? zin.data : "";
	*olen = zin.len;
	return rc;
}

bool ws_websocket_deflate(const ws_conn *c)
{
	return c->ws && c->ws->deflate;
}

bool ws_websocket_msg_compressed(const ws_conn *c)
{
	return c->ws && c->ws->msg_compressed;
}

/* A whole message, compressed when that was agreed and makes it smaller (never fragments:
 * their first frame goes before the rest is known, as in Swoole). */
static int send_message(ws_conn *c, uint8_t fin_opcode, const char *body, size_t blen, void *owner,
                        const ws_owner_ops *ops)
{
	uint8_t op = fin_opcode & 0x0F;
	const char *z;
	size_t zlen;
	if (c->ws->deflate && (fin_opcode & 0x80) && (op == WS_OP_TEXT || op == WS_OP_BINARY) &&
	    blen > 0 && ws_websocket_compress(c->ws->zp.out_bits, body, blen, &z, &zlen)) {
		/* the compressed bytes live in the shared buffer: the frame goes as one copied piece */
		if (c->ws->client) {
			return send_frame(c, fin_opcode | 0x40, z, zlen, NULL, NULL);
		}
		char *frame = malloc(10 + zlen);
		if (!frame) {
			return WS_SEND_FAILED;
		}
		size_t hlen = ws_frame_head(fin_opcode | 0x40, zlen, frame);
		memcpy(frame + hlen, z, zlen);
		int rc = ws_conn_send(c, frame, hlen + zlen, NULL, 0, NULL, NULL, NULL, 0);
		free(frame);
		return rc;
	}
	return send_frame(c, fin_opcode, body, blen, owner, ops);
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
	fin_opcode &= 0x8F; /* RSV1 is ours to set, when the message is compressed */
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
	return send_message(c, fin_opcode, body, blen, owner, ops);
}

int ws_websocket_send_framed(ws_conn *c, uint8_t fin_opcode, const char *head, size_t hlen,
                             const char *body, size_t blen, void *owner, const ws_owner_ops *ops)
{
	struct ws_websocket *ws = c->ws;
	if (!ws->open || ws->client || ws->deflate || ws->close_sent ||
	    c->status != WS_CONN_ESTABLISHED) {
		return ws_websocket_send(c, fin_opcode, body, blen, owner, ops);
	}
	return ws_conn_send(c, head, hlen, body, blen, owner, ops, NULL, 0);
}

/* How long the side that closes waits for the peer's close frame. */
#define WS_CLOSE_WAIT_MS 3000

/* A close frame with code and reason (at most 123 bytes), once; then the connection closes at
 * once (wait false, or the peer closed already), or once the peer's close frame comes. */
static void send_close(ws_conn *c, unsigned code, const char *reason, size_t rlen, bool wait)
{
	struct ws_websocket *ws = c->ws;
	if (ws->close_sent && wait) {
		return; /* closing already: the first close decides */
	}
	if (!ws->close_sent) {
		char payload[125];
		size_t n = 0;
		if (code) {
			payload[0] = (char) (code >> 8);
			payload[1] = (char) code;
			memcpy(payload + 2, reason, rlen);
			n = 2 + rlen;
		}
		send_frame(c, 0x80 | WS_OP_CLOSE, payload, n, NULL, NULL);
		ws->close_sent = true;
		ws_rbuf_free(&ws->frag);
		ws->frag_opcode = 0;
		if (wait && !ws->peer_closed && c->status == WS_CONN_ESTABLISHED) {
			ws->close_wait_until = ws_now_ms() + WS_CLOSE_WAIT_MS;
			ws_conn_watch_deadline(c);
			return;
		}
	}
	ws_conn_close(c);
}

void ws_websocket_close(ws_conn *c, unsigned code, const char *reason, size_t rlen)
{
	send_close(c, code, reason, rlen > 123 ? 123 : rlen, true);
}

bool ws_websocket_close_pending(const ws_conn *c)
{
	return c->ws && c->ws->close_wait_until && c->status == WS_CONN_ESTABLISHED;
}

bool ws_websocket_close_due(const ws_conn *c, int64_t now_ms)
{
	return c->ws && c->ws->close_wait_until && now_ms >= c->ws->close_wait_until &&
	       c->status == WS_CONN_ESTABLISHED;
}

bool ws_websocket_closing(const ws_conn *c)
{
	return c->ws && c->ws->close_sent;
}

bool ws_websocket_peer_close(const ws_conn *c, unsigned *code, const char **reason, size_t *rlen)
{
	if (!c->ws || !c->ws->peer_closed) {
		return false;
	}
	*code = c->ws->peer_code;
	*reason = c->ws->peer_reason;
	*rlen = c->ws->peer_reason_len;
	return true;
}

/* A client decides how often these happen: logged at most once a second. */
static ws_ratelog protocol_error_log = WS_RATELOG("WebSocket protocol errors", 1000);

/* Fail the connection (RFC 6455 §7.1.7): a close frame with code, and the TCP connection
 * closes without waiting for an answer. */
static ssize_t fail(ws_conn *c, unsigned code, const char *why)
{
	ws_ratelog_write(&protocol_error_log,
	                 "websocket connection %llu from worker pid %d: %s, closed with %u",
	                 (unsigned long long) c->id, (int) getpid(), why, code);
	send_close(c, code, NULL, 0, false);
	return -1;
}

uint8_t ws_websocket_msg_opcode(const ws_conn *c)
{
	return c->ws ? c->ws->msg_opcode : WS_OP_TEXT;
}

static bool deliver(ws_conn *c, uint8_t opcode, const char *p, size_t n, bool compressed)
{
	if (opcode == WS_OP_TEXT && !ws_utf8_valid(p, n)) {
		fail(c, WS_CLOSE_BAD_DATA, "text message is not UTF-8");
		return false;
	}
	static const ws_msg_info frame_info; /* a frame's codec learns nothing more */
	c->ws->msg_opcode = opcode;
	c->ws->msg_compressed = compressed;
	ws_conn_deliver(c, p, n, &frame_info);
	return true;
}

/* A whole data message: inflated first when it came compressed, never past max_package. */
static bool deliver_data(ws_conn *c, uint8_t opcode, const char *p, size_t n, bool compressed)
{
	if (!compressed) {
		return deliver(c, opcode, p, n, false);
	}
	const char *msg;
	size_t len;
	int rc = ws_websocket_inflate(c->ws->inflater, p, n, c->max_package, &msg, &len);
	if (rc == WS_INFLATE_TOO_BIG) {
		fail(c, WS_CLOSE_TOO_BIG, "compressed message inflates past the maximum");
		return false;
	}
	if (rc != WS_INFLATE_OK) {
		fail(c, WS_CLOSE_BAD_DATA, "compressed message is not deflate data");
		return false;
	}
	bool ok = deliver(c, opcode, msg, len, true);
	zbuf_trim(&zin);
	return ok;
}

/* The peer's close frame: checked, kept (code and reason), delivered when asked, answered
 * (unless we closed first), then the connection closes. Returns -1. */
static ssize_t on_close_frame(ws_conn *c, const char *p, size_t n)
{
	struct ws_websocket *ws = c->ws;
	unsigned code = n >= 2 ? (unsigned char) p[0] << 8 | (unsigned char) p[1] : 1005;
	bool echo = ws->control & WS_CONTROL_ECHO_CLOSE;
	if (!echo && (n == 1 || (n >= 2 && !ws_close_code_valid(code)))) {
		return fail(c, WS_CLOSE_PROTOCOL_ERROR, "bad close frame");
	}
	if (!echo && n > 2 && !ws_utf8_valid(p + 2, n - 2)) {
		return fail(c, WS_CLOSE_BAD_DATA, "close reason is not UTF-8");
	}
	ws->peer_closed = true;
	ws->peer_code = (uint16_t) code;
	ws->peer_reason_len = (uint8_t) (n > 2 ? n - 2 : 0);
	if (n > 2) {
		memcpy(ws->peer_reason, p + 2, n - 2);
	}
	if ((ws->control & WS_CONTROL_CLOSE) && !deliver(c, WS_OP_CLOSE, p, n, false)) {
		return -1;
	}
	if (c->status != WS_CONN_ESTABLISHED) {
		return -1; /* the callback closed it */
	}
	if (ws->close_sent) {
		ws_conn_close(c); /* the answer to ours: the handshake is complete */
	} else if (echo) {
		/* as Swoole: the payload goes back as it came (copied: n <= 125) */
		send_frame(c, 0x80 | WS_OP_CLOSE, p, n, NULL, NULL);
		ws->close_sent = true;
		ws_conn_close(c);
	} else {
		send_close(c, n >= 2 ? code : 0, NULL, 0, false);
	}
	return -1;
}

ssize_t ws_websocket_input(ws_conn *c, char *buf, size_t len)
{
	struct ws_websocket *ws = c->ws;
	ws_frame f;
	bool masked = !ws->client && !(ws->control & WS_CONTROL_UNMASKED);
	unsigned flags = (masked ? WS_FRAME_MASKED : 0) | (ws->deflate ? WS_FRAME_RSV1 : 0);
	ssize_t n = ws_frame_parse(buf, len, c->max_package, flags, &f);
	if (n == WS_PROTO_NEED_MORE) {
		return 0;
	}
	if (n == WS_PROTO_BAD) {
		/* no frame to answer with a close code: reset, as Swoole, which logs these words */
		ws_ratelog_write(&protocol_error_log,
		                 "websocket connection %llu from worker pid %d: received %zu bytes of "
		                 "malformed data, reset",
		                 (unsigned long long) c->id, (int) getpid(), len);
		ws_conn_reset(c);
		return -1;
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
	if (ws->close_sent && f.opcode != WS_OP_CLOSE) {
		return n; /* we said goodbye: only the peer's close frame matters now */
	}
	switch (f.opcode) {
	case WS_OP_PING: {
		if (ws->control & WS_CONTROL_PING) {
			return deliver(c, WS_OP_PING, p, plen, false) ? n : -1;
		}
		/* copied: p lives in the read buffer, which moves on */
		char pong[125];
		memcpy(pong, p, plen);
		send_frame(c, 0x80 | WS_OP_PONG, pong, plen, NULL, NULL);
		return n;
	}
	case WS_OP_PONG:
		return ws->control & WS_CONTROL_PONG ? (deliver(c, WS_OP_PONG, p, plen, false) ? n : -1)
		                                     : n;
	case WS_OP_CLOSE:
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
			bool ok = deliver_data(c, op, msg, ws_rbuf_size(&ws->frag), ws->frag_compressed);
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
			ws->frag_compressed = f.rsv1;
			return ws_rbuf_append(&ws->frag, p, plen) == WS_OK
			           ? n
			           : fail(c, WS_CLOSE_TOO_BIG, "out of memory");
		}
		return deliver_data(c, f.opcode, p, plen, f.rsv1) ? n : -1;
	}
}
