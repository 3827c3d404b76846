<?php

/**
 * @generate-function-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer;

/** The number of CPUs online (swoole_cpu_num()). */
function cpu_num(): int {}

/** The errno of the last failed system call of a WServer function (Process::kill(), ...);
 * 0 when none failed (swoole_errno()). */
function errno(): int {}

/** The last error code of a WServer function (swoole_last_error()): the errno of a failed
 * system call. */
function last_error(): int {}
