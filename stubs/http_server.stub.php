<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Http;

/** An HTTP server with the Swoole API: the `request` event gets a Request and a Response. */
class Server extends \WServer\Server
{
}

/**
 * A request in the Swoole style, over the same parsed request as Protocols\Http\Request.
 * @not-serializable
 */
#[\AllowDynamicProperties]
class Request
{
    public int $fd = 0;
    public array $header = [];
    public array $server = [];
    public ?array $cookie = null;
    public ?array $get = null;
    public ?array $files = null;
    public ?array $post = null;

    private function __construct() {}

    public function rawContent(): string|false {}

    /** @alias WServer\Http\Request::rawContent */
    public function getContent(): string|false {}

    public function getData(): string|false {}

    public function getMethod(): string|false {}

    public function isCompleted(): bool {}
}

/**
 * The reply to a Request in the Swoole style; end() sends it.
 * @not-serializable
 */
#[\AllowDynamicProperties]
class Response
{
    public int $fd = 0;

    private function __construct() {}

    public function status(int $statusCode, string $reason = ''): bool {}

    /** @alias WServer\Http\Response::status */
    public function setStatusCode(int $statusCode, string $reason = ''): bool {}

    public function header(string $key, string|array $value, bool $format = true): bool {}

    /** @alias WServer\Http\Response::header */
    public function setHeader(string $key, string|array $value, bool $format = true): bool {}

    public function cookie(string $name, string $value = '', int $expires = 0, string $path = '/', string $domain = '', bool $secure = false, bool $httponly = false, string $samesite = '', string $priority = ''): bool {}

    /** @alias WServer\Http\Response::cookie */
    public function setCookie(string $name, string $value = '', int $expires = 0, string $path = '/', string $domain = '', bool $secure = false, bool $httponly = false, string $samesite = '', string $priority = ''): bool {}

    public function write(string $content): bool {}

    public function end(?string $content = null): bool {}

    public function sendfile(string $filename, int $offset = 0, int $length = 0): bool {}

    public function redirect(string $location, int $httpCode = 302): bool {}

    public function isWritable(): bool {}

    /** Coroutine\Http\Server: accept the WebSocket handshake of this request (101); the
     * connection carries frames from now on: push(), recv(), close(). */
    public function upgrade(): bool {}

    /** After upgrade(): a frame (a string, or a WebSocket\Frame). */
    public function push(mixed $data, int $opcode = \WSERVER_WEBSOCKET_OPCODE_TEXT, int $flags = \WSERVER_WEBSOCKET_FLAG_FIN): bool {}

    /** After upgrade(): the next message (a WebSocket\Frame), "" when the client closed,
     * false on failure or time-out ($timeout <= 0: none). */
    public function recv(float $timeout = 0): \WServer\WebSocket\Frame|string|false {}

    /** Coroutine\Http\Server: close the connection. */
    public function close(): bool {}

    /** After upgrade(): a ping frame. */
    public function ping(string $data = ''): bool {}

    /** After upgrade(): a close frame with $code and $reason, then the connection closed. */
    public function disconnect(int $code = 1000, string $reason = ''): bool {}
}
