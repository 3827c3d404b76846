--TEST--
Graceful stop (Server): a reply sent later by Server::after() reaches the client; max_wait_time bounds the stop
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
$s = new WServer\Server('127.0.0.1', {PORT});
$s->set(['worker_num' => 2, 'max_wait_time' => 10]);
$s->on('receive', function ($s, $fd, $reactor, $data) {
    received();
    $s->after((int) ({DELAY} * 1000), fn () => $s->send($fd, 'late ' . trim($data) . "\n"));
});
$s->start();
PHP, fn ($port, $i) => wserver_test_text_client($port, "t$i"), fn ($c) => wserver_test_text_reply($c));
?>
--EXPECT--
requests received: all
stop -g: 0
waited for the replies: yes
master gone when stop returned: yes
client 0: "late t0", then closed
client 1: "late t1", then closed
client 2: "late t2", then closed
ran out of time: no
workers exited cleanly: yes
