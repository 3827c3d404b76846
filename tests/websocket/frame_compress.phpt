--TEST--
WebSocket\Frame::pack() with FLAG_COMPRESS compresses a whole data message (RSV1, as permessage-deflate), unpack() inflates an RSV1 frame (flags 7) and warns on one that is no deflate data
--EXTENSIONS--
wserver
zlib
--FILE--
<?php
use WServer\WebSocket\Frame;
$p = Frame::pack(str_repeat('abc', 100), WEBSOCKET_OPCODE_TEXT, WSERVER_WEBSOCKET_FLAG_FIN | WSERVER_WEBSOCKET_FLAG_COMPRESS);
printf("first byte %02x, %d bytes\n", ord($p[0]), strlen($p));
// what any permessage-deflate peer makes of the payload
echo inflate_add(inflate_init(ZLIB_ENCODING_RAW), substr($p, 2) . "\x00\x00\xff\xff", ZLIB_SYNC_FLUSH) === str_repeat('abc', 100) ? "peer inflates it\n" : "peer cannot\n";
$u = Frame::unpack($p);
var_dump(strlen($u->data), $u->flags);
// fragments, control frames and short messages that would not shrink are left as they are
printf("%02x %02x %02x\n", ord(Frame::pack('abcabcabc', 1, WSERVER_WEBSOCKET_FLAG_COMPRESS)[0]),
    ord(Frame::pack('ping', WEBSOCKET_OPCODE_PING, WSERVER_WEBSOCKET_FLAG_FIN | WSERVER_WEBSOCKET_FLAG_COMPRESS)[0]),
    ord(Frame::pack('x', 1, WSERVER_WEBSOCKET_FLAG_FIN | WSERVER_WEBSOCKET_FLAG_COMPRESS)[0]));
var_dump(Frame::unpack("\xc1\x03abc"));
?>
--EXPECTF--
first byte c1, %d bytes
peer inflates it
int(300)
int(7)
01 89 81

Warning: WServer\WebSocket\Frame::unpack(): the compressed frame (RSV1) cannot be inflated in %s on line %d
bool(false)
