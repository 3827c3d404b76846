--TEST--
TcpConnection::end(): the peer gets what was sent and then end of file, what it still sends is dropped, and the socket closes when the peer closes or after lingerTimeout (from $defaultLingerTimeout, or set per connection)
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
    WServer\Connection\TcpConnection::$defaultLingerTimeout = 0.2;
    $w = new WServer\Worker("text://127.0.0.1:$port");
    $w->onMessage = function ($c, string $line) {
        $c->onMessage = fn () => file_put_contents(dirname(WServer\Worker::$logFile) . '/late', 'read after end()');
        if ($line === 'long') {
            $c->lingerTimeout = 60.0;
        }
        $c->end("bye $line {$c->lingerTimeout}");
    };
    $w->onClose = fn ($c) => file_put_contents(dirname(WServer\Worker::$logFile) . '/closed', $c->getStatus() . ' ', FILE_APPEND);
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $short = wserver_test_connect($port);
    $long = wserver_test_connect($port);
    fwrite($short, "short\n");
    fwrite($long, "long\n");
    echo wserver_test_line($short), wserver_test_line($long);
    echo 'eof: ', json_encode([wserver_test_closed($short), wserver_test_closed($long)]), "\n";
    fwrite($long, "more\n"); // dropped while lingering
    // the short one closes after 0.2 s although its peer keeps its end open; the long one waits
    wserver_test_wait(fn () => is_file("$dir/closed"), 5);
    usleep(1500000);
    echo 'closed: ', @file_get_contents("$dir/closed"), "\n";
    fclose($long); // the peer closes: the lingering one closes at once
    wserver_test_wait(fn () => substr_count((string) @file_get_contents("$dir/closed"), '16') === 2, 5);
    echo 'closed: ', @file_get_contents("$dir/closed"), "\n";
    echo 'read after end(): ', json_encode(is_file("$dir/late")), "\n";
    fclose($short);
});
?>
--EXPECT--
bye short 0.2
bye long 60
eof: [true,true]
closed: 16 
closed: 16 16 
read after end(): false
