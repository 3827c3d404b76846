<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer {
    /**
     * A created Table from "name:type[:size], ..." (Swoole's library swoole_table()): type i/int,
     * f/float or s/string (which needs its size); a RuntimeException names a bad field.
     */
    function table(int $size, string $fields): Table {}
}
