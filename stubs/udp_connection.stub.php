<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Connection;

/**
 * The sender of one datagram on a udp:// Worker: onMessage($connection, $data) gets one per
 * datagram; send() answers it. Only the server creates them.
 * @strict-properties
 * @not-serializable
 */
final class UdpConnection
{
    public string $transport = 'udp';
    public ?string $protocol = null;
    public ?\WServer\Worker $worker = null;

    private function __construct() {}

    /** One datagram to the sender: true when the socket took it. */
    public function send(mixed $sendBuffer, bool $raw = false): bool {}

    /** Sends $data (if any); there is nothing else to close for a datagram. */
    public function close(mixed $data = null, bool $raw = false): bool {}

    public function getRemoteIp(): string {}

    public function getRemotePort(): int {}

    public function getRemoteAddress(): string {}

    public function getLocalIp(): string {}

    public function getLocalPort(): int {}

    public function getLocalAddress(): string {}

    public function isIpV4(): bool {}

    public function isIpV6(): bool {}
}
