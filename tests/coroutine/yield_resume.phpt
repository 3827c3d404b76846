--TEST--
Coroutine::yield()/resume(): resume() runs the yielded coroutine at once; it only resumes a coroutine suspended in yield()
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use function WServer\go;

WServer\Coroutine\run(function () {
    $cid = go(function () {
        echo "a\n";
        var_dump(Coroutine::yield());
        echo "c\n";
        Coroutine::yield();
        echo "e\n";
    });
    echo "b\n";
    var_dump(Coroutine::resume($cid));
    echo "d\n";
    var_dump(Coroutine::resume($cid));
    echo 'ended: ', var_export(Coroutine::exists($cid), true), "\n";
    var_dump(Coroutine::resume($cid));                // gone
    $sleeper = go(fn () => Coroutine::sleep(0.02));
    var_dump(Coroutine::resume($sleeper));            // sleeping, not yielded
    var_dump(Coroutine::resume(Coroutine::getCid())); // running
});
?>
--EXPECT--
a
b
bool(true)
c
bool(true)
d
e
bool(true)
ended: false
bool(false)
bool(false)
bool(false)
