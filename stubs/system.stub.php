<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace {
    /* Log levels, least severe first, with Swoole's values (Coroutine::set(['log_level' => ...]),
     * Server::set(['log_level' => ...])). */
    /** @var int */
    const WSERVER_LOG_DEBUG = 0;
    /** @var int */
    const WSERVER_LOG_TRACE = 1;
    /** @var int */
    const WSERVER_LOG_INFO = 2;
    /** @var int */
    const WSERVER_LOG_NOTICE = 3;
    /** @var int */
    const WSERVER_LOG_WARNING = 4;
    /** @var int */
    const WSERVER_LOG_ERROR = 5;
    /** @var int */
    const WSERVER_LOG_NONE = 6;
}

namespace WServer {
    /** The number of CPUs online (swoole_cpu_num()). */
    function cpu_num(): int {}

    /** The errno of the last failed system call of a WServer function (Process::kill(), ...);
     * 0 when none failed (swoole_errno()). */
    function errno(): int {}

    /** The last error code of a WServer function (swoole_last_error()): the errno of a failed
     * system call. */
    function last_error(): int {}
}
