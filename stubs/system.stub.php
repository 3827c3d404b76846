<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace {
    /* Log levels, least severe first, with Swoole's values (Coroutine::set(['log_level' => ...]),
     * Server::set(['log_level' => ...])). */
    /** @var int */
    const WSERVER_LOG_DEBUG = 0;
    /** @var int */
    const WSERVER_LOG_TRACE = 1;
    /** @var int */
    const WSERVER_LOG_INFO = 2;
    /** @var int */
    const WSERVER_LOG_NOTICE = 3;
    /** @var int */
    const WSERVER_LOG_WARNING = 4;
    /** @var int */
    const WSERVER_LOG_ERROR = 5;
    /** @var int */
    const WSERVER_LOG_NONE = 6;

    /* What a descriptor is watched for (Swoole's Event::add(), Coroutine::waitEvent()), with
     * Swoole's values. */
    /** @var int */
    const WSERVER_EVENT_READ = 512;
    /** @var int */
    const WSERVER_EVENT_WRITE = 1024;

    /** The most coroutines a process may have (Swoole's SWOOLE_CORO_MAX_NUM_LIMIT): no limit
     *  but the memory they take.
     *  @var int */
    const WSERVER_CORO_MAX_NUM_LIMIT = 9223372036854775807;
}

namespace WServer {
    /** The version of Swoole's API that wserver follows (swoole_version()). */
    function swoole_api_version(): string {}

    /** The process title seen in ps (cli_set_process_title()); false with a warning when this
     *  PHP cannot set it. */
    function set_process_name(string $name): bool {}

    /** Interface name => address of each interface that is up, of $family (AF_INET: 2,
     *  AF_INET6: 10), loopback left out. */
    function get_local_ip(int $family = 2): array|false {}

    /** Interface name => MAC address (AA:BB:...) of each interface but loopback. */
    function get_local_mac(): array|false {}

    /** A hash of $data: $type 0 PHP's string hash (DJB), 1 Jenkins' one-at-a-time; false for
     *  another $type. */
    function hashcode(string $data, int $type = 0): int|false {}

    /** The media type of a file suffix, as static files are sent with it: add() only a new
     *  suffix (false when it is known), set() any, delete() a known one (false otherwise). */
    function mime_type_add(string $suffix, string $mimeType): bool {}

    function mime_type_set(string $suffix, string $mimeType): void {}

    function mime_type_delete(string $suffix): bool {}

    /** The media type for $filename's suffix; application/octet-stream when unknown. */
    function mime_type_get(string $filename): string {}

    function mime_type_exists(string $filename): bool {}

    /** suffix => media type, every one known. */
    function mime_type_list(): array {}

    /** Names are resolved by the system resolver on each lookup, so there is nothing cached
     *  to clear: this does nothing, by design (swoole_clear_dns_cache()). */
    function clear_dns_cache(): void {}

    /** unserialize() of $length bytes of $str from $offset (negative: from the end; $length
     *  <= 0 or too long: to the end); false when $offset lies outside $str. */
    function substr_unserialize(string $str, int $offset, int $length = 0, array $options = []): mixed {}

    /** json_decode() of $length bytes of $str from $offset, as substr_unserialize(); null
     *  with a warning when $str is empty or $offset outside it. */
    function substr_json_decode(string $str, int $offset, int $length = 0, ?bool $associative = null, int $depth = 512, int $flags = 0): mixed {}

    /** The number of CPUs online (swoole_cpu_num()). */
    function cpu_num(): int {}

    /** The errno of the last failed system call of a WServer function (Process::kill(), ...);
     * 0 when none failed (swoole_errno()). */
    function errno(): int {}

    /** The last error code of a WServer function (swoole_last_error()): the errno of a failed
     * system call. */
    function last_error(): int {}

    /** last_error() (and errno()) back to 0 (swoole_clear_error()). */
    function clear_error(): void {}
}
