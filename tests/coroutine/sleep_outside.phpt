--TEST--
Coroutine: sleep() outside a coroutine throws WServer\Exception; Timer::add() outside a worker warns
--EXTENSIONS--
wserver
--FILE--
<?php
foreach (['WServer\Coroutine::sleep', 'WServer\Timer::sleep'] as $fn) {
    try {
        $fn(0.1);
    } catch (WServer\Exception $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    WServer\Coroutine::sleep(-1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(WServer\Timer::add(1, fn () => 1));
try {
    WServer\Timer::add(0, fn () => 1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    WServer\Timer::add(1, 'no_such_function');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(WServer\Timer::del(12345));
?>
--EXPECTF--
WServer\Exception: Cannot sleep outside a coroutine: call it in a worker callback
WServer\Exception: Cannot sleep outside a coroutine: call it in a worker callback
WServer\Coroutine::sleep(): Argument #1 ($seconds) must be greater than or equal to 0

Warning: WServer\Timer::add(): Timers run in worker processes only: add them in onWorkerStart or later in %s on line %d
bool(false)
WServer\Timer::add(): Argument #1 ($timeInterval) must be greater than 0
WServer\Timer::add(): Argument #2 ($func) must be a valid callback, string given
bool(false)
