--TEST--
Atomic: wait() takes a wakeup() given before it or while it sleeps, in another process too; times out without one
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Process;

$a = new WServer\Atomic(1);
var_dump($a->wakeup(), $a->get());
$a = new WServer\Atomic(0);
var_dump($a->wakeup(), $a->get());
$a = new WServer\Atomic(0);
var_dump($a->wait(0.05), $a->get());
$a = new WServer\Atomic(1);
var_dump($a->wait(0.05), $a->get());

// the child sleeps on the futex until the parent wakes it, then wakes the parent in turn
$ping = new WServer\Atomic(0);
$pong = new WServer\Atomic(0);
$p = new Process(function (Process $p) use ($ping, $pong) {
    $p->write("waiting");
    $ok = $ping->wait(-1);
    $p->write($ok ? "woken" : "not woken");
    $pong->wakeup();
});
$p->start();
echo $p->read(), "\n";
usleep(50000); // most likely asleep by now; if not, wait() takes the flag at once
$ping->wakeup();
echo $p->read(), "\n";
var_dump($pong->wait(10));
echo "exit code ", Process::wait()['code'], "\n";
?>
--EXPECT--
bool(true)
int(1)
bool(true)
int(1)
bool(false)
int(0)
bool(true)
int(0)
waiting
woken
bool(true)
exit code 0
