--TEST--
Process: useQueue() push()/pop() through a System V queue, in one process and to a child; statQueue(), freeQueue(); daemon() in a child
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Process;

$p = new Process(function (Process $p) {
    echo "child popped: " . $p->pop() . "\n";
}, false, Process::PIPE_TYPE_NONE);
var_dump($p->useQueue(0x5753 + getmypid()));
var_dump($p->msgQueueKey === 0x5753 + getmypid(), is_int($p->msgQueueId));
foreach (['one', 'two', "three\0"] as $m) {
    $p->push($m);
}
var_dump($p->statQueue());
var_dump($p->pop(), $p->pop(), $p->pop());
$p->start();
$p->push("hello child");
echo "child code " . Process::wait()["code"] . "\n";

// daemon(): the child forks again and its parent exits; the daemon reports its pid by the queue
$d = new Process(function (Process $d) {
    Process::daemon();
    $d->push((string) getmypid());
}, false, Process::PIPE_TYPE_NONE);
$d->useQueue(0x5754 + getmypid());
$first = $d->start();
$daemon = (int) $d->pop();
echo "the daemon is another process: ", var_export($daemon > 0 && $daemon !== $first, true), "\n";
Process::wait();
for ($i = 0; $i < 100 && @Process::kill($daemon, 0); $i++) {
    usleep(20000);
}
echo "daemon gone: ", var_export(!@Process::kill($daemon, 0), true), "\n";
var_dump($p->freeQueue(), $d->freeQueue(), $p->freeQueue(), $p->push("x"));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
array(2) {
  ["queue_num"]=>
  int(3)
  ["queue_bytes"]=>
  int(12)
}
string(3) "one"
string(3) "two"
string(6) "three%0"
child popped: hello child
child code 0
the daemon is another process: true
daemon gone: true

Warning: WServer\Process::push(): no msgqueue, cannot use push() in %s on line %d
bool(true)
bool(true)
bool(false)
bool(false)
