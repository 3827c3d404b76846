<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Protocols;

/** http://, as Workerman's protocol class. A Worker or connection naming it uses the built-in
 * parser; the static methods measure, parse and make messages outside a connection. */
class Http
{
    /** The length of the first whole request in $buffer (head and body); 0: more needed. */
    public static function input(string $buffer, \WServer\Connection\TcpConnection $connection): int {}

    /** A Request for one whole request. */
    public static function decode(string $buffer, \WServer\Connection\TcpConnection $connection): Http\Request {}

    /** A Response (or a string: 200 text/html) as the bytes that answer it. */
    public static function encode(mixed $response, \WServer\Connection\TcpConnection $connection): string {}
}
