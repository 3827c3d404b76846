/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 41a5257afb2c2bd28539b35dad8ad8c1cb23ee51 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_Server___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, host, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, port, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, mode, IS_LONG, 0, "WSERVER_BASE")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, sockType, IS_LONG, 0, "WSERVER_SOCK_TCP")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_WServer_Server_addListener, 0, 2, WServer\\Server\\Port, MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, host, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, port, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, sockType, IS_LONG, 0, "WSERVER_SOCK_TCP")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Server_listen arginfo_class_WServer_Server_addListener

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_set, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, settings, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_on, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, eventName, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WServer_Server_getCallback, 0, 1, Closure, 1)
	ZEND_ARG_TYPE_INFO(0, eventName, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_start, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_send, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_MASK(0, fd, MAY_BE_LONG|MAY_BE_STRING, NULL)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, serverSocket, IS_LONG, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_sendto, 0, 3, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, ip, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, port, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, serverSocket, IS_LONG, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_close, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, fd, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, reset, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_exist, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, fd, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Server_exists arginfo_class_WServer_Server_exist

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_protect, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, fd, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, isProtected, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_bind, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, fd, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, uid, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_sendfile, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, fd, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, filename, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, offset, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, length, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Server_getClientInfo, 0, 1, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, fd, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, reactorId, IS_LONG, 0, "-1")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, ignoreError, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Server_connection_info arginfo_class_WServer_Server_getClientInfo

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Server_getClientList, 0, 0, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, startFd, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, pageSize, IS_LONG, 0, "10")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Server_connection_list arginfo_class_WServer_Server_getClientList

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Server_getReceivedTime, 0, 0, MAY_BE_DOUBLE|MAY_BE_FALSE)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Server_heartbeat, 0, 0, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, ifCloseConnection, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Server_pause arginfo_class_WServer_Server_exist

#define arginfo_class_WServer_Server_resume arginfo_class_WServer_Server_exist

#define arginfo_class_WServer_Server_confirm arginfo_class_WServer_Server_exist

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_stats, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_reload, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onlyReloadTaskworker, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Server_shutdown arginfo_class_WServer_Server_start

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_stop, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, workerId, IS_LONG, 0, "-1")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, waitEvent, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Server_getWorkerId, 0, 0, MAY_BE_LONG|MAY_BE_FALSE)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Server_getWorkerPid, 0, 0, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, workerId, IS_LONG, 0, "-1")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Server_getWorkerStatus arginfo_class_WServer_Server_getWorkerPid

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_getManagerPid, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Server_getMasterPid arginfo_class_WServer_Server_getManagerPid

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Server_tick, 0, 2, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, ms, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, params, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Server_after arginfo_class_WServer_Server_tick

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_clearTimer, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, timerId, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Server_task, 0, 1, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, data, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, dstWorkerId, IS_LONG, 0, "-1")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, finishCallback, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_taskwait, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0.5")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, dstWorkerId, IS_LONG, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Server_taskWaitMulti, 0, 1, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, tasks, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0.5")
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Server_taskCo arginfo_class_WServer_Server_taskWaitMulti

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_finish, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_sendMessage, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, message, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, dstWorkerId, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_WServer_Server_addProcess, 0, 1, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO(0, process, WServer\\Process, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WServer_Server_Port___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Server_Port_set arginfo_class_WServer_Server_set

#define arginfo_class_WServer_Server_Port_on arginfo_class_WServer_Server_on

#define arginfo_class_WServer_Server_Port_getCallback arginfo_class_WServer_Server_getCallback

#define arginfo_class_WServer_Server_Task_finish arginfo_class_WServer_Server_finish

#define arginfo_class_WServer_Server_ConnectionIterator___construct arginfo_class_WServer_Server_Port___construct

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_ConnectionIterator_rewind, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Server_ConnectionIterator_valid arginfo_class_WServer_Server_start

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_ConnectionIterator_current, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WServer_Server_ConnectionIterator_key arginfo_class_WServer_Server_ConnectionIterator_current

#define arginfo_class_WServer_Server_ConnectionIterator_next arginfo_class_WServer_Server_ConnectionIterator_rewind

#define arginfo_class_WServer_Server_ConnectionIterator_count arginfo_class_WServer_Server_getManagerPid

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_ConnectionIterator_offsetExists, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, fd, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_ConnectionIterator_offsetGet, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, fd, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_ConnectionIterator_offsetSet, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, fd, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WServer_Server_ConnectionIterator_offsetUnset, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, fd, IS_MIXED, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WServer_Server, __construct);
ZEND_METHOD(WServer_Server, addListener);
ZEND_METHOD(WServer_Server, set);
ZEND_METHOD(WServer_Server, on);
ZEND_METHOD(WServer_Server, getCallback);
ZEND_METHOD(WServer_Server, start);
ZEND_METHOD(WServer_Server, send);
ZEND_METHOD(WServer_Server, sendto);
ZEND_METHOD(WServer_Server, close);
ZEND_METHOD(WServer_Server, exist);
ZEND_METHOD(WServer_Server, protect);
ZEND_METHOD(WServer_Server, bind);
ZEND_METHOD(WServer_Server, sendfile);
ZEND_METHOD(WServer_Server, getClientInfo);
ZEND_METHOD(WServer_Server, getClientList);
ZEND_METHOD(WServer_Server, getReceivedTime);
ZEND_METHOD(WServer_Server, heartbeat);
ZEND_METHOD(WServer_Server, pause);
ZEND_METHOD(WServer_Server, resume);
ZEND_METHOD(WServer_Server, stats);
ZEND_METHOD(WServer_Server, reload);
ZEND_METHOD(WServer_Server, shutdown);
ZEND_METHOD(WServer_Server, stop);
ZEND_METHOD(WServer_Server, getWorkerId);
ZEND_METHOD(WServer_Server, getWorkerPid);
ZEND_METHOD(WServer_Server, getWorkerStatus);
ZEND_METHOD(WServer_Server, getManagerPid);
ZEND_METHOD(WServer_Server, getMasterPid);
ZEND_METHOD(WServer_Server, tick);
ZEND_METHOD(WServer_Server, after);
ZEND_METHOD(WServer_Server, clearTimer);
ZEND_METHOD(WServer_Server, task);
ZEND_METHOD(WServer_Server, taskwait);
ZEND_METHOD(WServer_Server, taskWaitMulti);
ZEND_METHOD(WServer_Server, taskCo);
ZEND_METHOD(WServer_Server, finish);
ZEND_METHOD(WServer_Server, sendMessage);
ZEND_METHOD(WServer_Server, addProcess);
ZEND_METHOD(WServer_Server_Port, __construct);
ZEND_METHOD(WServer_Server_Port, set);
ZEND_METHOD(WServer_Server_Port, on);
ZEND_METHOD(WServer_Server_Port, getCallback);
ZEND_METHOD(WServer_Server_Task, finish);
ZEND_METHOD(WServer_Server_ConnectionIterator, __construct);
ZEND_METHOD(WServer_Server_ConnectionIterator, rewind);
ZEND_METHOD(WServer_Server_ConnectionIterator, valid);
ZEND_METHOD(WServer_Server_ConnectionIterator, current);
ZEND_METHOD(WServer_Server_ConnectionIterator, key);
ZEND_METHOD(WServer_Server_ConnectionIterator, next);
ZEND_METHOD(WServer_Server_ConnectionIterator, count);
ZEND_METHOD(WServer_Server_ConnectionIterator, offsetExists);
ZEND_METHOD(WServer_Server_ConnectionIterator, offsetGet);
ZEND_METHOD(WServer_Server_ConnectionIterator, offsetSet);
ZEND_METHOD(WServer_Server_ConnectionIterator, offsetUnset);


static const zend_function_entry class_WServer_Server_methods[] = {
	ZEND_ME(WServer_Server, __construct, arginfo_class_WServer_Server___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, addListener, arginfo_class_WServer_Server_addListener, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WServer_Server, listen, addListener, arginfo_class_WServer_Server_listen, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, set, arginfo_class_WServer_Server_set, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, on, arginfo_class_WServer_Server_on, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, getCallback, arginfo_class_WServer_Server_getCallback, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, start, arginfo_class_WServer_Server_start, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, send, arginfo_class_WServer_Server_send, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, sendto, arginfo_class_WServer_Server_sendto, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, close, arginfo_class_WServer_Server_close, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, exist, arginfo_class_WServer_Server_exist, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WServer_Server, exists, exist, arginfo_class_WServer_Server_exists, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, protect, arginfo_class_WServer_Server_protect, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, bind, arginfo_class_WServer_Server_bind, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, sendfile, arginfo_class_WServer_Server_sendfile, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, getClientInfo, arginfo_class_WServer_Server_getClientInfo, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WServer_Server, connection_info, getClientInfo, arginfo_class_WServer_Server_connection_info, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, getClientList, arginfo_class_WServer_Server_getClientList, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WServer_Server, connection_list, getClientList, arginfo_class_WServer_Server_connection_list, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, getReceivedTime, arginfo_class_WServer_Server_getReceivedTime, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, heartbeat, arginfo_class_WServer_Server_heartbeat, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, pause, arginfo_class_WServer_Server_pause, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, resume, arginfo_class_WServer_Server_resume, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WServer_Server, confirm, resume, arginfo_class_WServer_Server_confirm, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, stats, arginfo_class_WServer_Server_stats, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, reload, arginfo_class_WServer_Server_reload, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, shutdown, arginfo_class_WServer_Server_shutdown, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, stop, arginfo_class_WServer_Server_stop, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, getWorkerId, arginfo_class_WServer_Server_getWorkerId, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, getWorkerPid, arginfo_class_WServer_Server_getWorkerPid, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, getWorkerStatus, arginfo_class_WServer_Server_getWorkerStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, getManagerPid, arginfo_class_WServer_Server_getManagerPid, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, getMasterPid, arginfo_class_WServer_Server_getMasterPid, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, tick, arginfo_class_WServer_Server_tick, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, after, arginfo_class_WServer_Server_after, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, clearTimer, arginfo_class_WServer_Server_clearTimer, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, task, arginfo_class_WServer_Server_task, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, taskwait, arginfo_class_WServer_Server_taskwait, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, taskWaitMulti, arginfo_class_WServer_Server_taskWaitMulti, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, taskCo, arginfo_class_WServer_Server_taskCo, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, finish, arginfo_class_WServer_Server_finish, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, sendMessage, arginfo_class_WServer_Server_sendMessage, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server, addProcess, arginfo_class_WServer_Server_addProcess, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WServer_Server_Port_methods[] = {
	ZEND_ME(WServer_Server_Port, __construct, arginfo_class_WServer_Server_Port___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WServer_Server_Port, set, arginfo_class_WServer_Server_Port_set, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server_Port, on, arginfo_class_WServer_Server_Port_on, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server_Port, getCallback, arginfo_class_WServer_Server_Port_getCallback, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WServer_Server_Task_methods[] = {
	ZEND_ME(WServer_Server_Task, finish, arginfo_class_WServer_Server_Task_finish, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WServer_Server_ConnectionIterator_methods[] = {
	ZEND_ME(WServer_Server_ConnectionIterator, __construct, arginfo_class_WServer_Server_ConnectionIterator___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WServer_Server_ConnectionIterator, rewind, arginfo_class_WServer_Server_ConnectionIterator_rewind, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server_ConnectionIterator, valid, arginfo_class_WServer_Server_ConnectionIterator_valid, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server_ConnectionIterator, current, arginfo_class_WServer_Server_ConnectionIterator_current, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server_ConnectionIterator, key, arginfo_class_WServer_Server_ConnectionIterator_key, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server_ConnectionIterator, next, arginfo_class_WServer_Server_ConnectionIterator_next, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server_ConnectionIterator, count, arginfo_class_WServer_Server_ConnectionIterator_count, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server_ConnectionIterator, offsetExists, arginfo_class_WServer_Server_ConnectionIterator_offsetExists, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server_ConnectionIterator, offsetGet, arginfo_class_WServer_Server_ConnectionIterator_offsetGet, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server_ConnectionIterator, offsetSet, arginfo_class_WServer_Server_ConnectionIterator_offsetSet, ZEND_ACC_PUBLIC)
	ZEND_ME(WServer_Server_ConnectionIterator, offsetUnset, arginfo_class_WServer_Server_ConnectionIterator_offsetUnset, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static void register_server_symbols(int module_number)
{
	REGISTER_LONG_CONSTANT("WSERVER_BASE", 1, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_PROCESS", 2, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_SOCK_TCP", 1, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_SOCK_UDP", 2, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_SOCK_TCP6", 3, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_SOCK_UDP6", 4, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_SOCK_UNIX_DGRAM", 5, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_SOCK_UNIX_STREAM", 6, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WORKER_BUSY", 1, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WORKER_IDLE", 2, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WSERVER_WORKER_EXIT", 3, CONST_PERSISTENT);
}

static zend_class_entry *register_class_WServer_Server(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer", "Server", class_WServer_Server_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
#if (PHP_VERSION_ID >= 80200)
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE|ZEND_ACC_ALLOW_DYNAMIC_PROPERTIES;
#elif (PHP_VERSION_ID >= 80100)
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;
#endif

	zval const_BASE_value;
	ZVAL_LONG(&const_BASE_value, 1);
	zend_string *const_BASE_name = zend_string_init_interned("BASE", sizeof("BASE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BASE_name, &const_BASE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BASE_name);

	zval const_PROCESS_value;
	ZVAL_LONG(&const_PROCESS_value, 2);
	zend_string *const_PROCESS_name = zend_string_init_interned("PROCESS", sizeof("PROCESS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PROCESS_name, &const_PROCESS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PROCESS_name);

	zval const_SOCK_TCP_value;
	ZVAL_LONG(&const_SOCK_TCP_value, 1);
	zend_string *const_SOCK_TCP_name = zend_string_init_interned("SOCK_TCP", sizeof("SOCK_TCP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SOCK_TCP_name, &const_SOCK_TCP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SOCK_TCP_name);

	zval const_SOCK_UDP_value;
	ZVAL_LONG(&const_SOCK_UDP_value, 2);
	zend_string *const_SOCK_UDP_name = zend_string_init_interned("SOCK_UDP", sizeof("SOCK_UDP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SOCK_UDP_name, &const_SOCK_UDP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SOCK_UDP_name);

	zval const_SOCK_TCP6_value;
	ZVAL_LONG(&const_SOCK_TCP6_value, 3);
	zend_string *const_SOCK_TCP6_name = zend_string_init_interned("SOCK_TCP6", sizeof("SOCK_TCP6") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SOCK_TCP6_name, &const_SOCK_TCP6_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SOCK_TCP6_name);

	zval const_SOCK_UDP6_value;
	ZVAL_LONG(&const_SOCK_UDP6_value, 4);
	zend_string *const_SOCK_UDP6_name = zend_string_init_interned("SOCK_UDP6", sizeof("SOCK_UDP6") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SOCK_UDP6_name, &const_SOCK_UDP6_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SOCK_UDP6_name);

	zval const_SOCK_UNIX_DGRAM_value;
	ZVAL_LONG(&const_SOCK_UNIX_DGRAM_value, 5);
	zend_string *const_SOCK_UNIX_DGRAM_name = zend_string_init_interned("SOCK_UNIX_DGRAM", sizeof("SOCK_UNIX_DGRAM") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SOCK_UNIX_DGRAM_name, &const_SOCK_UNIX_DGRAM_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SOCK_UNIX_DGRAM_name);

	zval const_SOCK_UNIX_STREAM_value;
	ZVAL_LONG(&const_SOCK_UNIX_STREAM_value, 6);
	zend_string *const_SOCK_UNIX_STREAM_name = zend_string_init_interned("SOCK_UNIX_STREAM", sizeof("SOCK_UNIX_STREAM") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SOCK_UNIX_STREAM_name, &const_SOCK_UNIX_STREAM_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SOCK_UNIX_STREAM_name);

	zval property_host_default_value;
	ZVAL_EMPTY_STRING(&property_host_default_value);
	zend_string *property_host_name = zend_string_init("host", sizeof("host") - 1, 1);
	zend_declare_typed_property(class_entry, property_host_name, &property_host_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_host_name);

	zval property_port_default_value;
	ZVAL_LONG(&property_port_default_value, 0);
	zend_string *property_port_name = zend_string_init("port", sizeof("port") - 1, 1);
	zend_declare_typed_property(class_entry, property_port_name, &property_port_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_port_name);

	zval property_mode_default_value;
	ZVAL_LONG(&property_mode_default_value, 1);
	zend_string *property_mode_name = zend_string_init("mode", sizeof("mode") - 1, 1);
	zend_declare_typed_property(class_entry, property_mode_name, &property_mode_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_mode_name);

	zval property_type_default_value;
	ZVAL_LONG(&property_type_default_value, 1);
	zend_string *property_type_name = zend_string_init("type", sizeof("type") - 1, 1);
	zend_declare_typed_property(class_entry, property_type_name, &property_type_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_type_name);

	zval property_setting_default_value;
	ZVAL_EMPTY_ARRAY(&property_setting_default_value);
	zend_string *property_setting_name = zend_string_init("setting", sizeof("setting") - 1, 1);
	zend_declare_typed_property(class_entry, property_setting_name, &property_setting_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_setting_name);

	zval property_master_pid_default_value;
	ZVAL_LONG(&property_master_pid_default_value, 0);
	zend_string *property_master_pid_name = zend_string_init("master_pid", sizeof("master_pid") - 1, 1);
	zend_declare_typed_property(class_entry, property_master_pid_name, &property_master_pid_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_master_pid_name);

	zval property_manager_pid_default_value;
	ZVAL_LONG(&property_manager_pid_default_value, 0);
	zend_string *property_manager_pid_name = zend_string_init("manager_pid", sizeof("manager_pid") - 1, 1);
	zend_declare_typed_property(class_entry, property_manager_pid_name, &property_manager_pid_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_manager_pid_name);

	zval property_worker_id_default_value;
	ZVAL_LONG(&property_worker_id_default_value, -1);
	zend_string *property_worker_id_name = zend_string_init("worker_id", sizeof("worker_id") - 1, 1);
	zend_declare_typed_property(class_entry, property_worker_id_name, &property_worker_id_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_worker_id_name);

	zval property_worker_pid_default_value;
	ZVAL_LONG(&property_worker_pid_default_value, 0);
	zend_string *property_worker_pid_name = zend_string_init("worker_pid", sizeof("worker_pid") - 1, 1);
	zend_declare_typed_property(class_entry, property_worker_pid_name, &property_worker_pid_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_worker_pid_name);

	zval property_taskworker_default_value;
	ZVAL_FALSE(&property_taskworker_default_value);
	zend_string *property_taskworker_name = zend_string_init("taskworker", sizeof("taskworker") - 1, 1);
	zend_declare_typed_property(class_entry, property_taskworker_name, &property_taskworker_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_taskworker_name);

	zval property_ports_default_value;
	ZVAL_EMPTY_ARRAY(&property_ports_default_value);
	zend_string *property_ports_name = zend_string_init("ports", sizeof("ports") - 1, 1);
	zend_declare_typed_property(class_entry, property_ports_name, &property_ports_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_ports_name);

#if (PHP_VERSION_ID >= 80200)
	zend_string *attribute_name_AllowDynamicProperties_class_WServer_Server = zend_string_init_interned("AllowDynamicProperties", sizeof("AllowDynamicProperties") - 1, 1);
	zend_add_class_attribute(class_entry, attribute_name_AllowDynamicProperties_class_WServer_Server, 0);
	zend_string_release(attribute_name_AllowDynamicProperties_class_WServer_Server);
#endif

	return class_entry;
}

static zend_class_entry *register_class_WServer_Server_Port(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Server", "Port", class_WServer_Server_Port_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_host_default_value;
	ZVAL_EMPTY_STRING(&property_host_default_value);
	zend_string *property_host_name = zend_string_init("host", sizeof("host") - 1, 1);
	zend_declare_typed_property(class_entry, property_host_name, &property_host_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_host_name);

	zval property_port_default_value;
	ZVAL_LONG(&property_port_default_value, 0);
	zend_string *property_port_name = zend_string_init("port", sizeof("port") - 1, 1);
	zend_declare_typed_property(class_entry, property_port_name, &property_port_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_port_name);

	zval property_type_default_value;
	ZVAL_LONG(&property_type_default_value, 1);
	zend_string *property_type_name = zend_string_init("type", sizeof("type") - 1, 1);
	zend_declare_typed_property(class_entry, property_type_name, &property_type_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_type_name);

	zval property_setting_default_value;
	ZVAL_EMPTY_ARRAY(&property_setting_default_value);
	zend_string *property_setting_name = zend_string_init("setting", sizeof("setting") - 1, 1);
	zend_declare_typed_property(class_entry, property_setting_name, &property_setting_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_setting_name);

	return class_entry;
}

static zend_class_entry *register_class_WServer_Server_Task(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Server", "Task", class_WServer_Server_Task_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_data_default_value;
	ZVAL_NULL(&property_data_default_value);
	zend_string *property_data_name = zend_string_init("data", sizeof("data") - 1, 1);
	zend_declare_typed_property(class_entry, property_data_name, &property_data_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_data_name);

	zval property_dispatch_time_default_value;
	ZVAL_LONG(&property_dispatch_time_default_value, 0);
	zend_string *property_dispatch_time_name = zend_string_init("dispatch_time", sizeof("dispatch_time") - 1, 1);
	zend_declare_typed_property(class_entry, property_dispatch_time_name, &property_dispatch_time_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE));
	zend_string_release(property_dispatch_time_name);

	zval property_id_default_value;
	ZVAL_LONG(&property_id_default_value, -1);
	zend_string *property_id_name = zend_string_init("id", sizeof("id") - 1, 1);
	zend_declare_typed_property(class_entry, property_id_name, &property_id_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_id_name);

	zval property_worker_id_default_value;
	ZVAL_LONG(&property_worker_id_default_value, -1);
	zend_string *property_worker_id_name = zend_string_init("worker_id", sizeof("worker_id") - 1, 1);
	zend_declare_typed_property(class_entry, property_worker_id_name, &property_worker_id_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_worker_id_name);

	zval property_flags_default_value;
	ZVAL_LONG(&property_flags_default_value, 0);
	zend_string *property_flags_name = zend_string_init("flags", sizeof("flags") - 1, 1);
	zend_declare_typed_property(class_entry, property_flags_name, &property_flags_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_flags_name);

	return class_entry;
}

static zend_class_entry *register_class_WServer_Server_ConnectionIterator(zend_class_entry *class_entry_Iterator, zend_class_entry *class_entry_Countable, zend_class_entry *class_entry_ArrayAccess)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WServer\\Server", "ConnectionIterator", class_WServer_Server_ConnectionIterator_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 3, class_entry_Iterator, class_entry_Countable, class_entry_ArrayAccess);

	return class_entry;
}
