<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Connection;

/**
 * An accepted connection; only the server creates them. The members are Workerman 5.2's.
 * @not-serializable
 */
#[\AllowDynamicProperties]
class TcpConnection extends ConnectionInterface implements \JsonSerializable
{
    /** @var int */
    public const READ_BUFFER_SIZE = 87380;
    /** @var int */
    public const STATUS_INITIAL = 0;
    /** @var int */
    public const STATUS_CONNECTING = 1;
    /** @var int */
    public const STATUS_ESTABLISHED = 2;
    /** @var int */
    public const STATUS_ENDING = 4;
    /** @var int */
    public const STATUS_CLOSING = 8;
    /** @var int */
    public const STATUS_CLOSED = 16;
    /** @var int */
    public const MAX_CACHE_STRING_LENGTH = 2048;
    /** @var int */
    public const MAX_CACHE_SIZE = 512;
    /** @var int */
    public const TCP_KEEPALIVE_INTERVAL = 55;

    public static int $defaultMaxSendBufferSize = 1048576;
    public static int $defaultMaxPackageSize = 10485760;
    public static float $defaultLingerTimeout = 1.0;
    /** This process's open connections by id (accepted and outgoing). */
    public static array $connections = [];

    /** Starts as the connection's number in this worker; the application may renumber it. */
    public int $id = 0;
    public ?\WServer\Worker $worker = null;
    public string $transport = 'tcp';
    /** Bytes read from and written to the socket so far. */
    public int $bytesRead = 0;
    public int $bytesWritten = 0;
    public int $maxSendBufferSize = 1048576;
    public int $maxPackageSize = 10485760;
    /** Seconds end() waits for the peer to close. */
    public float $lingerTimeout = 1.0;
    /** The application's own per-connection data. */
    public ?\stdClass $context = null;
    /** websocket://: headers added to the 101 answer; ws://: to the request ("Name: value"
     * lines, or name => value pairs). */
    public mixed $headers = [];
    public mixed $onConnect = null;
    public mixed $onBufferFull = null;
    public mixed $onBufferDrain = null;
    /** websocket://: ($connection, $request) during the handshake; ws://: ($connection,
     * string $responseHead) once the server accepted it. */
    public mixed $onWebSocketConnect = null;
    public mixed $onWebSocketConnected = null;
    /** websocket:// and ws://: ($connection, int $code, string $reason) when the peer's close
     * frame comes; also called by protocol classes that handle a close frame themselves. */
    public mixed $onWebSocketClose = null;
    /** websocket:// and ws://: ($connection, string $data) for each ping (then no automatic
     * pong: send() makes one while it runs) and pong; before the Worker's. */
    public mixed $onWebSocketPing = null;
    public mixed $onWebSocketPong = null;
    /** websocket://: "\x81" (Websocket::BINARY_TYPE_BLOB, the start value): send() makes text
     * frames; "\x82" (BINARY_TYPE_ARRAYBUFFER): binary frames. */
    public ?string $websocketType = null;

    private function __construct() {}

    /** true: written; null: queued; false: closed or the send buffer is full. */
    public function send(mixed $sendBuffer, bool $raw = false): ?bool {}

    public function close(mixed $data = null, bool $raw = false): void {}

    /** Send $data, then close once the peer has it: what arrives meanwhile is dropped. */
    public function end(mixed $data = null, bool $raw = false): void {}

    public function destroy(): void {}

    /** Forward what arrives here to $dest (as Workerman: its back-pressure pauses this side,
     *  and closing this side closes $dest). */
    public function pipe(TcpConnection $dest): void {}

    /** Drop $length bytes from the front of what was received and not yet framed (a protocol
     * class's input() that handled them itself). */
    public function consumeRecvBuffer(int $length): void {}

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

    public function bufferIsEmpty(): bool {}

    public function isIpV4(): bool {}

    public function isIpV6(): bool {}

    public function jsonSerialize(): array {}
}
