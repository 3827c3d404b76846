--TEST--
HTTP: an uncaught exception in onMessage answers 500 and closes (unless a reply was sent); the worker goes on
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
        switch ($req->path()) {
        case '/throw':
            throw new RuntimeException('broken handler');
        case '/sleep-then-throw':
            WServer\Coroutine::sleep(0.1);
            throw new RuntimeException('broken later');
        case '/reply-then-throw':
            $c->send('replied');
            throw new RuntimeException('after the reply');
        }
        $c->send('fine');
    };
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    foreach (['/throw', '/sleep-then-throw', '/reply-then-throw', '/ok'] as $path) {
        $c = wserver_test_connect($port);
        fwrite($c, "GET $path HTTP/1.1\r\nHost: a\r\n\r\n");
        [$status, $h, $body] = wserver_test_http_read($c);
        echo "$path: $status $body";
        if ($status === 500) {
            echo ', closed: ', wserver_test_closed($c) ? 'yes' : 'no';
        }
        echo "\n";
    }
    echo 'logged: ', preg_match_all('/Uncaught in onMessage: RuntimeException/', file_get_contents("$dir/server.log")), "\n";
});
?>
--EXPECT--
/throw: 500 500 Internal Server Error, closed: yes
/sleep-then-throw: 500 500 Internal Server Error, closed: yes
/reply-then-throw: 200 replied
/ok: 200 fine
logged: 3
