<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Coroutine\Http;

/**
 * Swoole's coroutine HTTP server: start() accepts in the calling coroutine; each connection is
 * served in a coroutine of its own, one request after another (keep-alive), each by the
 * handle() callable whose path prefix matches (else the one of "/", else 404), with an
 * Http\Request and an Http\Response. A handler may upgrade() the Response to WebSocket.
 * @strict-properties
 * @not-serializable
 */
final class Server
{
    public int $fd = -1;
    public ?string $host = null;
    /** The port listened on (the one the system chose for port 0). */
    public int $port = -1;
    public bool $ssl = false;
    /** What set() was given. */
    public ?array $settings = null;
    public int $errCode = 0;
    public string $errMsg = '';

    /** Binds and listens at once: a WServer\Exception when it cannot. */
    public function __construct(string $host, int $port = 0, bool $ssl = false, bool $reuse_port = false) {}

    /** package_max_length (the largest request), websocket options; others are kept. */
    public function set(array $settings): bool {}

    /** $fn(Request $request, Response $response) serves the paths that start with $pattern. */
    public function handle(string $pattern, callable $fn): bool {}

    public function start(): bool {}

    /** Stop accepting and close the connections waiting for a request: start() returns. */
    public function shutdown(): void {}
}
