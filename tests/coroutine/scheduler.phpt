--TEST--
Coroutine\Scheduler: add() and parallel() queue coroutines that start() runs together on a loop of the script's own, returning once all ended; misuse answers false with a warning
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\Scheduler;

$s = new Scheduler();
var_dump(@$s->start());
$order = [];
$s->add(function (string $name) use (&$order) {
    $order[] = "$name starts";
    Coroutine::sleep(0.02);
    $order[] = "$name ends";
}, 'a');
$s->parallel(2, function () use (&$order) {
    $order[] = 'p' . Coroutine::getCid() . ' starts';
    Coroutine::sleep(0.01);
    $order[] = 'p' . Coroutine::getCid() . ' ends';
});
$s->add(function () use ($s) {
    var_dump(@$s->add(fn () => 1));
});
$t = microtime(true);
var_dump($s->start());
echo implode("\n", $order), "\n";
echo 'together: ', var_export(microtime(true) - $t < 0.5, true), "\n";
var_dump(@$s->start()); // nothing queued any more

WServer\Coroutine\run(function () {
    $inner = new Scheduler();
    $inner->add(fn () => 1);
    var_dump(@$inner->start());
});
?>
--EXPECT--
bool(false)
bool(false)
bool(true)
a starts
p2 starts
p3 starts
p2 ends
p3 ends
a ends
together: true
bool(false)
bool(false)
