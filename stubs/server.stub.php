<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace {
    /** @var int */
    const WSERVER_BASE = 1;
    /** @var int */
    const WSERVER_PROCESS = 2;
    /** @var int */
    const WSERVER_SOCK_TCP = 1;
    /** @var int */
    const WSERVER_SOCK_UDP = 2;
    /** @var int */
    const WSERVER_SOCK_TCP6 = 3;
    /** @var int */
    const WSERVER_SOCK_UDP6 = 4;
    /** @var int */
    const WSERVER_SOCK_UNIX_DGRAM = 5;
    /** @var int */
    const WSERVER_SOCK_UNIX_STREAM = 6;
    /** @var int */
    const WSERVER_WORKER_BUSY = 1;
    /** @var int */
    const WSERVER_WORKER_IDLE = 2;
    /** @var int */
    const WSERVER_WORKER_EXIT = 3;
}

namespace WServer {
    /**
     * A server with the Swoole API over the same process model, loop and codecs as Worker.
     * @not-serializable
     */
    #[\AllowDynamicProperties]
    class Server
    {
        /** @var int */
        public const BASE = 1;
        /** @var int */
        public const PROCESS = 2;
        /** @var int */
        public const SOCK_TCP = 1;
        /** @var int */
        public const SOCK_UDP = 2;
        /** @var int */
        public const SOCK_TCP6 = 3;
        /** @var int */
        public const SOCK_UDP6 = 4;
        /** @var int */
        public const SOCK_UNIX_DGRAM = 5;
        /** @var int */
        public const SOCK_UNIX_STREAM = 6;

        public string $host = '';
        public int $port = 0;
        public int $mode = 1;
        public int $type = 1;
        public array $setting = [];
        public int $master_pid = 0;
        public int $manager_pid = 0;
        public int $worker_id = -1;
        public int $worker_pid = 0;
        public bool $taskworker = false;

        /** @var array<int, Server\Port> */
        public array $ports = [];

        public function __construct(string $host, int $port = 0, int $mode = \WSERVER_BASE, int $sockType = \WSERVER_SOCK_TCP) {}

        public function addListener(string $host, int $port, int $sockType = \WSERVER_SOCK_TCP): Server\Port|false {}

        /** @alias WServer\Server::addListener */
        public function listen(string $host, int $port, int $sockType = \WSERVER_SOCK_TCP): Server\Port|false {}

        public function set(array $settings): bool {}

        public function on(string $eventName, callable $callback): bool {}

        public function getCallback(string $eventName): ?\Closure {}

        public function start(): bool {}

        public function send(int|string $fd, string $data, int $serverSocket = -1): bool {}

        public function sendto(string $ip, int $port, string $data, int $serverSocket = -1): bool {}

        public function close(int $fd, bool $reset = false): bool {}

        public function exist(int $fd): bool {}

        /** @alias WServer\Server::exist */
        public function exists(int $fd): bool {}

        public function protect(int $fd, bool $isProtected = true): bool {}

        public function bind(int $fd, int $uid): bool {}

        public function sendfile(int $fd, string $filename, int $offset = 0, int $length = 0): bool {}

        public function getClientInfo(int $fd, int $reactorId = -1, bool $ignoreError = false): array|false {}

        /** @alias WServer\Server::getClientInfo */
        public function connection_info(int $fd, int $reactorId = -1, bool $ignoreError = false): array|false {}

        public function getClientList(int $startFd = 0, int $pageSize = 10): array|false {}

        /** @alias WServer\Server::getClientList */
        public function connection_list(int $startFd = 0, int $pageSize = 10): array|false {}

        public function getReceivedTime(): float|false {}

        public function heartbeat(bool $ifCloseConnection = true): array|false {}

        public function pause(int $fd): bool {}

        public function resume(int $fd): bool {}

        /** @alias WServer\Server::resume */
        public function confirm(int $fd): bool {}

        public function stats(): array {}

        public function reload(bool $onlyReloadTaskworker = false): bool {}

        public function shutdown(): bool {}

        public function stop(int $workerId = -1, bool $waitEvent = false): bool {}

        public function getWorkerId(): int|false {}

        public function getWorkerPid(int $workerId = -1): int|false {}

        public function getWorkerStatus(int $workerId = -1): int|false {}

        public function getManagerPid(): int {}

        public function getMasterPid(): int {}

        public function tick(int $ms, callable $callback, mixed ...$params): int|false {}

        public function after(int $ms, callable $callback, mixed ...$params): int|false {}

        public function clearTimer(int $timerId): bool {}

        public function task(mixed $data, int $dstWorkerId = -1, ?callable $finishCallback = null): int|false {}

        public function taskwait(mixed $data, float $timeout = 0.5, int $dstWorkerId = -1): mixed {}

        public function taskWaitMulti(array $tasks, float $timeout = 0.5): array|false {}

        public function taskCo(array $tasks, float $timeout = 0.5): array|false {}

        public function finish(mixed $data): bool {}

        public function sendMessage(mixed $message, int $dstWorkerId): bool {}

        public function addProcess(\WServer\Process $process): int|false {}
    }
}

namespace WServer\Server {
    /**
     * One more socket served by the same workers (Server::addListener()). Its events, when set,
     * replace the server's for its connections.
     * @not-serializable
     */
    final class Port
    {
        public string $host = '';
        public int $port = 0;
        public int $type = 1;
        public array $setting = [];

        private function __construct() {}

        public function set(array $settings): bool {}

        public function on(string $eventName, callable $callback): bool {}

        public function getCallback(string $eventName): ?\Closure {}
    }

    /**
     * A task as the task callback gets it when task_enable_coroutine is set:
     * task($server, $task), answered by $task->finish($result) or the callback's return value.
     * @not-serializable
     */
    final class Task
    {
        public mixed $data = null;
        public float $dispatch_time = 0;
        public int $id = -1;
        public int $worker_id = -1;
        public int $flags = 0;

        public function finish(mixed $data): bool {}
    }

    /**
     * $server->connections: the fds of every worker when it was read (foreach gives them, under
     * keys 1, 2, ...); isset($it[$fd]) is exist($fd), $it[$fd] is getClientInfo($fd).
     * @not-serializable
     */
    final class ConnectionIterator implements \Iterator, \Countable, \ArrayAccess
    {
        private function __construct() {}

        public function rewind(): void {}

        public function valid(): bool {}

        public function current(): mixed {}

        public function key(): mixed {}

        public function next(): void {}

        public function count(): int {}

        /** @param int $fd */
        public function offsetExists(mixed $fd): bool {}

        /** @param int $fd */
        public function offsetGet(mixed $fd): mixed {}

        /** @param int $fd */
        public function offsetSet(mixed $fd, mixed $value): void {}

        /** @param int $fd */
        public function offsetUnset(mixed $fd): void {}
    }
}
