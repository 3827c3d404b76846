<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Protocols\Http\Session;

/** What Session needs from a store (Workerman's SessionHandlerInterface). */
interface SessionHandlerInterface
{
    public function open(string $savePath, string $name): bool;

    public function close(): bool;

    /** The stored data, or false when there is none. */
    public function read(string $sessionId): string|false;

    public function write(string $sessionId, string $sessionData): bool;

    public function destroy(string $sessionId): bool;

    /** Remove what was not written for $maxLifetime seconds. */
    public function gc(int $maxLifetime): bool;

    public function updateTimestamp(string $sessionId, string $data = ""): bool;
}

/**
 * Sessions as files named session_<id> in one directory (config "save_path", else
 * session.save_path, else the system's temp directory).
 * @not-serializable
 */
class FileSessionHandler implements SessionHandlerInterface
{
    protected static string $sessionSavePath = '';

    protected static string $sessionFilePrefix = 'session_';

    public function __construct(array $config = []) {}

    /** Set the save path to the default. */
    public static function init(): void {}

    /** Set the directory (made if missing); returns it with a final "/". */
    public static function sessionSavePath(string $path): string {}

    protected static function sessionFile(string $sessionId): string {}

    public function open(string $savePath, string $name): bool {}

    public function close(): bool {}

    public function read(string $sessionId): string|false {}

    public function write(string $sessionId, string $sessionData): bool {}

    public function destroy(string $sessionId): bool {}

    public function gc(int $maxLifetime): bool {}

    public function updateTimestamp(string $sessionId, string $data = ""): bool {}
}
