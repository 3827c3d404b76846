/* Command words and the signals that carry them to a running master. Never calls PHP. */
#include "cli.h"
#include "buffer.h"
#include "pidfile.h"
#include "signals.h"
#include "stats.h"
#include "status.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const struct {
	const char *word;
	ws_cmd_kind kind;
} commands[] = {
    {"start", WS_CMD_START},   {"stop", WS_CMD_STOP},     {"restart", WS_CMD_RESTART},
    {"reload", WS_CMD_RELOAD}, {"status", WS_CMD_STATUS}, {"connections", WS_CMD_CONNECTIONS},
};

int ws_cli_parse(int argc, const char *const *argv, ws_cmd *cmd, char *err, size_t errlen)
{
	memset(cmd, 0, sizeof(*cmd));
	if (argc < 1) {
		snprintf(err, errlen, "no command given");
		return WS_ERR;
	}
	size_t i;
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (strcmp(argv[0], commands[i].word) == 0) {
			break;
		}
	}
	if (i == sizeof(commands) / sizeof(commands[0])) {
		snprintf(err, errlen, "unknown command \"%s\"", argv[0]);
		return WS_ERR;
	}
	cmd->kind = commands[i].kind;
	for (int a = 1; a < argc; a++) {
		const char *o = argv[a];
		bool takes_d =
		    cmd->kind == WS_CMD_START || cmd->kind == WS_CMD_RESTART || cmd->kind == WS_CMD_STATUS;
		bool takes_g =
		    cmd->kind == WS_CMD_STOP || cmd->kind == WS_CMD_RESTART || cmd->kind == WS_CMD_RELOAD;
		if (strcmp(o, "-d") == 0 && takes_d) {
			cmd->daemon = true;
		} else if (strcmp(o, "-g") == 0 && takes_g) {
			cmd->graceful = true;
		} else if (strcmp(o, "--json") == 0 && cmd->kind == WS_CMD_STATUS) {
			cmd->json = true;
		} else {
			snprintf(err, errlen, "unknown option \"%s\" for %s", o, argv[0]);
			return WS_ERR;
		}
	}
	return WS_OK;
}

void ws_cli_print(const char *fmt, ...)
{
	char buf[2048];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof(buf) - 1, fmt, ap);
	va_end(ap);
	if (n < 0) {
		return;
	}
	if (n > (int) sizeof(buf) - 2) {
		n = (int) sizeof(buf) - 2;
	}
	buf[n++] = '\n';
	if (write(STDOUT_FILENO, buf, n) < 0) {
	}
}

void ws_cli_usage(const char *script)
{
	ws_cli_print("Usage: php %s <command> [mode]\n"
	             "Commands:\n"
	             "  start        Start in the foreground. -d: start as a daemon\n"
	             "  stop         Stop. -g: graceful stop (finish requests first)\n"
	             "  restart      Stop, then start. -d and -g as above\n"
	             "  reload       Replace the workers. -g: graceful reload\n"
	             "  status       Show the status. -d: refresh every second, --json: as JSON\n"
	             "  connections  List the open connections",
	             script);
}

static void sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000};
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
	}
}

int ws_cli_stop(const char *pid_file, const char *script, bool graceful, double timeout,
                bool quiet_if_absent)
{
	pid_t pid = ws_pidfile_alive(pid_file, script);
	if (pid == 0) {
		if (!quiet_if_absent) {
			ws_cli_print("WServer[%s] not running", script);
		}
		return 1;
	}
	unsigned long long started = ws_pid_started(pid);
	ws_cli_print("WServer[%s] %sstopping ...", script, graceful ? "gracefully " : "");
	if (kill(pid, ws_signal_of(graceful ? WS_SIG_GRACEFUL_STOP : WS_SIG_STOP)) < 0) {
		ws_cli_print("WServer[%s] cannot signal pid %d: %s", script, (int) pid, strerror(errno));
		return 1;
	}
	/* Done when the master process itself has exited, not when its pid file is gone: it
	 * still runs for a while after removing it, and a start must not meet it. It is rarely
	 * our child, so poll; as a zombie it counts as gone. The master kills what is left at its
	 * deadline: wait a little longer than that. */
	double wait = timeout + 5;
	int64_t deadline = ws_now_ms() + (int64_t) (wait * 1000);
	while (started != 0 && ws_pid_started(pid) == started) {
		if (ws_now_ms() > deadline) {
			ws_cli_print("WServer[%s] stop timed out: the master (pid %d) is still running after "
			             "%.0f s",
			             script, (int) pid, wait);
			return 1;
		}
		sleep_ms(10);
	}
	ws_cli_print("WServer[%s] stopped", script);
	return 0;
}

int ws_cli_reload(const char *pid_file, const char *status_file, const char *script, bool graceful,
                  double timeout)
{
	pid_t pid = ws_pidfile_alive(pid_file, script);
	if (pid == 0) {
		ws_cli_print("WServer[%s] not running", script);
		return 1;
	}
	const ws_shm *shm = ws_stats_open(status_file);
	uint32_t done = shm ? shm->reloads_done : 0;
	if (kill(pid, ws_signal_of(graceful ? WS_SIG_GRACEFUL_RELOAD : WS_SIG_RELOAD)) < 0) {
		ws_cli_print("WServer[%s] cannot signal pid %d: %s", script, (int) pid, strerror(errno));
		ws_stats_close(shm);
		return 1;
	}
	ws_cli_print("WServer[%s] %sreloading ...", script, graceful ? "gracefully " : "");
	if (!shm) {
		return 0;
	}
	/* one worker at a time, each with up to timeout to finish its work */
	int64_t deadline = ws_now_ms() + (int64_t) ((timeout + 2) * 1000) * (shm->nslots + 1);
	while (shm->reloads_done == done && ws_now_ms() < deadline &&
	       ws_pidfile_alive(pid_file, script)) {
		sleep_ms(10);
	}
	bool ok = shm->reloads_done != done;
	ws_stats_close(shm);
	ws_cli_print(ok ? "WServer[%s] reloaded" : "WServer[%s] reload did not finish in time", script);
	return ok ? 0 : 1;
}

/* Map the status file of a live master, or print why not. */
static const ws_shm *open_status(const char *pid_file, const char *status_file, const char *script)
{
	if (ws_pidfile_alive(pid_file, script) == 0) {
		ws_cli_print("WServer[%s] not running", script);
		return NULL;
	}
	const ws_shm *shm = ws_stats_open(status_file);
	if (!shm) {
		ws_cli_print("WServer[%s] cannot read the status file %s: %s", script, status_file,
		             strerror(errno));
	}
	return shm;
}

static void print_status(const ws_shm *shm, bool json)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f) {
		return;
	}
	ws_status_render(shm, json, f);
	fclose(f);
	if (write(STDOUT_FILENO, buf, len) < 0) {
	}
	free(buf);
}

int ws_cli_status(const char *pid_file, const char *status_file, const char *script, bool json,
                  bool live)
{
	const ws_shm *shm = open_status(pid_file, status_file, script);
	if (!shm) {
		return 1;
	}
	print_status(shm, json);
	while (live) {
		sleep_ms(1000);
		if (ws_pidfile_alive(pid_file, script) == 0) {
			ws_cli_print("WServer[%s] stopped", script);
			break;
		}
		if (write(STDOUT_FILENO, "\033[H\033[2J", 7) < 0) {
		}
		print_status(shm, json);
	}
	ws_stats_close(shm);
	return 0;
}

int ws_cli_connections(const char *pid_file, const char *status_file, const char *script)
{
	const ws_shm *shm = open_status(pid_file, status_file, script);
	if (!shm) {
		return 1;
	}
	uint32_t n = shm->nslots;
	uint32_t *gen = calloc(n ? n : 1, sizeof(uint32_t));
	for (uint32_t i = 0; i < n; i++) {
		gen[i] = shm->slots[i].conn_gen;
	}
	kill(shm->master_pid, ws_signal_of(WS_SIG_CONNECTIONS));
	/* each worker writes its list and bumps conn_gen; a busy one may not answer in time */
	int64_t deadline = ws_now_ms() + 2000;
	for (;;) {
		bool all = true;
		for (uint32_t i = 0; i < n; i++) {
			all = all && (shm->slots[i].pid <= 0 || !shm->slots[i].ready ||
			              shm->slots[i].conn_gen != gen[i]);
		}
		if (all || ws_now_ms() > deadline) {
			break;
		}
		sleep_ms(10);
	}
	ws_cli_print("%-8s %-14s %-6s %-9s %-8s %-24s %-24s %-11s %-11s %s", "pid", "worker", "id",
	             "transport", "protocol", "remote", "local", "bytes_read", "bytes_sent",
	             "send_queue");
	for (uint32_t i = 0; i < n; i++) {
		const ws_slot *s = &shm->slots[i];
		if (s->pid <= 0 || !s->ready) {
			continue;
		}
		const char *name = shm->groups[s->group < shm->ngroups ? s->group : 0].name;
		if (s->conn_gen == gen[i]) {
			ws_cli_print("%-8d %-14s (busy: no answer within 2 s)", (int) s->pid, name);
			continue;
		}
		char path[4200], line[1024];
		snprintf(path, sizeof(path), "%s.conn.%u", status_file, i);
		FILE *f = fopen(path, "r");
		while (f && fgets(line, sizeof(line), f)) {
			char pid[16], id[24], tr[16], proto[16], remote[160], local[160], rd[24], wr[24], q[24];
			if (sscanf(line, "%15s %23s %15s %15s %159s %159s %23s %23s %23s", pid, id, tr, proto,
			           remote, local, rd, wr, q) == 9) {
				ws_cli_print("%-8s %-14s %-6s %-9s %-8s %-24s %-24s %-11s %-11s %s", pid, name, id,
				             tr, proto, remote, local, rd, wr, q);
			}
		}
		if (f) {
			fclose(f);
		}
	}
	free(gen);
	ws_stats_close(shm);
	return 0;
}
