<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace {
    /**
     * statusCode of a request whose connection failed.
     * @var int
     */
    const WSERVER_HTTP_CLIENT_ESTATUS_CONNECT_FAILED = -1;
    /**
     * statusCode of a request whose response did not come in time.
     * @var int
     */
    const WSERVER_HTTP_CLIENT_ESTATUS_REQUEST_TIMEOUT = -2;
    /**
     * statusCode of a request whose connection broke (or whose response was not HTTP).
     * @var int
     */
    const WSERVER_HTTP_CLIENT_ESTATUS_SERVER_RESET = -3;
    /**
     * statusCode of a request that could not be sent.
     * @var int
     */
    const WSERVER_HTTP_CLIENT_ESTATUS_SEND_FAILED = -4;
}

namespace WServer\Coroutine\Http {
    /**
     * Swoole's coroutine HTTP/1.1 client: each request waits for its response in the calling
     * coroutine only; the connection is kept for the next request (keep_alive). After
     * upgrade() it speaks WebSocket: push(), recv() of WebSocket\Frame objects. Failures
     * return false and set $errCode, $errMsg and a negative $statusCode
     * (WSERVER_HTTP_CLIENT_ESTATUS_*).
     * @strict-properties
     * @not-serializable
     */
    class Client
    {
        public int $errCode = 0;
        public string $errMsg = '';
        public bool $connected = false;
        public string $host = '';
        public int $port = 0;
        public bool $ssl = false;
        /** What set() was given. */
        public ?array $setting = null;
        public ?string $requestMethod = null;
        public ?array $requestHeaders = null;
        public mixed $requestBody = null;
        public ?array $uploadFiles = null;
        public ?string $downloadFile = null;
        public int $downloadOffset = 0;
        public int $statusCode = 0;
        /** The response's header fields, names in lower case (lowercase_header). */
        public ?array $headers = null;
        public ?array $set_cookie_headers = null;
        /** Cookies the responses set, and setCookies()' for the requests. */
        public ?array $cookies = null;
        public string $body = '';
        /** The connection while there is one. */
        public ?\WServer\Coroutine\Socket $socket = null;

        /** $host: a name, an IP address, or unix:/path; $port 0: 80 (443 with $ssl). */
        public function __construct(string $host, int $port = 0, bool $ssl = false) {}

        /**
         * timeout (the response; -1: none), connect_timeout, bind_address, bind_port,
         * keep_alive, defer, lowercase_header, max_retries, write_func, websocket_mask,
         * http_compression (ask for gzip/deflate), body_decompression (decode them; both
         * need the zlib extension),
         * open_websocket_ping_frame, open_websocket_pong_frame, open_websocket_close_frame
         * (recv() hands those frames over instead of answering them); other keys are kept in
         * $setting.
         */
        public function set(array $settings): bool {}

        public function getDefer(): bool {}

        public function setDefer(bool $defer = true): bool {}

        public function setMethod(string $method): bool {}

        public function setHeaders(array $headers): bool {}

        public function setBasicAuth(string $username, #[\SensitiveParameter] string $password): void {}

        public function setCookies(array $cookies): bool {}

        /** The body: a string, or an array sent as a form. */
        public function setData(array|string $data): bool {}

        /** A file of a multipart/form-data body (read when the request is sent). */
        public function addFile(string $path, string $name, ?string $type = null, ?string $filename = null, int $offset = 0, int $length = 0): bool {}

        /** A file of a multipart/form-data body, from memory. */
        public function addData(string $data, string $name, ?string $type = null, ?string $filename = null): bool {}

        /** Send the request for $path and, unless deferred, read its response. */
        public function execute(string $path): bool {}

        public function getsockname(): array|false {}

        public function getpeername(): array|false {}

        public function get(string $path): bool {}

        public function post(string $path, mixed $data): bool {}

        /** GET $path with the body written to $file (from byte $offset on). */
        public function download(string $path, string $file, int $offset = 0): bool {}

        public function getBody(): string|false {}

        public function getHeaders(): array|null|false {}

        public function getCookies(): array|null|false {}

        public function getStatusCode(): int|false {}

        /** The head of the last request sent. */
        public function getHeaderOut(): string|false {}

        public function getPeerCert(): string|false {}

        /** A WebSocket handshake on $path: true once the server accepted it. */
        public function upgrade(string $path): bool {}

        /** A frame (a string, or a WebSocket\Frame); $flags: WSERVER_WEBSOCKET_FLAG_*. */
        public function push(mixed $data, int $opcode = \WSERVER_WEBSOCKET_OPCODE_TEXT, int $flags = \WSERVER_WEBSOCKET_FLAG_FIN): bool {}

        /**
         * After upgrade(): the next message (a WebSocket\Frame), "" when the server closed,
         * false on failure or time-out. Otherwise (defer): the response of the request sent.
         */
        public function recv(float $timeout = 0): \WServer\WebSocket\Frame|string|bool {}

        public function close(): bool {}

        public function ping(string $data = ""): bool {}

        /** A close frame, then the connection is closed. */
        public function disconnect(int $code = 1000, string $reason = ""): bool {}
    }
}

namespace WServer\Coroutine\Http\Client {
    class Exception extends \WServer\Exception
    {
    }
}
