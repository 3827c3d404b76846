--TEST--
Coroutine::defer(): callables run when the coroutine ends, last deferred first (what a defer defers runs next, as Swoole), also when it ends by an exception
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use function WServer\go;

$log = [];
WServer\Coroutine\run(function () use (&$log) {
    go(function () use (&$log) {
        Coroutine::defer(function () use (&$log) { $log[] = 'a1'; });
        Coroutine::defer(function () use (&$log) { $log[] = 'a2'; });
        Coroutine::sleep(0.01);
        Coroutine::defer(function () use (&$log) { $log[] = 'a3'; });
        $log[] = 'a body';
    });
    go(function () use (&$log) {
        Coroutine::defer(function () use (&$log) { $log[] = 'b1, cid still ' . Coroutine::getCid(); });
        Coroutine::defer(function () use (&$log) { $log[] = 'b2'; });
        $log[] = 'b body ' . Coroutine::getCid();
        throw new RuntimeException('b failed');
    });
    go(function () use (&$log) {
        // a defer that throws does not stop the others
        Coroutine::defer(function () use (&$log) { $log[] = 'c1'; });
        Coroutine::defer(function () { throw new LogicException('defer failed'); });
        Coroutine::defer(function () use (&$log) {
            $log[] = 'c3';
            Coroutine::defer(function () use (&$log) { $log[] = 'c4 (deferred by a defer)'; });
        });
    });
    Coroutine::sleep(0.05);
});
echo implode("\n", $log), "\n";
?>
--EXPECTF--
%s[coroutine 3] Uncaught in go(): RuntimeException: b failed in %s
Stack trace:
%a
%s[coroutine 4] Uncaught in go(): LogicException: defer failed in %s
Stack trace:
%a
b body 3
b2
b1, cid still 3
c3
c4 (deferred by a defer)
c1
a body
a3
a2
a1
