<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Protocols\Http\Session;

/**
 * Sessions in Redis (the redis extension's \Redis), one key per session that expires after
 * Session::$lifetime. Config: host, port, timeout (2), auth, database, prefix ("redis_session_").
 * @not-serializable
 */
class RedisSessionHandler implements SessionHandlerInterface
{
    protected array $config;

    /** The \Redis (\RedisCluster for RedisClusterSessionHandler) connection, made on first use. */
    protected \Redis|\RedisCluster|null $connection = null;

    public function __construct(array $config) {}

    public function open(string $savePath, string $name): bool {}

    public function close(): bool {}

    public function read(string $sessionId): string|false {}

    public function write(string $sessionId, string $sessionData): bool {}

    public function destroy(string $sessionId): bool {}

    public function gc(int $maxLifetime): bool {}

    public function updateTimestamp(string $sessionId, string $data = ""): bool {}
}

/**
 * Sessions in a Redis Cluster (ext/redis's \RedisCluster). Config: host (a list of
 * "host:port" seeds), timeout (2), read_timeout (timeout), persistent (false), auth, prefix.
 * @not-serializable
 */
class RedisClusterSessionHandler extends RedisSessionHandler
{
}
