--TEST--
Coroutine::getContext(): one Context (an ArrayObject) per coroutine, reachable by id while it lives, freed when it ends
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use function WServer\go;

class Tracked { public function __construct(public string $name) {} public function __destruct() { echo "freed {$this->name}\n"; } }

WServer\Coroutine\run(function () {
    $ctx = Coroutine::getContext();
    echo get_class($ctx), ' is ArrayObject: ', var_export($ctx instanceof ArrayObject, true), "\n";
    echo 'same object on each call: ', var_export($ctx === Coroutine::getContext(), true), "\n";
    $ctx['user'] = 'main';
    $a = go(function () {
        Coroutine::getContext()['user'] = 'a';
        Coroutine::getContext()['obj'] = new Tracked('a');
        Coroutine::sleep(0.02);
        echo 'a still sees ', Coroutine::getContext()['user'], "\n";
    });
    echo 'main sees ', Coroutine::getContext()['user'], ', a has ', Coroutine::getContext($a)['user'], "\n";
    Coroutine::sleep(0.05);
    echo 'context of an ended coroutine: ', var_export(Coroutine::getContext($a), true), "\n";
    echo 'context of an unknown id: ', var_export(Coroutine::getContext(999999), true), "\n";
    go(function () {
        Coroutine::getContext()['obj'] = new Tracked('b, ended by an exception');
        throw new RuntimeException('b fails');
    });
    $ctx['obj'] = new Tracked('main');
    unset($ctx);
    echo "main ends\n";
});
echo "after run\n";
?>
--EXPECTF--
WServer\Coroutine\Context is ArrayObject: true
same object on each call: true
main sees main, a has a
a still sees a
freed a
context of an ended coroutine: NULL
context of an unknown id: NULL
%s[coroutine %d] Uncaught in go(): RuntimeException: b fails in %s
Stack trace:
%a
freed b, ended by an exception
main ends
freed main
after run
