--TEST--
Graceful stop (Http\Server): $response->end() called later by a timer arrives with Connection: close; an idle keep-alive connection answered before the stop is closed
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
$s = new WServer\Http\Server('127.0.0.1', {PORT});
$s->set(['worker_num' => 2]);
$s->on('request', function ($req, $resp) use ($s) {
    received();
    $uri = $req->server['request_uri'];
    if ($uri === '/now') {
        $resp->end('now');
        return;
    }
    $s->after((int) ({DELAY} * 1000), fn () => $resp->end("late $uri"));
});
$s->start();
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
