--TEST--
Coroutine::setTimeLimit(): once it passes, a Coroutine\TimeoutException is thrown where the coroutine waits; a coroutine that ends first is left alone
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\Channel;
use WServer\Coroutine\TimeoutException;
use function WServer\go;

var_dump(Coroutine::setTimeLimit(1));
WServer\Coroutine\run(function () {
    var_dump(Coroutine::setTimeLimit(0));
    $a = go(function () {
        Coroutine::setTimeLimit(0.02);
        try {
            (new Channel(1))->pop();
            echo "never\n";
        } catch (TimeoutException $e) {
            echo 'caught ', get_class($e), ' in a pop()', "\n";
        }
    });
    $b = go(function () {
        Coroutine::setTimeLimit(0.05);
        Coroutine::sleep(0.01);
        echo "b ended in time\n";
    });
    Coroutine::join([$a, $b]);
    Coroutine::sleep(0.08);
    echo "no late exception\n";
});
?>
--EXPECT--
bool(false)
bool(false)
b ended in time
caught WServer\Coroutine\TimeoutException in a pop()
no late exception
