<?php

/**
 * @generate-function-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer;

/** The number of CPUs online (swoole_cpu_num()). */
function cpu_num(): int {}
