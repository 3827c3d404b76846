<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Coroutine\Http {
    /**
     * One request on a Client made for it (Swoole's library functions): the reply, or a
     * Client\Exception with the Client's errMsg and errCode.
     */
    function request(string $url, string $method, mixed $data = null, ?array $options = null, ?array $headers = null, ?array $cookies = null): ClientProxy {}

    function get(string $url, ?array $options = null, ?array $headers = null, ?array $cookies = null): ClientProxy {}

    function post(string $url, mixed $data, ?array $options = null, ?array $headers = null, ?array $cookies = null): ClientProxy {}

    /** What request() returns: the reply's body, status, headers and cookies. */
    class ClientProxy
    {
        private string $body;
        private int $statusCode;
        private array $headers;
        private array $cookies;

        public function __construct(string $body, int $statusCode, ?array $headers, ?array $cookies) {}

        public function getBody(): string {}

        public function getStatusCode(): int {}

        public function getHeaders(): array {}

        public function getCookies(): array {}
    }
}
