--TEST--
HTTP: Server-Sent Events and chunked replies stream piece by piece after their opening Response
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Protocols\Http\{Chunk, Response, ServerSentEvents};

echo json_encode((string) new ServerSentEvents(['event' => 'tick', 'id' => 7, 'data' => "a\nb"])), "\n";
echo json_encode([(string) new Chunk("hello\0!"), (string) new Chunk('')]), "\n";

wserver_test_run(function (int $port) {
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onMessage = function ($c, $req) {
        if ($req->path() === '/sse') {
            $c->send(new Response(200, ['Content-Type' => 'text/event-stream'], "\r\n"));
            for ($i = 1; $i <= 2; $i++) {
                WServer\Coroutine::sleep(0.05);
                $c->send(new ServerSentEvents(['id' => $i, 'data' => "event $i"]));
            }
            $c->close();
            return;
        }
        $c->send(new Response(200, ['Transfer-Encoding' => 'chunked']));
        $c->send(new Chunk('first,'));
        WServer\Coroutine::sleep(0.05);
        $c->send(new Chunk('second'));
        $c->send(new Chunk(''));
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    fwrite($c, "GET /sse HTTP/1.1\r\nHost: a\r\n\r\n");
    $all = '';
    $end = microtime(true) + 3;
    while (!feof($c) && microtime(true) < $end) {
        $all .= wserver_test_read($c, 4096, 0.2);
    }
    [$head, $body] = explode("\r\n\r\n", $all, 2);
    echo str_contains($head, 'Content-Type: text/event-stream') && !str_contains($head, 'Content-Length') ? "event-stream head\n" : "$head\n";
    echo json_encode($body), "\n";

    $c = wserver_test_connect($port);
    fwrite($c, "GET /chunked HTTP/1.1\r\nHost: a\r\n\r\n");
    $all = '';
    $end = microtime(true) + 3;
    while (!str_ends_with($all, "0\r\n\r\n") && microtime(true) < $end) {
        $all .= wserver_test_read($c, 1, 0.2);
    }
    [$head, $body] = explode("\r\n\r\n", $all, 2);
    echo str_contains($head, 'Transfer-Encoding: chunked') && !str_contains($head, 'Content-Length') ? "chunked head\n" : "$head\n";
    echo json_encode($body), "\n";
});
?>
--EXPECT--
"event: tick\nid: 7\ndata: a\ndata: b\n\n"
["7\r\nhello\u0000!\r\n","0\r\n\r\n"]
event-stream head
"\r\nid: 1\ndata: event 1\n\nid: 2\ndata: event 2\n\n"
chunked head
"6\r\nfirst,\r\n6\r\nsecond\r\n0\r\n\r\n"
