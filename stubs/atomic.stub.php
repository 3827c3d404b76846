<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer {
    /**
     * A 32-bit unsigned counter in shared memory: made before a fork (Process::start(), a
     * server's workers), it is the same counter in every process. wait()/wakeup() block the
     * whole process on a futex.
     * @strict-properties
     * @not-serializable
     */
    final class Atomic
    {
        public function __construct(int $value = 0) {}

        /** The value after adding (modulo 2^32). */
        public function add(int $add_value = 1): int {}

        /** The value after subtracting (modulo 2^32). */
        public function sub(int $sub_value = 1): int {}

        public function get(): int {}

        public function set(int $value): void {}

        /** Set new_value if the value is cmp_value; whether it was. */
        public function cmpset(int $cmp_value, int $new_value): bool {}

        /** Block until wakeup() (true) or timeout seconds (false; <= 0: no limit). A value of 1
         * is a wakeup already given: it is taken (set to 0) and wait() returns at once. */
        public function wait(float $timeout = 1.0): bool {}

        /** Set the value to 1 and wake up to count waiters (nothing when it is 1 already). */
        public function wakeup(int $count = 1): bool {}
    }
}

namespace WServer\Atomic {
    /**
     * A 64-bit signed counter in shared memory, as WServer\Atomic without wait()/wakeup().
     * @strict-properties
     * @not-serializable
     */
    final class Long
    {
        public function __construct(int $value = 0) {}

        public function add(int $add_value = 1): int {}

        public function sub(int $sub_value = 1): int {}

        public function get(): int {}

        public function set(int $value): void {}

        public function cmpset(int $cmp_value, int $new_value): bool {}
    }
}
