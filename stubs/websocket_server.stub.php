<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace {
    /** @var int */
    const WSERVER_WEBSOCKET_OPCODE_TEXT = 1;
    /** @var int */
    const WSERVER_WEBSOCKET_OPCODE_BINARY = 2;
    /** @var int */
    const WSERVER_WEBSOCKET_OPCODE_CLOSE = 8;
    /** @var int */
    const WSERVER_WEBSOCKET_OPCODE_PING = 9;
    /** @var int */
    const WSERVER_WEBSOCKET_OPCODE_PONG = 10;
    /** @var int */
    const WSERVER_WEBSOCKET_FLAG_FIN = 1;
}

namespace WServer\WebSocket {
    /** A WebSocket server with the Swoole API: `open`, `message`, `close`; push() to a client. */
    class Server extends \WServer\Http\Server
    {
        /** @var int */
        public const OPCODE_TEXT = 1;
        /** @var int */
        public const OPCODE_BINARY = 2;
        /** @var int */
        public const OPCODE_CLOSE = 8;
        /** @var int */
        public const OPCODE_PING = 9;
        /** @var int */
        public const OPCODE_PONG = 10;
        /** @var int */
        public const FLAG_FIN = 1;

        public function push(int $fd, string $data, int $opcode = \WSERVER_WEBSOCKET_OPCODE_TEXT, int $flags = \WSERVER_WEBSOCKET_FLAG_FIN): bool {}

        public function disconnect(int $fd, int $code = 1000, string $reason = ''): bool {}

        public function isEstablished(int $fd): bool {}
    }

    /** One whole message (fragments already joined). */
    #[\AllowDynamicProperties]
    class Frame
    {
        public int $fd = 0;
        public string $data = '';
        public int $opcode = 1;
        public int $flags = 1;
        public bool $finish = true;
    }
}
