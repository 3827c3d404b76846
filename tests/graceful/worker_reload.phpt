--TEST--
Graceful reload (reload -g): replies pending in timers are delivered by the old workers before they go; the new workers serve
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
$w->onMessage = function ($c, $d) {
    received();
    WServer\Timer::add({DELAY}, fn () => $c->send("late $d"), [], false);
};
WServer\Worker::runAll();
PHP, fn ($port, $i) => wserver_test_text_client($port, "t$i"), fn ($c) => wserver_test_text_reply($c), 3, 'reload -g');
?>
--EXPECT--
requests received: all
reload -g: 0
client 0: "late t0", then closed
client 1: "late t1", then closed
client 2: "late t2", then closed
ran out of time: no
workers exited cleanly: yes
