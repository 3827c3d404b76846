<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\WebSocket {
    /** One whole message (fragments already joined), or one frame for pack()/unpack(). */
    #[\AllowDynamicProperties]
    class Frame implements \Stringable
    {
        /** @var int */
        public $fd = 0;
        /** @var string */
        public $data = '';
        /** @var int */
        public $opcode = 1;
        /** @var int */
        public $flags = 1;
        /** @var bool|null whether the frame is final; null leaves FIN to $flags */
        public $finish = true;

        public function __toString(): string {}

        public static function pack(Frame|string $data, int $opcode = \WSERVER_WEBSOCKET_OPCODE_TEXT, int $flags = \WSERVER_WEBSOCKET_FLAG_FIN): string {}

        public static function unpack(string $data): Frame|false {}
    }

    /** A close frame: its code and reason. */
    #[\AllowDynamicProperties]
    class CloseFrame extends Frame
    {
        /** @var int */
        public $opcode = 8;
        /** @var int */
        public $code = 1000;
        /** @var string */
        public $reason = '';
    }
}
