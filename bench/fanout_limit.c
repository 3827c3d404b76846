/* The ceiling of a WebSocket fan-out on this machine: one unmasked 40-byte text frame written
 * with one write() to each of N loopback TCP connections, ROUNDS times, in plain C without any
 * server around it. The clients' sides are drained between rounds, outside the timing. Prints
 * the writes per second and the CPU time per write (user and system), which bound what any
 * server that writes each connection's frame with its own system call can reach.
 *   cc -O2 -o bench/bin/fanout_limit bench/fanout_limit.c && bench/bin/fanout_limit [N] [ROUNDS] */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu(double *sys)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	*sys = ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
	return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 10000;
	int rounds = argc > 2 ? atoi(argv[2]) : 20;
	struct rlimit rl;
	getrlimit(RLIMIT_NOFILE, &rl);
	rl.rlim_cur = (rlim_t) 2 * n + 64;
	if (rl.rlim_max < rl.rlim_cur || setrlimit(RLIMIT_NOFILE, &rl) != 0) {
		perror("setrlimit (2 descriptors per connection are needed)");
		return 1;
	}
	int lfd = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	socklen_t alen = sizeof(a);
	if (bind(lfd, (struct sockaddr *) &a, sizeof(a)) != 0 || listen(lfd, 4096) != 0 ||
	    getsockname(lfd, (struct sockaddr *) &a, &alen) != 0) {
		perror("listen");
		return 1;
	}
	int *srv = calloc((size_t) n, sizeof(int)), *cli = calloc((size_t) n, sizeof(int));
	for (int i = 0; i < n; i++) {
		cli[i] = socket(AF_INET, SOCK_STREAM, 0);
		if (connect(cli[i], (struct sockaddr *) &a, sizeof(a)) != 0 ||
		    (srv[i] = accept(lfd, NULL, NULL)) < 0) {
			fprintf(stderr, "connection %d: %s\n", i, strerror(errno));
			return 1;
		}
		int one = 1;
		setsockopt(srv[i], IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	}
	/* a WebSocket text frame: FIN + opcode 1, 38 bytes of payload */
	char frame[40] = {(char) 0x81, 38};
	memset(frame + 2, 'x', sizeof(frame) - 2);
	char sink[4096];
	double wall = 0, u0, s0, u1, s1;
	double spent_u = 0, spent_s = 0;
	for (int r = 0; r < rounds; r++) {
		u0 = cpu(&s0);
		double t = now();
		for (int i = 0; i < n; i++) {
			if (write(srv[i], frame, sizeof(frame)) != (ssize_t) sizeof(frame)) {
				perror("write");
				return 1;
			}
		}
		wall += now() - t;
		u1 = cpu(&s1);
		spent_u += u1 - u0;
		spent_s += s1 - s0;
		for (int i = 0; i < n; i++) {
			if (read(cli[i], sink, sizeof(sink)) <= 0) {
				perror("read");
				return 1;
			}
		}
	}
	double writes = (double) n * rounds;
	printf("fan-out ceiling: %d connections x %d rounds: %.0f writes/s of wall time, "
	       "%.2f us CPU per write (user %.2f, system %.2f)\n",
	       n, rounds, writes / wall, (spent_u + spent_s) / writes * 1e6, spent_u / writes * 1e6,
	       spent_s / writes * 1e6);
	return 0;
}
