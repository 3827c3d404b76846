--TEST--
HTTP: a bad request is answered 400 and the close lingers: what the client still sends (an upload under way) is read and dropped for up to 2 s, so its writes are not reset before it reads the answer
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
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onMessage = fn ($c, $r) => $c->send('ok');
    WServer\Worker::runAll();
}, function (int $port) {
    $answered = $refused = 0;
    $junk = str_repeat('x', 1024);
    for ($i = 0; $i < 10; $i++) {
        $c = wserver_test_connect($port);
        // a bad request line, then a body the server never asked for, sent in pieces for a
        // while (as an upload does), then the client reads
        fwrite($c, "BAD REQUEST LINE\r\n\r\n");
        for ($k = 0; $k < 20; $k++) {
            usleep(10000);
            $refused += @fwrite($c, $junk) === false;
        }
        $reply = (string) @fread($c, 4096);
        $answered += str_starts_with($reply, 'HTTP/1.1 400 ');
        fclose($c);
    }
    echo "answered 400: $answered of 10\n";
    echo "writes refused by a reset: $refused\n";
    echo 'still serving: ', wserver_test_curl(["http://127.0.0.1:$port/"]), "\n";
});
?>
--EXPECT--
answered 400: 10 of 10
writes refused by a reset: 0
still serving: ok
