/* Log sink: owns the log file descriptor. Never calls PHP, never allocates per line. */
#include "log.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int log_fd = -1;
static char *log_path;
static bool log_stderr;
static int log_level = WS_LOG_INFO; /* lines below it are dropped */
static int stderr_level;            /* lines below it go to the file only */
static bool swoole_format;          /* Swoole's line format (ws_log_swoole_format) */
static char proc_symbol = '#';      /* the process kind, in that format */
static int proc_id;

void ws_log_open(const char *path, bool to_stderr)
{
	if (path != log_path) {
		free(log_path);
		log_path = path && *path ? strdup(path) : NULL;
	}
	log_stderr = to_stderr;
	ws_log_reopen();
}

void ws_log_reopen(void)
{
	if (log_fd >= 0) {
		close(log_fd);
		log_fd = -1;
	}
	if (log_path) {
		log_fd = open(log_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
	}
}

void ws_log_set_stderr(bool on)
{
	log_stderr = on;
}

bool ws_log_get_stderr(void)
{
	return log_stderr;
}

bool ws_log_has_file(void)
{
	return log_fd >= 0;
}

void ws_log_close(void)
{
	if (log_fd >= 0) {
		close(log_fd);
		log_fd = -1;
	}
	free(log_path);
	log_path = NULL;
}

void ws_log_set_level(int level)
{
	log_level = level;
}

void ws_log_set_stderr_level(int level)
{
	stderr_level = level;
}

void ws_log_swoole_format(bool on)
{
	swoole_format = on;
}

bool ws_log_is_swoole_format(void)
{
	return swoole_format;
}

void ws_log_set_process(char symbol, int id)
{
	proc_symbol = symbol;
	proc_id = id;
}

static void write_line(int level, const char *fmt, va_list ap)
{
	char line[4096];
	struct timespec ts;
	struct tm tm;

	if (level < log_level) {
		return;
	}
	clock_gettime(CLOCK_REALTIME, &ts);
	localtime_r(&ts.tv_sec, &tm);
	int n;
	if (swoole_format) {
		n = 1 + (int) strftime(line + 1, sizeof(line) - 1, "%Y-%m-%d %H:%M:%S", &tm);
		line[0] = '[';
		n += snprintf(line + n, sizeof(line) - n, " %c%d.%d]\t%s\t", proc_symbol, (int) getpid(),
		              proc_id, level >= WS_LOG_WARNING ? "WARNING" : "INFO");
	} else {
		n = (int) strftime(line, sizeof(line), "%Y-%m-%d %H:%M:%S", &tm);
		n += snprintf(line + n, sizeof(line) - n, " pid:%d ", (int) getpid());
	}
	int m = vsnprintf(line + n, sizeof(line) - n - 1, fmt, ap);
	if (m < 0) {
		m = 0;
	}
	n += m;
	if (n > (int) sizeof(line) - 2) {
		n = (int) sizeof(line) - 2; /* truncated: keep the newline */
	}
	line[n++] = '\n';
	if (log_fd >= 0 && write(log_fd, line, n) < 0) {
		/* nowhere left to report a failing log */
	}
	if (log_stderr && level >= stderr_level && write(STDERR_FILENO, line, n) < 0) {
	}
}

void ws_logv(const char *fmt, va_list ap)
{
	write_line(WS_LOG_ERROR, fmt, ap);
}

void ws_log(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	write_line(WS_LOG_ERROR, fmt, ap);
	va_end(ap);
}

void ws_log_info(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	write_line(WS_LOG_INFO, fmt, ap);
	va_end(ap);
}
