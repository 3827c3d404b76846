<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace {
    /**
     * @var int
     * @cvalue WSERVER_STRERROR_SYSTEM
     */
    const WSERVER_STRERROR_SYSTEM = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_STRERROR_GAI
     */
    const WSERVER_STRERROR_GAI = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_STRERROR_DNS
     */
    const WSERVER_STRERROR_DNS = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_STRERROR_SWOOLE
     */
    const WSERVER_STRERROR_SWOOLE = UNKNOWN;

    /* Swoole's error codes, with Swoole's values */
    /**
     * @var int
     * @cvalue WSERVER_ERROR_MALLOC_FAIL
     */
    const WSERVER_ERROR_MALLOC_FAIL = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_INVALID_PARAMS
     */
    const WSERVER_ERROR_INVALID_PARAMS = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_WRONG_OPERATION
     */
    const WSERVER_ERROR_WRONG_OPERATION = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_NO_PAYLOAD
     */
    const WSERVER_ERROR_NO_PAYLOAD = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_FILE_NOT_EXIST
     */
    const WSERVER_ERROR_FILE_NOT_EXIST = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_DNSLOOKUP_RESOLVE_FAILED
     */
    const WSERVER_ERROR_DNSLOOKUP_RESOLVE_FAILED = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_DNSLOOKUP_RESOLVE_TIMEOUT
     */
    const WSERVER_ERROR_DNSLOOKUP_RESOLVE_TIMEOUT = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_SESSION_CLOSED
     */
    const WSERVER_ERROR_SESSION_CLOSED = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_SESSION_NOT_EXIST
     */
    const WSERVER_ERROR_SESSION_NOT_EXIST = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_SSL_VERIFY_FAILED
     */
    const WSERVER_ERROR_SSL_VERIFY_FAILED = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_SSL_HANDSHAKE_FAILED
     */
    const WSERVER_ERROR_SSL_HANDSHAKE_FAILED = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_DATA_LENGTH_TOO_LARGE
     */
    const WSERVER_ERROR_DATA_LENGTH_TOO_LARGE = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_CLIENT_NO_CONNECTION
     */
    const WSERVER_ERROR_CLIENT_NO_CONNECTION = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_HTTP_COOKIE_UNAVAILABLE
     */
    const WSERVER_ERROR_HTTP_COOKIE_UNAVAILABLE = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_SERVER_NO_IDLE_WORKER
     */
    const WSERVER_ERROR_SERVER_NO_IDLE_WORKER = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_CO_OUT_OF_COROUTINE
     */
    const WSERVER_ERROR_CO_OUT_OF_COROUTINE = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_CO_CANNOT_CANCEL
     */
    const WSERVER_ERROR_CO_CANNOT_CANCEL = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_CO_NOT_EXISTS
     */
    const WSERVER_ERROR_CO_NOT_EXISTS = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_CO_CANCELED
     */
    const WSERVER_ERROR_CO_CANCELED = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_CO_TIMEDOUT
     */
    const WSERVER_ERROR_CO_TIMEDOUT = UNKNOWN;
    /**
     * @var int
     * @cvalue WSERVER_ERROR_CO_SOCKET_CLOSE_WAIT
     */
    const WSERVER_ERROR_CO_SOCKET_CLOSE_WAIT = UNKNOWN;
}

namespace WServer {
    /** The message of $errno: an errno value (SYSTEM), a getaddrinfo() code (GAI), an
     *  h_errno (DNS), or one of Swoole's codes (SWOOLE; also chosen for any code in their
     *  range). Swoole's swoole_strerror(). */
    function strerror(int $errno, int $errorType = \WSERVER_STRERROR_SYSTEM): string {}

    /** A line in the log at $level (WSERVER_LOG_*) when the log_level of Coroutine::set()
     *  lets it through (swoole_error_log()). */
    function error_log(int $level, string $msg): void {}

    /** error_log() naming the error code $error, unless ignore_error($error) was called. */
    function error_log_ex(int $level, int $error, string $msg): void {}

    /** error_log_ex() with $error logs nothing from now on in this process. */
    function ignore_error(int $error): void {}
}
