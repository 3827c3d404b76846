<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Http;

/**
 * A Set-Cookie line built up by its with*() setters (each returns the same object), as Swoole's;
 * Response::cookie() / rawcookie() take one.
 * @not-serializable
 */
class Cookie
{
    public function __construct(bool $encode = true) {}

    public function withName(string $name): static {}

    public function withValue(string $value = ''): static {}

    public function withExpires(int $expires = 0): static {}

    public function withPath(string $path = '/'): static {}

    public function withDomain(string $domain = ''): static {}

    public function withSecure(bool $secure = false): static {}

    public function withHttpOnly(bool $httpOnly = false): static {}

    public function withSameSite(string $sameSite = ''): static {}

    public function withPriority(string $priority = ''): static {}

    public function withPartitioned(bool $partitioned = false): static {}

    public function toArray(): array {}

    public function toString(): string|false {}

    public function reset(): void {}
}
