/* Swoole's error codes (errors.c): the ones Swoole programs test for, with Swoole's values, so
 * that a code from either reads the same. */
#ifndef WSERVER_PHP_ERRORS_H
#define WSERVER_PHP_ERRORS_H

/* Swoole's own codes lie between these; below are errno values */
#define WSERVER_ERROR_BEGIN 500
#define WSERVER_ERROR_END   10020

#define WSERVER_ERROR_MALLOC_FAIL               501
#define WSERVER_ERROR_INVALID_PARAMS            505
#define WSERVER_ERROR_WRONG_OPERATION           509
#define WSERVER_ERROR_NO_PAYLOAD                550
#define WSERVER_ERROR_FILE_NOT_EXIST            700
#define WSERVER_ERROR_DNSLOOKUP_RESOLVE_FAILED  711
#define WSERVER_ERROR_DNSLOOKUP_RESOLVE_TIMEOUT 712
#define WSERVER_ERROR_SESSION_CLOSED            1004
#define WSERVER_ERROR_SESSION_NOT_EXIST         1005
#define WSERVER_ERROR_SSL_VERIFY_FAILED         1014
#define WSERVER_ERROR_SSL_HANDSHAKE_FAILED      1018
#define WSERVER_ERROR_DATA_LENGTH_TOO_LARGE     1203
#define WSERVER_ERROR_CLIENT_NO_CONNECTION      5001
#define WSERVER_ERROR_HTTP_COOKIE_UNAVAILABLE   7107
#define WSERVER_ERROR_SERVER_NO_IDLE_WORKER     9007
#define WSERVER_ERROR_CO_OUT_OF_COROUTINE       10001
#define WSERVER_ERROR_CO_HAS_BEEN_DISCARDED     10003
#define WSERVER_ERROR_CO_CANNOT_CANCEL          10015
#define WSERVER_ERROR_CO_NOT_EXISTS             10016
#define WSERVER_ERROR_CO_CANCELED               10017
#define WSERVER_ERROR_CO_TIMEDOUT               10018
#define WSERVER_ERROR_CO_SOCKET_CLOSE_WAIT      10019

/* the kinds of code swoole_strerror() reads */
#define WSERVER_STRERROR_SYSTEM 0
#define WSERVER_STRERROR_GAI    1
#define WSERVER_STRERROR_DNS    2
#define WSERVER_STRERROR_SWOOLE 9

/* the log levels, as the WSERVER_LOG_* constants (system.stub.php) */
#define WSERVER_LOG_INFO    2
#define WSERVER_LOG_WARNING 4
#define WSERVER_LOG_ERROR   5
#define WSERVER_LOG_NONE    6

/* A line of Swoole's logger on stdout, "[date *pid.0]\tWARNING\tmsg", when level is at or above
 * the log_level of Coroutine::set(): where Swoole logs a problem rather than raising a PHP
 * warning, its programs (run under wserver.aliases=swoole) read the same line. code (0: none)
 * becomes the last error, and is not logged when swoole_ignore_error() named it. */
void wserver_swoole_log(int level, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

void wserver_errors_minit(int module_number);
void wserver_errors_mshutdown(void);

#endif
