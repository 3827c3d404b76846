/* wserver.aliases: the peers' class names (Workerman\..., Swoole\..., Co\...) as aliases of
 * ours, registered once in MINIT. PHP's class_alias() refuses internal classes, so an app
 * written for a peer runs unchanged only if the extension registers them itself; composer's
 * autoloader then never loads the peer's PHP sources, since the classes already exist. */
#include "php.h"
#include "php_ini.h"
#include "zend_ini.h"
#include "aliases.h"

typedef struct {
	const char *peer; /* the name apps use */
	const char *ours; /* the class it stands for */
} alias;

static const alias workerman_aliases[] = {
    {"Workerman\\Worker", "WServer\\Worker"},
    {"Workerman\\Timer", "WServer\\Timer"},
    {"Workerman\\Autoloader", "WServer\\Autoloader"},
    {"Workerman\\Connection\\ConnectionInterface", "WServer\\Connection\\ConnectionInterface"},
    {"Workerman\\Connection\\TcpConnection", "WServer\\Connection\\TcpConnection"},
    {"Workerman\\Connection\\AsyncTcpConnection", "WServer\\Connection\\AsyncTcpConnection"},
    {"Workerman\\Connection\\UdpConnection", "WServer\\Connection\\UdpConnection"},
    {"Workerman\\Connection\\AsyncUdpConnection", "WServer\\Connection\\AsyncUdpConnection"},
    {"Workerman\\Protocols\\ProtocolInterface", "WServer\\Protocols\\ProtocolInterface"},
    {"Workerman\\Protocols\\Text", "WServer\\Protocols\\Text"},
    {"Workerman\\Protocols\\Frame", "WServer\\Protocols\\Frame"},
    {"Workerman\\Protocols\\Http", "WServer\\Protocols\\Http"},
    {"Workerman\\Protocols\\Websocket", "WServer\\Protocols\\Websocket"},
    {"Workerman\\Protocols\\Ws", "WServer\\Protocols\\Ws"},
    {"Workerman\\Protocols\\Http\\Request", "WServer\\Protocols\\Http\\Request"},
    {"Workerman\\Protocols\\Http\\Session", "WServer\\Protocols\\Http\\Session"},
    {"Workerman\\Protocols\\Http\\Session\\SessionHandlerInterface",
     "WServer\\Protocols\\Http\\Session\\SessionHandlerInterface"},
    {"Workerman\\Protocols\\Http\\Session\\FileSessionHandler",
     "WServer\\Protocols\\Http\\Session\\FileSessionHandler"},
    {"Workerman\\Protocols\\Http\\Session\\RedisSessionHandler",
     "WServer\\Protocols\\Http\\Session\\RedisSessionHandler"},
    {"Workerman\\Protocols\\Http\\Session\\RedisClusterSessionHandler",
     "WServer\\Protocols\\Http\\Session\\RedisClusterSessionHandler"},
    {"Workerman\\Protocols\\Http\\Response", "WServer\\Protocols\\Http\\Response"},
    {"Workerman\\Protocols\\Http\\Chunk", "WServer\\Protocols\\Http\\Chunk"},
    {"Workerman\\Protocols\\Http\\ServerSentEvents", "WServer\\Protocols\\Http\\ServerSentEvents"},
    {"Workerman\\Events\\EventInterface", "WServer\\Events\\EventInterface"},
    {"Workerman\\Events\\Select", "WServer\\Events\\Loop"},
    {"Workerman\\Events\\Event", "WServer\\Events\\Loop"},
    {"Workerman\\Events\\Ev", "WServer\\Events\\Loop"},
    {"Workerman\\Events\\Fiber", "WServer\\Events\\Loop"},
    {"Workerman\\Events\\Swoole", "WServer\\Events\\Loop"},
    {"Workerman\\Events\\Swow", "WServer\\Events\\Loop"},
};

static const alias swoole_aliases[] = {
    {"Swoole\\Exception", "WServer\\Exception"},
    {"Swoole\\Server", "WServer\\Server"},
    {"Swoole\\Server\\Port", "WServer\\Server\\Port"},
    {"Swoole\\Connection\\Iterator", "WServer\\Server\\ConnectionIterator"},
    {"Swoole\\Server\\Task", "WServer\\Server\\Task"},
    {"Swoole\\Constant", "WServer\\Constant"},
    {"Swoole\\Http\\Server", "WServer\\Http\\Server"},
    {"Swoole\\Http\\Request", "WServer\\Http\\Request"},
    {"Swoole\\Http\\Response", "WServer\\Http\\Response"},
    {"Swoole\\WebSocket\\Server", "WServer\\WebSocket\\Server"},
    {"Swoole\\WebSocket\\Frame", "WServer\\WebSocket\\Frame"},
    {"Swoole\\Client", "WServer\\Client"},
    {"Swoole\\Coroutine", "WServer\\Coroutine"},
    {"Swoole\\Event", "WServer\\Event"},
    {"Swoole\\Runtime", "WServer\\Runtime"},
    {"Swoole\\Coroutine\\Context", "WServer\\Coroutine\\Context"},
    {"Swoole\\Coroutine\\Channel", "WServer\\Coroutine\\Channel"},
    {"Swoole\\Coroutine\\WaitGroup", "WServer\\Coroutine\\WaitGroup"},
    {"Swoole\\Coroutine\\Socket", "WServer\\Coroutine\\Socket"},
    {"Swoole\\Coroutine\\Client", "WServer\\Coroutine\\Client"},
    {"Swoole\\Process", "WServer\\Process"},
    {"Swoole\\Atomic", "WServer\\Atomic"},
    {"Swoole\\Atomic\\Long", "WServer\\Atomic\\Long"},
    /* Swoole's short names (swoole.use_shortname, on by default) */
    {"Co", "WServer\\Coroutine"},
    {"Co\\Context", "WServer\\Coroutine\\Context"},
    {"Co\\Channel", "WServer\\Coroutine\\Channel"},
    {"Co\\WaitGroup", "WServer\\Coroutine\\WaitGroup"},
    {"Co\\Socket", "WServer\\Coroutine\\Socket"},
    {"Co\\Client", "WServer\\Coroutine\\Client"},
    {"chan", "WServer\\Coroutine\\Channel"},
};

static const alias swoole_functions[] = {
    {"go", "WServer\\go"},
    {"Swoole\\Coroutine\\go", "WServer\\go"},
    {"Co\\go", "WServer\\go"},
    {"Swoole\\Coroutine\\run", "WServer\\Coroutine\\run"},
    {"Co\\run", "WServer\\Coroutine\\run"},
    {"swoole_cpu_num", "WServer\\cpu_num"},
    {"swoole_errno", "WServer\\errno"},
    {"swoole_last_error", "WServer\\last_error"},
    {"swoole_async_set", "WServer\\async_set"},
};

/* Swoole's short spellings of socket types, besides SWOOLE_SOCK_* */
static const alias swoole_constants[] = {
    {"SWOOLE_TCP", "WSERVER_SOCK_TCP"},
    {"SWOOLE_UDP", "WSERVER_SOCK_UDP"},
    {"SWOOLE_TCP6", "WSERVER_SOCK_TCP6"},
    {"SWOOLE_UDP6", "WSERVER_SOCK_UDP6"},
    {"SWOOLE_UNIX_STREAM", "WSERVER_SOCK_UNIX_STREAM"},
    {"SWOOLE_UNIX_DGRAM", "WSERVER_SOCK_UNIX_DGRAM"},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct {
	const char *word;      /* as written in wserver.aliases */
	const char *extension; /* the peer's own extension: when it is loaded, it keeps its names */
	const alias *classes;
	size_t nclasses;
	const alias *functions;
	size_t nfunctions;
	const char *prefix; /* every WSERVER_X constant is also PREFIX_X; NULL: none */
	const alias *constants;
	size_t nconstants;
} alias_set;

static const alias_set sets[] = {
    {"workerman", NULL, workerman_aliases, COUNT(workerman_aliases), NULL, 0, NULL, NULL, 0},
    {"swoole", "swoole", swoole_aliases, COUNT(swoole_aliases), swoole_functions,
     COUNT(swoole_functions), "SWOOLE_", swoole_constants, COUNT(swoole_constants)},
};

PHP_INI_BEGIN()
PHP_INI_ENTRY("wserver.aliases", "", PHP_INI_SYSTEM, NULL)
PHP_INI_END()

static void register_classes(const alias_set *set)
{
	for (size_t i = 0; i < set->nclasses; i++) {
		const alias *a = &set->classes[i];
		zend_string *lc = zend_string_tolower(zend_string_init(a->ours, strlen(a->ours), 0));
		zend_class_entry *ce = zend_hash_find_ptr(CG(class_table), lc);
		zend_string_release(lc);
		/* every name in the tables is one of ours, registered before this runs */
		ZEND_ASSERT(ce != NULL);
		if (ce && zend_register_class_alias_ex(a->peer, strlen(a->peer), ce, true) == FAILURE) {
			zend_error(E_WARNING, "wserver.aliases: cannot register %s: the name is taken",
			           a->peer);
		}
	}
}

/* A second name for one of our internal functions: the same handler and argument info. */
static void register_functions(const alias_set *set)
{
	for (size_t i = 0; i < set->nfunctions; i++) {
		const alias *a = &set->functions[i];
		zend_string *lc = zend_string_tolower(zend_string_init(a->ours, strlen(a->ours), 0));
		zend_function *f = zend_hash_find_ptr(CG(function_table), lc);
		zend_string_release(lc);
		ZEND_ASSERT(f && f->type == ZEND_INTERNAL_FUNCTION);
		if (!f) {
			continue;
		}
		/* the registered arg_info skips its return-type entry, and num_args the variadic */
		uint32_t argc =
		    f->internal_function.num_args + ((f->common.fn_flags & ZEND_ACC_VARIADIC) ? 1 : 0);
		const zend_function_entry fe[] = {
		    {a->peer, f->internal_function.handler, f->internal_function.arg_info - 1, argc, 0},
		    ZEND_FE_END};
		if (zend_register_functions(NULL, fe, NULL, MODULE_PERSISTENT) == FAILURE) {
			zend_error(E_WARNING, "wserver.aliases: cannot register %s(): the name is taken",
			           a->peer);
		}
	}
}

static void register_constant(const char *name, size_t len, zend_long value, int module_number)
{
	if (zend_get_constant_str(name, len)) {
		return; /* defined already: ours under both spellings, or the peer's */
	}
	zend_register_long_constant(name, len, value, CONST_PERSISTENT, module_number);
}

/* PREFIX_X for each of our WSERVER_X, then the set's own spellings. */
static void register_constants(const alias_set *set, int module_number)
{
	if (!set->prefix) {
		return;
	}
	zend_constant *c;
	zend_string *names[128];
	zend_long values[128];
	size_t n = 0;
	ZEND_HASH_FOREACH_PTR(EG(zend_constants), c)
	{
		if (ZEND_CONSTANT_MODULE_NUMBER(c) == (uint32_t) module_number &&
		    Z_TYPE(c->value) == IS_LONG && zend_string_starts_with_literal(c->name, "WSERVER_") &&
		    n < 128) {
			names[n] = c->name;
			values[n++] = Z_LVAL(c->value);
		}
	}
	ZEND_HASH_FOREACH_END();
	ZEND_ASSERT(n < 128);
	for (size_t i = 0; i < n; i++) {
		char name[128];
		int len = snprintf(name, sizeof(name), "%s%s", set->prefix,
		                   ZSTR_VAL(names[i]) + strlen("WSERVER_"));
		register_constant(name, (size_t) len, values[i], module_number);
	}
	for (size_t i = 0; i < set->nconstants; i++) {
		zval *v = zend_get_constant_str(set->constants[i].ours, strlen(set->constants[i].ours));
		ZEND_ASSERT(v && Z_TYPE_P(v) == IS_LONG);
		if (v) {
			register_constant(set->constants[i].peer, strlen(set->constants[i].peer), Z_LVAL_P(v),
			                  module_number);
		}
	}
}

/* Whether the workerman set is registered: $protocol then names Workerman's classes. */
static bool workerman_names;

bool wserver_aliases_workerman(void)
{
	return workerman_names;
}

static void register_set(const alias_set *set, int module_number)
{
	if (set->extension &&
	    zend_hash_str_exists(&module_registry, set->extension, strlen(set->extension))) {
		zend_error(E_WARNING,
		           "wserver.aliases: the %s extension is loaded, so its own names stay; "
		           "%s is ignored",
		           set->extension, set->word);
		return;
	}
	register_classes(set);
	if (set->classes == workerman_aliases) {
		workerman_names = true;
	}
	register_functions(set);
	register_constants(set, module_number);
	if (set->classes == swoole_aliases) {
		/* the short names (Co, go(), chan) are always registered: what swoole.use_shortname=On says
		 */
		zend_register_bool_constant("SWOOLE_USE_SHORTNAME", strlen("SWOOLE_USE_SHORTNAME"), true,
		                            CONST_PERSISTENT, module_number);
	}
}

/* One word of wserver.aliases: register its set, or warn naming the word. */
static void apply_word(const char *word, size_t len, int module_number)
{
	for (size_t i = 0; i < sizeof(sets) / sizeof(sets[0]); i++) {
		if (strlen(sets[i].word) == len && strncasecmp(sets[i].word, word, len) == 0) {
			register_set(&sets[i], module_number);
			return;
		}
	}
	zend_error(E_WARNING,
	           "wserver.aliases: unknown value \"%.*s\" (expected workerman, swoole, or both "
	           "comma-separated)",
	           (int) len, word);
}

void wserver_aliases_minit(int type, int module_number)
{
	REGISTER_INI_ENTRIES();
	const char *list = INI_STR("wserver.aliases");
	while (list && *list) {
		list += strspn(list, " \t,");
		size_t len = strcspn(list, " \t,");
		if (len > 0) {
			apply_word(list, len, module_number);
		}
		list += len;
	}
}

void wserver_aliases_mshutdown(int type, int module_number)
{
	UNREGISTER_INI_ENTRIES();
}
