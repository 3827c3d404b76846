<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Coroutine {
    /**
     * Swoole's coroutine TCP server: start() accepts in the calling coroutine and runs the
     * handle() callable for each connection in a coroutine of its own, until shutdown().
     * @strict-properties
     * @not-serializable
     */
    class Server
    {
        public string $host = '';
        /** The port listened on (the one the system chose for port 0). */
        public int $port = 0;
        /** AF_INET, AF_INET6 (a host with "::") or AF_UNIX ("unix:/path"). */
        public int $type = 2;
        public int $fd = -1;
        public int $errCode = 0;
        /** What set() was given, and open_ssl. */
        public array $setting = [];

        /** Binds and listens at once: a WServer\Exception when it cannot. */
        public function __construct(string $host, int $port = 0, bool $ssl = false, bool $reuse_port = false) {}

        /** The framing of Connection::recv() (open_length_check, open_eof_check, ...). */
        public function set(array $setting): void {}

        /** $fn(Connection $conn) runs for each connection. */
        public function handle(callable $fn): void {}

        /** Stop accepting: start() returns. */
        public function shutdown(): bool {}

        public function start(): bool {}
    }
}

namespace WServer\Coroutine\Server {
    /**
     * One connection of a Coroutine\Server.
     * @strict-properties
     * @not-serializable
     */
    class Connection
    {
        public function __construct(\WServer\Coroutine\Socket $conn) {}

        /** The next package (framed by the server's set()), or what arrived; "" when the peer
         * closed; false on failure or time-out ($timeout <= 0: none). */
        public function recv(float $timeout = 0): string|false {}

        /** All of $data: the bytes sent, or false. */
        public function send(string $data): int|false {}

        public function close(): bool {}

        public function exportSocket(): \WServer\Coroutine\Socket {}
    }
}
