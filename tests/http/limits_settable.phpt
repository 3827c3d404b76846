--TEST--
HTTP: Request::$maxHeaderSize, Request::$maxUriLength and TcpConnection::$defaultMaxPackageSize set the 431, 414 and 413 limits
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
WServer\Protocols\Http\Request::$maxHeaderSize = 1024;
WServer\Protocols\Http\Request::$maxUriLength = 100;
WServer\Connection\TcpConnection::$defaultMaxPackageSize = 2000;
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onMessage = fn ($c, $req) => $c->send('ok ' . strlen($req->rawBody()));
    WServer\Worker::runAll();
}, function (int $port) {
    $ask = function (string $bytes) use ($port) {
        $c = wserver_test_connect($port);
        fwrite($c, $bytes);
        $r = wserver_test_http_read($c);
        return $r ? "{$r[0]} {$r[2]}" : 'no reply';
    };
    echo $ask("GET /" . str_repeat('u', 90) . " HTTP/1.1\r\nHost: a\r\n\r\n"), "\n";
    echo $ask("GET /" . str_repeat('u', 110) . " HTTP/1.1\r\nHost: a\r\n\r\n"), "\n";
    echo $ask("GET / HTTP/1.1\r\nX-Big: " . str_repeat('h', 900) . "\r\n\r\n"), "\n";
    echo $ask("GET / HTTP/1.1\r\nX-Big: " . str_repeat('h', 1100) . "\r\n\r\n"), "\n";
    echo $ask("POST / HTTP/1.1\r\nContent-Length: 1500\r\n\r\n" . str_repeat('b', 1500)), "\n";
    echo $ask("POST / HTTP/1.1\r\nContent-Length: 2500\r\n\r\n" . str_repeat('b', 2500)), "\n";
});
?>
--EXPECT--
200 ok 0
414 414 URI Too Long
200 ok 0
431 431 Request Header Fields Too Large
200 ok 1500
413 413 Content Too Large
