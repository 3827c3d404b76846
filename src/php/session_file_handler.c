/* WServer\Protocols\Http\Session\SessionHandlerInterface and FileSessionHandler: sessions as
 * files <save path>/session_<id>, written to a temp file and renamed over the old one so a
 * reader never sees half of one. A file older than Session::$lifetime reads as no session.
 * The directory is a static setting (as Workerman's): every handler of the process shares it. */
#include "session_file_handler.h"
#include "http_session.h"

#include "ext/standard/file.h"
#include "ext/standard/php_random.h"
#include "php_open_temporary_file.h"
#include "zend_smart_str.h"
#include "stubs/session_file_handler_arginfo.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

zend_class_entry *wserver_session_handler_interface_ce;
zend_class_entry *wserver_session_file_handler_ce;

static zval *setting(const char *name)
{
	zval *v = zend_read_static_property(wserver_session_file_handler_ce, name, strlen(name), 1);
	ZVAL_DEREF(v);
	return v;
}

/* Set the directory (a final "/" added; made when missing); returns it. */
static zend_string *set_save_path(zend_string *path)
{
	if (ZSTR_LEN(path) == 0) {
		return zend_string_copy(path);
	}
	zend_string *dir = ZSTR_VAL(path)[ZSTR_LEN(path) - 1] == '/'
	                       ? zend_string_copy(path)
	                       : zend_string_concat2(ZSTR_VAL(path), ZSTR_LEN(path), "/", 1);
	zend_update_static_property_stringl(wserver_session_file_handler_ce,
	                                    ZEND_STRL("sessionSavePath"), ZSTR_VAL(dir), ZSTR_LEN(dir));
	struct stat st;
	if (stat(ZSTR_VAL(dir), &st) != 0 || !S_ISDIR(st.st_mode)) {
		php_stream_mkdir(ZSTR_VAL(dir), 0777, PHP_STREAM_MKDIR_RECURSIVE | REPORT_ERRORS, NULL);
	}
	return dir;
}

/* session.save_path unless empty or a network address, else the system's temp directory. */
static void init_save_path(void)
{
	bool exists = false;
	char *ini =
	    zend_ini_string_ex("session.save_path", sizeof("session.save_path") - 1, 0, &exists);
	const char *path = exists && ini && *ini && strncmp(ini, "tcp://", 6) != 0
	                       ? ini
	                       : php_get_temporary_directory();
	zend_string *p = zend_string_init(path, strlen(path), 0);
	zend_string_release(set_save_path(p));
	zend_string_release(p);
}

/* <save path><prefix><id>; NULL for an id that could leave the directory. */
static zend_string *session_file(zend_string *sid)
{
	if (ZSTR_LEN(sid) == 0 || memchr(ZSTR_VAL(sid), '/', ZSTR_LEN(sid)) ||
	    memchr(ZSTR_VAL(sid), '\0', ZSTR_LEN(sid))) {
		return NULL;
	}
	if (Z_STRLEN_P(setting("sessionSavePath")) == 0) {
		init_save_path();
	}
	zval *dir = setting("sessionSavePath"), *prefix = setting("sessionFilePrefix");
	return zend_string_concat3(Z_STRVAL_P(dir), Z_STRLEN_P(dir), Z_STRVAL_P(prefix),
	                           Z_STRLEN_P(prefix), ZSTR_VAL(sid), ZSTR_LEN(sid));
}

static bool write_all(int fd, const char *p, size_t len)
{
	while (len > 0) {
		ssize_t w = write(fd, p, len);
		if (w < 0 && errno == EINTR) {
			continue;
		}
		if (w <= 0) {
			return false;
		}
		p += w;
		len -= (size_t) w;
	}
	return true;
}

ZEND_METHOD(WServer_Protocols_Http_Session_FileSessionHandler, __construct)
{
	HashTable *config = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_ARRAY_HT(config)
	ZEND_PARSE_PARAMETERS_END();
	zval *path = config ? zend_hash_str_find_deref(config, ZEND_STRL("save_path")) : NULL;
	if (path) {
		zend_string *p = zval_get_string(path);
		zend_string_release(set_save_path(p));
		zend_string_release(p);
	}
}

ZEND_METHOD(WServer_Protocols_Http_Session_FileSessionHandler, init)
{
	ZEND_PARSE_PARAMETERS_NONE();
	init_save_path();
}

ZEND_METHOD(WServer_Protocols_Http_Session_FileSessionHandler, sessionSavePath)
{
	zend_string *path;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_PATH_STR(path)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_STR(set_save_path(path));
}

ZEND_METHOD(WServer_Protocols_Http_Session_FileSessionHandler, sessionFile)
{
	zend_string *sid;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(sid)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *file = session_file(sid);
	if (!file) {
		zend_argument_value_error(1, "must not contain \"/\" or NUL bytes");
		RETURN_THROWS();
	}
	RETURN_STR(file);
}

ZEND_METHOD(WServer_Protocols_Http_Session_FileSessionHandler, open)
{
	zend_string *path, *name;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(path)
	Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Protocols_Http_Session_FileSessionHandler, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Protocols_Http_Session_FileSessionHandler, read)
{
	zend_string *sid;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(sid)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *file = session_file(sid);
	if (!file || php_check_open_basedir(ZSTR_VAL(file)) != 0) {
		if (file) {
			zend_string_release(file);
		}
		RETURN_FALSE;
	}
	int fd = open(ZSTR_VAL(file), O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		if (fd >= 0) {
			close(fd);
		}
		zend_string_release(file);
		RETURN_FALSE;
	}
	if (time(NULL) - st.st_mtime > wserver_http_session_lifetime()) {
		close(fd);
		unlink(ZSTR_VAL(file)); /* expired */
		zend_string_release(file);
		RETURN_FALSE;
	}
	zend_string_release(file);
	zend_string *data = zend_string_alloc((size_t) st.st_size, 0);
	size_t got = 0;
	while (got < (size_t) st.st_size) {
		ssize_t r = read(fd, ZSTR_VAL(data) + got, (size_t) st.st_size - got);
		if (r < 0 && errno == EINTR) {
			continue;
		}
		if (r <= 0) {
			break;
		}
		got += (size_t) r;
	}
	close(fd);
	if (got == 0) {
		zend_string_efree(data);
		RETURN_FALSE;
	}
	ZSTR_LEN(data) = got;
	ZSTR_VAL(data)[got] = '\0';
	RETURN_NEW_STR(data);
}

ZEND_METHOD(WServer_Protocols_Http_Session_FileSessionHandler, write)
{
	zend_string *sid, *data;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(sid)
	Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *file = session_file(sid);
	if (!file || php_check_open_basedir(ZSTR_VAL(file)) != 0) {
		if (file) {
			zend_string_release(file);
		}
		RETURN_FALSE;
	}
	unsigned char rnd[8];
	if (php_random_bytes_silent(rnd, sizeof(rnd)) != SUCCESS) {
		memset(rnd, 0, sizeof(rnd));
	}
	zval *dir = setting("sessionSavePath");
	zend_string *tmp = zend_strpprintf(0, "%s.tmp-%d-%02x%02x%02x%02x%02x%02x%02x%02x",
	                                   Z_STRVAL_P(dir), (int) getpid(), rnd[0], rnd[1], rnd[2],
	                                   rnd[3], rnd[4], rnd[5], rnd[6], rnd[7]);
	int fd = open(ZSTR_VAL(tmp), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	bool ok = fd >= 0 && write_all(fd, ZSTR_VAL(data), ZSTR_LEN(data));
	if (fd >= 0) {
		ok = close(fd) == 0 && ok;
	}
	ok = ok && rename(ZSTR_VAL(tmp), ZSTR_VAL(file)) == 0;
	if (!ok && fd >= 0) {
		unlink(ZSTR_VAL(tmp));
	}
	zend_string_release(tmp);
	zend_string_release(file);
	RETURN_BOOL(ok);
}

ZEND_METHOD(WServer_Protocols_Http_Session_FileSessionHandler, updateTimestamp)
{
	zend_string *sid, *data = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(sid)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *file = session_file(sid);
	bool ok =
	    file && php_check_open_basedir(ZSTR_VAL(file)) == 0 && utime(ZSTR_VAL(file), NULL) == 0;
	if (file) {
		zend_string_release(file);
	}
	RETURN_BOOL(ok);
}

ZEND_METHOD(WServer_Protocols_Http_Session_FileSessionHandler, destroy)
{
	zend_string *sid;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(sid)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *file = session_file(sid);
	if (file && php_check_open_basedir(ZSTR_VAL(file)) == 0) {
		unlink(ZSTR_VAL(file));
	}
	if (file) {
		zend_string_release(file);
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Protocols_Http_Session_FileSessionHandler, gc)
{
	zend_long max_lifetime;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(max_lifetime)
	ZEND_PARSE_PARAMETERS_END();
	if (Z_STRLEN_P(setting("sessionSavePath")) == 0) {
		init_save_path();
	}
	zval *dir = setting("sessionSavePath"), *prefix = setting("sessionFilePrefix");
	if (php_check_open_basedir(Z_STRVAL_P(dir)) != 0) {
		RETURN_TRUE;
	}
	DIR *d = opendir(Z_STRVAL_P(dir));
	if (!d) {
		RETURN_TRUE;
	}
	time_t now = time(NULL);
	struct dirent *e;
	while ((e = readdir(d))) {
		if (strncmp(e->d_name, Z_STRVAL_P(prefix), Z_STRLEN_P(prefix)) != 0) {
			continue;
		}
		zend_string *file =
		    zend_string_concat2(Z_STRVAL_P(dir), Z_STRLEN_P(dir), e->d_name, strlen(e->d_name));
		struct stat st;
		if (stat(ZSTR_VAL(file), &st) == 0 && S_ISREG(st.st_mode) &&
		    now - st.st_mtime > max_lifetime) {
			unlink(ZSTR_VAL(file));
		}
		zend_string_release(file);
	}
	closedir(d);
	RETURN_TRUE;
}

void wserver_session_file_handler_minit(void)
{
	wserver_session_handler_interface_ce =
	    register_class_WServer_Protocols_Http_Session_SessionHandlerInterface();
	wserver_session_file_handler_ce =
	    register_class_WServer_Protocols_Http_Session_FileSessionHandler(
	        wserver_session_handler_interface_ce);
}
