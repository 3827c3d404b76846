/*
 * wsload: closed-loop WebSocket echo load, the WebSocket counterpart of echoload.
 *
 *   wsload -p PORT [-c 64] [-d 10] [-s 64]
 *
 * Opens C connections to 127.0.0.1:PORT, upgrades each (GET / with a fixed key), then each
 * sends one masked text frame of S bytes (S <= 125: a 2-byte head), waits for the whole
 * echoed frame (unmasked, 2-byte head) and sends again, for D seconds. Prints what
 * bench/issue12.sh (and echo.sh's parser) reads:
 *   Requests/sec: N     completed echoes per second
 *   50% / 99%           latency percentiles in us
 *   Errors: N           failed connections, short or oversized echoes
 * Build: gcc -O2 -o bench/bin/wsload bench/wsload.c
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

#define HIST_US 2000000 /* 1 us buckets up to 2 s */

typedef struct {
	int fd;
	size_t got; /* bytes of the current echoed frame received */
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
static int upgrade(int fd, int port)
{
	char req[256], resp[1024];
	int len = snprintf(req, sizeof(req),
			   "GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\n"
			   "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
			   "Sec-WebSocket-Version: 13\r\n\r\n",
			   port);
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
			return strncmp(resp, "HTTP/1.1 101", 12) == 0 && end + 4 == resp + got ? 0 : -1;
	}
	return -1;
}

int main(int argc, char **argv)
{
	int port = 0, conns = 64, secs = 10, opt;
	size_t size = 64;
	while ((opt = getopt(argc, argv, "p:c:d:s:")) != -1) {
		switch (opt) {
		case 'p': port = atoi(optarg); break;
		case 'c': conns = atoi(optarg); break;
		case 'd': secs = atoi(optarg); break;
		case 's': size = (size_t)atol(optarg); break;
		default: port = 0;
		}
	}
	if (port <= 0 || conns <= 0 || secs <= 0 || size == 0 || size > 125) {
		fprintf(stderr, "usage: %s -p PORT [-c N] [-d SEC] [-s BYTES (1-125)]\n", argv[0]);
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	hist = calloc(HIST_US, sizeof(uint32_t));

	/* the frame: FIN + text, mask bit + length, a mask, the masked payload */
	char frame[2 + 4 + 125], rbuf[65536];
	const unsigned char mask[4] = {0x12, 0x34, 0x56, 0x78};
	size_t flen = 6 + size, echo_len = 2 + size;
	frame[0] = (char)0x81;
	frame[1] = (char)(0x80 | size);
	memcpy(frame + 2, mask, 4);
	for (size_t i = 0; i < size; i++)
		frame[6 + i] = (char)(('a' + i % 26) ^ mask[i % 4]);

	int ep = epoll_create1(0);
	wconn_t *cs = calloc((size_t)conns, sizeof(wconn_t));
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((unsigned short)port)};
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	for (int i = 0; i < conns; i++) {
		int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), one = 1;
		if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof(a)) < 0 || upgrade(fd, port) < 0) {
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
			if (c->got == 0 && (unsigned char)rbuf[0] != 0x81 && (unsigned char)rbuf[0] != 0x82)
				errors++; /* not a final text/binary frame */
			c->got += (size_t)r;
			if (c->got >= echo_len) {
				uint64_t us = (now_ns() - c->sent_ns) / 1000ull;
				hist[us < HIST_US ? us : HIST_US - 1]++;
				completed++;
				if (c->got > echo_len)
					errors++;
				c->got = 0;
				c->sent_ns = now_ns();
				if (send_all(c->fd, frame, flen) < 0)
					errors++;
			}
		}
	}
	double elapsed = (double)(now_ns() - start) / 1e9;
	printf("wsload: %d connections, %zu-byte frames, %.2fs\n", conns, size, elapsed);
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
