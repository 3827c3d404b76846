/* WServer\Runtime: the hook flags (Swoole's Runtime::enableCoroutine()). Each hook this build
 * has is one bit of `supported`; a flag outside it is ignored, as Swoole ignores what it was
 * built without, and getHookFlags() tells what is in effect. The ini wserver.hook_io gives the
 * flags each request starts with. The hooks themselves: hook_stream.c (transports),
 * hook_functions.c (sleep() and its kin, stream_select()); SSL and TLS (ssl://, tls://, and TLS
 * turned on over a hooked tcp:// stream) when built with OpenSSL: hook_stream_tls.c. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#include "php.h"
#include "php_ini.h"
#include "hooks.h"
#include "hook_functions.h"
#include "hook_stream.h"
#include "stubs/hooks_arginfo.h"

static const zend_long supported = WSERVER_HOOK_TCP_VALUE | WSERVER_HOOK_UDP_VALUE |
                                   WSERVER_HOOK_UNIX_VALUE | WSERVER_HOOK_UDG_VALUE |
#ifdef HAVE_WSERVER_OPENSSL
                                   WSERVER_HOOK_SSL_VALUE | WSERVER_HOOK_TLS_VALUE |
#endif
                                   WSERVER_HOOK_STREAM_FUNCTION_VALUE | WSERVER_HOOK_SLEEP_VALUE;
static zend_long enabled;

PHP_INI_BEGIN()
PHP_INI_ENTRY("wserver.hook_io", "0", PHP_INI_SYSTEM, NULL)
PHP_INI_END()

zend_long wserver_hook_flags(void)
{
	return enabled;
}

static void apply(zend_long flags)
{
	enabled = flags & supported;
	wserver_hook_streams(enabled);
	wserver_hook_functions(enabled);
}

bool wserver_hooks_set(zend_long flags)
{
	if (flags < 0) {
		zend_argument_value_error(1, "must be 0 or a combination of WSERVER_HOOK_* flags");
		return false;
	}
	apply(flags);
	return true;
}

ZEND_METHOD(WServer_Runtime, enableCoroutine)
{
	zend_long flags = WSERVER_HOOK_ALL_VALUE;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();
	if (!wserver_hooks_set(flags)) {
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Runtime, setHookFlags)
{
	zend_long flags;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();
	if (!wserver_hooks_set(flags)) {
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Runtime, getHookFlags)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(enabled);
}

/* wserver.hook_io: a number of WSERVER_HOOK_* flags (the constants are not known yet when php.ini
 * is read), or "all", "On" or 1 for WSERVER_HOOK_ALL (bit 0 is no hook). -1 when it is neither
 * (warned). */
static zend_long read_ini(void)
{
	const char *v = INI_STR("wserver.hook_io");
	if (!v || !*v) {
		return 0;
	}
	if (strcasecmp(v, "all") == 0 || strcmp(v, "1") == 0) {
		return WSERVER_HOOK_ALL_VALUE;
	}
	char *end;
	long flags = strtol(v, &end, 0);
	if (*end != '\0' || flags < 0) {
		zend_error(E_WARNING,
		           "wserver.hook_io: \"%s\" is not a combination of WSERVER_HOOK_* flags (a "
		           "number, or \"all\"); no hooks enabled",
		           v);
		return -1;
	}
	return flags;
}

static zend_long ini_flags; /* read at MINIT: the setting is PHP_INI_SYSTEM */

void wserver_hooks_minit(int module_number)
{
	zend_register_ini_entries(ini_entries, module_number);
	ini_flags = read_ini();
	register_hooks_symbols(module_number);
	register_class_WServer_Runtime();
}

void wserver_hooks_rinit(void)
{
	if (ini_flags > 0) {
		apply(ini_flags);
	}
}

void wserver_hooks_rshutdown(void)
{
	apply(0);
}
