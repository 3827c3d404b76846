<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer;

/** Timers on the worker's event loop; each run of a callback is a coroutine. */
final class Timer
{
    /** $args null is []; a one-shot timer ($persistent false) may have $timeInterval 0. */
    public static function add(float $timeInterval, callable $func, ?array $args = [], bool $persistent = true): int|false {}

    /** Call $func(...$args) once, after $timeInterval seconds (0: on the next loop round). */
    public static function delay(float $timeInterval, callable $func, array $args = []): int {}

    /** Call $func(...$args) every $timeInterval seconds until del(). */
    public static function repeat(float $timeInterval, callable $func, array $args = []): int {}

    public static function del(int $timerId): bool {}

    public static function delAll(): void {}

    /** Suspend the calling coroutine for $delay seconds; called in a Fiber the application
     *  made itself, suspend that Fiber and resume it from a timer. */
    public static function sleep(float $delay): void {}
}
