<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer {
    /** Coroutines: every callback of a worker runs in one; go() starts more. */
    final class Coroutine
    {
        /** Start $func(...$args) as a coroutine; it runs at once until it suspends. Its id. */
        public static function create(callable $func, mixed ...$args): int|false {}

        /** Suspend the calling coroutine; the worker serves others meanwhile. */
        public static function sleep(float $seconds): bool {}

        /** The id of the calling coroutine, -1 outside any. */
        public static function getCid(): int {}

        /** getCid(), Swoole's older name. */
        public static function getuid(): int {}

        /** The id of the coroutine that created $cid (default or 0: the calling one); -1: none;
         * false when $cid is not live (or outside any coroutine), as Swoole. */
        public static function getPcid(?int $cid = null): int|false {}

        /** Run $callback when the calling coroutine ends, last deferred first. */
        public static function defer(callable $callback): void {}

        /** The context of $cid (default or 0: the calling one), freed when it ends; null when
         * $cid is not live (or outside any coroutine). */
        public static function getContext(?int $cid = null): ?\WServer\Coroutine\Context {}

        public static function exists(int $cid): bool {}

        /** The ids of the live coroutines. */
        public static function list(): \WServer\Coroutine\Iterator {}

        /** list(), Swoole's other name. */
        public static function listCoroutines(): \WServer\Coroutine\Iterator {}

        public static function stats(): array {}

        /** Suspend the calling coroutine until resume() names it; false when canceled. */
        public static function yield(): bool {}

        /** yield(), Swoole's other name. */
        public static function suspend(): bool {}

        /** Wait until every live coroutine of $cids ended; false (see last_error()) when none
         * is live, one is the caller or joined already, on time-out, or when canceled. */
        public static function join(array $cids, float $timeout = -1): bool {}

        /** End the wait or sleep $cid is suspended in, at once: it returns false (or throws
         * Coroutine\CanceledException with $throw_exception). false (see last_error()) when
         * $cid is not live or not suspended. */
        public static function cancel(int $cid, bool $throw_exception = false): bool {}

        /** After $seconds, a Coroutine\TimeoutException is thrown where the calling coroutine
         * waits (at its next wait if it runs then); false outside a coroutine or for $seconds <= 0. */
        public static function setTimeLimit(float $seconds): bool {}

        /** Whether cancel() ended the calling coroutine's last wait. */
        public static function isCanceled(): bool {}

        /** Milliseconds since $cid (0: the calling one) started; -1 when it is not live. */
        public static function getElapsed(int $cid = 0): int {}

        /** debug_backtrace() of $cid (0: the calling one), from where it waits; false when it
         * is not live. */
        public static function getBackTrace(int $cid = 0, int $options = DEBUG_BACKTRACE_PROVIDE_OBJECT, int $limit = 0): array|false {}

        /** debug_print_backtrace() of $cid (0: the calling one); false when it is not live. */
        public static function printBackTrace(int $cid = 0, int $options = 0, int $limit = 0): ?bool {}

        /** Resume a coroutine suspended in yield(), at once. */
        public static function resume(int $cid): bool {}

        /** System::readFile(). */
        public static function readFile(string $filename, int $flag = 0): string|false {}

        /** System::writeFile(). */
        public static function writeFile(string $filename, string $fileContent, int $flags = 0): int|false {}

        /** System::gethostbyname(). */
        public static function gethostbyname(string $domain_name, int $type = AF_INET, float $timeout = -1): string|false {}

        /** System::dnsLookup(). */
        public static function dnsLookup(string $domain_name, float $timeout = 60, int $type = AF_INET): string|false {}

        /** System::getaddrinfo(). */
        public static function getaddrinfo(string $domain, int $family = AF_INET, int $socktype = SOCK_STREAM, int $protocol = STREAM_IPPROTO_TCP, ?string $service = null, float $timeout = -1): array|false {}

        /** System::statvfs(). */
        public static function statvfs(string $path): array|false {}

        /** System::exec(). */
        public static function exec(string $command, bool $get_error_stream = false): array|false {}

        /** System::wait(). */
        public static function wait(float $timeout = -1): array|false {}

        /** System::waitPid(). */
        public static function waitPid(int $pid, float $timeout = -1): array|false {}

        /** System::waitSignal(). */
        public static function waitSignal(int|array $signals, float $timeout = -1): int|false {}

        /** System::waitEvent(). */
        public static function waitEvent(mixed $socket, int $events = WSERVER_EVENT_READ, float $timeout = -1): int|false {}

        /** Set options of the coroutine runtime, merged into those set before:
         *  socket_timeout, socket_connect_timeout, socket_read_timeout, socket_write_timeout
         *  (seconds, the default of a socket call given none); others are kept as given. */
        public static function set(array $options): void {}

        /** The options set(), null before any. */
        public static function getOptions(): ?array {}
    }

    /** Coroutine::set() under the name swoole_async_set(). */
    function async_set(array $settings): void {}

    /** Coroutine::create(). */
    function go(callable $func, mixed ...$args): int|false {}

    /** Coroutine::defer(). */
    function defer(callable $callback): void {}
}

namespace WServer\Coroutine {
    /** Per-coroutine storage of Coroutine::getContext(). */
    final class Context extends \ArrayObject
    {
    }

    /** What Coroutine::list() returns: the ids of the live coroutines. */
    class Iterator extends \ArrayIterator
    {
    }

    /** Thrown where a coroutine waits by Coroutine::cancel($cid, true); uncaught, it ends the
     * coroutine quietly. */
    final class CanceledException extends \Exception
    {
    }

    /** Thrown where a coroutine waits once its Coroutine::setTimeLimit() passed. */
    final class TimeoutException extends \Exception
    {
    }

    /** Run $func(...$args) as a coroutine on a loop of its own, until every coroutine ended. */
    function run(callable $func, mixed ...$args): bool {}
}
