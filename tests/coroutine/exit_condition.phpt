--TEST--
Coroutine::set(['exit_condition' => fn]): while fn() answers false, the script's loop goes on with coroutines still waiting (asked again now and then), as in Swoole; once true, their waits are canceled as without it; it is asked again whenever the loop would end (4 times here: twice false, true, and true once the canceled coroutine ended)
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\Channel;
use function WServer\go;

$asked = 0;
Coroutine::set(['exit_condition' => function () use (&$asked) {
    return ++$asked >= 3;
}]);
$ch = new Channel(1);
go(function () use ($ch) {
    var_dump($ch->pop(), $ch->errCode);
});
WServer\Event::wait();
echo "asked $asked times\n";

// with nothing left at all, it is asked too: false keeps the loop a while
$asked = 0;
Coroutine::set(['exit_condition' => function () use (&$asked) {
    return ++$asked >= 2;
}]);
WServer\Coroutine\run(fn () => print("run's coroutine ended\n"));
echo "asked $asked times when nothing was left\n";
?>
--EXPECTF--
%sWServer\Event::wait(): 1 coroutine(s) wait with nothing left to wake them: their waits are canceled
bool(false)
int(-3)
asked 4 times
run's coroutine ended
asked 2 times when nothing was left
