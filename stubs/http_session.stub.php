<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Protocols\Http;

/**
 * One client's session data, read from the handler when made and written back when the last
 * reference goes (the Workerman API).
 * @not-serializable
 */
class Session
{
    /** The class that stores sessions (a Session\SessionHandlerInterface). */
    protected static string $handlerClass = "WServer\\Protocols\\Http\\Session\\FileSessionHandler";

    /** What the handler's constructor gets (null: nothing). */
    protected static mixed $handlerConfig = null;

    /** The handler, made on first use. */
    protected static ?Session\SessionHandlerInterface $handler = null;

    /** The cookie that carries the session id. */
    public static string $name = 'PHPSID';

    /** Refresh the stored session's time even when nothing changed. */
    public static bool $autoUpdateTimestamp = false;

    /** Seconds a stored session lives without being written. */
    public static int $lifetime = 1440;

    /** The cookie's Max-Age (0: a browser-session cookie). */
    public static int $cookieLifetime = 1440;

    public static string $cookiePath = '/';

    public static string $domain = '';

    public static bool $secure = false;

    public static bool $httpOnly = true;

    public static string $sameSite = '';

    /**
     * [numerator, denominator]: the chance that a session's end also runs the handler's gc().
     * [1, 20000] (set in MINIT: gen_stub writes no array defaults).
     */
    public static array $gcProbability = [];

    public function __construct(string $sessionId) {}

    public function getId(): string {}

    public function get(string $name, mixed $default = null): mixed {}

    public function set(string $name, mixed $value): void {}

    public function delete(string $name): void {}

    public function pull(string $name, mixed $default = null): mixed {}

    /** One value, or every key => value of an array. */
    public function put(array|string $key, mixed $value = null): void {}

    /** One key, or every key of an array. */
    public function forget(array|string $name): void {}

    public function all(): array {}

    public function flush(): void {}

    /** Set and not null. */
    public function has(string $name): bool {}

    /** Set, even to null. */
    public function exists(string $name): bool {}

    /** Write the data if it changed (an empty session is destroyed). */
    public function save(): void {}

    /** Tell the handler the session is still in use. */
    public function refresh(): bool {}

    /** Remove the stored sessions older than $lifetime. */
    public function gc(): void {}

    /** Take the lifetimes, gc chance and cookie settings from the session.* ini settings. */
    public static function init(): void {}

    /** Set (when given) and return the handler class; $config goes to its constructor. */
    public static function handlerClass(mixed $className = null, mixed $config = null): string {}

    /** The cookie settings: lifetime, path, domain, secure, httponly, samesite. */
    public static function getCookieParams(): array {}
}
