/* A client's package framing (client_framing.c): Swoole's open_eof_check, open_eof_split and
 * open_length_check settings on the receiving side of a client, over the codecs of src/proto. */
#ifndef WSERVER_PHP_CLIENT_FRAMING_H
#define WSERVER_PHP_CLIENT_FRAMING_H

#include "php.h"
#include "proto/proto.h"

typedef struct wserver_client_framing {
	const ws_proto *proto; /* NULL: no framing, recv() hands over what arrived */
	union {
		ws_eof_param eof;
		ws_length_param length;
	} param;
	size_t max; /* package_max_length */
} wserver_client_framing;

/* Read the framing keys of settings into f (other keys are left to the caller). false, with
 * a warning naming the key, when one is invalid; f is then unchanged. */
bool wserver_client_framing_set(wserver_client_framing *f, HashTable *settings);
/* Whether key is one of the framing keys. */
bool wserver_client_framing_key(zend_string *key);
/* The length of the first whole package in buf[0, len): > 0, 0 (more bytes needed), or < 0
 * (WS_PROTO_TOO_BIG / WS_PROTO_BAD). */
ssize_t wserver_client_framing_input(const wserver_client_framing *f, const char *buf, size_t len);

#endif
