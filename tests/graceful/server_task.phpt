--TEST--
Graceful stop (Server): replies that wait for task workers (task() with its own callback, task() with the finish event, taskwait()) reach their clients; the task worker stops after the workers it serves
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
$s->set(['worker_num' => 2, 'task_worker_num' => 1]);
$s->on('receive', function ($s, $fd, $reactor, $data) {
    received();
    $d = trim($data);
    match ($d) {
        't0' => $s->task([$fd, $d], -1, fn ($s, $id, $r) => $s->send($r[0], "late $r[1]\n")),
        't1' => $s->task([$fd, $d]),
        default => $s->send($fd, 'late ' . $s->taskwait([$fd, $d], 30)[1] . "\n"),
    };
});
$s->on('task', function ($s, $id, $from, $data) {
    WServer\Coroutine::sleep({DELAY});
    return $data;
});
$s->on('finish', fn ($s, $id, $r) => $s->send($r[0], "late $r[1]\n"));
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
