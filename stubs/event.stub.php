<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer {

/**
 * Swoole's Event, for scripts outside a server. A go() at the top of a script starts a loop of
 * the script's own; it runs when the script ends (or at Event::wait()) until every coroutine
 * ended, as in Swoole.
 * @not-serializable
 */
final class Event
{
    /** Run the script's loop until every coroutine ended; nothing to do without one. */
    public static function wait(): void {}

    /** Stop the script's loop: wait() returns, coroutines still suspended are canceled. */
    public static function exit(): void {}

    /** Run $callback (in a coroutine) on the next round of the loop, after this round's I/O. */
    public static function defer(callable $callback): bool {}

    /** Run $callback at the end of every round of the loop (before the defer()s with $before);
     * null removes it. */
    public static function cycle(?callable $callback, bool $before = false): bool {}

    /** Watch $fd (a descriptor, a stream or socket resource, an object with an int $fd) for
     * $events (SWOOLE_EVENT_READ 512 | SWOOLE_EVENT_WRITE 1024); each callback runs with $fd
     * in a coroutine while it is ready. The descriptor, or false with a warning. */
    public static function add(mixed $fd, ?callable $read_callback = null, ?callable $write_callback = null, int $events = 512): int|false {}

    /** Change the callbacks (null: keep) or events (0: keep) of a watched $fd. */
    public static function set(mixed $fd, ?callable $read_callback = null, ?callable $write_callback = null, int $events = 0): bool {}

    /** Stop watching $fd. */
    public static function del(mixed $fd): bool {}

    /** Write $data to the watched $fd: what it does not take at once is written, in order,
     * as it becomes writable. false when it is not watched or the write failed. */
    public static function write(mixed $fd, string $data): bool {}

    /** Whether $fd is watched for one of $events. */
    public static function isset(mixed $fd, int $events = 1536): bool {}

    /** Run one round of the loop (outside its callbacks). */
    public static function dispatch(): bool {}
}
}
