--TEST--
WebSocket: text and binary frames, fragments reassembled (with a ping between them), ping answered with pong, close handshake echoes the code, websocketType
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("websocket://127.0.0.1:$port");
    $w->onMessage = function ($c, $data) {
        if ($data === 'binary please') {
            $c->websocketType = WServer\Protocols\Websocket::BINARY_TYPE_ARRAYBUFFER;
        }
        $c->send(strlen($data) . ':' . (ctype_print($data) ? substr($data, 0, 20) : bin2hex($data)));
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    [$status, $h] = wserver_test_ws_handshake($c, '/chat');
    echo "$status {$h['upgrade'][0]} {$h['connection'][0]}\n";
    fwrite($c, wserver_test_ws_frame(1, 'héllo'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    fwrite($c, wserver_test_ws_frame(2, "\x00\xff\x01"));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    // 70 000 bytes: the 64-bit length form
    fwrite($c, wserver_test_ws_frame(2, str_repeat('z', 70000)));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    fwrite($c, wserver_test_ws_frame(1, str_repeat('y', 300)));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    // three fragments with a ping between them, all in one write
    fwrite($c, wserver_test_ws_frame(1, 'frag', false) . wserver_test_ws_frame(9, 'are you there')
        . wserver_test_ws_frame(0, 'men', false) . wserver_test_ws_frame(0, 'ted'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    // one frame sent a byte at a time
    foreach (str_split(wserver_test_ws_frame(1, 'slowly'), 1) as $byte) {
        fwrite($c, $byte);
        usleep(2000);
    }
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    fwrite($c, wserver_test_ws_frame(1, 'binary please'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    fwrite($c, wserver_test_ws_frame(10, 'unsolicited pong is ignored') . wserver_test_ws_frame(1, 'after'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    fwrite($c, wserver_test_ws_frame(8, pack('n', 4000) . 'bye'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    echo wserver_test_closed($c) ? "closed\n" : "still open\n";

    // an empty close frame is answered with an empty one
    $c = wserver_test_connect($port);
    wserver_test_ws_handshake($c);
    fwrite($c, wserver_test_ws_frame(8, ''));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    echo wserver_test_closed($c) ? "closed\n" : "still open\n";
    usleep(200000);
});
?>
--EXPECT--
101 websocket Upgrade
text "6:68c3a96c6c6f"
text "3:00ff01"
text "70000:zzzzzzzzzzzzzzzzzzzz"
text "300:yyyyyyyyyyyyyyyyyyyy"
pong "are you there"
text "10:fragmented"
text "6:slowly"
binary "13:binary please"
binary "5:after"
close 4000
closed
close
closed
