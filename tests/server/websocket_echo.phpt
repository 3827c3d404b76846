--TEST--
WebSocket\Server (Swoole API): the echo example with the namespace renamed; open gets the Request, message a Frame (opcode), push text and binary, isEstablished, disconnect with a code and reason, close event; a plain HTTP request goes to the request event
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port, string $dir) {
    $ws = new WServer\WebSocket\Server('127.0.0.1', $port);
    $ws->set(['worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $ws->on('Open', function ($ws, $request) {
        $ws->push($request->fd, "hello, welcome {$request->server['request_uri']} " . json_encode($request->get));
    });
    $ws->on('Message', function ($ws, $frame) use ($dir) {
        if ($frame->data === 'kick') {
            $ws->disconnect($frame->fd, 4001, 'kicked');
            return;
        }
        $ws->push($frame->fd, "server: {$frame->data} opcode={$frame->opcode} established=" . json_encode($ws->isEstablished($frame->fd)));
        if ($frame->opcode === WSERVER_WEBSOCKET_OPCODE_BINARY) {
            // the class constant and Swoole's unprefixed global are the same opcode
            $ws->push($frame->fd, strrev($frame->data), WServer\WebSocket\Server::OPCODE_BINARY === WEBSOCKET_OPCODE_BINARY ? WEBSOCKET_OPCODE_BINARY : 1);
        }
    });
    $ws->on('Request', function ($request, $response) {
        $response->end("plain HTTP on the WebSocket port: {$request->server['request_uri']}");
    });
    $ws->on('Close', function ($ws, $fd) use ($dir) {
        file_put_contents("$dir/closed", "client-$fd is closed");
    });
    $ws->start();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    [$status] = wserver_test_ws_handshake($c, '/chat?room=1');
    echo "$status\n";
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    fwrite($c, wserver_test_ws_frame(1, 'hi'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    fwrite($c, wserver_test_ws_frame(2, "\x01\x02"));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    [, $op, $payload] = wserver_test_ws_read($c);
    echo "opcode $op: ", bin2hex($payload), "\n";
    fwrite($c, wserver_test_ws_frame(1, 'kick'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    // the server waits for the answering close frame (RFC 6455 §7.1.2), then closes
    fwrite($c, wserver_test_ws_frame(8, pack('n', 4001)));
    echo wserver_test_closed($c) ? "closed\n" : "open\n";
    // the file exists before its contents are written: wait for them
    wserver_test_wait(fn () => (string) @file_get_contents("$dir/closed") !== '');
    echo file_get_contents("$dir/closed"), "\n";
    echo wserver_test_curl(["http://127.0.0.1:$port/page", "http://127.0.0.1:$port/again"]), "\n";
});
?>
--EXPECT--
101
text "hello, welcome \/chat {\"room\":\"1\"}"
text "server: hi opcode=1 established=true"
text "server: \u0001\u0002 opcode=2 established=true"
opcode 2: 0201
close 4001 kicked
closed
client-1 is closed
plain HTTP on the WebSocket port: /pageplain HTTP on the WebSocket port: /again
