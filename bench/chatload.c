/*
 * chatload: load for examples/chat (bench/chat_fanout.sh runs it).
 *
 *   chatload -r HOST:PORT [-c 10000] -s HOST:PORT [-m 20] [-w 1] [-a] [-d SEC] [-R room]
 *
 * Opens C receiver WebSockets to -r (/ws), each joining room R with "since" (so no join
 * notices and no history), and one sender to -s. The sender says M messages, each text
 * carrying its index and send time; at most W are in flight at once (said, and not yet got
 * by every receiver: end to end), and with -a each waits until every receiver got the one
 * before. -d: stop after SEC seconds however many
 * were said. Prints:
 *   messages N, frames N, missing N
 *   fanout frames/s: median over messages of C / (last receipt - first receipt)
 *   end-to-end frames/s: frames / (last receipt - first send)
 *   messages/s: messages every receiver got / (last receipt - first send)
 *   latency p50/p99/max ms: send to receipt, over every frame
 * Build: gcc -O2 -o bench/bin/chatload bench/chatload.c
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define HIST_US 10000000 /* 1 us buckets up to 10 s */

typedef struct {
	int fd;
	int upgraded;
	char *buf;
	size_t len, cap;
} conn_t;

typedef struct {
	uint64_t sent_ns, first_ns, last_ns;
	uint32_t got;
	int acked;
} msg_t;

static uint32_t *hist;
static uint64_t frames, over, welcomed, errors;
static msg_t *msgs;
static int nmsgs, nrecv;

static uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t) ts.tv_sec * 1000000000ull + (uint64_t) ts.tv_nsec;
}

static void parse_addr(const char *s, struct sockaddr_in *a)
{
	char host[64];
	const char *colon = strrchr(s, ':');
	if (!colon || (size_t) (colon - s) >= sizeof(host)) {
		fprintf(stderr, "bad address %s (HOST:PORT)\n", s);
		exit(2);
	}
	memcpy(host, s, (size_t) (colon - s));
	host[colon - s] = 0;
	memset(a, 0, sizeof(*a));
	a->sin_family = AF_INET;
	a->sin_port = htons((uint16_t) atoi(colon + 1));
	inet_pton(AF_INET, host, &a->sin_addr);
}

static void on_readable(conn_t *c, int is_sender);

/* A text frame from the client on c: masked with key 0, which leaves the payload as it is.
 * While the socket is full, what arrives on c is read: the server stops reading a client that
 * does not read what it is sent (its send buffer full), and both would wait for ever. */
static void send_text(conn_t *c, int is_sender, const char *text)
{
	size_t n = strlen(text);
	char out[4200];
	size_t h = 0;
	out[h++] = (char) 0x81;
	if (n < 126) {
		out[h++] = (char) (0x80 | n);
	} else {
		out[h++] = (char) (0x80 | 126);
		out[h++] = (char) (n >> 8);
		out[h++] = (char) n;
	}
	memset(out + h, 0, 4);
	h += 4;
	memcpy(out + h, text, n);
	size_t done = 0;
	while (done < h + n) {
		ssize_t w = write(c->fd, out + done, h + n - done);
		if (w < 0 && errno == EAGAIN) {
			struct pollfd p = {.fd = c->fd, .events = POLLOUT | POLLIN};
			if (poll(&p, 1, 1000) > 0 && (p.revents & POLLIN)) {
				on_readable(c, is_sender);
			}
			continue;
		}
		if (w < 0) {
			perror("write");
			exit(1);
		}
		done += (size_t) w;
	}
}

static int dial(const struct sockaddr_in *a)
{
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	int one = 1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	if (fd < 0 || connect(fd, (const struct sockaddr *) a, sizeof(*a)) != 0) {
		perror("connect");
		exit(1);
	}
	const char *req =
	    "GET /ws HTTP/1.1\r\nHost: bench\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
	    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
	if (write(fd, req, strlen(req)) != (ssize_t) strlen(req)) {
		perror("write");
		exit(1);
	}
	return fd;
}

/* One whole message arrived on a receiver (or the sender, is_sender). */
static void on_text(const char *p, size_t n, int is_sender)
{
	uint64_t t = now_ns();
	if (memmem(p, n, "\"type\":\"welcome\"", 16)) {
		welcomed++;
		return;
	}
	if (memmem(p, n, "\"type\":\"error\"", 14)) {
		if (errors++ == 0) {
			fprintf(stderr, "chatload: the server said: %.*s\n", (int) n, p);
		}
		return;
	}
	if (is_sender) {
		const char *a = memmem(p, n, "\"type\":\"ack\"", 12);
		const char *r = memmem(p, n, "\"ref\":", 6);
		if (a && r) {
			int i = atoi(r + 6);
			if (i >= 0 && i < nmsgs) {
				msgs[i].acked = 1;
			}
		}
		return;
	}
	const char *m = memmem(p, n, "\"text\":\"B", 9);
	if (!m) {
		return;
	}
	int i = atoi(m + 9);
	if (i < 0 || i >= nmsgs) {
		return;
	}
	msg_t *g = &msgs[i];
	if (g->got++ == 0) {
		g->first_ns = t;
	}
	g->last_ns = t;
	frames++;
	uint64_t us = (t - g->sent_ns) / 1000;
	if (us < HIST_US) {
		hist[us]++;
	} else {
		over++;
	}
}

static void on_readable(conn_t *c, int is_sender)
{
	for (;;) {
		if (c->cap - c->len < 65536) {
			c->cap = c->cap * 2 + 65536;
			c->buf = realloc(c->buf, c->cap);
		}
		ssize_t r = read(c->fd, c->buf + c->len, c->cap - c->len);
		if (r <= 0) {
			if (r == 0) {
				fprintf(stderr, "connection closed by the server\n");
				exit(1);
			}
			if (errno == EAGAIN) {
				break;
			}
			perror("read");
			exit(1);
		}
		c->len += (size_t) r;
	}
	size_t off = 0;
	if (!c->upgraded) {
		char *end = memmem(c->buf, c->len, "\r\n\r\n", 4);
		if (!end) {
			return;
		}
		if (strncmp(c->buf, "HTTP/1.1 101", 12) != 0) {
			fprintf(stderr, "handshake refused: %.40s\n", c->buf);
			exit(1);
		}
		c->upgraded = 1;
		off = (size_t) (end + 4 - c->buf);
	}
	while (c->len - off >= 2) {
		unsigned char *h = (unsigned char *) c->buf + off;
		size_t n = h[1] & 0x7f, hl = 2;
		if (n == 126) {
			if (c->len - off < 4) {
				break;
			}
			n = (size_t) h[2] << 8 | h[3];
			hl = 4;
		} else if (n == 127) {
			if (c->len - off < 10) {
				break;
			}
			n = 0;
			for (int k = 2; k < 10; k++) {
				n = n << 8 | h[k];
			}
			hl = 10;
		}
		if (c->len - off < hl + n) {
			break;
		}
		if ((h[0] & 0x0f) == 1) {
			on_text((char *) h + hl, n, is_sender);
		}
		off += hl + n;
	}
	memmove(c->buf, c->buf + off, c->len - off);
	c->len -= off;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *) a, y = *(const uint64_t *) b;
	return x < y ? -1 : x > y;
}

static double pct(double p)
{
	uint64_t want = (uint64_t) (p * (double) frames), seen = 0;
	for (uint32_t us = 0; us < HIST_US; us++) {
		seen += hist[us];
		if (seen > want) {
			return us / 1000.0;
		}
	}
	return HIST_US / 1000.0;
}

int main(int argc, char **argv)
{
	const char *raddr = NULL, *saddr = NULL, *room = "bench";
	int window = 1, all = 0, opt;
	double duration = 60;
	nrecv = 10000;
	nmsgs = 20;
	while ((opt = getopt(argc, argv, "r:s:c:m:w:ad:R:")) != -1) {
		switch (opt) {
		case 'r':
			raddr = optarg;
			break;
		case 's':
			saddr = optarg;
			break;
		case 'c':
			nrecv = atoi(optarg);
			break;
		case 'm':
			nmsgs = atoi(optarg);
			break;
		case 'w':
			window = atoi(optarg);
			break;
		case 'a':
			all = 1;
			break;
		case 'd':
			duration = atof(optarg);
			break;
		case 'R':
			room = optarg;
			break;
		default:
			fprintf(stderr,
			        "usage: %s -r HOST:PORT -s HOST:PORT [-c N] [-m N] [-w N] [-a] [-d SEC] [-R "
			        "room]\n",
			        argv[0]);
			return 2;
		}
	}
	if (!raddr || !saddr || nrecv < 1 || nmsgs < 1 || window < 1) {
		fprintf(stderr, "-r and -s are needed\n");
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	hist = calloc(HIST_US, sizeof(*hist));
	msgs = calloc((size_t) nmsgs, sizeof(*msgs));
	struct sockaddr_in ra, sa;
	parse_addr(raddr, &ra);
	parse_addr(saddr, &sa);
	int ep = epoll_create1(0);
	conn_t *cs = calloc((size_t) nrecv + 1, sizeof(*cs));
	char join[256];
	snprintf(join, sizeof(join),
	         "{\"type\":\"join\",\"room\":\"%s\",\"nick\":\"b\",\"since\":\"0-1\"}", room);
	for (int i = 0; i <= nrecv; i++) {
		cs[i].fd = dial(i < nrecv ? &ra : &sa);
		send_text(&cs[i], i == nrecv,
		          join); /* sent after the handshake request: the server queues it */
		struct epoll_event ev = {.events = EPOLLIN, .data.u32 = (uint32_t) i};
		epoll_ctl(ep, EPOLL_CTL_ADD, cs[i].fd, &ev);
		if (i % 500 == 499) {
			usleep(20000); /* the listen backlog */
		}
	}
	for (int i = 0; i <= nrecv; i++) {
		int fl = 1;
		ioctl(cs[i].fd, FIONBIO, &fl);
	}
	/* settle: every join answered (welcome) before the first message, 60 s at most */
	uint64_t t_end = now_ns() + 60000000000ull;
	struct epoll_event evs[512];
	while (now_ns() < t_end && welcomed < (uint64_t) nrecv + 1) {
		int n = epoll_wait(ep, evs, 512, 200);
		for (int k = 0; k < n; k++) {
			on_readable(&cs[evs[k].data.u32], evs[k].data.u32 == (uint32_t) nrecv);
		}
	}
	fprintf(stderr, "chatload: %llu of %d joined\n", (unsigned long long) welcomed, nrecv + 1);
	int next = 0, said = 0;
	uint64_t start = now_ns(), stop = start + (uint64_t) (duration * 1e9);
	int done_waiting = 0;
	while (!done_waiting && now_ns() < stop + 10000000000ull) {
		uint64_t t = now_ns();
		/* say the next ones the window (and -a) allows */
		while (next < nmsgs && t < stop) {
			int open = 0;
			for (int i = next - 1; i >= 0 && i >= next - window - 1; i--) {
				/* in flight until every receiver got it (end to end, not just the ack); lost
				 * after 5 s (t may be older than a send of this round: no t - sent) */
				open += msgs[i].got < (uint32_t) nrecv && t < msgs[i].sent_ns + 5000000000ull;
			}
			if (open >= window || (all && next > 0 && msgs[next - 1].got < (uint32_t) nrecv &&
			                       t < msgs[next - 1].sent_ns + 5000000000ull)) {
				break;
			}
			char say[256];
			msgs[next].sent_ns = now_ns();
			snprintf(say, sizeof(say),
			         "{\"type\":\"say\",\"room\":\"%s\",\"text\":\"B%d\",\"ref\":%d}", room, next,
			         next);
			send_text(&cs[nrecv], 1, say);
			next++;
			said = next;
		}
		int n = epoll_wait(ep, evs, 512, 100);
		for (int k = 0; k < n; k++) {
			on_readable(&cs[evs[k].data.u32], evs[k].data.u32 == (uint32_t) nrecv);
		}
		if (n == 0 && (next >= nmsgs || now_ns() >= stop)) {
			/* quiet: done once everything said arrived, or after 2 s more */
			int complete = 1;
			for (int i = 0; i < said; i++) {
				complete &= msgs[i].got >= (uint32_t) nrecv;
			}
			if (complete || (now_ns() >= stop && now_ns() > stop + 2000000000ull) ||
			    (next >= nmsgs && now_ns() - msgs[said - 1].sent_ns > 5000000000ull)) {
				done_waiting = 1;
			}
		}
	}
	uint64_t first = msgs[0].sent_ns, last = 0, missing = 0, everyone = 0;
	uint64_t *rates = calloc((size_t) nmsgs, sizeof(*rates));
	int nrates = 0;
	for (int i = 0; i < said; i++) {
		missing +=
		    (uint64_t) nrecv - (msgs[i].got < (uint32_t) nrecv ? msgs[i].got : (uint32_t) nrecv);
		everyone += msgs[i].got >= (uint32_t) nrecv;
		if (msgs[i].last_ns > last) {
			last = msgs[i].last_ns;
		}
		if (msgs[i].got > 1 && msgs[i].last_ns > msgs[i].first_ns) {
			rates[nrates++] =
			    (uint64_t) (msgs[i].got * 1e9 / (double) (msgs[i].last_ns - msgs[i].first_ns));
		}
	}
	qsort(rates, (size_t) nrates, sizeof(*rates), cmp_u64);
	double span = (double) (last - first) / 1e9;
	int acked = 0;
	for (int i = 0; i < said; i++) {
		acked += msgs[i].acked;
	}
	printf("messages %d (acked %d), receivers %d, frames %llu, missing %llu, errors %llu\n", said,
	       acked, nrecv, (unsigned long long) frames, (unsigned long long) missing,
	       (unsigned long long) errors);
	printf("fanout frames/s: %llu\n", nrates ? (unsigned long long) rates[nrates / 2] : 0ull);
	printf("end-to-end frames/s: %.0f\n", span > 0 ? frames / span : 0);
	printf("messages/s: %.0f\n", span > 0 ? everyone / span : 0);
	printf("latency p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", pct(0.5), pct(0.99), pct(0.99999));
	return 0;
}
