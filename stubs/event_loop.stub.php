<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Events;

/** What Worker::getEventLoop() gives: the methods of Workerman 5.2's EventInterface. */
interface EventInterface
{
    /** Call $func(...$args) once after $delay seconds; returns the timer id. */
    public function delay(float $delay, callable $func, array $args = []): int;

    public function offDelay(int $timerId): bool;

    /** Call $func(...$args) every $interval seconds; returns the timer id. */
    public function repeat(float $interval, callable $func, array $args = []): int;

    public function offRepeat(int $timerId): bool;

    /** Call $func(mixed $stream) whenever $stream (a stream or a Socket) can be read. */
    public function onReadable(mixed $stream, callable $func): void;

    public function offReadable(mixed $stream): bool;

    /** Call $func(mixed $stream) whenever $stream can be written. */
    public function onWritable(mixed $stream, callable $func): void;

    public function offWritable(mixed $stream): bool;

    /** Call $func($signal) when the process gets $signal. */
    public function onSignal(int $signal, callable $func): void;

    public function offSignal(int $signal): bool;

    public function deleteAllTimer(): void;

    public function run(): void;

    public function stop(): void;

    public function getTimerCount(): int;

    /** $errorHandler($throwable) gets what a callback of this loop lets escape. */
    public function setErrorHandler(callable $errorHandler): void;
}

/**
 * The event loop of this process (a worker's libev loop, or Coroutine\run()'s): every Loop
 * object is a handle on it, and its timers are those of WServer\Timer. Each callback runs as
 * a coroutine.
 * @strict-properties
 * @not-serializable
 */
final class Loop implements EventInterface
{
    public function delay(float $delay, callable $func, array $args = []): int {}

    public function offDelay(int $timerId): bool {}

    public function repeat(float $interval, callable $func, array $args = []): int {}

    public function offRepeat(int $timerId): bool {}

    public function onReadable(mixed $stream, callable $func): void {}

    public function offReadable(mixed $stream): bool {}

    public function onWritable(mixed $stream, callable $func): void {}

    public function offWritable(mixed $stream): bool {}

    public function onSignal(int $signal, callable $func): void {}

    public function offSignal(int $signal): bool {}

    public function deleteAllTimer(): void {}

    /** The loop runs already in a worker: throws WServer\Exception. */
    public function run(): void {}

    /** In a worker: stop it gracefully (the manager starts a new one), as Worker::stopAll(). */
    public function stop(): void {}

    public function getTimerCount(): int {}

    public function setErrorHandler(callable $errorHandler): void {}
}
