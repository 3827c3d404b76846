<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Connection;

/**
 * The sender of one datagram on a udp:// Worker: send() answers it.
 * @not-serializable
 */
#[\AllowDynamicProperties]
class UdpConnection extends ConnectionInterface implements \JsonSerializable
{
    /** @var int */
    public const MAX_UDP_PACKAGE_SIZE = 65535;

    public ?\WServer\Worker $worker = null;
    public string $transport = 'udp';

    private function __construct() {}

    public function send(mixed $sendBuffer, bool $raw = false): bool {}

    public function close(mixed $data = null, bool $raw = false): void {}

    public function getRemoteIp(): string {}

    public function getRemotePort(): int {}

    public function getRemoteAddress(): string {}

    public function getLocalIp(): string {}

    public function getLocalPort(): int {}

    public function getLocalAddress(): string {}

    public function isIpV4(): bool {}

    public function isIpV6(): bool {}

    public function jsonSerialize(): array {}
}

/**
 * A UDP socket a worker opens to a remote address (Workerman's client side): connect(), then
 * send() datagrams to it and get its answers in onMessage.
 * @not-serializable
 */
#[\AllowDynamicProperties]
class AsyncUdpConnection extends UdpConnection
{
    public mixed $onConnect = null;

    public function __construct(string $remoteAddress, array $contextOption = []) {}

    public function connect(): void {}

    public function send(mixed $sendBuffer, bool $raw = false): bool {}

    public function close(mixed $data = null, bool $raw = false): void {}
}
