<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace {
    /** readFile()/writeFile() flag: hold a lock on the file meanwhile (LOCK_EX's value).
     * @var int
     */
    const WSERVER_FILE_LOCK = 2;
    /** errCode of a socket wait ended by Coroutine::cancel() (Socket::ECANCELED; Swoole's
     * SOCKET_ECANCELED, which ext/sockets lacks).
     * @var int
     * @cvalue ECANCELED
     */
    const WSERVER_SOCKET_ECANCELED = UNKNOWN;
}

namespace WServer\Coroutine {
    /**
     * Swoole's Coroutine\System: blocking calls that suspend only the calling coroutine. Files
     * and name lookups run in a helper thread; children and signals are watched on the loop.
     * Each also exists on Coroutine (Co::readFile(), ...). Failures answer false with
     * last_error() set (an errno, or a WSERVER_ERROR_* code).
     * @not-serializable
     */
    final class System
    {
        /** Coroutine::sleep(). */
        public static function sleep(float $seconds): bool {}

        /** The whole file; false when it cannot be read. $flag WSERVER_FILE_LOCK: under a shared lock. */
        public static function readFile(string $filename, int $flag = 0): string|false {}

        /** Write $fileContent (FILE_APPEND: at the end; WSERVER_FILE_LOCK: under an exclusive
         * lock); the bytes written, or false. */
        public static function writeFile(string $filename, string $fileContent, int $flags = 0): int|false {}

        /** The first address of $domain_name ($type AF_INET or AF_INET6). */
        public static function gethostbyname(string $domain_name, int $type = AF_INET, float $timeout = -1): string|false {}

        /** gethostbyname() with a time-out first. */
        public static function dnsLookup(string $domain_name, float $timeout = 60, int $type = AF_INET): string|false {}

        /** Every address getaddrinfo() gives for $domain. */
        public static function getaddrinfo(string $domain, int $family = AF_INET, int $socktype = SOCK_STREAM, int $protocol = STREAM_IPPROTO_TCP, ?string $service = null, float $timeout = -1): array|false {}

        /** statvfs(3) of $path. */
        public static function statvfs(string $path): array|false {}

        /** Run $command with /bin/sh: ['code' => exit code, 'signal' => signal, 'output' =>
         * stdout (and stderr with $get_error_stream)]. */
        public static function exec(string $command, bool $get_error_stream = false): array|false {}

        /** Wait for any child to end: ['pid', 'code', 'signal']; false when none (ECHILD), on
         * time-out or when canceled. */
        public static function wait(float $timeout = -1): array|false {}

        /** Wait for the child $pid to end: ['pid', 'code', 'signal']. */
        public static function waitPid(int $pid, float $timeout = -1): array|false {}

        /** Wait for one of $signals; the signal that came. */
        public static function waitSignal(int|array $signals, float $timeout = -1): int|false {}

        /** Wait until $socket (a descriptor, stream, socket resource, object with an int $fd) is
         * ready for $events (WSERVER_EVENT_READ | WSERVER_EVENT_WRITE); those that are. */
        public static function waitEvent(mixed $socket, int $events = WSERVER_EVENT_READ, float $timeout = -1): int|false {}
    }

    /** System::dnsLookup() as a function (swoole_async_dns_lookup_coro()). */
    function dns_lookup(string $domain_name, float $timeout = 60, int $type = AF_INET): string|false {}

    /** System::gethostbyname() as a function (swoole_coroutine_gethostbyname()). */
    function gethostbyname(string $domain_name, int $type = AF_INET, float $timeout = -1): string|false {}
}
