<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace {
    /** @var int */
    const WSERVER_RWLOCK = 1;
    /** @var int */
    const WSERVER_MUTEX = 3;
    /** @var int */
    const WSERVER_SPINLOCK = 5;
}

namespace WServer {
    /**
     * A lock shared by every process forked after it was made. MUTEX is robust: when a
     * process dies holding it, the next locker gets it (with a warning).
     * @strict-properties
     * @not-serializable
     */
    class Lock
    {
        /** @var int */
        public const RWLOCK = 1;
        /** @var int */
        public const MUTEX = 3;
        /** @var int */
        public const SPINLOCK = 5;

        /** The error number of the last failed call (SOCKET_ETIMEDOUT, ...). */
        public int $errCode = 0;

        public function __construct(int $type = Lock::MUTEX) {}

        /** $operation: LOCK_EX, LOCK_SH (readers, RWLOCK only), | LOCK_NB for one try. */
        public function lock(int $operation = LOCK_EX, float $timeout = -1): bool {}

        public function unlock(): bool {}

        /** Swoole 5's spellings of lock() */
        public function trylock(): bool {}

        public function lockwait(float $timeout = 1.0): bool {}

        public function lock_read(): bool {}

        public function trylock_read(): bool {}
    }
}
