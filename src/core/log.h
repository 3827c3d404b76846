/* Timestamped log lines to the log file and, in the foreground, to stderr. */
#ifndef WS_CORE_LOG_H
#define WS_CORE_LOG_H

#include <stdarg.h>
#include <stdbool.h>

/* Set where lines go. path may be NULL (no file). Copies path. Never calls PHP. */
void ws_log_open(const char *path, bool to_stderr);
/* Reopen the log file (after logrotate moved it). Async-signal-unsafe. */
void ws_log_reopen(void);
/* Whether lines are also written to stderr. */
void ws_log_set_stderr(bool on);
bool ws_log_get_stderr(void);
/* Levels, Swoole's numbers (its log_level option): lines below the level set are dropped. */
enum { WS_LOG_DEBUG = 0, WS_LOG_INFO = 2, WS_LOG_WARNING = 4, WS_LOG_ERROR = 5, WS_LOG_NONE = 6 };
void ws_log_set_level(int level);
/* Lines below level go to the file only, not to stderr (0: all go to both). */
void ws_log_set_stderr_level(int level);
/* Swoole's line format instead: "[YYYY-MM-DD HH:MM:SS Spid.id]\tLEVEL\tmsg", S the process
 * kind ('#' master, '$' manager, '*' worker, '^' task worker, '@' user process) and id its
 * worker id; LEVEL INFO for ws_log_info(), WARNING for ws_log(). */
void ws_log_swoole_format(bool on);
void ws_log_set_process(char symbol, int id);
bool ws_log_is_swoole_format(void);
/* Whether lines go to a file. */
bool ws_log_has_file(void);
/* One line "YYYY-MM-DD HH:MM:SS pid:N msg\n", written with one write() per sink. */
void ws_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void ws_logv(const char *fmt, va_list ap);
/* The same for news that is no problem (started, stopped...): dropped above WS_LOG_INFO. */
void ws_log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Close the file; used in children that must not keep the parent's descriptor. */
void ws_log_close(void);

#endif
