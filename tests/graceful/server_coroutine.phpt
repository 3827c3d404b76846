--TEST--
Graceful stop (Server): replies sent later by coroutines (go(), Coroutine::create(), a sleep in the callback itself) reach their clients
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
use WServer\Coroutine;
use function WServer\go;
$s = new WServer\Server('127.0.0.1', {PORT});
$s->set(['worker_num' => 2]);
$s->on('receive', function ($s, $fd, $reactor, $data) {
    received();
    $d = trim($data);
    $reply = function () use ($s, $fd, $d) {
        Coroutine::sleep({DELAY});
        $s->send($fd, "late $d\n");
    };
    match ($d) {
        't0' => go($reply),
        't1' => Coroutine::create($reply),
        default => $reply(),
    };
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
