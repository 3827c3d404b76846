--TEST--
Coroutine\run(): returns once every coroutine ended; coroutines left waiting with nothing to wake them are canceled (false, ERROR_CANCELED) and run() returns false
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\Channel;
use function WServer\go;

$t = microtime(true);
var_dump(WServer\Coroutine\run(function () {
    go(fn () => Coroutine::sleep(0.1));
}));
echo 'run() waited for the sleeping child: ', var_export(microtime(true) - $t >= 0.09, true), "\n";

$ch = new Channel(1);
var_dump(WServer\Coroutine\run(function () use ($ch) {
    go(function () use ($ch) {
        $v = $ch->pop();
        echo 'pop: ', var_export($v, true), ", errCode {$ch->errCode}\n";
        $v = $ch->pop();
        echo 'a second wait is canceled at once: ', var_export($v, true), ", errCode {$ch->errCode}\n";
    });
    go(function () {
        $resumed = Coroutine::yield();
        echo 'yield: ', var_export($resumed, true), "\n";
    });
}));
echo 'a later run() works again: ';
var_dump(WServer\Coroutine\run(function () use ($ch) {
    go(fn () => $ch->push('ok'));
    echo $ch->pop(), "\n";
}));
?>
--EXPECTF--
bool(true)
run() waited for the sleeping child: true
%s WServer\Coroutine\run(): 2 coroutine(s) wait with nothing left to wake them: their waits are canceled
yield: false
pop: false, errCode -3
a second wait is canceled at once: false, errCode -3
bool(false)
a later run() works again: ok
bool(true)
