<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Protocols\Http;

/**
 * One Server-Sent Event, sent as is after a `text/event-stream` Response (the Workerman API).
 * @not-serializable
 */
final class ServerSentEvents
{
    /** Keys: event, data, id, retry. */
    public function __construct(array $data) {}

    public function __toString(): string {}
}

/**
 * One chunk of a chunked reply (after a Response with `Transfer-Encoding: chunked`); an empty
 * one ends the reply (the Workerman API).
 * @not-serializable
 */
final class Chunk
{
    public function __construct(string $buffer) {}

    public function __toString(): string {}
}
