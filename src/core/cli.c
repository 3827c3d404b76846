/* Command words and the signals that carry them to a running master. Never calls PHP. */
#include "cli.h"
#include "buffer.h"
#include "pidfile.h"
#include "stats.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
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
		bool takes_d = cmd->kind == WS_CMD_START || cmd->kind == WS_CMD_RESTART ||
		               cmd->kind == WS_CMD_STATUS;
		bool takes_g = cmd->kind == WS_CMD_STOP || cmd->kind == WS_CMD_RESTART ||
		               cmd->kind == WS_CMD_RELOAD;
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
	pid_t pid = ws_pidfile_alive(pid_file);
	if (pid == 0) {
		if (!quiet_if_absent) {
			ws_cli_print("WServer[%s] not running", script);
		}
		return 1;
	}
	ws_cli_print("WServer[%s] %sstopping ...", script, graceful ? "gracefully " : "");
	if (kill(pid, graceful ? SIGTERM : SIGINT) < 0) {
		ws_cli_print("WServer[%s] cannot signal pid %d: %s", script, (int) pid, strerror(errno));
		return 1;
	}
	/* the master kills what is left at its deadline; wait a little longer than that */
	int64_t deadline = ws_now_ms() + (int64_t) (timeout * 1000) + 3000;
	while (ws_pidfile_alive(pid_file) == pid) {
		if (ws_now_ms() > deadline) {
			ws_cli_print("WServer[%s] stop timed out: pid %d still running", script, (int) pid);
			return 1;
		}
		sleep_ms(10);
	}
	ws_cli_print("WServer[%s] stopped", script);
	return 0;
}

int ws_cli_reload(const char *pid_file, const char *script, bool graceful)
{
	pid_t pid = ws_pidfile_alive(pid_file);
	if (pid == 0) {
		ws_cli_print("WServer[%s] not running", script);
		return 1;
	}
	if (kill(pid, graceful ? SIGQUIT : SIGUSR1) < 0) {
		ws_cli_print("WServer[%s] cannot signal pid %d: %s", script, (int) pid, strerror(errno));
		return 1;
	}
	ws_cli_print("WServer[%s] %sreloading", script, graceful ? "gracefully " : "");
	return 0;
}
