<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Protocols;

/**
 * websocket:// (RFC 6455). Assign a constant to $connection->websocketType to choose the
 * frames send() makes.
 */
final class Websocket
{
    /* BINARY_TYPE_BLOB ("\x81", text frames) and BINARY_TYPE_ARRAYBUFFER ("\x82", binary
     * frames) are declared in websocket.c: gen_stub would write their bytes raw into C. */
}
