--TEST--
HTTP: malformed and oversized requests get their 4xx/5xx and a close, never reach PHP; other connections go on
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
WServer\Connection\TcpConnection::$defaultMaxPackageSize = 100000;
wserver_test_run(function (int $port, string $dir) {
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onMessage = function ($c, $req) use ($dir) {
        file_put_contents("$dir/reached", $req->uri() . "\n", FILE_APPEND);
        $c->send('ok');
    };
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $cases = [
        'bare LF' => "GET / HTTP/1.1\nHost: a\n\n",
        'space before colon' => "GET / HTTP/1.1\r\nHost : a\r\n\r\n",
        'obs-fold' => "GET / HTTP/1.1\r\nHost: a\r\nX-A: 1\r\n 2\r\n\r\n",
        'no version' => "GET /\r\n\r\n",
        'CL and TE' => "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        'two CL' => "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
        'same CL twice' => "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc",
        'bad chunk size' => "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\nabc\r\n0\r\n\r\n",
        'chunked in 1.0' => "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        'unknown coding' => "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n",
        'HTTP/2.0' => "GET / HTTP/2.0\r\n\r\n",
        'URI too long' => "GET /" . str_repeat('a', 9000) . " HTTP/1.1\r\nHost: a\r\n\r\n",
        'head too large' => "GET / HTTP/1.1\r\n" . str_repeat("X-Filler: " . str_repeat('b', 100) . "\r\n", 200) . "\r\n",
        'body too large' => "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 200000\r\n\r\n",
    ];
    $good = wserver_test_connect($port);
    foreach ($cases as $name => $bytes) {
        $c = wserver_test_connect($port);
        fwrite($c, $bytes);
        $r = wserver_test_http_read($c);
        echo str_pad($name, 20), $r ? "{$r[0]} {$r[2]}" : 'no reply', ', closed: ', wserver_test_closed($c) ? 'yes' : 'no', "\n";
        fwrite($good, "GET /still HTTP/1.1\r\nHost: a\r\n\r\n");
        if (wserver_test_http_read($good)[2] !== 'ok') {
            echo "  the good connection broke\n";
        }
    }
    echo 'reached PHP: ', implode(',', array_unique(file("$dir/reached", FILE_IGNORE_NEW_LINES))), "\n";
    // lines past the first within a second are held by the rate limiter and counted in a summary
    $logged = fn () => wserver_test_log_count("$dir/server.log", 'bad request, answered', 'bad requests answered and closed');
    wserver_test_wait(fn () => $logged() === 14);
    echo 'logged: ', $logged(), "\n";
});
?>
--EXPECT--
bare LF             400 400 Bad Request, closed: yes
space before colon  400 400 Bad Request, closed: yes
obs-fold            400 400 Bad Request, closed: yes
no version          400 400 Bad Request, closed: yes
CL and TE           400 400 Bad Request, closed: yes
two CL              400 400 Bad Request, closed: yes
same CL twice       400 400 Bad Request, closed: yes
bad chunk size      400 400 Bad Request, closed: yes
chunked in 1.0      400 400 Bad Request, closed: yes
unknown coding      501 501 Not Implemented, closed: yes
HTTP/2.0            505 505 HTTP Version Not Supported, closed: yes
URI too long        414 414 URI Too Long, closed: yes
head too large      431 431 Request Header Fields Too Large, closed: yes
body too large      413 413 Content Too Large, closed: yes
reached PHP: /still
logged: 14
