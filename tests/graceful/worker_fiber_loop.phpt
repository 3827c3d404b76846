--TEST--
Graceful stop (Worker, Workerman's Fiber loop): a reply still pending in a suspended callback Fiber, resumed later by a timer, arrives before the worker ends
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
$w->eventLoop = 'Workerman\Events\Fiber';
$w->onMessage = function ($c, $req) {
    received();
    if ($req->path() === '/now') {
        $c->send('now');
        return;
    }
    $fiber = Fiber::getCurrent();
    WServer\Timer::add({DELAY}, fn () => $fiber->resume('late'), [], false);
    $c->send(new Response(200, [], Fiber::suspend() . ' ' . $req->path()));
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
