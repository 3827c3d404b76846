<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer;

/** Coroutines: every callback of a worker runs in one. */
final class Coroutine
{
    /** Suspend the calling coroutine; the worker serves others meanwhile. */
    public static function sleep(float $seconds): bool {}

    /** The id of the calling coroutine, -1 outside any. */
    public static function getCid(): int {}
}
