dnl wserver: multi-process network server on libev
PHP_ARG_ENABLE([wserver],
  [whether to enable wserver],
  [AS_HELP_STRING([--enable-wserver], [Enable wserver (needs libev)])])

PHP_ARG_WITH([libev],
  [for libev],
  [AS_HELP_STRING([[--with-libev[=DIR]]], [wserver: libev install prefix])],
  [yes], [no])

PHP_ARG_WITH([wserver-openssl],
  [for OpenSSL (TLS servers and clients)],
  [AS_HELP_STRING([--without-wserver-openssl], [wserver: build without TLS])],
  [yes], [no])

PHP_ARG_WITH([wserver-brotli],
  [for brotli (br content encoding)],
  [AS_HELP_STRING([--without-wserver-brotli], [wserver: build without br compression])],
  [yes], [no])

PHP_ARG_WITH([wserver-zstd],
  [for zstd (zstd content encoding)],
  [AS_HELP_STRING([--without-wserver-zstd], [wserver: build without zstd compression])],
  [yes], [no])

if test "$PHP_WSERVER" != "no"; then
  LIBEV_DIR=""
  if test "$PHP_LIBEV" != "yes" && test "$PHP_LIBEV" != "no"; then
    if test -r "$PHP_LIBEV/include/ev.h"; then
      LIBEV_DIR=$PHP_LIBEV
    else
      AC_MSG_ERROR([libev not found: no include/ev.h under --with-libev=$PHP_LIBEV])
    fi
  else
    dnl pkg-config first (Debian's libev-dev ships no .pc file), then the usual prefixes
    if test -n "$PKG_CONFIG" && $PKG_CONFIG --exists libev 2>/dev/null; then
      LIBEV_DIR=`$PKG_CONFIG --variable=prefix libev`
    fi
    if test -z "$LIBEV_DIR" || test ! -r "$LIBEV_DIR/include/ev.h"; then
      LIBEV_DIR=""
      for i in /usr/local /usr /opt/local /opt/homebrew; do
        if test -r "$i/include/ev.h"; then
          LIBEV_DIR=$i
          break
        fi
      done
    fi
  fi
  AC_MSG_CHECKING([for libev])
  if test -z "$LIBEV_DIR"; then
    AC_MSG_RESULT([not found])
    AC_MSG_ERROR([wserver needs libev: install it (Debian: apt-get install libev-dev) or pass --with-libev=DIR])
  fi
  AC_MSG_RESULT([$LIBEV_DIR])

  PHP_ADD_INCLUDE([$LIBEV_DIR/include])
  PHP_CHECK_LIBRARY(ev, ev_loop_new,
    [PHP_ADD_LIBRARY_WITH_PATH(ev, [$LIBEV_DIR/$PHP_LIBDIR], WSERVER_SHARED_LIBADD)],
    [AC_MSG_ERROR([libev found in $LIBEV_DIR but it does not link (ev_loop_new missing)])],
    [-L$LIBEV_DIR/$PHP_LIBDIR])
  dnl name lookups run in a helper thread (src/core/resolve.c); glibc 2.34+ has it in libc
  PHP_ADD_LIBRARY(pthread, 1, WSERVER_SHARED_LIBADD)

  dnl zlib: gzip/deflate responses and WebSocket permessage-deflate
  PKG_CHECK_MODULES([WSERVER_ZLIB], [zlib >= 1.2.8], [],
    [AC_MSG_ERROR([wserver needs zlib: install it (Debian: apt-get install zlib1g-dev)])])
  PHP_EVAL_LIBLINE($WSERVER_ZLIB_LIBS, WSERVER_SHARED_LIBADD)
  PHP_EVAL_INCLINE($WSERVER_ZLIB_CFLAGS)

  dnl OpenSSL: TLS listeners and clients; without it an ssl listen is a clear error
  if test "$PHP_WSERVER_OPENSSL" != "no"; then
    PKG_CHECK_MODULES([WSERVER_OPENSSL], [openssl >= 1.1.1], [],
      [AC_MSG_ERROR([wserver: OpenSSL >= 1.1.1 not found: install it (Debian: apt-get install libssl-dev) or pass --without-wserver-openssl])])
    PHP_EVAL_LIBLINE($WSERVER_OPENSSL_LIBS, WSERVER_SHARED_LIBADD)
    PHP_EVAL_INCLINE($WSERVER_OPENSSL_CFLAGS)
    AC_DEFINE([HAVE_WSERVER_OPENSSL], 1, [wserver has TLS through OpenSSL])
  fi

  dnl brotli: the br content encoding, only when the library is there
  if test "$PHP_WSERVER_BROTLI" != "no"; then
    PKG_CHECK_MODULES([WSERVER_BROTLI], [libbrotlienc libbrotlidec], [
      PHP_EVAL_LIBLINE($WSERVER_BROTLI_LIBS, WSERVER_SHARED_LIBADD)
      PHP_EVAL_INCLINE($WSERVER_BROTLI_CFLAGS)
      AC_DEFINE([HAVE_WSERVER_BROTLI], 1, [wserver can answer br])
    ], [AC_MSG_NOTICE([wserver: brotli not found, br compression left out])])
  fi

  dnl zstd: the zstd content encoding (replies, and bodies the HTTP client reads), when there
  if test "$PHP_WSERVER_ZSTD" != "no"; then
    PKG_CHECK_MODULES([WSERVER_ZSTD], [libzstd >= 1.4.0], [
      PHP_EVAL_LIBLINE($WSERVER_ZSTD_LIBS, WSERVER_SHARED_LIBADD)
      PHP_EVAL_INCLINE($WSERVER_ZSTD_CFLAGS)
      AC_DEFINE([HAVE_WSERVER_ZSTD], 1, [wserver can answer zstd])
    ], [AC_MSG_NOTICE([wserver: libzstd not found, zstd compression left out])])
  fi
  PHP_SUBST(WSERVER_SHARED_LIBADD)

  PHP_PROG_RE2C([1.0.3])

  WSERVER_SOURCES="
    src/wserver.c
    src/core/log.c
    src/core/ratelog.c
    src/core/buffer.c
    src/core/conn.c
    src/core/tls.c
    src/core/spool.c
    src/core/drain.c
    src/core/listener.c
    src/core/pidfile.c
    src/core/stats.c
    src/core/signals.c
    src/core/status.c
    src/core/process.c
    src/core/worker.c
    src/core/cli.c
    src/core/websocket.c
    src/core/ipc.c
    src/core/presence.c
    src/core/conntab.c
    src/core/privileges.c
    src/core/pin.c
    src/core/resolve.c
    src/core/coctx.c
    src/core/cstack.c
    src/core/shm_lock.c
    src/core/shm_table.c
    src/core/shm_usage.c
    src/proto/text.c
    src/proto/frame.c
    src/proto/eof.c
    src/proto/length.c
    src/proto/mqtt.c
    src/proto/http.c
    src/proto/http_parser.c
    src/proto/websocket.c
    src/proto/websocket_client.c
    src/proto/ws_deflate.c
    src/proto/http_client.c
    src/proto/multipart.c
    src/proto/mime.c
    src/proto/compress.c
    src/proto/http_static.c
    src/php/callback.c
    src/php/channel.c
    src/php/coro.c
    src/php/coro_autoload.c
    src/php/coroutine.c
    src/php/coroutine_options.c
    src/php/hooks.c
    src/php/hook_stream.c
    src/php/hook_stream_tls.c
    src/php/hook_functions.c
    src/php/fd_wait.c
    src/php/connection_pool.c
    src/php/system.c
    src/php/coroutine_system.c
    src/php/coroutine_scheduler.c
    src/php/offload.c
    src/php/errors.c
    src/php/exception.c
    src/php/exit_exception.c
    src/php/frontend.c
    src/php/obj_pool.c
    src/php/http_request.c
    src/php/http_response.c
    src/php/http_static.c
    src/php/http.c
    src/php/http_session.c
    src/php/session_file_handler.c
    src/php/session_redis_handler.c
    src/php/http_stream.c
    src/php/http_compress.c
    src/php/master.c
    src/php/connection_interface.c
    src/php/protocols.c
    src/php/tcp_connection.c
    src/php/udp_connection.c
    src/php/user_protocol.c
    src/php/length_func.c
    src/php/async_tcp_connection.c
    src/php/async_udp_connection.c
    src/php/timer.c
    src/php/event_loop.c
    src/php/server.c
    src/php/server_options.c
    src/php/server_port.c
    src/php/server_ipc.c
    src/php/server_task.c
    src/php/server_event_object.c
    src/php/server_task_pack.c
    src/php/server_task_queue.c
    src/php/server_connections.c
    src/php/server_stats_file.c
    src/php/http_server.c
    src/php/http_concurrency.c
    src/php/send_yield.c
    src/php/websocket_server.c
    src/php/websocket_frame.c
    src/php/http_cookie.c
    src/php/websocket.c
    src/php/wait_group.c
    src/php/csock.c
    src/php/tls_socket.c
    src/php/socket.c
    src/php/client.c
    src/php/websocket_csock.c
    src/php/http_client.c
    src/php/http_client_functions.c
    src/php/coroutine_server.c
    src/php/coroutine_http_server.c
    src/php/client_settings.c
    src/php/sync_client.c
    src/php/socket_export.c
    src/php/tls_options.c
    src/php/worker.c
    src/php/runtime.c
    src/php/run_all.c
    src/php/aliases.c
    src/php/autoloader.c
    src/php/event.c
    src/php/atomic.c
    src/php/process.c
    src/php/table.c
    src/php/lock.c
  "
  dnl -fvisibility=hidden: only get_module (ZEND_DLEXPORT) is exported, so calls inside the
  dnl library are direct, not through the PLT
  PHP_NEW_EXTENSION(wserver, $WSERVER_SOURCES, $ext_shared, cli, -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -fvisibility=hidden -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers)
  dnl after PHP_NEW_EXTENSION, which sets $ext_srcdir
  PHP_ADD_MAKEFILE_FRAGMENT
  PHP_ADD_BUILD_DIR([$ext_builddir/src])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/core])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/proto])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/php])
  PHP_ADD_INCLUDE([$ext_srcdir])
  PHP_ADD_INCLUDE([$ext_srcdir/src])
fi
