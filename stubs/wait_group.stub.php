<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Coroutine;

/**
 * Waits until a counter of pending jobs drops to zero.
 * @strict-properties
 * @not-serializable
 */
final class WaitGroup
{
    /** The outcome of the last wait(): a Channel::ERROR_ constant. */
    public int $errCode = 0;

    public function __construct(int $delta = 0) {}

    public function add(int $delta = 1): void {}

    public function done(): void {}

    /** true once the counter is zero; false on time-out or when canceled: see $errCode. */
    public function wait(float $timeout = -1): bool {}

    public function count(): int {}
}
