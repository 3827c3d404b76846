<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer;

/**
 * exit() in a coroutine of a script run with Swoole's names (Swoole\ExitException): thrown
 * where exit() is, so the coroutine may catch it; uncaught, it is a fatal error.
 */
class ExitException extends Exception
{
    private mixed $status = null;
    private int $flags = 0;

    public function getStatus(): mixed {}

    public function getFlags(): int {}
}
