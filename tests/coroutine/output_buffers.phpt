--TEST--
Coroutine: each coroutine has its own output buffers (ob_start()), kept across its suspensions; those it leaves open are flushed when it ends, as Swoole
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use function WServer\go;

ob_start();
echo "main buffered\n";
WServer\Coroutine\run(function () {
    go(function () {
        ob_start();
        echo "a1\n";
        Coroutine::sleep(0.02);
        echo "a2\n";
        $mine = ob_get_clean();
        echo 'a saw only its own: ', json_encode($mine), "\n";
    });
    go(function () {
        echo 'b sees no buffer of a: ', json_encode(ob_get_status(true)), "\n";
        ob_start();
        echo "b left open\n";
        Coroutine::sleep(0.01);
    });
    echo "run's own output\n";
});
$main = ob_get_clean();
echo "main's buffer held: ", json_encode($main), "\n";
?>
--EXPECT--
b sees no buffer of a: []
run's own output
b left open
a saw only its own: "a1\na2\n"
main's buffer held: "main buffered\n"
