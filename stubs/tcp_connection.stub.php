<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Connection;

/**
 * An accepted connection; only the server creates them.
 * @not-serializable
 */
#[\AllowDynamicProperties]
class TcpConnection
{
    /** @var int */
    public const STATUS_INITIAL = 0;
    /** @var int */
    public const STATUS_CONNECTING = 1;
    /** @var int */
    public const STATUS_ESTABLISHED = 2;
    /** @var int */
    public const STATUS_CLOSING = 4;
    /** @var int */
    public const STATUS_CLOSED = 8;
    /** @var int */
    public const CONNECT_FAIL = 1;
    /** @var int */
    public const SEND_FAIL = 2;
    /** @var int */
    public const READ_BUFFER_SIZE = 65536;

    public static int $defaultMaxSendBufferSize = 1048576;
    public static int $defaultMaxPackageSize = 10485760;

    public readonly int $id;
    public ?\WServer\Worker $worker = null;
    public ?string $protocol = null;
    public string $transport = 'tcp';
    public int $maxSendBufferSize = 1048576;
    public int $maxPackageSize = 10485760;
    public mixed $onMessage = null;
    public mixed $onClose = null;
    public mixed $onError = null;
    public mixed $onBufferFull = null;
    public mixed $onBufferDrain = null;
    /** websocket://: "\x81" (Websocket::BINARY_TYPE_BLOB, the start value): send() makes text
     * frames; "\x82" (BINARY_TYPE_ARRAYBUFFER): binary frames. */
    public ?string $websocketType = null;

    private function __construct() {}

    /** true: written; null: queued; false: closed or the send buffer is full. */
    public function send(mixed $sendBuffer, bool $raw = false): ?bool {}

    public function close(mixed $data = null, bool $raw = false): void {}

    public function destroy(): void {}

    /** Forward what arrives here to $dest (as Workerman: its back-pressure pauses this side,
     *  and closing this side closes $dest). */
    public function pipe(TcpConnection $dest): void {}

    public function pauseRecv(): void {}

    public function resumeRecv(): void {}

    public function getRemoteIp(): string {}

    public function getRemotePort(): int {}

    public function getRemoteAddress(): string {}

    public function getLocalIp(): string {}

    public function getLocalPort(): int {}

    public function getLocalAddress(): string {}

    public function getStatus(bool $rawOutput = true): int|string {}

    public function getSendBufferQueueSize(): int {}

    public function getRecvBufferQueueSize(): int {}

    public function isIpV4(): bool {}

    public function isIpV6(): bool {}
}
