--TEST--
TcpConnection::pipe(): two clients relayed both ways without callbacks, 1 MB intact; closing one side closes the other (the back-pressure case is pipe_backpressure.phpt)
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
    $w = new WServer\Worker("tcp://127.0.0.1:$port");
    $waiting = null;
    $w->onConnect = function ($c) use (&$waiting) {
        $c->maxSendBufferSize = 256 * 1024;
        if (!$waiting) {
            $waiting = $c;
            return;
        }
        $c->pipe($waiting);
        $waiting->pipe($c);
        $waiting->send("paired\n");
        $c->send("paired\n");
        $waiting = null;
    };
    $w->onBufferFull = function ($c) use ($dir) {
        file_put_contents("$dir/full", $c->getSendBufferQueueSize() . "\n", FILE_APPEND);
    };
    $w->onMessage = fn ($c, $d) => $c->send("not piped: $d");
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $a = wserver_test_connect($port);
    usleep(100000);
    $b = wserver_test_connect($port);
    echo wserver_test_line($a), wserver_test_line($b);
    fwrite($a, "hello b\n");
    echo 'b got: ', wserver_test_line($b);
    fwrite($b, "hello a\n");
    echo 'a got: ', wserver_test_line($a);
    $blob = random_bytes(1 << 20);
    fwrite($a, $blob);
    echo 'b got 1 MB intact: ', json_encode(wserver_test_read($b, strlen($blob), 20) === $blob), "\n";
    fclose($a);
    echo 'b closed after a: ', json_encode(wserver_test_closed($b)), "\n";
});
?>
--EXPECT--
paired
paired
b got: hello b
a got: hello a
b got 1 MB intact: true
b closed after a: true
