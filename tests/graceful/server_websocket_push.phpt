--TEST--
Graceful stop (WebSocket\Server): a push sent later by a timer arrives, then the connection gets close 1001
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
$s = new WServer\WebSocket\Server('127.0.0.1', {PORT});
$s->set(['worker_num' => 2]);
$s->on('message', function ($s, $frame) {
    received();
    $s->after((int) ({DELAY} * 1000), fn () => $s->push($frame->fd, "late {$frame->data}"));
});
$s->start();
PHP, fn ($port, $i) => wserver_test_ws_client($port, "m$i"), fn ($c) => wserver_test_ws_frames($c));
?>
--EXPECT--
requests received: all
stop -g: 0
waited for the replies: yes
master gone when stop returned: yes
client 0: text "late m0", close 1001
client 1: text "late m1", close 1001
client 2: text "late m2", close 1001
ran out of time: no
workers exited cleanly: yes
