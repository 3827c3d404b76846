<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer;

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
}
