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
    /** Swoole's: always null here (uploaded files are in $files) */
    public ?array $tmpfiles = null;

    private function __construct() {}

    public function getContent(): string|false {}

    /** @alias WServer\Http\Request::getContent */
    public function rawContent(): string|false {}

    /**
     * The temp file holding the body when it was larger than package_max_length and spooled to
     * disk (upload_max_filesize); false when the body is in memory, or multipart (its files are
     * in $files). getContent() reads such a body back from the file.
     */
    public function getContentFile(): string|false {}

    public function getData(): string|false {}

    public function getMethod(): string|false {}

    public function isCompleted(): bool {}

    /** An empty Request that parse() fills (options parse_cookie, parse_body, parse_files). */
    public static function create(array $options = []): Request {}

    /** More bytes of the request: how many were taken; false once it is complete or invalid. */
    public function parse(string $data): int|false {}
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

    public function cookie(Cookie|string $name, string $value = '', int $expires = 0, string $path = '/', string $domain = '', bool $secure = false, bool $httponly = false, string $samesite = '', string $priority = '', bool $partitioned = false): bool {}

    /** @alias WServer\Http\Response::cookie */
    public function setCookie(Cookie|string $name, string $value = '', int $expires = 0, string $path = '/', string $domain = '', bool $secure = false, bool $httponly = false, string $samesite = '', string $priority = '', bool $partitioned = false): bool {}

    /** cookie() with the value sent as it is (it must hold no , ; space or control). */
    public function rawcookie(Cookie|string $name, string $value = '', int $expires = 0, string $path = '/', string $domain = '', bool $secure = false, bool $httponly = false, string $samesite = '', string $priority = '', bool $partitioned = false): bool {}

    /** @alias WServer\Http\Response::rawcookie */
    public function setRawCookie(Cookie|string $name, string $value = '', int $expires = 0, string $path = '/', string $domain = '', bool $secure = false, bool $httponly = false, string $samesite = '', string $priority = '', bool $partitioned = false): bool {}

    public function write(string $content): bool {}

    public function end(?string $content = null): bool {}

    public function sendfile(string $filename, int $offset = 0, int $length = 0): bool {}

    public function redirect(string $location, int $httpCode = 302): bool {}

    /** A trailer field sent after the last chunk of a chunked reply (write()). */
    public function trailer(string $key, ?string $value): bool {}

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

    /** The request callback's end no longer ends this reply: Response::create() answers it. */
    public function detach(): bool {}

    /**
     * A Response for connection $fd of $server (or of the serving Server when given an fd);
     * [$server, $request] as Swoole's: a Request parse() filled, answered on a plain server.
     */
    public static function create(array|object|int $server, int $fd = -1): Response|false {}
}
