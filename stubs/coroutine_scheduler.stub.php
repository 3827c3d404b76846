<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Coroutine;

/**
 * Swoole's Coroutine\Scheduler: coroutines queued with add()/parallel() start together on a
 * loop of the script's own when start() is called, which returns once all of them ended.
 * @not-serializable
 */
final class Scheduler
{
    /** Queue $func(...$args) to start as a coroutine at start(). */
    public function add(callable $func, mixed ...$args): ?bool {}

    /** Queue $num coroutines running $func(...$args). */
    public function parallel(int $num, callable $func, mixed ...$args): ?bool {}

    /** Coroutine::set(). */
    public function set(array $settings): bool {}

    /** Coroutine::getOptions(). */
    public function getOptions(): ?array {}

    /** Start the queued coroutines in order on a loop of their own and run it until every
     * coroutine ended; false (with a warning) when a loop runs here already or nothing was
     * queued. */
    public function start(): bool {}
}
