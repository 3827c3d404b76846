--TEST--
WebSocket\Server (Swoole API): open_websocket_ping_frame / pong_frame / close_frame deliver control frames to message (no automatic pong); push() of a Frame object and with flags (fragments), ping(); a close frame is answered with its own payload, as Swoole does
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$server = function (array $options) {
    return function (int $port, string $dir) use ($options) {
        $ws = new WServer\WebSocket\Server('127.0.0.1', $port);
        $ws->set(['worker_num' => 1, 'log_file' => "$dir/server.log"] + $options);
        $ws->on('message', function ($ws, $frame) use ($dir) {
            $kind = get_class($frame) . " opcode=$frame->opcode flags=$frame->flags finish=" . json_encode($frame->finish);
            if ($frame->opcode === WSERVER_WEBSOCKET_OPCODE_CLOSE) {
                file_put_contents("$dir/close", "$kind code=$frame->code reason=$frame->reason");
                return;
            }
            if ($frame->opcode === WSERVER_WEBSOCKET_OPCODE_PING) {
                $pong = new WServer\WebSocket\Frame;
                $pong->opcode = WSERVER_WEBSOCKET_OPCODE_PONG;
                $pong->data = "pong for $frame->data";
                $ws->push($frame->fd, $pong);
                return;
            }
            $ws->push($frame->fd, "$kind data=$frame->data");
            if ($frame->data === 'fragments') {
                $ws->push($frame->fd, 'one,', WSERVER_WEBSOCKET_OPCODE_TEXT, 0);
                $ws->push($frame->fd, 'two', WSERVER_WEBSOCKET_OPCODE_CONTINUATION, WSERVER_WEBSOCKET_FLAG_FIN);
                $ws->ping($frame->fd, 'are you there');
            }
        });
        $ws->on('close', function ($ws, $fd) use ($dir) {
            file_put_contents("$dir/closed", "yes");
        });
        $ws->start();
    };
};
// control frames delivered to message
wserver_test_run($server(['open_websocket_ping_frame' => true, 'open_websocket_pong_frame' => true,
                          'open_websocket_close_frame' => true]), function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    echo wserver_test_ws_handshake($c)[0], "\n";
    fwrite($c, wserver_test_ws_frame(9, 'ping-1'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    fwrite($c, wserver_test_ws_frame(10, 'unasked pong'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    fwrite($c, wserver_test_ws_frame(1, 'fragments'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    fwrite($c, wserver_test_ws_frame(8, pack('n', 4321) . 'see you'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    echo wserver_test_closed($c) ? "closed\n" : "open\n";
    wserver_test_wait(fn () => (string) @file_get_contents("$dir/close") !== '');
    echo file_get_contents("$dir/close"), "\n";
});
// by default: ping answered with a pong, pong dropped, close echoed (any code) and not delivered
wserver_test_run($server([]), function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    echo wserver_test_ws_handshake($c)[0], "\n";
    fwrite($c, wserver_test_ws_frame(9, 'ping-2'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    fwrite($c, wserver_test_ws_frame(10, 'dropped'));
    fwrite($c, wserver_test_ws_frame(1, 'after the pong'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    fwrite($c, wserver_test_ws_frame(8, pack('n', 5000) . 'odd code'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    echo wserver_test_closed($c) ? "closed\n" : "open\n";
    // a close frame delivered would have come before the close event
    wserver_test_wait(fn () => (string) @file_get_contents("$dir/closed") !== '');
    echo file_exists("$dir/close") ? "close delivered\n" : "close not delivered\n";
});
?>
--EXPECT--
101
pong "pong for ping-1"
text "WServer\\WebSocket\\Frame opcode=10 flags=1 finish=true data=unasked pong"
text "WServer\\WebSocket\\Frame opcode=1 flags=1 finish=true data=fragments"
partial text "one,"
continuation "two"
ping "are you there"
close 4321 see you
closed
WServer\WebSocket\CloseFrame opcode=8 flags=1 finish=true code=4321 reason=see you
101
pong "ping-2"
text "WServer\\WebSocket\\Frame opcode=1 flags=1 finish=true data=after the pong"
close 5000 odd code
closed
close not delivered
