--TEST--
Worker and AsyncTcpConnection: schemes in any case ("Websocket://", "TEXT://"), as in Workerman
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$text = wserver_test_free_port();
wserver_test_run(function (int $port) use ($text) {
    $ws = new WServer\Worker("Websocket://127.0.0.1:$port");
    $ws->onMessage = function ($c, string $data) use ($text) {
        // a client with an upper-case scheme asks the text worker, then answers
        $a = new WServer\Connection\AsyncTcpConnection("TEXT://127.0.0.1:$text");
        $a->onConnect = fn ($a) => $a->send($data);
        $a->onMessage = function ($a, string $line) use ($c) {
            $c->send("ws got: $line");
            $a->close();
        };
        $a->connect();
    };
    $t = new WServer\Worker("Text://127.0.0.1:$text");
    $t->onMessage = fn ($c, string $line) => $c->send("text got: $line");
    WServer\Worker::runAll();
}, function (int $port) use ($text) {
    wserver_test_wait(fn () => wserver_test_listening($text), 10);
    $c = wserver_test_connect($port);
    echo wserver_test_ws_handshake($c)[0] ?? 'no handshake', "\n";
    fwrite($c, wserver_test_ws_frame(1, 'hello'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
});
?>
--EXPECT--
101
text "ws got: text got: hello"
