<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer;

/** Timers on the worker's event loop; each run of a callback is a coroutine. */
final class Timer
{
    public static function add(float $timeInterval, callable $func, array $args = [], bool $persistent = true): int|false {}

    public static function del(int $timerId): bool {}

    public static function delAll(): void {}

    /** Suspend the calling coroutine for $delay seconds. */
    public static function sleep(float $delay): void {}
}
