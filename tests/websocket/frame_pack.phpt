--TEST--
WebSocket\Frame::pack() / unpack() / __toString and CloseFrame as Swoole's: any opcode 0-10, FIN and RSV1 from the flags, masked frames, close code and reason, control frame limits warned with "" returned
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
--FILE--
<?php
use Swoole\WebSocket\Frame;
use Swoole\WebSocket\CloseFrame;
use Swoole\WebSocket\Server;

// the wire bytes of simple frames
echo bin2hex(Frame::pack('hi')), ' ', bin2hex(Server::pack('hi', WEBSOCKET_OPCODE_BINARY, 0)), "\n";
echo bin2hex(Frame::pack(str_repeat('x', 200)))[2] === '7' ? "16-bit length\n" : "wrong length\n";

// round trips of random frames (a fixed seed: the same frames each run)
mt_srand(19);
$bad = 0;
for ($i = 0; $i < 300; $i++) {
    $opcode = mt_rand(WEBSOCKET_OPCODE_CONTINUATION, WEBSOCKET_OPCODE_PONG);
    $data = base64_encode(random_bytes(mt_rand(0, 70000)));
    $finish = (bool) mt_rand(0, 1);
    $flags = ($finish ? SWOOLE_WEBSOCKET_FLAG_FIN : 0) | (mt_rand(0, 1) ? SWOOLE_WEBSOCKET_FLAG_MASK : 0);
    if ($opcode === WEBSOCKET_OPCODE_CLOSE) {
        $frame = new CloseFrame;
        $frame->code = mt_rand(0, 5000);
        $frame->reason = $data = substr($data, 0, mt_rand(0, 123));
        $frame->finish = $finish;
        $packed = (string) $frame;
        $u = Frame::unpack($packed);
        $bad += !($u instanceof CloseFrame && $u->code === $frame->code && $u->reason === $data && $u->finish === true);
        continue;
    }
    if ($opcode >= WEBSOCKET_OPCODE_CLOSE) {
        $data = substr($data, 0, mt_rand(0, 125));
    }
    $packed = Frame::pack($data, $opcode, $flags);
    $u = Frame::unpack($packed);
    $fin = $opcode >= WEBSOCKET_OPCODE_CLOSE ? true : $finish; // control frames always FIN
    $bad += !($u->data === $data && $u->opcode === $opcode && $u->finish === $fin
        && (bool) ($u->flags & SWOOLE_WEBSOCKET_FLAG_MASK) === (bool) ($flags & SWOOLE_WEBSOCKET_FLAG_MASK));
}
echo "round trips wrong: $bad\n";

// a Frame object's properties win over the arguments; unpack() leaves its input as it was
$f = new Frame;
$f->data = 'payload';
$f->opcode = WEBSOCKET_OPCODE_BINARY;
$f->flags = SWOOLE_WEBSOCKET_FLAG_FIN | SWOOLE_WEBSOCKET_FLAG_RSV1;
$packed = Frame::pack($f, WEBSOCKET_OPCODE_TEXT, 0);
echo bin2hex($packed[0]), "\n";
$masked = Frame::pack('masked', WEBSOCKET_OPCODE_TEXT, SWOOLE_WEBSOCKET_FLAG_FIN | SWOOLE_WEBSOCKET_FLAG_MASK);
$copy = $masked;
$u = Frame::unpack($masked);
var_dump($masked === $copy, $u->data, $u->flags === (SWOOLE_WEBSOCKET_FLAG_FIN | SWOOLE_WEBSOCKET_FLAG_MASK));
var_dump(Frame::unpack("\x88\x02\x80\x00")->code);

// limits and bad input
var_dump(Frame::pack(str_repeat('A', 126), WEBSOCKET_OPCODE_PING));
$c = new CloseFrame;
$c->reason = str_repeat('B', 124);
var_dump(Frame::pack($c));
var_dump(Frame::pack('x', -1), Frame::pack('x', 11));
var_dump(Frame::unpack("\x81"), Frame::unpack("\x81\x05abc"), Frame::unpack("\x09\x00"));
var_dump(SWOOLE_WEBSOCKET_FLAG_RSV2, SWOOLE_WEBSOCKET_FLAG_RSV3, SWOOLE_WEBSOCKET_FLAG_COMPRESS, WEBSOCKET_CLOSE_NORMAL, SWOOLE_WEBSOCKET_CLOSE_NORMAL, WEBSOCKET_OPCODE_CONTINUATION);
?>
--EXPECTF--
81026869 02026869
16-bit length
round trips wrong: 0
c2
bool(true)
string(6) "masked"
bool(true)
int(32768)

Warning: Swoole\WebSocket\Frame::pack(): websocket control frame payload must not exceed 125 bytes in %s on line %d
string(0) ""

Warning: Swoole\WebSocket\Frame::pack(): the max length of close reason is 123 in %s on line %d
string(0) ""

Warning: Swoole\WebSocket\Frame::pack(): opcode must be between 0 and 10 in %s on line %d

Warning: Swoole\WebSocket\Frame::pack(): opcode must be between 0 and 10 in %s on line %d
string(0) ""
string(0) ""

Warning: Swoole\WebSocket\Frame::unpack(): invalid websocket control frame: opcode=9, fin=0, payload_length=0 in %s on line %d
bool(false)
bool(false)
bool(false)
int(8)
int(16)
int(2)
int(1000)
int(1000)
int(0)
