<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Protocols\Http;

/**
 * An HTTP request, parsed lazily from the bytes received (the Workerman API).
 * @not-serializable
 */
#[\AllowDynamicProperties]
class Request
{
    public ?\WServer\Connection\TcpConnection $connection = null;

    /** Request line and headers larger than this are answered 431 (414 for the target alone). */
    public static int $maxHeaderSize = 16384;

    /** Request targets longer than this are answered 414. */
    public static int $maxUriLength = 8192;

    /** Seconds a client has to send the request line and headers (408 after; 0: no limit). */
    public static float $headerTimeout = 30.0;

    public function __construct(string $buffer) {}

    public function get(?string $name = null, mixed $default = null): mixed {}

    public function post(?string $name = null, mixed $default = null): mixed {}

    public function header(?string $name = null, mixed $default = null): mixed {}

    public function cookie(?string $name = null, mixed $default = null): mixed {}

    public function file(?string $name = null): mixed {}

    public function method(): string {}

    public function uri(): string {}

    public function path(): string {}

    public function queryString(): string {}

    public function protocolVersion(): string {}

    public function host(bool $withoutPort = false): ?string {}

    public function rawHead(): string {}

    public function rawBody(): string {}

    public function __toString(): string {}
}
