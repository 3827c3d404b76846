/* Module entry: MINIT registers every class, MINFO reports versions. Nothing else. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <ev.h>
#include <zlib.h>
#ifdef HAVE_WSERVER_OPENSSL
#include <openssl/crypto.h>
#endif
#ifdef HAVE_WSERVER_BROTLI
#include <brotli/encode.h>
#endif
#ifdef HAVE_WSERVER_ZSTD
#include <zstd.h>
#endif

#include "php.h"
#include "ext/standard/info.h"
#include "php_wserver.h"
#include "php/aliases.h"
#include "php/exit_exception.h"
#include "php/autoloader.h"
#include "php/async_tcp_connection.h"
#include "php/channel.h"
#include "php/http_compress.h"
#include "php/client.h"
#include "php/http_client.h"
#include "php/http_client_functions.h"
#include "php/coroutine_server.h"
#include "php/coroutine_http_server.h"
#include "php/coro.h"
#include "php/coro_autoload.h"
#include "php/connection_interface.h"
#include "php/coroutine.h"
#include "php/hooks.h"
#include "php/connection_pool.h"
#include "php/coroutine_options.h"
#include "php/system.h"
#include "php/coroutine_system.h"
#include "php/coroutine_scheduler.h"
#include "php/errors.h"
#include "php/event.h"
#include "php/atomic.h"
#include "php/server_event_object.h"
#include "php/process.h"
#include "php/event_loop.h"
#include "php/exception.h"
#include "php/http.h"
#include "php/http_request.h"
#include "php/http_response.h"
#include "php/http_cookie.h"
#include "php/http_server.h"
#include "php/http_session.h"
#include "php/http_stream.h"
#include "php/protocols.h"
#include "php/run_all.h"
#include "php/runtime.h"
#include "php/server.h"
#include "php/session_file_handler.h"
#include "php/session_redis_handler.h"
#include "php/socket.h"
#include "php/sync_client.h"
#include "php/tcp_connection.h"
#include "php/timer.h"
#include "php/udp_connection.h"
#include "php/wait_group.h"
#include "php/table.h"
#include "php/lock.h"
#include "php/websocket.h"
#include "php/websocket_server.h"
#include "php/worker.h"

static const char *backend_name(unsigned int b)
{
	switch (b) {
	case EVBACKEND_EPOLL:
		return "epoll";
	case EVBACKEND_KQUEUE:
		return "kqueue";
	case EVBACKEND_POLL:
		return "poll";
	case EVBACKEND_SELECT:
		return "select";
	case EVBACKEND_PORT:
		return "port";
	case EVBACKEND_LINUXAIO:
		return "linuxaio";
	case EVBACKEND_IOURING:
		return "io_uring";
	default:
		return "unknown";
	}
}

/* The backend ev_loop_new(EVFLAG_AUTO) picks on this machine. */
const char *wserver_backend_name(void)
{
	unsigned int rec = ev_recommended_backends() & ev_supported_backends();
	static const unsigned int order[] = {EVBACKEND_EPOLL, EVBACKEND_KQUEUE, EVBACKEND_PORT,
	                                     EVBACKEND_POLL, EVBACKEND_SELECT};
	for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		if (rec & order[i]) {
			return backend_name(order[i]);
		}
	}
	return "unknown";
}

static PHP_MINIT_FUNCTION(wserver)
{
	wserver_exception_minit();
	wserver_exit_exception_minit(module_number);
	wserver_worker_minit();
	wserver_connection_interface_minit();
	wserver_tcp_connection_minit();
	wserver_async_tcp_connection_minit();
	wserver_udp_connection_minit();
	wserver_timer_minit(module_number);
	wserver_event_loop_minit();
	wserver_coroutine_minit();
	wserver_coro_minit();
	wserver_coro_autoload_minit();
	wserver_runtime_minit();
	wserver_http_request_minit();
	wserver_http_response_minit();
	wserver_session_file_handler_minit();
	wserver_session_redis_handler_minit();
	wserver_http_session_minit();
	wserver_http_minit();
	wserver_http_stream_minit();
	wserver_websocket_minit();
	wserver_protocols_minit(); /* after Http and Websocket: it maps their classes to codecs */
	wserver_server_minit(module_number);
	wserver_http_cookie_minit();
	wserver_http_server_minit();
	wserver_websocket_server_minit(module_number);
	wserver_channel_minit(module_number);
	wserver_wait_group_minit();
	wserver_socket_minit();
	wserver_client_minit();
	wserver_http_client_minit(module_number); /* after WebSocket\Frame and Coroutine\Socket */
	wserver_http_client_functions_minit();
	wserver_coroutine_server_minit();
	wserver_coroutine_http_server_minit();
	wserver_sync_client_minit(module_number);
	wserver_autoloader_minit();
	wserver_event_minit();
	wserver_atomic_minit();
	wserver_server_event_object_minit();
	wserver_process_minit(module_number);
	wserver_system_minit(module_number);
	wserver_coroutine_system_minit(module_number);
	wserver_coroutine_scheduler_minit();
	wserver_errors_minit(module_number);
	wserver_hooks_minit(module_number);
	wserver_connection_pool_minit();
	wserver_table_minit();
	wserver_lock_minit(module_number);
	wserver_aliases_minit(type, module_number); /* last: aliases name the classes above */
	wserver_exit_exception_hook();              /* after the aliases: only with Swoole's */
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(wserver)
{
	wserver_aliases_mshutdown(type, module_number);
	wserver_http_session_mshutdown();
	wserver_errors_mshutdown();
	wserver_http_compress_mshutdown();
	return SUCCESS;
}

static PHP_RINIT_FUNCTION(wserver)
{
	wserver_connection_interface_rinit();
	wserver_hooks_rinit();
	return SUCCESS;
}

static PHP_RSHUTDOWN_FUNCTION(wserver)
{
	wserver_worker_rshutdown();
	wserver_run_all_rshutdown();
	wserver_http_rshutdown();
	wserver_http_request_rshutdown();
	wserver_http_server_rshutdown();
	wserver_autoloader_rshutdown();
	wserver_coro_autoload_rshutdown();
	wserver_coroutine_options_rshutdown();
	wserver_hooks_rshutdown();
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(wserver)
{
	char libev[32];
	snprintf(libev, sizeof(libev), "%d.%d", ev_version_major(), ev_version_minor());
	php_info_print_table_start();
	php_info_print_table_row(2, "wserver support", "enabled");
	php_info_print_table_row(2, "Version", PHP_WSERVER_VERSION);
	php_info_print_table_row(2, "libev version", libev);
	php_info_print_table_row(2, "libev backend", wserver_backend_name());
	php_info_print_table_row(2, "zlib version", zlibVersion());
#ifdef HAVE_WSERVER_OPENSSL
	php_info_print_table_row(2, "OpenSSL version", OpenSSL_version(OPENSSL_VERSION));
#else
	php_info_print_table_row(2, "OpenSSL version", "built without (--without-wserver-openssl)");
#endif
#ifdef HAVE_WSERVER_BROTLI
	char brotli[32];
	uint32_t bv = BrotliEncoderVersion();
	snprintf(brotli, sizeof(brotli), "%u.%u.%u", bv >> 24, (bv >> 12) & 0xfff, bv & 0xfff);
	php_info_print_table_row(2, "brotli version", brotli);
#endif
#ifdef HAVE_WSERVER_ZSTD
	php_info_print_table_row(2, "zstd version", ZSTD_versionString());
#endif
	php_info_print_table_end();
	DISPLAY_INI_ENTRIES();
}

static const zend_module_dep wserver_deps[] = {ZEND_MOD_REQUIRED("spl") ZEND_MOD_END};

zend_module_entry wserver_module_entry = {
    STANDARD_MODULE_HEADER_EX,
    NULL,
    wserver_deps,
    "wserver",
    NULL,
    PHP_MINIT(wserver),
    PHP_MSHUTDOWN(wserver),
    PHP_RINIT(wserver),
    PHP_RSHUTDOWN(wserver),
    PHP_MINFO(wserver),
    PHP_WSERVER_VERSION,
    STANDARD_MODULE_PROPERTIES,
};

#ifdef COMPILE_DL_WSERVER
ZEND_GET_MODULE(wserver)
#endif
