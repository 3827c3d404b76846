--TEST--
HTTP: Expect: 100-continue gets "100 Continue" once the head is in, then the request is answered; an oversized one gets 413 instead
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
WServer\Connection\TcpConnection::$defaultMaxPackageSize = 10000;
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onMessage = fn ($c, $req) => $c->send('got ' . strlen($req->rawBody()) . ' bytes');
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    fwrite($c, "PUT /up HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n");
    echo json_encode(wserver_test_read($c, 25, 2)), "\n";
    fwrite($c, str_repeat('x', 5000));
    [$status, , $body] = wserver_test_http_read($c);
    echo "$status $body\n";
    // without Expect: no interim reply
    fwrite($c, "PUT /up HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\n");
    usleep(100000);
    fwrite($c, "abc");
    [$status, , $body] = wserver_test_http_read($c);
    echo "$status $body\n";

    $big = wserver_test_connect($port);
    fwrite($big, "PUT /up HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 50000\r\n\r\n");
    [$status] = wserver_test_http_read($big);
    echo "oversized: $status\n";
});
?>
--EXPECT--
"HTTP\/1.1 100 Continue\r\n\r\n"
200 got 5000 bytes
200 got 3 bytes
oversized: 413
