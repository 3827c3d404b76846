/* wserver.aliases: the peers' class names (Workerman\..., Swoole\..., Co\...) as aliases of
 * ours, registered once in MINIT. PHP's class_alias() refuses internal classes, so an app
 * written for a peer runs unchanged only if the extension registers them itself; composer's
 * autoloader then never loads the peer's PHP sources, since the classes already exist. */
#include "php.h"
#include "php_ini.h"
#include "zend_ini.h"
#include "aliases.h"
#include "system.h"
#include "proto/mime.h"
#include "proto/http.h"

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
    {"Swoole\\Error", "WServer\\Error"},
    {"Swoole\\ExitException", "WServer\\ExitException"},
    {"Swoole\\Server", "WServer\\Server"},
    {"Swoole\\Server\\Port", "WServer\\Server\\Port"},
    {"Swoole\\Connection\\Iterator", "WServer\\Server\\ConnectionIterator"},
    {"Swoole\\Server\\Task", "WServer\\Server\\Task"},
    {"Swoole\\Server\\Event", "WServer\\Server\\Event"},
    {"Swoole\\Server\\Packet", "WServer\\Server\\Packet"},
    {"Swoole\\Server\\PipeMessage", "WServer\\Server\\PipeMessage"},
    {"Swoole\\Server\\StatusInfo", "WServer\\Server\\StatusInfo"},
    {"Swoole\\Server\\TaskResult", "WServer\\Server\\TaskResult"},
    {"Swoole\\Constant", "WServer\\Constant"},
    {"Swoole\\Http\\Server", "WServer\\Http\\Server"},
    {"Swoole\\Http\\Request", "WServer\\Http\\Request"},
    {"Swoole\\Http\\Response", "WServer\\Http\\Response"},
    {"Swoole\\WebSocket\\Server", "WServer\\WebSocket\\Server"},
    {"Swoole\\WebSocket\\Frame", "WServer\\WebSocket\\Frame"},
    {"Swoole\\WebSocket\\CloseFrame", "WServer\\WebSocket\\CloseFrame"},
    {"Swoole\\Http\\Cookie", "WServer\\Http\\Cookie"},
    {"Swoole\\Client", "WServer\\Client"},
    {"Swoole\\Coroutine", "WServer\\Coroutine"},
    {"Swoole\\Event", "WServer\\Event"},
    {"Swoole\\Runtime", "WServer\\Runtime"},
    {"Swoole\\Coroutine\\Context", "WServer\\Coroutine\\Context"},
    {"Swoole\\Coroutine\\Channel", "WServer\\Coroutine\\Channel"},
    {"Swoole\\Coroutine\\WaitGroup", "WServer\\Coroutine\\WaitGroup"},
    {"Swoole\\Coroutine\\Socket", "WServer\\Coroutine\\Socket"},
    {"Swoole\\Coroutine\\Client", "WServer\\Coroutine\\Client"},
    {"Swoole\\Coroutine\\Iterator", "WServer\\Coroutine\\Iterator"},
    {"Swoole\\Coroutine\\CanceledException", "WServer\\Coroutine\\CanceledException"},
    {"Swoole\\Coroutine\\TimeoutException", "WServer\\Coroutine\\TimeoutException"},
    {"Co\\Iterator", "WServer\\Coroutine\\Iterator"},
    {"Swoole\\Coroutine\\System", "WServer\\Coroutine\\System"},
    {"Co\\System", "WServer\\Coroutine\\System"},
    {"Swoole\\Coroutine\\Scheduler", "WServer\\Coroutine\\Scheduler"},
    {"Co\\Scheduler", "WServer\\Coroutine\\Scheduler"},
    {"Swoole\\Timer", "WServer\\Timer"},
    {"Swoole\\Timer\\Iterator", "WServer\\Timer\\Iterator"},
    {"Swoole\\Process", "WServer\\Process"},
    {"Swoole\\Atomic", "WServer\\Atomic"},
    {"Swoole\\Atomic\\Long", "WServer\\Atomic\\Long"},
    {"Swoole\\Table", "WServer\\Table"},
    {"Swoole\\Lock", "WServer\\Lock"},
    /* Swoole's PHP library (swoole_string(), swoole_array()...) */
    {"Swoole\\StringObject", "WServer\\StringObject"},
    {"Swoole\\MultibyteStringObject", "WServer\\MultibyteStringObject"},
    {"Swoole\\ArrayObject", "WServer\\ArrayObject"},
    {"Swoole\\Exception\\ArrayKeyNotExists", "WServer\\Exception\\ArrayKeyNotExists"},
    /* Swoole's short names (swoole.use_shortname, on by default) */
    {"Co", "WServer\\Coroutine"},
    {"Co\\Context", "WServer\\Coroutine\\Context"},
    {"Co\\Channel", "WServer\\Coroutine\\Channel"},
    {"Co\\WaitGroup", "WServer\\Coroutine\\WaitGroup"},
    {"Co\\Socket", "WServer\\Coroutine\\Socket"},
    {"Co\\Client", "WServer\\Coroutine\\Client"},
    {"chan", "WServer\\Coroutine\\Channel"},
    /* coroutine HTTP client and servers */
    {"Swoole\\Coroutine\\Http\\Client", "WServer\\Coroutine\\Http\\Client"},
    {"Swoole\\Coroutine\\Http\\Client\\Exception", "WServer\\Coroutine\\Http\\Client\\Exception"},
    {"Co\\Http\\Client", "WServer\\Coroutine\\Http\\Client"},
    {"Co\\Http\\Client\\Exception", "WServer\\Coroutine\\Http\\Client\\Exception"},
    {"Swoole\\Coroutine\\Http\\ClientProxy", "WServer\\Coroutine\\Http\\ClientProxy"},
    {"Swoole\\Coroutine\\Server", "WServer\\Coroutine\\Server"},
    {"Swoole\\Coroutine\\Server\\Connection", "WServer\\Coroutine\\Server\\Connection"},
    {"Co\\Server", "WServer\\Coroutine\\Server"},
    {"Co\\Server\\Connection", "WServer\\Coroutine\\Server\\Connection"},
    {"Swoole\\Coroutine\\Http\\Server", "WServer\\Coroutine\\Http\\Server"},
    {"Co\\Http\\Server", "WServer\\Coroutine\\Http\\Server"},
};

static const alias swoole_functions[] = {
    {"go", "WServer\\go"},
    {"Swoole\\Coroutine\\go", "WServer\\go"},
    {"Co\\go", "WServer\\go"},
    {"Swoole\\Coroutine\\run", "WServer\\Coroutine\\run"},
    {"Co\\run", "WServer\\Coroutine\\run"},
    {"Swoole\\Coroutine\\Http\\request", "WServer\\Coroutine\\Http\\request"},
    {"Swoole\\Coroutine\\Http\\get", "WServer\\Coroutine\\Http\\get"},
    {"Swoole\\Coroutine\\Http\\post", "WServer\\Coroutine\\Http\\post"},
    {"swoole_cpu_num", "WServer\\cpu_num"},
    {"swoole_errno", "WServer\\errno"},
    {"swoole_last_error", "WServer\\last_error"},
    {"swoole_clear_error", "WServer\\clear_error"},
    {"swoole_async_set", "WServer\\async_set"},
    {"defer", "WServer\\defer"},
    {"Swoole\\Coroutine\\defer", "WServer\\defer"},
    {"Co\\defer", "WServer\\defer"},
    {"swoole_async_dns_lookup_coro", "WServer\\Coroutine\\dns_lookup"},
    {"swoole_coroutine_gethostbyname", "WServer\\Coroutine\\gethostbyname"},
    {"swoole_event_add", "WServer\\Event::add"},
    {"swoole_event_set", "WServer\\Event::set"},
    {"swoole_event_del", "WServer\\Event::del"},
    {"swoole_event_isset", "WServer\\Event::isset"},
    {"swoole_event_write", "WServer\\Event::write"},
    {"swoole_event_wait", "WServer\\Event::wait"},
    {"swoole_event_exit", "WServer\\Event::exit"},
    {"swoole_event_defer", "WServer\\Event::defer"},
    {"swoole_event_cycle", "WServer\\Event::cycle"},
    {"swoole_event_dispatch", "WServer\\Event::dispatch"},
    {"swoole_timer_tick", "WServer\\Timer::tick"},
    {"swoole_timer_after", "WServer\\Timer::after"},
    {"swoole_timer_exists", "WServer\\Timer::exists"},
    {"swoole_timer_info", "WServer\\Timer::info"},
    {"swoole_timer_stats", "WServer\\Timer::stats"},
    {"swoole_timer_list", "WServer\\Timer::list"},
    {"swoole_timer_clear", "WServer\\Timer::clear"},
    {"swoole_timer_clear_all", "WServer\\Timer::clearAll"},
    {"swoole_version", "WServer\\swoole_api_version"},
    {"swoole_strerror", "WServer\\strerror"},
    {"swoole_error_log", "WServer\\error_log"},
    {"swoole_error_log_ex", "WServer\\error_log_ex"},
    {"swoole_ignore_error", "WServer\\ignore_error"},
    {"swoole_set_process_name", "WServer\\set_process_name"},
    {"swoole_get_local_ip", "WServer\\get_local_ip"},
    {"swoole_get_local_mac", "WServer\\get_local_mac"},
    {"swoole_hashcode", "WServer\\hashcode"},
    {"swoole_mime_type_add", "WServer\\mime_type_add"},
    {"swoole_mime_type_set", "WServer\\mime_type_set"},
    {"swoole_mime_type_delete", "WServer\\mime_type_delete"},
    {"swoole_mime_type_get", "WServer\\mime_type_get"},
    {"swoole_mime_type_exists", "WServer\\mime_type_exists"},
    {"swoole_mime_type_list", "WServer\\mime_type_list"},
    {"swoole_clear_dns_cache", "WServer\\clear_dns_cache"},
    {"swoole_substr_unserialize", "WServer\\substr_unserialize"},
    {"swoole_substr_json_decode", "WServer\\substr_json_decode"},
    {"swoole_string", "WServer\\string_object"},
    {"swoole_mbstring", "WServer\\mbstring_object"},
    {"swoole_array", "WServer\\array_object"},
    {"swoole_array_list", "WServer\\array_list"},
    {"swoole_array_default_value", "WServer\\array_default_value"},
    {"swoole_table", "WServer\\table"},
    /* the library's short names, as with swoole.use_shortname */
    {"_string", "WServer\\string_object"},
    {"_mbstring", "WServer\\mbstring_object"},
    {"_array", "WServer\\array_object"},
};

/* Swoole's short spellings of socket types, besides SWOOLE_SOCK_* */
static const alias swoole_constants[] = {
    {"SWOOLE_TCP", "WSERVER_SOCK_TCP"},
    {"SWOOLE_UDP", "WSERVER_SOCK_UDP"},
    {"SWOOLE_TCP6", "WSERVER_SOCK_TCP6"},
    {"SWOOLE_UDP6", "WSERVER_SOCK_UDP6"},
    {"SWOOLE_UNIX_STREAM", "WSERVER_SOCK_UNIX_STREAM"},
    {"SWOOLE_UNIX_DGRAM", "WSERVER_SOCK_UNIX_DGRAM"},
    {"SOCKET_ECANCELED", "WSERVER_SOCKET_ECANCELED"},
};

typedef struct {
	const char *name;
	zend_long value;
} named_value;

/* Swoole's trace flags, with Swoole's values, for the 'trace_flags' option Coroutine::set() and
 * Server::set() keep: only Swoole's debug builds print traces, and wserver prints none. */
static const named_value swoole_trace_flags[] = {
    {"SWOOLE_TRACE_SERVER", 1LL << 1},
    {"SWOOLE_TRACE_CLIENT", 1LL << 2},
    {"SWOOLE_TRACE_BUFFER", 1LL << 3},
    {"SWOOLE_TRACE_CONN", 1LL << 4},
    {"SWOOLE_TRACE_EVENT", 1LL << 5},
    {"SWOOLE_TRACE_WORKER", 1LL << 6},
    {"SWOOLE_TRACE_MEMORY", 1LL << 7},
    {"SWOOLE_TRACE_REACTOR", 1LL << 8},
    {"SWOOLE_TRACE_PHP", 1LL << 9},
    {"SWOOLE_TRACE_HTTP", 1LL << 10},
    {"SWOOLE_TRACE_HTTP2", 1LL << 11},
    {"SWOOLE_TRACE_EOF_PROTOCOL", 1LL << 12},
    {"SWOOLE_TRACE_LENGTH_PROTOCOL", 1LL << 13},
    {"SWOOLE_TRACE_CLOSE", 1LL << 14},
    {"SWOOLE_TRACE_WEBSOCKET", 1LL << 15},
    {"SWOOLE_TRACE_REDIS_CLIENT", 1LL << 16},
    {"SWOOLE_TRACE_MYSQL_CLIENT", 1LL << 17},
    {"SWOOLE_TRACE_HTTP_CLIENT", 1LL << 18},
    {"SWOOLE_TRACE_AIO", 1LL << 19},
    {"SWOOLE_TRACE_SSL", 1LL << 20},
    {"SWOOLE_TRACE_NORMAL", 1LL << 21},
    {"SWOOLE_TRACE_CHANNEL", 1LL << 22},
    {"SWOOLE_TRACE_TIMER", 1LL << 23},
    {"SWOOLE_TRACE_SOCKET", 1LL << 24},
    {"SWOOLE_TRACE_COROUTINE", 1LL << 25},
    {"SWOOLE_TRACE_CONTEXT", 1LL << 26},
    {"SWOOLE_TRACE_CO_HTTP_SERVER", 1LL << 27},
    {"SWOOLE_TRACE_TABLE", 1LL << 28},
    {"SWOOLE_TRACE_CO_CURL", 1LL << 29},
    {"SWOOLE_TRACE_CARES", 1LL << 30},
    {"SWOOLE_TRACE_ZLIB", 1LL << 31},
    {"SWOOLE_TRACE_CO_PGSQL", 1LL << 32},
    {"SWOOLE_TRACE_CO_ODBC", 1LL << 33},
    {"SWOOLE_TRACE_CO_ORACLE", 1LL << 34},
    {"SWOOLE_TRACE_CO_SQLITE", 1LL << 35},
    {"SWOOLE_TRACE_CO_FIREBIRD", 1LL << 36},
    {"SWOOLE_TRACE_CO_SSH2", 1LL << 37},
    {"SWOOLE_TRACE_THREAD", 1LL << 40},
    {"SWOOLE_TRACE_ALL", 0x7fffffffffffffffLL},
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
	const named_value *values; /* constants of the peer's own, with their values */
	size_t nvalues;
} alias_set;

static const alias_set sets[] = {
    {"workerman", NULL, workerman_aliases, COUNT(workerman_aliases), NULL, 0, NULL, NULL, 0, NULL,
     0},
    {"swoole", "swoole", swoole_aliases, COUNT(swoole_aliases), swoole_functions,
     COUNT(swoole_functions), "SWOOLE_", swoole_constants, COUNT(swoole_constants),
     swoole_trace_flags, COUNT(swoole_trace_flags)},
};

PHP_INI_BEGIN()
PHP_INI_ENTRY("wserver.aliases", "", PHP_INI_SYSTEM, NULL)
PHP_INI_END()

/* Under the Swoole names a class also answers to its Swoole name: get_class(), ::class, traces
 * and error messages say Swoole\Server as Swoole's would, which programs compare and tests
 * print. The first entry naming a class gives it; WServer\ stays a name of the class. */
static void take_peer_name(zend_class_entry *ce, const alias *a)
{
	if (strcmp(ZSTR_VAL(ce->name), a->ours) == 0) {
		ce->name = zend_string_init_interned(a->peer, strlen(a->peer), 1);
	}
}

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
		} else if (ce && set->classes == swoole_aliases) {
			take_peer_name(ce, a);
		}
	}
}

/* One of our internal functions, or a static method when name is "Class::method". */
static zend_function *find_function(const char *name)
{
	const char *sep = strstr(name, "::");
	HashTable *table = CG(function_table);
	if (sep) {
		zend_string *cls = zend_string_tolower(zend_string_init(name, sep - name, 0));
		zend_class_entry *ce = zend_hash_find_ptr(CG(class_table), cls);
		zend_string_release(cls);
		if (!ce) {
			return NULL;
		}
		table = &ce->function_table;
		name = sep + 2;
	}
	zend_string *lc = zend_string_tolower(zend_string_init(name, strlen(name), 0));
	zend_function *f = zend_hash_find_ptr(table, lc);
	zend_string_release(lc);
	return f;
}

/* zend_register_functions() reads the class names of arg_info as C strings, while those of a
 * registered function are zend_strings by now: an alias gets a copy naming them as C strings
 * (kept until MSHUTDOWN). The copy of f's arg_info with its return-type entry, or that entry
 * itself when no type names a class. */
static zend_internal_arg_info *arg_copies[24];
static size_t narg_copies;

static const zend_internal_arg_info *arg_info_for_alias(const zend_function *f, uint32_t argc)
{
	const zend_internal_arg_info *info = f->internal_function.arg_info - 1;
	bool named = false;
	for (uint32_t i = 0; i <= argc; i++) {
		ZEND_ASSERT(!ZEND_TYPE_HAS_LIST(info[i].type)); /* no union of classes in our stubs */
		named |= ZEND_TYPE_HAS_NAME(info[i].type);
	}
	if (!named || narg_copies == sizeof(arg_copies) / sizeof(arg_copies[0])) {
		ZEND_ASSERT(!named);
		return info;
	}
	zend_internal_arg_info *copy = pemalloc(sizeof(*copy) * (argc + 1), 1);
	memcpy(copy, info, sizeof(*copy) * (argc + 1));
	for (uint32_t i = 0; i <= argc; i++) {
		if (ZEND_TYPE_HAS_NAME(copy[i].type)) {
			ZEND_TYPE_SET_PTR(copy[i].type, ZSTR_VAL(ZEND_TYPE_NAME(info[i].type)));
		}
	}
	arg_copies[narg_copies++] = copy;
	return copy;
}

/* A second name for one of our internal functions (or static methods, which use no $this):
 * the same handler and argument info. */
static void register_functions(const alias_set *set)
{
	for (size_t i = 0; i < set->nfunctions; i++) {
		const alias *a = &set->functions[i];
		zend_function *f = find_function(a->ours);
		ZEND_ASSERT(f && f->type == ZEND_INTERNAL_FUNCTION);
		if (!f) {
			continue;
		}
		/* the registered arg_info skips its return-type entry, and num_args the variadic */
		uint32_t argc =
		    f->internal_function.num_args + ((f->common.fn_flags & ZEND_ACC_VARIADIC) ? 1 : 0);
		const zend_function_entry fe[] = {
		    {a->peer, f->internal_function.handler, arg_info_for_alias(f, argc), argc, 0},
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
	zend_string *names[256];
	zend_long values[256];
	size_t n = 0;
	ZEND_HASH_FOREACH_PTR(EG(zend_constants), c)
	{
		if (ZEND_CONSTANT_MODULE_NUMBER(c) == (uint32_t) module_number &&
		    Z_TYPE(c->value) == IS_LONG && zend_string_starts_with_literal(c->name, "WSERVER_") &&
		    n < 256) {
			names[n] = c->name;
			values[n++] = Z_LVAL(c->value);
		}
	}
	ZEND_HASH_FOREACH_END();
	ZEND_ASSERT(n < 256);
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
	for (size_t i = 0; i < set->nvalues; i++) {
		register_constant(set->values[i].name, strlen(set->values[i].name), set->values[i].value,
		                  module_number);
	}
}

/* Whether the workerman set is registered: $protocol then names Workerman's classes. */
static bool workerman_names;

bool wserver_aliases_workerman(void)
{
	return workerman_names;
}

static bool swoole_names; /* wserver.aliases has swoole (and the swoole extension is not loaded) */

bool wserver_aliases_swoole(void)
{
	return swoole_names;
}

const char *wserver_aliases_class_name(const zend_class_entry *ce)
{
	for (size_t i = 0; swoole_names && i < COUNT(swoole_aliases); i++) {
		/* the first entry naming a class is its Swoole\ name; the short names come after */
		if (strcmp(swoole_aliases[i].ours, ZSTR_VAL(ce->name)) == 0) {
			return swoole_aliases[i].peer;
		}
	}
	return ZSTR_VAL(ce->name);
}

void wserver_aliases_warning(const zend_class_entry *ce, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg;
	zend_vspprintf(&msg, 0, fmt, ap);
	va_end(ap);
	zend_error(E_WARNING, "%s::%s(): %s", wserver_aliases_class_name(ce),
	           get_active_function_name(), msg);
	efree(msg);
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
		swoole_names = true;
		ws_mime_without_charset(); /* Swoole's media types carry no charset */
		ws_http_set_bare_rejects(true);
		/* the version of Swoole's API that wserver follows */
		zend_register_string_constant("SWOOLE_VERSION", strlen("SWOOLE_VERSION"),
		                              WSERVER_SWOOLE_API_VERSION, CONST_PERSISTENT, module_number);
		zend_register_string_constant("SWOOLE_EXTRA_VERSION", strlen("SWOOLE_EXTRA_VERSION"), "",
		                              CONST_PERSISTENT, module_number);
		register_constant(ZEND_STRL("SWOOLE_VERSION_ID"), WSERVER_SWOOLE_API_VERSION_ID,
		                  module_number);
		register_constant(ZEND_STRL("SWOOLE_MAJOR_VERSION"), WSERVER_SWOOLE_API_MAJOR,
		                  module_number);
		register_constant(ZEND_STRL("SWOOLE_MINOR_VERSION"), WSERVER_SWOOLE_API_MINOR,
		                  module_number);
		register_constant(ZEND_STRL("SWOOLE_RELEASE_VERSION"), WSERVER_SWOOLE_API_RELEASE,
		                  module_number);
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
	while (narg_copies > 0) {
		pefree(arg_copies[--narg_copies], 1);
	}
}
