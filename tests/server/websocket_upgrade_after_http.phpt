--TEST--
WebSocket\Server (Swoole API): a keep-alive connection that made plain HTTP requests may upgrade afterwards; isEstablished() is false for an HTTP connection, true for a WebSocket one
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
    $ws->on('request', function ($request, $response) {
        $response->end((string) $request->fd);
    });
    $ws->on('message', function ($ws, $frame) {
        $other = (int) $frame->data;
        $ws->push($frame->fd, json_encode([$ws->isEstablished($frame->fd), $ws->isEstablished($other), $ws->exist($other)]));
    });
    $ws->start();
}, function (int $port) {
    $http = wserver_test_connect($port);
    fwrite($http, "GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    [$status, , $httpFd] = wserver_test_http_read($http);
    echo "$status\n";
    $c = wserver_test_connect($port);
    fwrite($c, "GET /first HTTP/1.1\r\nHost: a\r\n\r\n");
    [$status, , $body] = wserver_test_http_read($c);
    echo "$status ", $body !== $httpFd ? 'own fd' : 'same fd', "\n";
    echo wserver_test_ws_handshake($c, '/later')[0], "\n";
    fwrite($c, wserver_test_ws_frame(1, $httpFd));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
});
?>
--EXPECT--
200
200 own fd
101
text "[true,false,true]"
