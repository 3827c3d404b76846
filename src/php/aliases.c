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
    {"Workerman\\Connection\\TcpConnection", "WServer\\Connection\\TcpConnection"},
    {"Workerman\\Connection\\AsyncTcpConnection", "WServer\\Connection\\AsyncTcpConnection"},
    {"Workerman\\Connection\\UdpConnection", "WServer\\Connection\\UdpConnection"},
    {"Workerman\\Connection\\AsyncUdpConnection", "WServer\\Connection\\AsyncUdpConnection"},
    {"Workerman\\Protocols\\Websocket", "WServer\\Protocols\\Websocket"},
    {"Workerman\\Protocols\\Http\\Request", "WServer\\Protocols\\Http\\Request"},
    {"Workerman\\Protocols\\Http\\Response", "WServer\\Protocols\\Http\\Response"},
    {"Workerman\\Protocols\\Http\\Chunk", "WServer\\Protocols\\Http\\Chunk"},
    {"Workerman\\Protocols\\Http\\ServerSentEvents", "WServer\\Protocols\\Http\\ServerSentEvents"},
};

static const alias swoole_aliases[] = {
    {"Swoole\\Exception", "WServer\\Exception"},
    {"Swoole\\Server", "WServer\\Server"},
    {"Swoole\\Server\\Port", "WServer\\Server\\Port"},
    {"Swoole\\Http\\Server", "WServer\\Http\\Server"},
    {"Swoole\\Http\\Request", "WServer\\Http\\Request"},
    {"Swoole\\Http\\Response", "WServer\\Http\\Response"},
    {"Swoole\\WebSocket\\Server", "WServer\\WebSocket\\Server"},
    {"Swoole\\WebSocket\\Frame", "WServer\\WebSocket\\Frame"},
    {"Swoole\\Client", "WServer\\Client"},
    {"Swoole\\Coroutine", "WServer\\Coroutine"},
    {"Swoole\\Coroutine\\Context", "WServer\\Coroutine\\Context"},
    {"Swoole\\Coroutine\\Channel", "WServer\\Coroutine\\Channel"},
    {"Swoole\\Coroutine\\WaitGroup", "WServer\\Coroutine\\WaitGroup"},
    {"Swoole\\Coroutine\\Socket", "WServer\\Coroutine\\Socket"},
    {"Swoole\\Coroutine\\Client", "WServer\\Coroutine\\Client"},
    /* Swoole's short names (swoole.use_shortname, on by default) */
    {"Co", "WServer\\Coroutine"},
    {"Co\\Context", "WServer\\Coroutine\\Context"},
    {"Co\\Channel", "WServer\\Coroutine\\Channel"},
    {"Co\\WaitGroup", "WServer\\Coroutine\\WaitGroup"},
    {"Co\\Socket", "WServer\\Coroutine\\Socket"},
    {"Co\\Client", "WServer\\Coroutine\\Client"},
    {"chan", "WServer\\Coroutine\\Channel"},
};

typedef struct {
	const char *word; /* as written in wserver.aliases */
	const alias *list;
	size_t count;
} alias_set;

static const alias_set sets[] = {
    {"workerman", workerman_aliases, sizeof(workerman_aliases) / sizeof(alias)},
    {"swoole", swoole_aliases, sizeof(swoole_aliases) / sizeof(alias)},
};

PHP_INI_BEGIN()
PHP_INI_ENTRY("wserver.aliases", "", PHP_INI_SYSTEM, NULL)
PHP_INI_END()

static void register_set(const alias_set *set)
{
	for (size_t i = 0; i < set->count; i++) {
		const alias *a = &set->list[i];
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

/* One word of wserver.aliases: register its set, or warn naming the word. */
static void apply_word(const char *word, size_t len)
{
	for (size_t i = 0; i < sizeof(sets) / sizeof(sets[0]); i++) {
		if (strlen(sets[i].word) == len && strncasecmp(sets[i].word, word, len) == 0) {
			register_set(&sets[i]);
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
			apply_word(list, len);
		}
		list += len;
	}
}

void wserver_aliases_mshutdown(int type, int module_number)
{
	UNREGISTER_INI_ENTRIES();
}
