--TEST--
Graceful stop (Worker): an HTTP Response sent later by a timer arrives with Connection: close; an idle keep-alive connection answered before the stop is closed
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/graceful.inc';
wserver_test_graceful(<<<'PHP'
use WServer\Protocols\Http\Response;
$w = new WServer\Worker('http://127.0.0.1:{PORT}');
$w->count = 2;
$w->onMessage = function ($c, $req) {
    received();
    if ($req->path() === '/now') {
        $c->send('now');
        return;
    }
    WServer\Timer::add({DELAY}, fn () => $c->send(new Response(200, [], 'late ' . $req->path())), [], false);
};
WServer\Worker::runAll();
PHP, fn ($port, $i) => wserver_test_http_client($port, $i === 0 ? '/now' : "/t$i"), fn ($c) => wserver_test_http_reply($c));
?>
--EXPECT--
requests received: all
stop -g: 0
waited for the replies: yes
master gone when stop returned: yes
client 0: 200 "now", Connection: keep-alive, then closed
client 1: 200 "late \/t1", Connection: close, then closed
client 2: 200 "late \/t2", Connection: close, then closed
ran out of time: no
workers exited cleanly: yes
