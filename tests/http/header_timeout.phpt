--TEST--
HTTP: a client that is too slow to send its request head (or sends nothing) gets 408 after Request::$headerTimeout; others are served
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
WServer\Protocols\Http\Request::$headerTimeout = 1;
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onMessage = fn ($c, $req) => $c->send('ok');
    WServer\Worker::runAll();
}, function (int $port) {
    $silent = wserver_test_connect($port);
    $slow = wserver_test_connect($port);
    fwrite($slow, "GET / HTTP/1.1\r\nHo");
    $idle = wserver_test_connect($port);   // keep-alive: idle after a reply is not a slow head
    fwrite($idle, "GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    echo 'first reply: ', wserver_test_http_read($idle)[2], "\n";
    $t = microtime(true);
    foreach (['slow' => $slow, 'silent' => $silent] as $name => $c) {
        $r = wserver_test_http_read($c, 6);
        echo "$name: ", $r ? "{$r[0]} {$r[2]}" : 'no reply', ', closed: ', wserver_test_closed($c) ? 'yes' : 'no', "\n";
    }
    echo 'after about a second: ', microtime(true) - $t < 4 ? 'yes' : 'no', "\n";
    fwrite($idle, "GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    echo 'idle keep-alive still served: ', wserver_test_http_read($idle)[2], "\n";
});
?>
--EXPECT--
first reply: ok
slow: 408 408 Request Timeout, closed: yes
silent: 408 408 Request Timeout, closed: yes
after about a second: yes
idle keep-alive still served: ok
