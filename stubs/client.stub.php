<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Coroutine;

/**
 * Swoole's coroutine client: waits suspend only the calling coroutine. Failures return false
 * and set $errCode/$errMsg as Socket does. Dynamic properties are allowed, as on Swoole's (an
 * application keeps its own state on the client).
 * @not-serializable
 */
#[\AllowDynamicProperties]
final class Client
{
    public readonly int $type;
    public int $errCode = 0;
    public string $errMsg = '';
    public bool $connected = false;
    /** What set() was given. */
    public ?array $setting = null;

    /** $type: WSERVER_SOCK_TCP, _TCP6, _UDP, _UDP6, _UNIX_STREAM, _UNIX_DGRAM; a stream type
     * | WSERVER_SSL for TLS (ssl_* options of set(): the peer and its name are verified unless
     * ssl_verify_peer is false). */
    public function __construct(int $type) {}

    /** timeout, connect_timeout, read_timeout, write_timeout (seconds; < 0: no limit). */
    public function set(array $settings): bool {}

    /** $timeout 0: connect_timeout, else timeout, else 2 s. */
    public function connect(string $host, int $port = 0, float $timeout = 0, int $sockFlag = 0): bool {}

    /** Writes all of $data: the number of bytes. $timeout 0: write_timeout, else timeout, else none. */
    public function send(string $data, float $timeout = 0): int|false {}

    public function sendAll(string $data, float $timeout = 0): int|false {}

    /** Up to 64 KB as soon as some bytes are in; "" when the server closed. $timeout 0:
     * read_timeout, else timeout, else none. */
    public function recv(float $timeout = 0): string|false {}

    /** Exactly $length bytes, or fewer when the server closed or the time ran out. */
    public function recvAll(int $length = 65536, float $timeout = 0): string|false {}

    public function sendto(string $host, int $port, string $data): bool {}

    /** TLS on a connected client. */
    public function enableSSL(): bool {}

    /** The server's certificate (PEM). */
    public function getPeerCert(): string|false {}

    /** Whether the handshake verified the server's certificate. */
    public function verifyPeerCert(bool $allowSelfSigned = false): bool {}

    public function isConnected(): bool {}

    public function getsockname(): array|false {}

    public function getpeername(): array|false {}

    public function close(): bool {}
}
