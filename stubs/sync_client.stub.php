<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace {
    /**
     * Swoole's SWOOLE_SOCK_SYNC: a Client whose calls block the process (the only kind).
     * @var int
     */
    const WSERVER_SOCK_SYNC = 0;
    /**
     * Swoole's SWOOLE_SOCK_ASYNC: refused, as in Swoole 5 and later.
     * @var int
     */
    const WSERVER_SOCK_ASYNC = 1;
    /**
     * Swoole's SWOOLE_KEEP: accepted; the connection is not kept past the object.
     * @var int
     */
    const WSERVER_KEEP = 4096;
}

namespace WServer {
    /**
     * Swoole's blocking client (Swoole\Client): connect, send and recv wait in the calling
     * process, with the timeout given to connect() or set(). Failures return false and set
     * $errCode/$errMsg; a recv() that times out fails with errCode 11 (EAGAIN), a connect()
     * with 110 (ETIMEDOUT), as in Swoole.
     * @not-serializable
     */
    class Client
    {
        /** @var int */
        public const MSG_OOB = 1;
        /** @var int */
        public const MSG_PEEK = 2;
        /** @var int */
        public const MSG_DONTWAIT = 64;
        /** @var int */
        public const MSG_WAITALL = 256;
        /** @var int */
        public const SHUT_RDWR = 2;
        /** @var int */
        public const SHUT_RD = 0;
        /** @var int */
        public const SHUT_WR = 1;

        public int $errCode = 0;
        public string $errMsg = '';
        /** The socket's fd, -1 when not connected. */
        public int $sock = -1;
        public bool $reuse = false;
        public int $reuseCount = 0;
        public int $type = 0;
        public ?string $id = null;
        /** What set() was given. */
        public ?array $setting = null;

        /** $type: WSERVER_SOCK_TCP, _TCP6, _UDP, _UDP6, _UNIX_STREAM, _UNIX_DGRAM, optionally |
         *  WSERVER_KEEP and, for a stream type, | WSERVER_SSL (TLS: the ssl_* options of
         *  set()); $async must be WSERVER_SOCK_SYNC. */
        public function __construct(int $type, int $async = \WSERVER_SOCK_SYNC, string $id = '') {}

        /** timeout, connect_timeout, read_timeout, write_timeout (seconds; < 0: none) and the
         * framing of recv(): open_eof_check, open_eof_split, package_eof, open_length_check,
         * package_length_type, package_length_offset, package_body_offset, package_max_length. */
        public function set(array $settings): bool {}

        /** $timeout (0.5 s unless given) also becomes the timeout of send() and recv() unless
         * set() gave one. For UDP it fixes the peer. */
        public function connect(string $host, int $port = 0, float $timeout = 0.5, int $sockFlag = 0): bool {}

        /** Writes all of $data: the number of bytes. */
        public function send(string $data, int $flag = 0): int|false {}

        public function sendto(string $host, int $port, string $data): bool {}

        /** With framing: one whole package. Else up to $size bytes as soon as some are in,
         *  or exactly $size with MSG_WAITALL. "" once the server closed. */
        public function recv(int $size = 65536, int $flag = 0): string|false {}

        public function shutdown(int $how): bool {}

        /** TLS on a connected client (ssl_* options of set()). */
        public function enableSSL(): bool {}

        /** The server's certificate (PEM). */
        public function getPeerCert(): string|false {}

        /** Whether the handshake verified the server's certificate. */
        public function verifyPeerCert(bool $allowSelfSigned = false): bool {}

        /** Swoole's: the connected socket as ext/sockets' \Socket (a duplicate of it). */
        public function getSocket(): \Socket|false {}

        public function isConnected(): bool {}

        public function getsockname(): array|false {}

        public function getpeername(): array|false {}

        public function close(bool $force = false): bool {}
    }
}
