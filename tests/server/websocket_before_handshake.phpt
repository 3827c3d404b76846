--TEST--
WebSocket\Server (Swoole API): beforeHandshakeResponse sees the 101 Swoole would send and adds to it (cookie, header), then open fires; a handshake callback's 101 carries both a Set-Cookie header and a cookie(), and no body headers
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--INI--
wserver.aliases=swoole
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port, string $dir) {
    $ws = new Swoole\WebSocket\Server('127.0.0.1', $port);
    $ws->set(['worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $ws->on('beforeHandshakeResponse', function ($server, $request, $response) {
        $response->cookie('abc', 'def');
        $response->header('X-Seen', $request->server['request_uri']);
    });
    $ws->on('open', function ($server, $request) {
        $server->push($request->fd, "open {$request->server['request_uri']}");
    });
    $ws->on('message', fn () => null);
    $ws->start();
}, function (int $port) {
    $c = wserver_test_connect($port);
    [$status, $headers] = wserver_test_ws_handshake($c, '/before');
    echo $status, ' ', json_encode([$headers['set-cookie'], $headers['x-seen'], $headers['upgrade'], isset($headers['content-length'])]), "\n";
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
});
wserver_test_run(function (int $port, string $dir) {
    $ws = new Swoole\WebSocket\Server('127.0.0.1', $port);
    $ws->set(['worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $ws->on('handshake', function ($request, $response) {
        $key = base64_encode(sha1($request->header['sec-websocket-key'] . '258EAFA5-E914-47DA-95CA-C5AB0DC85B11', true));
        foreach (['Upgrade' => 'websocket', 'Connection' => 'Upgrade', 'Sec-WebSocket-Accept' => $key,
                  'Sec-WebSocket-Version' => '13', 'Set-Cookie' => 'foo=bar'] as $k => $v) {
            $response->header($k, $v);
        }
        $response->cookie('abc', 'def');
        $response->status(101);
        $response->end();
        return true;
    });
    $ws->on('message', function ($server, $frame) {
        $server->push($frame->fd, "echo $frame->data");
    });
    $ws->start();
}, function (int $port) {
    $c = wserver_test_connect($port);
    [$status, $headers] = wserver_test_ws_handshake($c, '/mine');
    echo $status, ' ', json_encode([$headers['set-cookie'], isset($headers['content-length']), isset($headers['content-type'])]), "\n";
    fwrite($c, wserver_test_ws_frame(1, 'hi'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
});
?>
--EXPECT--
101 [["abc=def"],["\/before"],["websocket"],false]
text "open \/before"
101 [["foo=bar","abc=def"],false,false]
text "echo hi"
