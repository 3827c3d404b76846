--TEST--
Graceful stop (Worker): a reply that waits for an AsyncTcpConnection to a backend (itself a draining worker answering from a timer) reaches the client
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
use WServer\Connection\AsyncTcpConnection;
$sock = 'unix://' . __DIR__ . '/backend.sock';
$backend = new WServer\Worker($sock);
$backend->name = 'backend';
$backend->onMessage = function ($c, $d) {
    received();
    WServer\Timer::add({DELAY}, fn () => $c->send("late $d"), [], false);
};
$front = new WServer\Worker('text://127.0.0.1:{PORT}');
$front->count = 2;
$front->onMessage = function ($c, $d) use ($sock) {
    $a = new AsyncTcpConnection($sock);
    $a->onMessage = function ($a, $reply) use ($c) {
        $c->send($reply);
        $a->close();
    };
    $a->send($d);
    $a->connect();
};
WServer\Worker::runAll();
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
