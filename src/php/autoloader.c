/* WServer\Autoloader: Workerman 4's loader, which start files of that age still call
 * (GatewayWorker: Autoloader::setRootPath(__DIR__)). A class Name\Space\Class loads from
 * ROOT/Name/Space/Class.php. */
#include "autoloader.h"

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"

#include "stubs/autoloader_arginfo.h"

static zend_string *root_path; /* NULL until setRootPath() */
static bool registered;        /* with spl_autoload_register(), this request */

ZEND_METHOD(WServer_Autoloader, setRootPath)
{
	zend_string *path;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(path)
	ZEND_PARSE_PARAMETERS_END();
	if (root_path) {
		zend_string_release(root_path);
	}
	root_path = zend_string_copy(path);
	if (registered) {
		return;
	}
	zval fn, loader, rv;
	ZVAL_STRING(&fn, "spl_autoload_register");
	ZVAL_STRING(&loader, "WServer\\Autoloader::loadByNamespace");
	if (call_user_function(NULL, NULL, &fn, &rv, 1, &loader) == SUCCESS) {
		registered = zend_is_true(&rv);
		zval_ptr_dtor(&rv);
	}
	zval_ptr_dtor(&fn);
	zval_ptr_dtor(&loader);
}

ZEND_METHOD(WServer_Autoloader, loadByNamespace)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	if (!root_path || ZSTR_LEN(name) == 0 || strstr(ZSTR_VAL(name), "..")) {
		RETURN_FALSE;
	}
	zend_string *file = zend_strpprintf(0, "%s/%s.php", ZSTR_VAL(root_path), ZSTR_VAL(name));
	for (char *p = ZSTR_VAL(file) + ZSTR_LEN(root_path); *p; p++) {
		if (*p == '\\') {
			*p = '/';
		}
	}
	zend_stat_t st;
	bool found = VCWD_STAT(ZSTR_VAL(file), &st) == 0 && S_ISREG(st.st_mode);
	if (found) {
		/* require_once itself (its once-only bookkeeping is not exported): the path quoted */
		smart_str code = {0};
		smart_str_appends(&code, "require_once '");
		for (const char *p = ZSTR_VAL(file); *p; p++) {
			if (*p == '\\' || *p == '\'') {
				smart_str_appendc(&code, '\\');
			}
			smart_str_appendc(&code, *p);
		}
		smart_str_appends(&code, "';");
		smart_str_0(&code);
		zend_eval_stringl(ZSTR_VAL(code.s), ZSTR_LEN(code.s), NULL, "WServer\\Autoloader");
		smart_str_free(&code);
	}
	zend_string_release(file);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(found && zend_lookup_class_ex(name, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD));
}

void wserver_autoloader_minit(void)
{
	register_class_WServer_Autoloader();
}

void wserver_autoloader_rshutdown(void)
{
	if (root_path) {
		zend_string_release(root_path);
		root_path = NULL;
	}
	registered = false;
}
