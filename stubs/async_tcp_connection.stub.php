<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Connection;

/**
 * An outgoing connection (Workerman's client side): tcp://, text://, frame://, ws://, unix://.
 * Made in a worker; connect() returns at once and the callbacks tell what happens.
 * @not-serializable
 */
class AsyncTcpConnection extends TcpConnection
{
    public function __construct(string $remoteAddress, array $contextOption = []) {}

    /** Before the socket exists (before connect(), or while its host name is looked up) the
     * data is kept and sent once it does: null. Else as TcpConnection::send(). */
    public function send(mixed $sendBuffer, bool $raw = false): ?bool {}

    /** Also cancels a name lookup or a reconnect still pending. */
    public function close(mixed $data = null, bool $raw = false): void {}

    /** Cancels a reconnect() still pending. */
    public function cancelReconnect(): void {}

    public function connect(): void {}

    /** Close what is open, then connect again after $after seconds (0: now). */
    public function reconnect(float $after = 0): void {}

    public function getRemoteHost(): string {}

    public function getRemoteURI(): string {}
}
