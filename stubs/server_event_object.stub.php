<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Server {
    /**
     * With the event_object option: what connect, receive and close get after the Server
     * ($data is the received string; null for connect and close).
     */
    final class Event
    {
        public int $reactor_id = 0;
        public int $fd = 0;
        public float $dispatch_time = 0;
        public mixed $data = null;
    }

    /** With event_object: what packet gets (a datagram and who sent it). */
    final class Packet
    {
        public int $server_socket = 0;
        public int $server_port = 0;
        public float $dispatch_time = 0;
        public mixed $address = null;
        public int $port = 0;
        public mixed $data = null;
    }

    /** With event_object: what pipeMessage gets (a sendMessage() from another worker). */
    final class PipeMessage
    {
        public int $source_worker_id = 0;
        public int $worker_id = 0;
        public float $dispatch_time = 0;
        public mixed $data = null;
    }

    /** With event_object: what workerError gets (how a worker ended). */
    final class StatusInfo
    {
        public int $worker_id = 0;
        public int $worker_pid = 0;
        public int $status = 0;
        public int $exit_code = 0;
        public int $signal = 0;
    }

    /** With event_object: what finish gets (a task's result, back in the worker that sent it). */
    final class TaskResult
    {
        public int $task_id = 0;
        public int $task_worker_id = 0;
        public float $dispatch_time = 0;
        public mixed $data = null;
    }
}
