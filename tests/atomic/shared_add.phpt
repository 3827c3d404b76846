--TEST--
Atomic: two processes x 1 000 000 add() on one Atomic and one Atomic\Long give the exact sum
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Process;

$a = new WServer\Atomic(0);
$l = new WServer\Atomic\Long(0);
$pids = [];
for ($i = 0; $i < 2; $i++) {
    $p = new Process(function () use ($a, $l) {
        for ($n = 0; $n < 1000000; $n++) {
            $a->add();
            $l->add(3);
        }
    }, false, Process::PIPE_TYPE_NONE);
    $pids[] = $p->start();
}
for ($n = 0; $n < 1000000; $n++) {
    $a->add();
}
foreach ($pids as $_) {
    $w = Process::wait();
    echo "child exited with ", $w['code'], "\n";
}
var_dump($a->get(), $l->get());
?>
--EXPECT--
child exited with 0
child exited with 0
int(3000000)
int(6000000)
