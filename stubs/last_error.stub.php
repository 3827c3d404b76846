<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace {
    /* Error codes of last_error(), with Swoole's values (SWOOLE_ERROR_* under wserver.aliases=swoole). */
    /** @var int */
    const WSERVER_ERROR_SYSTEM_CALL_FAIL = 502;
    /** @var int */
    const WSERVER_ERROR_INVALID_PARAMS = 505;
    /** @var int */
    const WSERVER_ERROR_OPERATION_NOT_SUPPORT = 507;
    /** @var int */
    const WSERVER_ERROR_WRONG_OPERATION = 509;
    /** @var int */
    const WSERVER_ERROR_DNSLOOKUP_RESOLVE_FAILED = 711;
    /** @var int */
    const WSERVER_ERROR_DNSLOOKUP_RESOLVE_TIMEOUT = 712;
    /** @var int */
    const WSERVER_ERROR_CO_OUT_OF_COROUTINE = 10001;
    /** @var int */
    const WSERVER_ERROR_CO_CANNOT_CANCEL = 10015;
    /** @var int */
    const WSERVER_ERROR_CO_NOT_EXISTS = 10016;
    /** @var int */
    const WSERVER_ERROR_CO_CANCELED = 10017;
    /** @var int */
    const WSERVER_ERROR_CO_TIMEDOUT = 10018;
}

namespace WServer {
    /** Reset last_error() (system.c) to 0. */
    function clear_error(): void {}
}
