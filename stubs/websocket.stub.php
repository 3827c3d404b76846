<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Protocols;

/**
 * websocket:// (RFC 6455). Assign a constant to $connection->websocketType to choose the
 * frames send() makes.
 */
final class Websocket
{
    /** The length of the first whole frame in $buffer; 0: more bytes are needed. */
    public static function input(string $buffer, ?\WServer\Connection\ConnectionInterface $connection = null): int {}

    /** The payload of one whole frame, unmasked. */
    public static function decode(string $buffer, ?\WServer\Connection\ConnectionInterface $connection = null): string {}

    /** One unmasked frame of $buffer (text, or binary when $connection->websocketType is
     * BINARY_TYPE_ARRAYBUFFER): what send($data) writes, for send($frame, true). */
    public static function encode(mixed $buffer, ?\WServer\Connection\ConnectionInterface $connection = null): string {}

    /* BINARY_TYPE_BLOB ("\x81", text frames) and BINARY_TYPE_ARRAYBUFFER ("\x82", binary
     * frames) are declared in websocket.c: gen_stub would write their bytes raw into C. */
}
