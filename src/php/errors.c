/* Swoole's error codes and the functions about them: swoole_strerror(), swoole_error_log(),
 * swoole_ignore_error(). A code logged by error_log_ex() becomes the last error, and codes
 * the application chose to ignore are not logged. */
#include <netdb.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "php.h"
#include "errors.h"
#include "system.h"
#include "coroutine_options.h"
#include "core/log.h"
#include "../../stubs/errors_arginfo.h"

/* Swoole's messages for the codes wserver names (WSERVER_ERROR_*) */
static const struct {
	int code;
	const char *message;
} messages[] = {
    {WSERVER_ERROR_MALLOC_FAIL, "Malloc fail"},
    {WSERVER_ERROR_INVALID_PARAMS, "Invalid params"},
    {WSERVER_ERROR_WRONG_OPERATION, "Wrong operation"},
    {WSERVER_ERROR_NO_PAYLOAD, "No payload"},
    {WSERVER_ERROR_FILE_NOT_EXIST, "File not exist"},
    {WSERVER_ERROR_DNSLOOKUP_RESOLVE_FAILED, "DNS Lookup resolve failed"},
    {WSERVER_ERROR_DNSLOOKUP_RESOLVE_TIMEOUT, "DNS Lookup resolve timeout"},
    {WSERVER_ERROR_SESSION_CLOSED, "Session closed"},
    {WSERVER_ERROR_SESSION_NOT_EXIST, "Session not exist"},
    {WSERVER_ERROR_SSL_VERIFY_FAILED, "SSL verify failed"},
    {WSERVER_ERROR_SSL_HANDSHAKE_FAILED, "SSL handshake failed"},
    {WSERVER_ERROR_DATA_LENGTH_TOO_LARGE, "Data length too large"},
    {WSERVER_ERROR_CLIENT_NO_CONNECTION, "Client no connection"},
    {WSERVER_ERROR_HTTP_COOKIE_UNAVAILABLE, "Http cookie unavailable"},
    {WSERVER_ERROR_SERVER_NO_IDLE_WORKER, "Server no idle worker"},
    {WSERVER_ERROR_CO_OUT_OF_COROUTINE, "Coroutine out of coroutine"},
    {WSERVER_ERROR_CO_CANNOT_CANCEL, "Coroutine cannot cancel"},
    {WSERVER_ERROR_CO_NOT_EXISTS, "Coroutine not exists"},
    {WSERVER_ERROR_CO_CANCELED, "Coroutine canceled"},
    {WSERVER_ERROR_CO_TIMEDOUT, "Coroutine timedout"},
    {WSERVER_ERROR_CO_SOCKET_CLOSE_WAIT, "Coroutine socket close wait"},
};

static const char *level_names[] = {"DEBUG", "TRACE", "INFO", "NOTICE", "WARNING", "ERROR"};

static HashTable ignored; /* code => true: not logged (ignore_error()) */
static bool ignored_ready;

/* Swoole's message for one of its codes; "Unknown error N" for the others. */
static void swoole_message(zend_long code, zval *return_value)
{
	for (size_t i = 0; i < sizeof(messages) / sizeof(messages[0]); i++) {
		if (messages[i].code == code) {
			RETURN_STRING(messages[i].message);
		}
	}
	RETURN_STR(zend_strpprintf(0, "Unknown error " ZEND_LONG_FMT, code));
}

ZEND_FUNCTION(WServer_strerror)
{
	zend_long code, type = WSERVER_STRERROR_SYSTEM;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_LONG(code)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(type)
	ZEND_PARSE_PARAMETERS_END();
	if (type == WSERVER_STRERROR_GAI) {
		RETURN_STRING(gai_strerror((int) code));
	}
	if (type == WSERVER_STRERROR_DNS) {
		RETURN_STRING(hstrerror((int) code));
	}
	if (type == WSERVER_STRERROR_SWOOLE ||
	    (code > WSERVER_ERROR_BEGIN && code < WSERVER_ERROR_END)) {
		swoole_message(code, return_value);
		return;
	}
	RETURN_STRING(strerror((int) code));
}

/* The log_level of Coroutine::set() / swoole_async_set(); Swoole's default, INFO, before. */
static zend_long log_level(void)
{
	zval options, *v;
	wserver_coroutine_options_get(&options);
	zend_long level = WSERVER_LOG_INFO;
	if (Z_TYPE(options) == IS_ARRAY &&
	    (v = zend_hash_str_find(Z_ARRVAL(options), ZEND_STRL("log_level")))) {
		level = zval_get_long(v);
	}
	zval_ptr_dtor(&options);
	return level;
}

/* One line in the log when level is at or above log_level; code 0: none named. */
static void log_line(zend_long level, zend_long code, const char *msg, size_t len)
{
	if (level < log_level() || level >= WSERVER_LOG_NONE) {
		return;
	}
	const char *name = level >= 0 ? level_names[level] : "LOG";
	/* with no log file (a script outside a server), to stderr as Swoole's logger */
	bool was_stderr = ws_log_get_stderr();
	ws_log_set_stderr(was_stderr || !ws_log_has_file());
	if (code) {
		ws_log("%s\t(ERRNO " ZEND_LONG_FMT "): %.*s", name, code, (int) len, msg);
	} else {
		ws_log("%s\t%.*s", name, (int) len, msg);
	}
	ws_log_set_stderr(was_stderr);
}

void wserver_swoole_log(int level, int code, const char *fmt, ...)
{
	if (code) {
		wserver_set_errno(code);
	}
	if (level < log_level() || level >= WSERVER_LOG_NONE ||
	    (code && ignored_ready && zend_hash_index_exists(&ignored, (zend_ulong) code))) {
		return;
	}
	char date[32], line[2048];
	time_t now = time(NULL);
	struct tm tm;
	strftime(date, sizeof(date), "%Y-%m-%d %H:%M:%S", localtime_r(&now, &tm));
	int n = snprintf(line, sizeof(line), "[%s *%d.0]\t%s\t", date, (int) getpid(),
	                 level >= 0 ? level_names[level] : "LOG");
	va_list ap;
	va_start(ap, fmt);
	int m = vsnprintf(line + n, sizeof(line) - n - 1, fmt, ap);
	va_end(ap);
	n += m < 0 ? 0 : m;
	if (n > (int) sizeof(line) - 2) {
		n = (int) sizeof(line) - 2;
	}
	line[n++] = '\n';
	if (write(STDOUT_FILENO, line, n) < 0) {
		/* nowhere to report it */
	}
}

ZEND_FUNCTION(WServer_error_log)
{
	zend_long level;
	zend_string *msg;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_LONG(level)
	Z_PARAM_STR(msg)
	ZEND_PARSE_PARAMETERS_END();
	log_line(level, 0, ZSTR_VAL(msg), ZSTR_LEN(msg));
}

ZEND_FUNCTION(WServer_error_log_ex)
{
	zend_long level, code;
	zend_string *msg;
	ZEND_PARSE_PARAMETERS_START(3, 3)
	Z_PARAM_LONG(level)
	Z_PARAM_LONG(code)
	Z_PARAM_STR(msg)
	ZEND_PARSE_PARAMETERS_END();
	wserver_set_errno((int) code); /* as Swoole: the code becomes the last error, logged or not */
	if (ignored_ready && zend_hash_index_exists(&ignored, (zend_ulong) code)) {
		return;
	}
	log_line(level, code, ZSTR_VAL(msg), ZSTR_LEN(msg));
}

ZEND_FUNCTION(WServer_ignore_error)
{
	zend_long code;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(code)
	ZEND_PARSE_PARAMETERS_END();
	if (!ignored_ready) {
		zend_hash_init(&ignored, 8, NULL, NULL, 1);
		ignored_ready = true;
	}
	zval t;
	ZVAL_TRUE(&t);
	zend_hash_index_update(&ignored, (zend_ulong) code, &t);
}

void wserver_errors_minit(int module_number)
{
	register_errors_symbols(module_number);
	zend_register_functions(NULL, ext_functions, NULL, MODULE_PERSISTENT);
}

void wserver_errors_mshutdown(void)
{
	if (ignored_ready) {
		zend_hash_destroy(&ignored);
		ignored_ready = false;
	}
}
