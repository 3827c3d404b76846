/* WebSocket messages over a coroutine socket (websocket_csock.c): what Coroutine\Http\Client
 * after upgrade() and Coroutine\Http\Server's Response after upgrade() read and write. The
 * frames are proto/websocket.c's; the waits csock.c's. */
#ifndef WSERVER_PHP_WEBSOCKET_CSOCK_H
#define WSERVER_PHP_WEBSOCKET_CSOCK_H

#include "php.h"
#include "csock.h"
#include "zend_smart_str.h"
#include "proto/ws_deflate.h"

#include "websocket_frame.h" /* Swoole's flags of push(): WSERVER_WS_FLAG_* */

/* errCode of a frame that breaks the protocol (Swoole's SW_ERROR_PROTOCOL_ERROR). */
#define WSERVER_WS_EPROTO 508

typedef struct wserver_ws_peer {
	bool mask;                             /* frames sent are masked (a client's) */
	bool open_ping, open_pong, open_close; /* hand these to recv() instead of answering them */
	bool compression;     /* offer permessage-deflate (a client), or accept it (a server) */
	bool deflate;         /* permessage-deflate was agreed (zp) */
	bool frag_compressed; /* the fragmented message being read is compressed */
	ws_deflate_params zp; /* what was agreed */
	z_stream *inflater;   /* owned, when the peer keeps its context; NULL: the shared one */
	size_t max;           /* largest message; 0: 2 MB */
	smart_str frag;       /* the fragments of the message being read; owned */
	uint8_t frag_opcode;
	bool in_frag;
} wserver_ws_peer;

/* Read more bytes from s into in, waiting until deadline (ev_time(); <= 0: none). Returns the
 * bytes read, 0 at EOF, -1 with s->err set. */
ssize_t wserver_csock_fill(wserver_csock *s, smart_str *in, double deadline);
/* A deadline for timeout seconds from now (<= 0: none). */
double wserver_csock_deadline(double timeout);
/* Drop n bytes from the front of in. */
void wserver_smart_str_consume(smart_str *in, size_t n);

/* The next message from s, bytes in `in` first (what follows stays there): pings answered and
 * pongs dropped unless the peer asks for them, fragments joined. 1: *out a new
 * WebSocket\Frame; 0: the peer closed the connection; -1: failed, s->err set (ETIMEDOUT,
 * WSERVER_WS_EPROTO, ...). Calls PHP (makes the object). */
int wserver_ws_peer_recv(wserver_ws_peer *w, wserver_csock *s, smart_str *in, double timeout,
                         zval *out);
/* Send one frame: opcode, Swoole's flags (FIN, RSV, MASK; w->mask masks it anyway), payload
 * p[0, n). false with s->err set. */
bool wserver_ws_peer_send(wserver_ws_peer *w, wserver_csock *s, uint8_t opcode, zend_long flags,
                          const char *p, size_t n, double timeout);
/* A close frame with code (2 bytes, network order) and reason. */
bool wserver_ws_peer_send_close(wserver_ws_peer *w, wserver_csock *s, zend_long code,
                                zend_string *reason, double timeout);
/* push()'s data: a WebSocket\Frame (its data, opcode, flags; finish) or a string; sends it. */
bool wserver_ws_peer_push(wserver_ws_peer *w, wserver_csock *s, zval *data, zend_long opcode,
                          zend_long flags, double timeout);
void wserver_ws_peer_free(wserver_ws_peer *w);
/* WServer\WebSocket\Frame, found once at MINIT. */
void wserver_websocket_csock_minit(void);

#endif
