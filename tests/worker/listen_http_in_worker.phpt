--TEST--
Worker: an http:// Worker listen()ed in onWorkerStart of a websocket:// worker (webman/push's API server): a POST to it reaches the WebSocket subscribers of the outer Worker; each Worker keeps its own connections and callbacks
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$api = wserver_test_free_port();
wserver_test_run(function (int $port) use ($api) {
    $w = new WServer\Worker("websocket://127.0.0.1:$port");
    $w->onMessage = fn ($c, $d) => $c->send("echo $d");
    $w->onWorkerStart = function ($w) use ($api) {
        $http = new WServer\Worker("http://127.0.0.1:$api");
        $http->onMessage = function ($c, $request) use ($w) {
            foreach ($w->connections as $sub) {
                $sub->send('published: ' . $request->post('event'));
            }
            $c->send(json_encode([
                'class' => get_class($request),
                'subscribers' => count($w->connections),
                'api connections' => count($c->worker->connections),
                'same worker' => $c->worker === $w,
                'getAllWorkers' => array_values(WServer\Worker::getAllWorkers()) === [$w, $c->worker],
            ]));
        };
        $http->listen();
    };
    WServer\Worker::runAll();
}, function (int $port) use ($api) {
    $ws = wserver_test_connect($port);
    echo wserver_test_ws_handshake($ws)[0], "\n";
    fwrite($ws, wserver_test_ws_frame(1, 'hi'));
    echo wserver_test_ws_read($ws)[2], "\n";
    wserver_test_wait(fn () => wserver_test_listening($api));
    $c = wserver_test_connect($api);
    $body = 'event=news';
    fwrite($c, "POST /publish HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " . strlen($body) . "\r\n\r\n$body");
    [$status, , $reply] = wserver_test_http_read($c);
    echo $status, ' ', $reply, "\n";
    echo wserver_test_ws_read($ws)[2], "\n";
});
?>
--EXPECT--
101
echo hi
200 {"class":"WServer\\Protocols\\Http\\Request","subscribers":1,"api connections":1,"same worker":false,"getAllWorkers":true}
published: news
