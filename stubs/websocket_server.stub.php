<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace {
    /** @var int */
    const WSERVER_WEBSOCKET_OPCODE_CONTINUATION = 0;
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
    /** @var int */
    const WSERVER_WEBSOCKET_FLAG_COMPRESS = 2;
    /** @var int */
    const WSERVER_WEBSOCKET_FLAG_RSV1 = 4;
    /** @var int */
    const WSERVER_WEBSOCKET_FLAG_RSV2 = 8;
    /** @var int */
    const WSERVER_WEBSOCKET_FLAG_RSV3 = 16;
    /** @var int */
    const WSERVER_WEBSOCKET_FLAG_MASK = 32;
    /** @var int */
    const WSERVER_WEBSOCKET_STATUS_CONNECTION = 1;
    /** @var int */
    const WSERVER_WEBSOCKET_STATUS_HANDSHAKE = 2;
    /** @var int */
    const WSERVER_WEBSOCKET_STATUS_ACTIVE = 3;
    /** @var int */
    const WSERVER_WEBSOCKET_STATUS_CLOSING = 4;
    /** @var int */
    const WSERVER_WEBSOCKET_CLOSE_NORMAL = 1000;
    /** @var int */
    const WSERVER_WEBSOCKET_CLOSE_GOING_AWAY = 1001;
    /** @var int */
    const WSERVER_WEBSOCKET_CLOSE_PROTOCOL_ERROR = 1002;
    /** @var int */
    const WSERVER_WEBSOCKET_CLOSE_DATA_ERROR = 1003;
    /** @var int */
    const WSERVER_WEBSOCKET_CLOSE_STATUS_ERROR = 1005;
    /** @var int */
    const WSERVER_WEBSOCKET_CLOSE_ABNORMAL = 1006;
    /** @var int */
    const WSERVER_WEBSOCKET_CLOSE_MESSAGE_ERROR = 1007;
    /** @var int */
    const WSERVER_WEBSOCKET_CLOSE_POLICY_ERROR = 1008;
    /** @var int */
    const WSERVER_WEBSOCKET_CLOSE_MESSAGE_TOO_BIG = 1009;
    /** @var int */
    const WSERVER_WEBSOCKET_CLOSE_EXTENSION_MISSING = 1010;
    /** @var int */
    const WSERVER_WEBSOCKET_CLOSE_SERVER_ERROR = 1011;
    /** @var int */
    const WSERVER_WEBSOCKET_CLOSE_TRY_AGAIN_LATER = 1013;
    /** @var int */
    const WSERVER_WEBSOCKET_CLOSE_BAD_GATEWAY = 1014;
    /** @var int */
    const WSERVER_WEBSOCKET_CLOSE_TLS = 1015;
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

        public function push(int $fd, Frame|string $data, int $opcode = \WSERVER_WEBSOCKET_OPCODE_TEXT, int $flags = \WSERVER_WEBSOCKET_FLAG_FIN): bool {}

        /** One message to many of this worker's connections, framed once (an addition to Swoole's API). */
        public function pushMany(array $fds, Frame|string $data, int $opcode = \WSERVER_WEBSOCKET_OPCODE_TEXT, int $flags = \WSERVER_WEBSOCKET_FLAG_FIN): int|false {}

        public function ping(int $fd, string $data = ''): bool {}

        public function disconnect(int $fd, int $code = 1000, string $reason = ''): bool {}

        public function isEstablished(int $fd): bool {}

        /** @implementation-alias WServer\WebSocket\Frame::pack */
        public static function pack(Frame|string $data, int $opcode = \WSERVER_WEBSOCKET_OPCODE_TEXT, int $flags = \WSERVER_WEBSOCKET_FLAG_FIN): string {}

        /** @implementation-alias WServer\WebSocket\Frame::unpack */
        public static function unpack(string $data): Frame|false {}
    }
}
