/* The event_object option (server_event_object.c): Swoole's callbacks then get one object after
 * the Server instead of separate arguments. Each function fills out with a new object. */
#ifndef WSERVER_PHP_SERVER_EVENT_OBJECT_H
#define WSERVER_PHP_SERVER_EVENT_OBJECT_H

#include "php.h"

void wserver_server_event_object_minit(void);
/* Server\Event: connect, close (data NULL) and receive. */
void wserver_event_object_event(zval *out, zend_long fd, zend_long reactor_id, zval *data);
/* Server\Packet: a datagram from address:port on the socket server_socket. */
void wserver_event_object_packet(zval *out, zval *data, const char *address, zend_long port,
                                 zend_long server_socket, zend_long server_port);
/* Server\PipeMessage: data sent by worker from with sendMessage(). */
void wserver_event_object_pipe_message(zval *out, zend_long from, zval *data);
/* Server\StatusInfo: how a worker ended (status as waitpid() gave it). */
void wserver_event_object_status_info(zval *out, zend_long worker_id, zend_long pid, int status);
/* Server\TaskResult: task task_id's result, from task worker task_worker_id. */
void wserver_event_object_task_result(zval *out, zend_long task_id, zend_long task_worker_id,
                                      zval *data);

#endif
