/* The event_object option: Swoole's Server\Event, Packet, PipeMessage, StatusInfo and
 * TaskResult, plain objects with public properties (they travel through task() and
 * sendMessage(), so they serialize as any object). */
#include <sys/wait.h>
#include <time.h>

#include "server_event_object.h"
#include "stubs/server_event_object_arginfo.h"

static zend_class_entry *event_ce, *packet_ce, *pipe_message_ce, *status_info_ce, *task_result_ce;

void wserver_server_event_object_minit(void)
{
	event_ce = register_class_WServer_Server_Event();
	packet_ce = register_class_WServer_Server_Packet();
	pipe_message_ce = register_class_WServer_Server_PipeMessage();
	status_info_ce = register_class_WServer_Server_StatusInfo();
	task_result_ce = register_class_WServer_Server_TaskResult();
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (double) ts.tv_sec + ts.tv_nsec / 1e9;
}

static void set_long(zval *obj, const char *name, zend_long v)
{
	zend_update_property_long(Z_OBJCE_P(obj), Z_OBJ_P(obj), name, strlen(name), v);
}

/* dispatch_time, and data when given */
static void set_common(zval *obj, zval *data)
{
	zend_update_property_double(Z_OBJCE_P(obj), Z_OBJ_P(obj), ZEND_STRL("dispatch_time"), now());
	if (data) {
		zend_update_property(Z_OBJCE_P(obj), Z_OBJ_P(obj), ZEND_STRL("data"), data);
	}
}

void wserver_event_object_event(zval *out, zend_long fd, zend_long reactor_id, zval *data)
{
	object_init_ex(out, event_ce);
	set_long(out, "fd", fd);
	set_long(out, "reactor_id", reactor_id);
	set_common(out, data);
}

void wserver_event_object_packet(zval *out, zval *data, const char *address, zend_long port,
                                 zend_long server_socket, zend_long server_port)
{
	object_init_ex(out, packet_ce);
	zend_update_property_string(packet_ce, Z_OBJ_P(out), ZEND_STRL("address"), address);
	set_long(out, "port", port);
	set_long(out, "server_socket", server_socket);
	set_long(out, "server_port", server_port);
	set_common(out, data);
}

void wserver_event_object_pipe_message(zval *out, zend_long from, zval *data)
{
	object_init_ex(out, pipe_message_ce);
	/* as Swoole: both name the sender */
	set_long(out, "source_worker_id", from);
	set_long(out, "worker_id", from);
	set_common(out, data);
}

void wserver_event_object_status_info(zval *out, zend_long worker_id, zend_long pid, int status)
{
	object_init_ex(out, status_info_ce);
	set_long(out, "worker_id", worker_id);
	set_long(out, "worker_pid", pid);
	set_long(out, "status", status);
	set_long(out, "exit_code", WIFEXITED(status) ? WEXITSTATUS(status) : 0);
	set_long(out, "signal", WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

void wserver_event_object_task_result(zval *out, zend_long task_id, zend_long task_worker_id,
                                      zval *data)
{
	object_init_ex(out, task_result_ce);
	set_long(out, "task_id", task_id);
	set_long(out, "task_worker_id", task_worker_id);
	set_common(out, data);
}
