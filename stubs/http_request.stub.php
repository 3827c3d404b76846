<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Protocols\Http;

/**
 * An HTTP request, parsed lazily from the bytes received (the Workerman API).
 * @not-serializable
 */
#[\AllowDynamicProperties]
class Request
{
    public ?\WServer\Connection\TcpConnection $connection = null;

    /** What the application sets on the request ($request->name = ...) lands here, as in Workerman 5. */
    public array $properties = [];

    /** What the application keeps with this request; session() keeps its Session here. */
    public array $context = [];

    /**
     * Arrays that get(), post(), header() and cookie() read instead of the parsed ones when set
     * under 'get', 'post', 'headers' or 'cookie' (as in Workerman: a framework's setGet() writes here).
     */
    protected array $data = [];

    /** Request line and headers larger than this are answered 431 (414 for the target alone). */
    public static int $maxHeaderSize = 16384;

    /** Request targets longer than this are answered 414. */
    public static int $maxUriLength = 8192;

    /** Seconds a client has to send the request line and headers (408 after; 0: no limit). */
    public static float $headerTimeout = 30.0;

    /**
     * Bodies larger than the connection's maxPackageSize but at most this many bytes are
     * written to temp files (Http::uploadTmpDir()) as they arrive instead of being refused
     * with 413: a multipart body's files each to its own temp file (file()), any other body to
     * one (rawBodyFile()). 0: none are. Read at worker start.
     */
    public static int $uploadMaxSize = 0;

    public function __construct(string $buffer) {}

    public function get(?string $name = null, mixed $default = null): mixed {}

    public function post(?string $name = null, mixed $default = null): mixed {}

    public function header(?string $name = null, mixed $default = null): mixed {}

    public function cookie(?string $name = null, mixed $default = null): mixed {}

    public function file(?string $name = null): mixed {}

    public function method(): string {}

    public function uri(): string {}

    public function path(): string {}

    public function queryString(): string {}

    public function protocolVersion(): string {}

    public function host(bool $withoutPort = false): ?string {}

    public function rawHead(): string {}

    public function rawBody(): string {}

    /**
     * The temp file holding the body when it was spooled to disk ($uploadMaxSize); null when it
     * is in memory, or multipart (its files are in file()). rawBody() reads it back.
     */
    public function rawBodyFile(): ?string {}

    public function __toString(): string {}

    /** The bytes received, as __toString(). */
    public function rawBuffer(): string {}

    /** This request's Session (Protocols\Http\Session), made on first use. */
    public function session(): Session {}

    /**
     * The session id: the one the cookie named Session::$name carries, else a new one sent to
     * the client as that cookie. $sessionId replaces it (the new id is sent).
     */
    public function sessionId(?string $sessionId = null): string {}

    /** Move the session's data to a new id (sent as the cookie); $deleteOldSession empties the old one. */
    public function sessionRegenerateId(bool $deleteOldSession = false): string {}

    /** 16 to 256 of a-z A-Z 0-9 , - (what a session id may be). */
    public function isValidSessionId(mixed $sessionId): bool {}

    /** A new random session id. */
    public static function createSessionId(): string {}

    /** Drop what the request holds: $context, its dynamic properties, $connection. */
    public function destroy(): void {}

    /** The peer's address ("0.0.0.0" / 0 without a connection). */
    public function getRemoteIp(): string {}

    public function getRemotePort(): int {}

    public function getLocalIp(): string {}

    public function getLocalPort(): int {}

    /**
     * The client's address behind a proxy: X-Real-IP, X-Forwarded-For (its first entry),
     * Client-IP, X-Client-IP or Via when valid, else getRemoteIp(). $safeMode: those headers are
     * read only when the peer is an intranet address (a proxy of the site's own), as webman does.
     * @tentative-return-type
     */
    public function getRealIp(bool $safeMode = true): string {}

    /**
     * A private, loopback, link-local or reserved address (IPv4 or IPv6).
     * @tentative-return-type
     */
    public static function isIntranetIp(string $ip): bool {}

    /**
     * X-Requested-With: XMLHttpRequest.
     * @tentative-return-type
     */
    public function isAjax(): bool {}

    /**
     * An X-PJAX header that is not empty nor "0".
     * @tentative-return-type
     */
    public function isPjax(): bool {}

    /**
     * An Ajax request that is not PJAX, or one whose Accept mentions json.
     * @tentative-return-type
     */
    public function expectsJson(): bool {}

    /**
     * Accept contains "json".
     * @tentative-return-type
     */
    public function acceptJson(): bool {}

    /**
     * "//" host path.
     * @tentative-return-type
     */
    public function url(): string {}

    /**
     * "//" host uri (with the query).
     * @tentative-return-type
     */
    public function fullUrl(): string {}

    /** @tentative-return-type */
    public function isGet(): bool {}

    /** @tentative-return-type */
    public function isPost(): bool {}

    /** $properties[$name] ?? null (Workerman 5). */
    public function __get(string $name): mixed {}

    /** Into $properties (Workerman 5). */
    public function __set(string $name, mixed $value): void {}

    public function __isset(string $name): bool {}

    public function __unset(string $name): void {}
}
