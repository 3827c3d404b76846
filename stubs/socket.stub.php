<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Coroutine;

/**
 * A socket whose waits suspend only the calling coroutine. Timeouts are seconds; 0 or less
 * waits without limit. Failures return false and set $errCode (an errno value such as
 * ETIMEDOUT, ECONNREFUSED; ECANCELED when the worker stops during the wait;
 * DNS_LOOKUP_FAILED; the class constants hold this system's values) and $errMsg.
 * @strict-properties
 * @not-serializable
 */
final class Socket
{
    /**
     * errCode of a failed name lookup (not an errno value).
     * @var int
     */
    public const DNS_LOOKUP_FAILED = 704;
    /**
     * errCode of a wait cut short by the worker's stop (or the end of Coroutine\run()).
     * @var int
     * @cvalue ECANCELED
     */
    public const ECANCELED = UNKNOWN;
    /**
     * errCode of a wait cut short by close() from another coroutine.
     * @var int
     * @cvalue ECONNABORTED
     */
    public const ECONNABORTED = UNKNOWN;
    /**
     * @var int
     * @cvalue ETIMEDOUT
     */
    public const ETIMEDOUT = UNKNOWN;
    /**
     * @var int
     * @cvalue ECONNREFUSED
     */
    public const ECONNREFUSED = UNKNOWN;

    public readonly int $fd;
    public readonly int $domain;
    public readonly int $type;
    public readonly int $protocol;
    public int $errCode = 0;
    public string $errMsg = '';

    public function __construct(int $domain, int $type, int $protocol = 0) {}

    public function connect(string $host, int $port = 0, float $timeout = 0): bool {}

    /** Writes what the socket takes (after at most one wait): the number of bytes. */
    public function send(string $data, float $timeout = 0): int|false {}

    public function sendAll(string $data, float $timeout = 0): int|false {}

    /** At most $length bytes, as soon as some are in; "" when the peer closed. */
    public function recv(int $length = 65536, float $timeout = 0): string|false {}

    /** Exactly $length bytes, or fewer when the peer closed or the time ran out. */
    public function recvAll(int $length = 65536, float $timeout = 0): string|false {}

    /**
     * One line, through the first "\n" or "\r" (included), at most $length bytes (as Swoole's);
     * what is left at the end when the peer closed; "" once nothing is.
     */
    public function recvLine(int $length = 65536, float $timeout = 0): string|false {}

    public function sendto(string $address, int $port, string $data): int|false {}

    /** @param array $peer set to ['address' => ..., 'port' => ...] */
    public function recvfrom(mixed &$peer, float $timeout = 0): string|false {}

    public function bind(string $address, int $port = 0): bool {}

    public function listen(int $backlog = 512): bool {}

    /** With open_ssl (setProtocol()), the connection's TLS handshake is done before it is
     * returned. */
    public function accept(float $timeout = 0): Socket|false {}

    /**
     * open_ssl (TLS in connect() and accept()), the ssl_* options of TLS, and the framing
     * recvPacket() reads by (open_length_check, open_eof_check... as a Client's set()).
     */
    public function setProtocol(array $settings): bool {}

    /**
     * One whole package as setProtocol()'s framing says (without framing, what arrived); ""
     * when the peer closed, false on a time-out or a package that cannot be framed.
     */
    public function recvPacket(float $timeout = 0): string|false {}

    /** TLS on the connected socket: as the client after connect(), as the server after
     * accept(). */
    public function sslHandshake(): bool {}

    public function getsockname(): array|false {}

    public function getpeername(): array|false {}

    public function close(): bool {}

    public function isClosed(): bool {}
}
