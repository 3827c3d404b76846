--TEST--
WebSocket: bad handshakes get 400/426; unmasked frames, bad opcodes and control frames get 1002, bad UTF-8 1007, too big 1009, a length past 2^63 a reset; other connections go on
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
WServer\Connection\TcpConnection::$defaultMaxPackageSize = 1000;
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("ws://127.0.0.1:$port"); // the alias of websocket://
    $w->onMessage = fn ($c, $data) => $c->send("ok " . strlen($data));
    WServer\Worker::runAll();
}, function (int $port) {
    $good = wserver_test_connect($port);
    wserver_test_ws_handshake($good);
    $handshakes = [
        'plain GET' => "GET / HTTP/1.1\r\nHost: a\r\n\r\n",
        'no key' => "GET / HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n",
        'POST' => "POST / HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nContent-Length: 0\r\n\r\n",
        'version 8' => "GET / HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 8\r\n\r\n",
        'bad syntax' => "GET / HTTP/1.1\r\nHost : a\r\n\r\n",
    ];
    foreach ($handshakes as $what => $req) {
        $c = wserver_test_connect($port);
        fwrite($c, $req);
        [$status, $h] = wserver_test_http_read($c);
        echo "$what: $status", isset($h['sec-websocket-version']) ? " (wants {$h['sec-websocket-version'][0]})" : '',
            wserver_test_closed($c) ? ", closed\n" : ", open\n";
    }
    $frames = [
        'unmasked' => wserver_test_ws_frame(1, 'hi', true, false),
        'opcode 3' => wserver_test_ws_frame(3, 'hi'),
        'reserved bit' => chr(0xC1) . substr(wserver_test_ws_frame(1, 'hi'), 1),
        'long ping' => wserver_test_ws_frame(9, str_repeat('p', 126)),
        'fragmented ping' => wserver_test_ws_frame(9, 'p', false),
        'lone continuation' => wserver_test_ws_frame(0, 'x'),
        'text inside fragments' => wserver_test_ws_frame(1, 'a', false) . wserver_test_ws_frame(1, 'b'),
        'close code 1005' => wserver_test_ws_frame(8, pack('n', 1005)),
        'close of 1 byte' => wserver_test_ws_frame(8, 'x'),
        'bad UTF-8' => wserver_test_ws_frame(1, "caf\xe9"),
        'surrogate' => wserver_test_ws_frame(1, "\xed\xa0\x80"),
        'bad UTF-8 in fragments' => wserver_test_ws_frame(1, "\xe2\x82", false) . wserver_test_ws_frame(0, "x"),
        'frame over 1000' => wserver_test_ws_frame(2, str_repeat('b', 1001)),
        'message over 1000' => wserver_test_ws_frame(2, str_repeat('b', 600), false) . wserver_test_ws_frame(0, str_repeat('b', 600)),
        // a 64-bit length with its top bit set (RSV3 too): malformed data, reset with no close frame, as Swoole
        'length past 2^63' => chr(0x19) . str_repeat(chr(0xff), 255),
    ];
    foreach ($frames as $what => $bytes) {
        $c = wserver_test_connect($port);
        wserver_test_ws_handshake($c);
        fwrite($c, $bytes);
        echo "$what: ", wserver_test_ws_describe(wserver_test_ws_read($c)), wserver_test_closed($c) ? ", closed\n" : ", open\n";
    }
    // a split UTF-8 character across fragments is fine
    fwrite($good, wserver_test_ws_frame(1, "\xe2\x82", false) . wserver_test_ws_frame(0, "\xac"));
    echo "good: ", wserver_test_ws_describe(wserver_test_ws_read($good)), "\n";
    fwrite($good, wserver_test_ws_frame(2, str_repeat('b', 1000)));
    echo "good: ", wserver_test_ws_describe(wserver_test_ws_read($good)), "\n";
});
?>
--EXPECT--
plain GET: 400, closed
no key: 400, closed
POST: 400, closed
version 8: 426 (wants 13), closed
bad syntax: 400, closed
unmasked: close 1002, closed
opcode 3: close 1002, closed
reserved bit: close 1002, closed
long ping: close 1002, closed
fragmented ping: close 1002, closed
lone continuation: close 1002, closed
text inside fragments: close 1002, closed
close code 1005: close 1002, closed
close of 1 byte: close 1002, closed
bad UTF-8: close 1007, closed
surrogate: close 1007, closed
bad UTF-8 in fragments: close 1007, closed
frame over 1000: close 1009, closed
message over 1000: close 1009, closed
length past 2^63: nothing, closed
good: text "ok 3"
good: text "ok 1000"
