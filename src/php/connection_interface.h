/* WServer\Connection\ConnectionInterface (connection_interface.c): the abstract parent of
 * TcpConnection and UdpConnection, and this process's $statistics. */
#ifndef WSERVER_PHP_CONNECTION_INTERFACE_H
#define WSERVER_PHP_CONNECTION_INTERFACE_H

#include "php.h"

extern zend_class_entry *wserver_connection_interface_ce;
void wserver_connection_interface_minit(void);
/* Fills $statistics with its four counters at 0 (each request starts with them). */
void wserver_connection_interface_rinit(void);

/* The counters of ConnectionInterface::$statistics. */
typedef enum {
	WSERVER_STAT_CONNECTION_COUNT,
	WSERVER_STAT_TOTAL_REQUEST,
	WSERVER_STAT_THROW_EXCEPTION,
	WSERVER_STAT_SEND_FAIL,
	WSERVER_STAT_COUNT,
} wserver_stat;
/* Add delta to one counter of $statistics (an app may have replaced or emptied the array: a
 * missing counter starts again from 0). Never calls PHP. */
void wserver_connection_stat_add(wserver_stat which, zend_long delta);

/* jsonSerialize()'s address entries, as Workerman's: getRemoteIp, remotePort,
 * getRemoteAddress, getLocalIp, getLocalPort, getLocalAddress, isIpV4, isIpV6, each from the
 * connection's own method. */
void wserver_connection_json_addresses(zend_object *conn, zval *arr);

#endif
