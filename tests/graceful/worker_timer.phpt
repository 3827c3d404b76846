--TEST--
Graceful stop (Worker): a reply sent later by a one-shot timer reaches the client before the worker exits
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
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->count = 2;
$w->onWorkerStart = fn () => WServer\Timer::add(0.05, fn () => null); // repeating: not waited for
$w->onMessage = function ($c, $d) {
    received();
    WServer\Timer::add({DELAY}, fn () => $c->send("late $d"), [], false);
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
