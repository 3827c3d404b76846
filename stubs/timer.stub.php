<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace {
    /** @var int */
    const WSERVER_TIMER_MIN_MS = 1;
    /**
     * @var int
     * @cvalue ZEND_LONG_MAX
     */
    const WSERVER_TIMER_MAX_MS = UNKNOWN;
}

namespace WServer {
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

    /** Swoole's: call $callback($timerId, ...$params) every $ms milliseconds until clear();
     *  $ms < 1: a warning and false. At the top of a script the timer runs on the script's
     *  own loop, when the script ends or at Event::wait(). */
    public static function tick(int $ms, callable $callback, mixed ...$params): int|false {}

    /** Swoole's: call $callback(...$params) once, after $ms milliseconds. */
    public static function after(int $ms, callable $callback, mixed ...$params): int|false {}

    /** Swoole's del(): false when no such timer. In its own callback, the timer stops at once
     *  and info() shows it removed until the callback returns. */
    public static function clear(int $timerId): bool {}

    /** Every timer of this process; false when none was ever made here. */
    public static function clearAll(): bool {}

    public static function exists(int $timerId): bool {}

    /** exec_msec (the next run, ms since this process's timers began), exec_count, interval
     *  (ms; 0: once), round (the loop round it was added in), removed; null: no such timer. */
    public static function info(int $timerId): ?array {}

    /** The ids of this process's timers. */
    public static function list(): Timer\Iterator {}

    /** initialized (timers made here since the loop began), num, round (loop rounds since). */
    public static function stats(): array {}
}
}

namespace WServer\Timer {
    /** What Timer::list() returns. */
    class Iterator extends \ArrayIterator {}
}
