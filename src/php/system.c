/* Plain functions about the process and the machine: WServer\cpu_num() and its kin, which
 * wserver.aliases=swoole also names swoole_cpu_num() and so on. */
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#include "php.h"
#include "system.h"
#include "ext/json/php_json.h"
#include "proto/mime.h"
#include "../../stubs/system_arginfo.h"

ZEND_FUNCTION(WServer_swoole_api_version)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STRING(WSERVER_SWOOLE_API_VERSION);
}

ZEND_FUNCTION(WServer_set_process_name)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	zend_function *set_title =
	    zend_hash_str_find_ptr(EG(function_table), ZEND_STRL("cli_set_process_title"));
	if (!set_title) {
		php_error_docref(NULL, E_WARNING, "Process names can be set in the CLI only");
		RETURN_FALSE;
	}
	zval arg;
	ZVAL_STR(&arg, name);
	zend_call_known_function(set_title, NULL, NULL, return_value, 1, &arg, NULL);
}

ZEND_FUNCTION(WServer_get_local_ip)
{
	zend_long family = AF_INET;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(family)
	ZEND_PARSE_PARAMETERS_END();
	struct ifaddrs *list;
	if (getifaddrs(&list) != 0) {
		php_error_docref(NULL, E_WARNING, "getifaddrs() failed: %s", strerror(errno));
		RETURN_FALSE;
	}
	array_init(return_value);
	for (struct ifaddrs *ifa = list; ifa; ifa = ifa->ifa_next) {
		if (!ifa->ifa_addr || !(ifa->ifa_flags & IFF_UP) || ifa->ifa_addr->sa_family != family ||
		    (ifa->ifa_flags & IFF_LOOPBACK)) {
			continue;
		}
		char text[INET6_ADDRSTRLEN];
		const void *addr = family == AF_INET
		                       ? (const void *) &((struct sockaddr_in *) ifa->ifa_addr)->sin_addr
		                       : (const void *) &((struct sockaddr_in6 *) ifa->ifa_addr)->sin6_addr;
		if ((family == AF_INET || family == AF_INET6) &&
		    inet_ntop((int) family, addr, text, sizeof(text))) {
			add_assoc_string(return_value, ifa->ifa_name, text);
		}
	}
	freeifaddrs(list);
}

ZEND_FUNCTION(WServer_get_local_mac)
{
	ZEND_PARSE_PARAMETERS_NONE();
	struct ifaddrs *list;
	if (getifaddrs(&list) != 0) {
		php_error_docref(NULL, E_WARNING, "getifaddrs() failed: %s", strerror(errno));
		RETURN_FALSE;
	}
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		freeifaddrs(list);
		php_error_docref(NULL, E_WARNING, "socket() failed: %s", strerror(errno));
		RETURN_FALSE;
	}
	array_init(return_value);
	for (struct ifaddrs *ifa = list; ifa; ifa = ifa->ifa_next) {
		/* each interface once (its AF_PACKET entry), loopback left out */
		if (!ifa->ifa_addr || ifa->ifa_addr->sa_family != AF_PACKET ||
		    (ifa->ifa_flags & IFF_LOOPBACK)) {
			continue;
		}
		struct ifreq req = {0};
		strncpy(req.ifr_name, ifa->ifa_name, IFNAMSIZ - 1);
		if (ioctl(fd, SIOCGIFHWADDR, &req) != 0) {
			continue;
		}
		const unsigned char *m = (const unsigned char *) req.ifr_hwaddr.sa_data;
		char text[18];
		snprintf(text, sizeof(text), "%02X:%02X:%02X:%02X:%02X:%02X", m[0], m[1], m[2], m[3], m[4],
		         m[5]);
		add_assoc_string(return_value, ifa->ifa_name, text);
	}
	close(fd);
	freeifaddrs(list);
}

/* Jenkins' one-at-a-time hash, Swoole's hashcode() type 1 */
static uint32_t one_at_a_time(const char *s, size_t len)
{
	uint32_t h = 0;
	for (size_t i = 0; i < len; i++) {
		h += (unsigned char) s[i];
		h += h << 10;
		h ^= h >> 6;
	}
	h += h << 3;
	h ^= h >> 11;
	h += h << 15;
	return h;
}

ZEND_FUNCTION(WServer_hashcode)
{
	zend_string *data;
	zend_long type = 0;
	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_STR(data)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(type)
	ZEND_PARSE_PARAMETERS_END();
	if (type == 0) {
		RETURN_LONG((zend_long) zend_hash_func(ZSTR_VAL(data), ZSTR_LEN(data)));
	}
	if (type == 1) {
		RETURN_LONG(one_at_a_time(ZSTR_VAL(data), ZSTR_LEN(data)));
	}
	RETURN_FALSE;
}

/* ---- the media types of static files ---- */

ZEND_FUNCTION(WServer_mime_type_add)
{
	zend_string *suffix, *type;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(suffix)
	Z_PARAM_STR(type)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(ws_mime_set(ZSTR_VAL(suffix), ZSTR_VAL(type), false));
}

ZEND_FUNCTION(WServer_mime_type_set)
{
	zend_string *suffix, *type;
	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_STR(suffix)
	Z_PARAM_STR(type)
	ZEND_PARSE_PARAMETERS_END();
	if (!ws_mime_set(ZSTR_VAL(suffix), ZSTR_VAL(type), true)) {
		php_error_docref(NULL, E_WARNING, "Out of memory");
	}
}

ZEND_FUNCTION(WServer_mime_type_delete)
{
	zend_string *suffix;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(suffix)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(ws_mime_delete(ZSTR_VAL(suffix)));
}

/* Swoole's reading of a name: a suffix alone ("png") names itself */
static const char *mime_of(zend_string *filename)
{
	const char *type = ws_mime_find(ZSTR_VAL(filename), ZSTR_LEN(filename));
	if (!type && !memchr(ZSTR_VAL(filename), '.', ZSTR_LEN(filename))) {
		zend_string *dotted = zend_strpprintf(0, ".%s", ZSTR_VAL(filename));
		type = ws_mime_find(ZSTR_VAL(dotted), ZSTR_LEN(dotted));
		zend_string_release(dotted);
	}
	return type;
}

ZEND_FUNCTION(WServer_mime_type_get)
{
	zend_string *filename;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(filename)
	ZEND_PARSE_PARAMETERS_END();
	const char *type = mime_of(filename);
	RETURN_STRING(type ? type : "application/octet-stream");
}

ZEND_FUNCTION(WServer_mime_type_exists)
{
	zend_string *filename;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(filename)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(mime_of(filename) != NULL);
}

ZEND_FUNCTION(WServer_mime_type_list)
{
	ZEND_PARSE_PARAMETERS_NONE();
	size_t n = ws_mime_count();
	array_init_size(return_value, (uint32_t) n);
	for (size_t i = 0; i < n; i++) {
		const char *ext, *type;
		ws_mime_at(i, &ext, &type);
		add_assoc_string(return_value, ext, type);
	}
}

ZEND_FUNCTION(WServer_clear_dns_cache)
{
	ZEND_PARSE_PARAMETERS_NONE();
	/* names are resolved afresh on each lookup (core/resolve.c): no cache to clear */
}

/* ---- decoding part of a string ---- */

/* The part [offset, offset + length) of a string of len bytes, as Swoole reads it: a negative
 * offset counts from the end, a length <= 0 or too long runs to the end. false when offset
 * lies outside. */
static bool substr_bounds(size_t len, zend_long *offset, zend_long *length)
{
	if (*offset < 0) {
		*offset += (zend_long) len;
		if (*offset < 0) {
			return false;
		}
	}
	if (*offset >= (zend_long) len) {
		return false;
	}
	if (*length <= 0 || *length > (zend_long) len - *offset) {
		*length = (zend_long) len - *offset;
	}
	return true;
}

ZEND_FUNCTION(WServer_substr_unserialize)
{
	zend_string *str;
	zend_long offset, length = 0;
	HashTable *options = NULL;
	ZEND_PARSE_PARAMETERS_START(2, 4)
	Z_PARAM_STR(str)
	Z_PARAM_LONG(offset)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(length)
	Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();
	if (ZSTR_LEN(str) == 0 || !substr_bounds(ZSTR_LEN(str), &offset, &length)) {
		RETURN_FALSE;
	}
	/* PHP's own unserialize(), so that its options and notices are the same */
	zval fn, args[2];
	ZVAL_STRINGL(&fn, "unserialize", sizeof("unserialize") - 1);
	ZVAL_STRINGL(&args[0], ZSTR_VAL(str) + offset, (size_t) length);
	if (options) {
		ZVAL_ARR(&args[1], zend_array_dup(options));
	} else {
		array_init(&args[1]);
	}
	call_user_function(NULL, NULL, &fn, return_value, 2, args);
	zval_ptr_dtor(&fn);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
}

ZEND_FUNCTION(WServer_substr_json_decode)
{
	zend_string *str;
	zend_long offset, length = 0, depth = PHP_JSON_PARSER_DEFAULT_DEPTH, flags = 0;
	bool assoc = false, assoc_null = true;
	ZEND_PARSE_PARAMETERS_START(2, 6)
	Z_PARAM_STR(str)
	Z_PARAM_LONG(offset)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(length)
	Z_PARAM_BOOL_OR_NULL(assoc, assoc_null)
	Z_PARAM_LONG(depth)
	Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();
	if (ZSTR_LEN(str) == 0) {
		php_error_docref(NULL, E_WARNING, "Non-empty string required");
		RETURN_NULL();
	}
	if (!substr_bounds(ZSTR_LEN(str), &offset, &length)) {
		php_error_docref(NULL, E_WARNING, "Offset must lie within the string");
		RETURN_NULL();
	}
	if (depth <= 0 || depth > INT_MAX) {
		zend_argument_value_error(5, "must be greater than 0 and less than %d", INT_MAX);
		RETURN_THROWS();
	}
	/* as json_decode(): a given $associative overrides JSON_OBJECT_AS_ARRAY in $flags */
	if (!assoc_null) {
		flags = assoc ? (flags | PHP_JSON_OBJECT_AS_ARRAY) : (flags & ~PHP_JSON_OBJECT_AS_ARRAY);
	}
	php_json_decode_ex(return_value, ZSTR_VAL(str) + offset, (size_t) length, flags, depth);
}

ZEND_FUNCTION(WServer_cpu_num)
{
	ZEND_PARSE_PARAMETERS_NONE();
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	RETURN_LONG(n > 0 ? n : 1);
}

static int last_errno; /* of the last failed system call, for errno() and last_error() */

void wserver_set_errno(int err)
{
	last_errno = err;
}

ZEND_FUNCTION(WServer_errno)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(last_errno);
}

ZEND_FUNCTION(WServer_last_error)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(last_errno);
}

ZEND_FUNCTION(WServer_clear_error)
{
	ZEND_PARSE_PARAMETERS_NONE();
	last_errno = 0;
}

void wserver_system_minit(int module_number)
{
	register_system_symbols(module_number);
	zend_register_functions(NULL, ext_functions, NULL, MODULE_PERSISTENT);
}
