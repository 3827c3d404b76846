--TEST--
HTTP: keep-alive, pipelined requests answered in order, Connection: close and HTTP/1.0 close after the reply
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
    $w->onMessage = function ($c, $req) {
        if ($req->get('sleep')) {
            WServer\Coroutine::sleep(0.2);   // pipelined replies still leave in order
        }
        $c->send($req->method() . ' ' . $req->uri() . ' ' . $req->protocolVersion());
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    fwrite($c, "GET /one HTTP/1.1\r\nHost: a\r\n\r\n");
    [$status, $h, $body] = wserver_test_http_read($c);
    echo "$status {$h['connection'][0]} $body\n";
    fwrite($c, "GET /two?sleep=1 HTTP/1.1\r\nHost: a\r\n\r\nGET /three HTTP/1.1\r\nHost: a\r\n\r\nPOST /four HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc");
    for ($i = 0; $i < 3; $i++) {
        [$status, , $body] = wserver_test_http_read($c);
        echo "$status $body\n";
    }
    fwrite($c, "GET /last HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
    [$status, $h, $body] = wserver_test_http_read($c);
    echo "$status {$h['connection'][0]} $body\n";
    var_dump(wserver_test_closed($c));

    $old = wserver_test_connect($port);
    fwrite($old, "GET /old HTTP/1.0\r\n\r\n");
    [$status, $h, $body] = wserver_test_http_read($old);
    echo "$status {$h['connection'][0]} $body\n";
    var_dump(wserver_test_closed($old));
    $ka = wserver_test_connect($port);
    fwrite($ka, "GET /old-ka HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    [$status, $h, $body] = wserver_test_http_read($ka);
    echo "$status {$h['connection'][0]} $body\n";
    fwrite($ka, "GET /again HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    echo wserver_test_http_read($ka)[2], "\n";
});
?>
--EXPECT--
200 keep-alive GET /one 1.1
200 GET /two?sleep=1 1.1
200 GET /three 1.1
200 POST /four 1.1
200 close GET /last 1.1
bool(true)
200 close GET /old 1.0
bool(true)
200 keep-alive GET /old-ka 1.0
GET /again 1.0
