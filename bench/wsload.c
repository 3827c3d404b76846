/*
 * wsload: closed-loop WebSocket echo load, the WebSocket counterpart of echoload.
 *
 *   wsload -p PORT [-c 64] [-d 10] [-s 64] [-z]
 *
 * Opens C connections to 127.0.0.1:PORT, upgrades each (GET / with a fixed key), then each
 * sends one masked text frame of S bytes (S <= 65535; text like a JSON record), waits for
 * the whole echoed frame and sends again, for D seconds. -z offers permessage-deflate (the
 * server must agree: no context takeover), sends the message compressed (RSV1) and reads
 * the echo, compressed or not, by its head. Prints what
 * bench/issue12.sh (and echo.sh's parser) reads:
 *   Requests/sec: N     completed echoes per second
 *   50% / 99%           latency percentiles in us
 *   Errors: N           failed connections, short or oversized echoes
 * Build: gcc -O2 -o bench/bin/wsload bench/wsload.c -lz
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#define HIST_US 2000000 /* 1 us buckets up to 2 s */

typedef struct {
	int fd;
	size_t got;  /* bytes of the current echoed frame received */
	size_t want; /* its whole length, once its head is in; 0: not yet */
	unsigned char head[4];
	uint64_t sent_ns;
} wconn_t;

static uint32_t *hist;
static uint64_t completed, errors;

static uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static double percentile(double p)
{
	uint64_t want = (uint64_t)(p * (double)completed + 0.5), seen = 0;
	if (want == 0)
		want = 1;
	for (uint32_t i = 0; i < HIST_US; i++) {
		seen += hist[i];
		if (seen >= want)
			return (double)i + 0.5;
	}
	return (double)HIST_US;
}

static int send_all(int fd, const char *p, size_t len)
{
	while (len > 0) {
		ssize_t n = send(fd, p, len, MSG_NOSIGNAL);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* blocking upgrade; the socket is still blocking then */
static int upgrade(int fd, int port, int deflate)
{
	char req[512], resp[1024];
	int len = snprintf(req, sizeof(req),
			   "GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\n"
			   "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
			   "Sec-WebSocket-Version: 13\r\n%s\r\n",
			   port, deflate ? "Sec-WebSocket-Extensions: permessage-deflate\r\n" : "");
	if (send_all(fd, req, (size_t)len) < 0)
		return -1;
	size_t got = 0;
	while (got < sizeof(resp) - 1) {
		ssize_t n = recv(fd, resp + got, sizeof(resp) - 1 - got, 0);
		if (n <= 0)
			return -1;
		got += (size_t)n;
		resp[got] = '\0';
		char *end = strstr(resp, "\r\n\r\n");
		if (end) /* the server speaks only after our first frame: nothing follows the head */
			return strncmp(resp, "HTTP/1.1 101", 12) == 0 && end + 4 == resp + got &&
					       (!deflate || strcasestr(resp, "permessage-deflate"))
				       ? 0
				       : -1;
	}
	return -1;
}

/* The message: S bytes of text like a JSON record (compressible as real traffic is). */
static void make_message(char *p, size_t n)
{
	size_t i = 0;
	for (unsigned k = 0; i < n; k++) {
		char rec[96];
		int l = snprintf(rec, sizeof(rec), "{\"id\":%u,\"user\":\"user%u\",\"text\":\"hello\"},", k,
				 k % 100);
		for (int j = 0; j < l && i < n; j++)
			p[i++] = rec[j];
	}
}

/* Raw deflate of the message with a sync flush, its 00 00 ff ff cut (RFC 7692 7.2.1). */
static size_t compress_message(const char *in, size_t n, char *out, size_t cap)
{
	z_stream z = {0};
	deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
	z.next_in = (Bytef *)in;
	z.avail_in = (uInt)n;
	z.next_out = (Bytef *)out;
	z.avail_out = (uInt)cap;
	deflate(&z, Z_SYNC_FLUSH);
	size_t len = cap - z.avail_out - 4;
	deflateEnd(&z);
	return len;
}

int main(int argc, char **argv)
{
	int port = 0, conns = 64, secs = 10, opt, deflate = 0;
	size_t size = 64;
	while ((opt = getopt(argc, argv, "p:c:d:s:z")) != -1) {
		switch (opt) {
		case 'p': port = atoi(optarg); break;
		case 'c': conns = atoi(optarg); break;
		case 'd': secs = atoi(optarg); break;
		case 's': size = (size_t)atol(optarg); break;
		case 'z': deflate = 1; break;
		default: port = 0;
		}
	}
	if (port <= 0 || conns <= 0 || secs <= 0 || size == 0 || size > 65535) {
		fprintf(stderr, "usage: %s -p PORT [-c N] [-d SEC] [-s BYTES (1-65535)] [-z]\n", argv[0]);
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	hist = calloc(HIST_US, sizeof(uint32_t));

	/* the frame: FIN + text (+ RSV1 when compressed), mask bit + length, a mask, the masked
	 * payload */
	static char msg[65536], payload[65536 + 64], frame[8 + 65536 + 64], rbuf[65536];
	const unsigned char mask[4] = {0x12, 0x34, 0x56, 0x78};
	make_message(msg, size);
	size_t plen = size;
	if (deflate) {
		plen = compress_message(msg, size, payload, sizeof(payload));
	} else {
		memcpy(payload, msg, size);
	}
	size_t hlen = plen < 126 ? 2 : 4;
	frame[0] = (char)(deflate ? 0xC1 : 0x81);
	if (hlen == 2) {
		frame[1] = (char)(0x80 | plen);
	} else {
		frame[1] = (char)(0x80 | 126);
		frame[2] = (char)(plen >> 8);
		frame[3] = (char)plen;
	}
	memcpy(frame + hlen, mask, 4);
	for (size_t i = 0; i < plen; i++)
		frame[hlen + 4 + i] = (char)(payload[i] ^ mask[i % 4]);
	size_t flen = hlen + 4 + plen;

	int ep = epoll_create1(0);
	wconn_t *cs = calloc((size_t)conns, sizeof(wconn_t));
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((unsigned short)port)};
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	for (int i = 0; i < conns; i++) {
		int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), one = 1;
		if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof(a)) < 0 ||
		    upgrade(fd, port, deflate) < 0) {
			fprintf(stderr, "connection %d: connect or upgrade failed\n", i);
			return 1;
		}
		setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
		cs[i].fd = fd;
		struct epoll_event ev = {.events = EPOLLIN, .data.ptr = &cs[i]};
		epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
	}
	uint64_t start = now_ns(), end = start + (uint64_t)secs * 1000000000ull;
	for (int i = 0; i < conns; i++) {
		cs[i].sent_ns = now_ns();
		if (send_all(cs[i].fd, frame, flen) < 0)
			errors++;
	}
	struct epoll_event evs[256];
	int live = conns;
	while (live > 0) {
		uint64_t t = now_ns();
		if (t >= end)
			break;
		int n = epoll_wait(ep, evs, 256, (int)((end - t) / 1000000ull) + 1);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			perror("epoll_wait");
			break;
		}
		for (int k = 0; k < n; k++) {
			wconn_t *c = evs[k].data.ptr;
			ssize_t r = recv(c->fd, rbuf, sizeof(rbuf), 0);
			if (r <= 0) {
				if (r < 0 && (errno == EAGAIN || errno == EINTR))
					continue;
				errors++;
				epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
				live--;
				continue;
			}
			/* the echo's head says its length (compressed or not) */
			for (ssize_t i = 0; i < r && c->got + (size_t)i < 4; i++)
				c->head[c->got + (size_t)i] = (unsigned char)rbuf[i];
			if (c->got == 0 && (c->head[0] & 0xBF) != 0x81 && (c->head[0] & 0xBF) != 0x82)
				errors++; /* not a final text/binary frame */
			c->got += (size_t)r;
			if (!c->want && c->got >= 2) {
				size_t n = c->head[1] & 0x7F;
				if (n < 126)
					c->want = 2 + n;
				else if (c->got >= 4)
					c->want = 4 + ((size_t)c->head[2] << 8 | c->head[3]);
			}
			if (c->want && c->got >= c->want) {
				uint64_t us = (now_ns() - c->sent_ns) / 1000ull;
				hist[us < HIST_US ? us : HIST_US - 1]++;
				completed++;
				if (c->got > c->want)
					errors++;
				c->got = c->want = 0;
				c->sent_ns = now_ns();
				if (send_all(c->fd, frame, flen) < 0)
					errors++;
			}
		}
	}
	double elapsed = (double)(now_ns() - start) / 1e9;
	printf("wsload: %d connections, %zu-byte messages%s, %.2fs\n", conns, size,
	       deflate ? " (permessage-deflate)" : "", elapsed);
	printf("  Latency Distribution\n");
	printf("     50%% %10.2fus\n", percentile(0.50));
	printf("     99%% %10.2fus\n", percentile(0.99));
	printf("  %llu requests in %.2fs\n", (unsigned long long)completed, elapsed);
	printf("Requests/sec: %.2f\n", (double)completed / elapsed);
	printf("Errors: %llu\n", (unsigned long long)errors);
	for (int i = 0; i < conns; i++)
		close(cs[i].fd);
	return 0;
}
