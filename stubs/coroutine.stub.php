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

        /** The id of the coroutine that created $cid (default: the calling one); -1: none. */
        public static function getPcid(?int $cid = null): int|false {}

        /** Run $callback when the calling coroutine ends, last deferred first. */
        public static function defer(callable $callback): void {}

        /** The context of $cid (default: the calling one), freed when it ends. */
        public static function getContext(?int $cid = null): ?\WServer\Coroutine\Context {}

        public static function exists(int $cid): bool {}

        /** The ids of the live coroutines. */
        public static function list(): array {}

        public static function stats(): array {}

        /** Suspend the calling coroutine until resume() names it; false when canceled. */
        public static function yield(): bool {}

        /** Resume a coroutine suspended in yield(), at once. */
        public static function resume(int $cid): bool {}

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
}

namespace WServer\Coroutine {
    /** Per-coroutine storage of Coroutine::getContext(). */
    final class Context extends \ArrayObject
    {
    }

    /** Run $func(...$args) as a coroutine on a loop of its own, until every coroutine ended. */
    function run(callable $func, mixed ...$args): bool {}
}
