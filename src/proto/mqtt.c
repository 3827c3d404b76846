/* mqtt: Swoole's open_mqtt_protocol framing. A packet is a fixed header byte, its Remaining
 * Length (1 to 4 bytes of 7 bits each, low group first, the top bit saying another follows)
 * and that many bytes; the whole packet is the message, header included. */
#include "proto.h"

/* 4 bytes of 7 bits: what MQTT allows (268435455) */
#define MQTT_LENGTH_BYTES_MAX 4

static ssize_t mqtt_input(const void *param, const char *buf, size_t len, size_t max,
                          ws_msg_info *info)
{
	(void) param;
	(void) info;
	uint64_t remaining = 0;
	for (size_t i = 1; i <= MQTT_LENGTH_BYTES_MAX; i++) {
		if (len <= i) {
			return WS_PROTO_NEED_MORE;
		}
		unsigned char b = (unsigned char) buf[i];
		remaining |= (uint64_t) (b & 0x7f) << (7 * (i - 1));
		if (!(b & 0x80)) {
			uint64_t total = 1 + i + remaining;
			if (total > max) {
				return WS_PROTO_TOO_BIG;
			}
			return len < total ? WS_PROTO_NEED_MORE : (ssize_t) total;
		}
	}
	return WS_PROTO_BAD; /* a fifth length byte: not MQTT */
}

static void mqtt_decode(const void *param, const char *msg, size_t len, size_t *off, size_t *plen)
{
	(void) param;
	(void) msg;
	*off = 0;
	*plen = len; /* Swoole hands the fixed header over with the rest */
}

/* Replies are sent as given: the application writes whole MQTT packets. */
static size_t mqtt_encode(size_t n, char *head, const char **trailer, size_t *tlen)
{
	(void) n;
	(void) head;
	*trailer = NULL;
	*tlen = 0;
	return 0;
}

const ws_proto ws_proto_mqtt = {
    .name = "mqtt",
    .kind = WS_PROTO_MQTT,
    .input = mqtt_input,
    .decode = mqtt_decode,
    .encode = mqtt_encode,
};
