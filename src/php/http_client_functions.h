/* Swoole's one-call HTTP requests (http_client_functions.c): Coroutine\Http\request(), get(),
 * post() and the ClientProxy they return. */
#ifndef WSERVER_PHP_HTTP_CLIENT_FUNCTIONS_H
#define WSERVER_PHP_HTTP_CLIENT_FUNCTIONS_H

void wserver_http_client_functions_minit(void);

#endif
