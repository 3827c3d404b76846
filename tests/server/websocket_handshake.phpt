--TEST--
WebSocket\Server: the handshake event answers the upgrade itself (Swoole's example with the namespace renamed): 101 accepts, another status refuses, returning false closes; messages flow after an accepted one
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
    $server = new WServer\WebSocket\Server('127.0.0.1', $port);
    $server->set(['worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $server->on('handshake', function (WServer\Http\Request $request, WServer\Http\Response $response) {
        if (($request->get['token'] ?? '') === 'silent') {
            return false;
        }
        if (($request->get['token'] ?? '') !== 'good') {
            $response->status(403);
            $response->end('go away');
            return false;
        }
        $key = base64_encode(sha1($request->header['sec-websocket-key'] . '258EAFA5-E914-47DA-95CA-C5AB0DC85B11', true));
        foreach (['Upgrade' => 'websocket', 'Connection' => 'Upgrade', 'Sec-WebSocket-Accept' => $key, 'Sec-WebSocket-Version' => '13', 'X-Hand' => 'shaken'] as $k => $v) {
            $response->header($k, $v);
        }
        $response->status(101);
        $response->end();
        return true;
    });
    $server->on('Message', function ($server, $frame) {
        $server->push($frame->fd, "got {$frame->data}");
    });
    $server->start();
}, function (int $port) {
    $c = wserver_test_connect($port);
    [$status, $h] = wserver_test_ws_handshake($c, '/?token=good');
    echo "$status {$h['x-hand'][0]}\n";
    fwrite($c, wserver_test_ws_frame(1, 'hello'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    $d = wserver_test_connect($port);
    [$status, , $body] = wserver_test_ws_handshake($d, '/?token=bad');
    echo "$status $body ", wserver_test_closed($d) ? "closed\n" : "open\n";
    $e = wserver_test_connect($port);
    var_dump(wserver_test_ws_handshake($e, '/?token=silent'));
    echo wserver_test_closed($e) ? "closed\n" : "open\n";
});
?>
--EXPECT--
101 shaken
text "got hello"
403 go away closed
NULL
closed
