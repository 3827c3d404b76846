<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Coroutine {
    /**
     * At most $size connections made by $factory, shared by the coroutines of a process: get()
     * takes an idle one, makes one while fewer than $size exist, or waits for a put(). A
     * connection found broken is given back as put(null): it is dropped, and the next get()
     * makes a new one.
     * @not-serializable
     */
    final class ConnectionPool
    {
        public function __construct(callable $factory, int $size = 64) {}

        /** Make connections until $size exist. */
        public function fill(): void {}

        /** A connection; false when none came back within $timeout seconds (<= 0: no limit). */
        public function get(float $timeout = -1): mixed {}

        /** Give $connection back for the next get(); null: it is broken, drop it. */
        public function put(mixed $connection): void {}

        /** Drop the idle connections; waiting get()s return false; get() throws from now on. */
        public function close(): void {}

        /** ['size' => ..., 'made' => live connections, 'idle' => ..., 'waiting' => get()s]. */
        public function stats(): array {}
    }
}
