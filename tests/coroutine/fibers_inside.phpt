--TEST--
Coroutine: PHP Fibers work inside coroutines: started, suspended and resumed across a coroutine's own suspensions, resumed from another coroutine, go() from inside a Fiber, exceptions through both
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use function WServer\go;

var_dump(WServer\Coroutine\run(function () {
    echo 'Fiber::getCurrent() in a coroutine: ', var_export(Fiber::getCurrent(), true), "\n";
    $f = new Fiber(function (int $a) {
        $b = Fiber::suspend($a + 1);
        echo 'in the Fiber, cid ', Coroutine::getCid(), "\n";
        try {
            Coroutine::sleep(0.01);
        } catch (WServer\Exception $e) {
            echo 'sleep in a Fiber: ', $e->getMessage(), "\n";
        }
        $c = Fiber::suspend($b * 2);
        throw new RuntimeException("thrown in the Fiber with $c");
    });
    $v = $f->start(1);
    echo "suspended with $v\n";
    Coroutine::sleep(0.01); // the coroutine suspends with the Fiber suspended inside it
    $v = $f->resume(5);
    echo "suspended with $v\n";
    // another coroutine resumes it
    $other = go(function () use ($f) {
        Coroutine::sleep(0.01);
        try {
            $f->resume('x');
        } catch (RuntimeException $e) {
            echo 'caught in coroutine ', Coroutine::getCid() > 1 ? 'two' : 'one', ': ', $e->getMessage(), "\n";
        }
    });
    // go() from inside a Fiber: the new coroutine runs until it suspends, then the Fiber goes on
    $g = new Fiber(function () {
        $cid = go(function () {
            Coroutine::sleep(0.02);
            echo "coroutine made in a Fiber ended\n";
        });
        echo 'go() in a Fiber returned a new id: ', var_export($cid > 0, true), "\n";
        Fiber::suspend();
        return 'done';
    });
    $g->start();
    Coroutine::sleep(0.05);
    $g->resume();
    echo 'Fiber returned ', $g->getReturn(), "\n";
    // a Fiber left suspended in a coroutine is destroyed with it; its finally runs
    go(function () {
        $h = new Fiber(function () {
            try {
                Fiber::suspend();
            } finally {
                echo "finally of a suspended Fiber ran\n";
            }
        });
        $h->start();
    });
    echo "end\n";
}));
?>
--EXPECT--
Fiber::getCurrent() in a coroutine: NULL
suspended with 2
in the Fiber, cid -1
sleep in a Fiber: Cannot sleep outside a coroutine: call it in a worker callback
suspended with 10
go() in a Fiber returned a new id: true
caught in coroutine two: thrown in the Fiber with x
coroutine made in a Fiber ended
Fiber returned done
finally of a suspended Fiber ran
end
bool(true)
