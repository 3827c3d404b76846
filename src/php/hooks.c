/* WServer\Runtime: the hook flags (Swoole's Runtime::enableCoroutine()). Each hook this build
 * has is one bit of `supported`; a flag outside it is ignored, as Swoole ignores what it was
 * built without, and getHookFlags() tells what is in effect. */
#include "php.h"
#include "hooks.h"
#include "stubs/hooks_arginfo.h"

static zend_long supported; /* no I/O hook yet */
static zend_long enabled;

static bool set_flags(zend_long flags)
{
	if (flags < 0) {
		zend_argument_value_error(1, "must be 0 or a combination of WSERVER_HOOK_* flags");
		return false;
	}
	enabled = flags & supported;
	return true;
}

ZEND_METHOD(WServer_Runtime, enableCoroutine)
{
	zend_long flags = WSERVER_HOOK_ALL_VALUE;
	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();
	if (!set_flags(flags)) {
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
	if (!set_flags(flags)) {
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

ZEND_METHOD(WServer_Runtime, getHookFlags)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(enabled);
}

void wserver_hooks_minit(int module_number)
{
	register_hooks_symbols(module_number);
	register_class_WServer_Runtime();
}

void wserver_hooks_rshutdown(void)
{
	enabled = 0;
}
