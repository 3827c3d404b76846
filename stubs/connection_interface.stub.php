<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Connection;

/**
 * What every connection is, as Workerman 5.2's ConnectionInterface: the parent of
 * TcpConnection and UdpConnection. $statistics is this process's, kept by the runtime.
 */
#[\AllowDynamicProperties]
abstract class ConnectionInterface
{
    /** @var int */
    public const CONNECT_FAIL = 1;
    /** @var int */
    public const SEND_FAIL = 2;

    /** connection_count (open now), total_request (messages received), throw_exception
     * (callbacks that threw), send_fail (sends refused: closed or buffer full). */
    public static array $statistics = [];

    public ?string $protocol = null;
    public mixed $onMessage = null;
    public mixed $onClose = null;
    public mixed $onError = null;
    public ?\WServer\Events\EventInterface $eventLoop = null;
    public mixed $errorHandler = null;

    abstract public function send(mixed $sendBuffer, bool $raw = false): ?bool;

    abstract public function getRemoteIp(): string;

    abstract public function getRemotePort(): int;

    abstract public function getRemoteAddress(): string;

    abstract public function getLocalIp(): string;

    abstract public function getLocalPort(): int;

    abstract public function getLocalAddress(): string;

    abstract public function close(mixed $data = null, bool $raw = false): void;

    abstract public function isIpV4(): bool;

    abstract public function isIpV6(): bool;

    /** Hands $exception to $errorHandler; without one (or if it throws) it is thrown on. */
    public function error(\Throwable $exception): void {}
}
