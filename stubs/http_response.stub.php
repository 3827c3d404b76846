<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Protocols\Http;

/**
 * An HTTP response (the Workerman API): the with*() methods change it and return it.
 * @not-serializable
 */
#[\AllowDynamicProperties]
class Response
{
    public function __construct(int $status = 200, array $headers = [], string $body = '') {}

    public function withStatus(int $code, ?string $reasonPhrase = null): static {}

    /** As withHeader() (Workerman's name). */
    public function header(string $name, mixed $value): static {}

    public function withHeader(string $name, mixed $value): static {}

    public function withHeaders(array $headers): static {}

    public function withoutHeader(string $name): static {}

    public function withBody(string $body): static {}

    /**
     * Send the body from this file with sendfile(): $length bytes from $offset (0: to the end).
     * The file is opened when the reply is sent; one that cannot be read answers 404.
     */
    public function withFile(string $file, int $offset = 0, int $length = 0): static {}

    public function getStatusCode(): int {}

    public function getReasonPhrase(): string {}

    public function getHeader(string $name): mixed {}

    public function getHeaders(): array {}

    public function rawBody(): string {}

    public function cookie(string $name, string $value = '', ?int $maxAge = null, string $path = '', string $domain = '', bool $secure = false, bool $httpOnly = false, string|false $sameSite = false): static {}

    public function __toString(): string {}
}
