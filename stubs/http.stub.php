<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Protocols;

/**
 * The http:// protocol (the Workerman API): its settings, and the static methods that measure,
 * parse and make messages outside a connection. A Worker or connection naming this class uses
 * the built-in parser.
 * @not-serializable
 */
class Http
{
    /**
     * The class each request is made as: Http\Request or a subclass of it (for example a
     * framework's Request). Returns the class in use.
     */
    public static function requestClass(?string $className = null): string {}

    /** The session cookie's name (Http\Session::$name). */
    public static function sessionName(?string $name = null): string {}

    /**
     * The directory uploaded files are written to, set when $dir is given: by default
     * upload_tmp_dir, else the system's temp directory.
     */
    public static function uploadTmpDir(?string $dir = null): string {}

    /**
     * Compressed replies on this process's http:// Workers (off by default, as Workerman has
     * none): gzip, deflate, br or zstd as each request's Accept-Encoding allows, for bodies of
     * at least $minLength bytes whose Content-Type is in $types (null: text/*, JSON,
     * JavaScript, XML, SVG...; "type/*" names a whole type), at $level 0-22, which each codec
     * clamps (gzip and deflate 1-9, br 0-11, zstd 1-22). A null
     * argument leaves its setting. Returns the settings in use: enable, level, min_length,
     * types. Call it in the start file (before runAll()) or in onWorkerStart.
     */
    public static function compression(?bool $enable = null, ?int $level = null, ?int $minLength = null, ?array $types = null): array {}

    /** The length of the first whole request in $buffer (head and body); 0: more needed. */
    public static function input(string $buffer, \WServer\Connection\TcpConnection $connection): int {}

    /** A Request (of requestClass()) for one whole request. */
    public static function decode(string $buffer, \WServer\Connection\TcpConnection $connection): Http\Request {}

    /** A Response (or a string: 200 text/html) as the bytes that answer it. */
    public static function encode(mixed $response, \WServer\Connection\TcpConnection $connection): string {}
}
