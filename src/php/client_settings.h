/* What a client's set() takes (client_settings.c): time-outs, and the framing of recv() (Swoole's
 * open_eof_check, open_eof_split, open_length_check) over the codecs of src/proto. */
#ifndef WSERVER_PHP_CLIENT_SETTINGS_H
#define WSERVER_PHP_CLIENT_SETTINGS_H

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

typedef struct wserver_client_settings {
	double timeout, connect_timeout, read_timeout, write_timeout; /* seconds; 0: unset */
	wserver_client_framing framing;
} wserver_client_settings;

/* set(given): the time-outs and the framing keys into s, and given merged into the $setting
 * property (setting), as Swoole keeps all it was given. blocking (Swoole's Client): other keys
 * are kept without effect; else (Coroutine\Client) so are the other options Swoole knows, and
 * a key it does not know is a warning. false, with a warning naming the key, when one was
 * invalid. */
bool wserver_client_settings_set(wserver_client_settings *s, zval *setting, HashTable *given,
                                 bool blocking);
/* The framing keys of settings (open_length_check, open_eof_check, open_eof_split, their
 * parameters, open_mqtt_protocol, package_max_length) into f; false, with a warning naming the key,
 * when one is invalid (f unchanged). Coroutine\Socket::setProtocol() takes them too. */
bool wserver_client_framing_set(wserver_client_framing *f, HashTable *settings);
/* The length of the first whole package in buf[0, len): > 0, 0 (more bytes needed), or < 0
 * (WS_PROTO_TOO_BIG / WS_PROTO_BAD). */
ssize_t wserver_client_framing_input(const wserver_client_framing *f, const char *buf, size_t len);

#endif
