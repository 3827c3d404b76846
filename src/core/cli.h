/* The command line of `php app.php start|stop|...` and the control of a running master. */
#ifndef WS_CORE_CLI_H
#define WS_CORE_CLI_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
	WS_CMD_START,
	WS_CMD_STOP,
	WS_CMD_RESTART,
	WS_CMD_RELOAD,
	WS_CMD_STATUS,
	WS_CMD_CONNECTIONS,
} ws_cmd_kind;

typedef struct ws_cmd {
	ws_cmd_kind kind;
	bool daemon;   /* -d: start as a daemon; with status: refresh every second */
	bool graceful; /* -g */
	bool json;     /* --json */
} ws_cmd;

/* Parse the words after the script name. WS_ERR with a message in err. */
int ws_cli_parse(int argc, const char *const *argv, ws_cmd *cmd, char *err, size_t errlen);
/* The usage text for script. */
void ws_cli_usage(const char *script);
/* Write a line to stdout (fd 1), bypassing buffers shared with the parent. */
void ws_cli_print(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* stop [-g]: signal the master named in pid_file and wait until it is gone.
 * Returns the exit code: 0 stopped, 1 not running or timed out. */
int ws_cli_stop(const char *pid_file, const char *script, bool graceful, double timeout,
                bool quiet_if_absent);
/* reload [-g]: signal the master and wait until every reloadable worker was replaced.
 * Returns the exit code. */
int ws_cli_reload(const char *pid_file, const char *status_file, const char *script, bool graceful,
                  double timeout);
/* status [-d] [--json]: print the status table from the status file at once; with live,
 * again every second until interrupted. Returns the exit code. */
int ws_cli_status(const char *pid_file, const char *status_file, const char *script, bool json,
                  bool live);
/* connections: ask every worker (SIGIO) for its list and print one line per connection. */
int ws_cli_connections(const char *pid_file, const char *status_file, const char *script);

#endif
