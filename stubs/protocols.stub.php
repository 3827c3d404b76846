<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Protocols;

/** A protocol class, as Workerman's: what a scheme or $protocol names. */
interface ProtocolInterface
{
    /** The length of the first whole package in $buffer; 0: more bytes are needed.
     * @tentative-return-type */
    public static function input(string $buffer, \WServer\Connection\ConnectionInterface $connection): int;

    /** What onMessage gets for one whole package.
     * @tentative-return-type */
    public static function decode(string $buffer, \WServer\Connection\ConnectionInterface $connection): mixed;

    /** What send() writes for $data.
     * @tentative-return-type */
    public static function encode(mixed $data, \WServer\Connection\ConnectionInterface $connection): string;
}

/** text:// (lines ending in "\n"). A Worker or connection naming it uses the built-in codec. */
final class Text
{
    public static function input(string $buffer, ?\WServer\Connection\ConnectionInterface $connection = null): int {}

    public static function decode(string $buffer, ?\WServer\Connection\ConnectionInterface $connection = null): string {}

    public static function encode(string $buffer, ?\WServer\Connection\ConnectionInterface $connection = null): string {}
}

/** frame:// (a 4-byte big-endian length that counts itself). Uses the built-in codec. */
final class Frame
{
    public static function input(string $buffer, ?\WServer\Connection\ConnectionInterface $connection = null): int {}

    public static function decode(string $buffer, ?\WServer\Connection\ConnectionInterface $connection = null): string {}

    public static function encode(string $data, ?\WServer\Connection\ConnectionInterface $connection = null): string {}
}

/** ws:// as a client: frames it sends are masked, frames it gets are not. */
final class Ws
{
    public static function input(string $buffer, ?\WServer\Connection\ConnectionInterface $connection = null): int {}

    public static function decode(string $bytes, ?\WServer\Connection\ConnectionInterface $connection = null): string {}

    public static function encode(string $payload, ?\WServer\Connection\ConnectionInterface $connection = null): string {}
}
