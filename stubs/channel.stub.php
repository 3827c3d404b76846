<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace {
    /** @var int */
    const WSERVER_CHANNEL_OK = 0;
    /** @var int */
    const WSERVER_CHANNEL_TIMEOUT = -1;
    /** @var int */
    const WSERVER_CHANNEL_CLOSED = -2;
    /** @var int */
    const WSERVER_CHANNEL_CANCELED = -3;
}

namespace WServer\Coroutine {
    /**
     * A queue of at most $capacity values between coroutines: push() waits while it is full,
     * pop() while it is empty. Not final: a subclass must call parent::__construct().
     * @strict-properties
     * @not-serializable
     */
    class Channel
    {
        /** @var int */
        public const ERROR_OK = 0;
        /** @var int */
        public const ERROR_TIMEOUT = -1;
        /** @var int */
        public const ERROR_CLOSED = -2;
        /**
         * The wait was cut short: the loop is ending (worker stop).
         * @var int
         */
        public const ERROR_CANCELED = -3;

        public readonly int $capacity;
        /** The outcome of the last push() or pop(): one of the ERROR_ constants. */
        public int $errCode = 0;

        public function __construct(int $capacity = 1) {}

        /** false on time-out, on a closed channel, or when canceled: see $errCode. */
        public function push(mixed $data, float $timeout = -1): bool {}

        /** The oldest value; false on time-out, once closed and empty, or when canceled. */
        public function pop(float $timeout = -1): mixed {}

        public function length(): int {}

        public function isEmpty(): bool {}

        public function isFull(): bool {}

        /** consumer_num (pop()s waiting), producer_num (push()es waiting), queue_num (values in). */
        public function stats(): array {}

        /** Wake every waiter with ERROR_CLOSED; values already in stay poppable. */
        public function close(): bool {}
    }
}
