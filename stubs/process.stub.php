<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer;

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
}
