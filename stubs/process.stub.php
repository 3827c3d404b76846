<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace {
    /**
     * Process::useQueue() mode: pop() takes only the messages this Process push()ed.
     * @var int
     */
    const WSERVER_MSGQUEUE_ORIENT = 1;
    /**
     * Process::useQueue() mode: pop() takes any message (the default).
     * @var int
     */
    const WSERVER_MSGQUEUE_BALANCE = 2;
}

namespace WServer {
    /**
     * A child process running a callback, with a socket pair to talk to it (Swoole's Process).
     * @not-serializable
     */
    class Process
    {
        /** @var int */
        public const IPC_NOWAIT = 256;
        /** @var int */
        public const PIPE_MASTER = 1;
        /** @var int */
        public const PIPE_WORKER = 2;
        /** @var int */
        public const PIPE_READ = 3;
        /** @var int */
        public const PIPE_WRITE = 4;
        /** @var int */
        public const PIPE_TYPE_NONE = 0;
        /** @var int */
        public const PIPE_TYPE_STREAM = 1;
        /** @var int */
        public const PIPE_TYPE_DGRAM = 2;

        /** This process's end of the pipe (an fd); null without a pipe. */
        public ?int $pipe = null;
        public ?int $msgQueueId = null;
        public ?int $msgQueueKey = null;
        /** The child's pid once start()ed (the own pid inside the child). */
        public ?int $pid = null;
        /** A number given to each Process made in this process, from 1. */
        public ?int $id = null;

        /** pipe_type: PIPE_TYPE_NONE, PIPE_TYPE_STREAM or PIPE_TYPE_DGRAM; with
         * redirect_stdin_and_stdout the child's stdin, stdout and stderr are its end of a stream
         * pipe. enable_coroutine: the callback runs in a coroutine, on a loop of the child's own. */
        public function __construct(callable $callback, bool $redirect_stdin_and_stdout = false, int $pipe_type = 2, bool $enable_coroutine = false) {}

        /** Fork: the child runs the callback with this object, then exits (code 0, or exit()'s).
         * Returns the child's pid in the parent; false with a warning. */
        public function start(): int|false {}

        /** Bytes written on the pipe; false with a warning. */
        public function write(string $data): int|false {}

        /** Up to size bytes (one message on a datagram pipe); "" at the end of a stream; false
         * on failure, or when a non-blocking pipe has nothing. */
        public function read(int $size = 8192): string|false {}

        public function setBlocking(bool $blocking): bool {}

        /** A limit in seconds on each read() and write() of the pipe. */
        public function setTimeout(float $seconds): bool {}

        /** Only "enable_coroutine" is known. */
        public function set(array $settings): void {}

        /** which: 0 both ends here, PIPE_MASTER / PIPE_WORKER one end, PIPE_READ / PIPE_WRITE one
         * direction (shutdown()). */
        public function close(int $which = 0): bool {}

        /** End the child with exit_code (0 to 255), as exit() does. Only in the child itself. */
        public function exit(int $exit_code = 0): void {}

        /** The process title (cli_set_process_title()). */
        public function name(string $process_name): bool {}

        /** Reap one child: ['pid' => , 'code' => , 'signal' => ], or false (none, or none has
         * ended yet when not blocking). */
        public static function wait(bool $blocking = true): array|false {}

        /** Signal pid (0: only check that it exists). false on failure: WServer\errno() says why. */
        public static function kill(int $pid, int $signal_no = 15): bool {}

        /** Run callback(signal_no) in a coroutine when the signal comes, on this process's loop (a
         * worker's, Coroutine\run()'s, or the one the script runs when it ends); null removes it.
         * Handlers do not keep the loop running, and end with it. */
        public static function signal(int $signal_no, ?callable $callback = null): bool {}

        /** SIGALRM (ITIMER_REAL), SIGVTALRM or SIGPROF every usec microseconds (<= 0: stop). */
        public static function alarm(int $usec, int $type = 0): bool {}

        /** Become a daemon (daemon(3)); pipes: what fds 0, 1 and 2 become first (streams, fds or
         * null to keep). */
        public static function daemon(bool $nochdir = true, bool $noclose = true, array $pipes = []): bool {}

        /** A System V message queue for push()/pop(): key 0 is ftok() of the running script; mode
         * WSERVER_MSGQUEUE_BALANCE or _ORIENT, plus Process::IPC_NOWAIT for non-blocking calls;
         * capacity: its size in bytes (> 0). */
        public function useQueue(int $key = 0, int $mode = 2, int $capacity = -1): bool {}

        /** ['queue_num' => messages, 'queue_bytes' => bytes] in the queue, or false. */
        public function statQueue(): array|false {}

        /** Remove the queue (for every process). */
        public function freeQueue(): bool {}

        /** Queue one message (1 to 65535 bytes). */
        public function push(string $data): bool {}

        /** Take one message of at most size bytes; false when none (non-blocking) or on failure. */
        public function pop(int $size = 65536): string|false {}

        /** execv(): replace this process by exec_file with args. false when it could not. */
        public function exec(string $exec_file, array $args): bool {}

        /** setpriority(which, who, priority); who null: the child (PRIO_PROCESS only). */
        public function setPriority(int $which, int $priority, ?int $who = null): bool {}

        public function getPriority(int $which, ?int $who = null): int|false {}

        /** The pipe as a WServer\Coroutine\Socket (one object, made on the first call). */
        public function exportSocket(): \WServer\Coroutine\Socket|false {}
    }
}
