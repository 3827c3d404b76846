--TEST--
Coroutine: create()/go() return the new id; getCid, getPcid, exists, list and stats follow the coroutines of Coroutine\run()
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use function WServer\go;

echo 'outside: cid ', Coroutine::getCid(), ', pcid ', var_export(Coroutine::getPcid(), true), ', exists(1) ', var_export(Coroutine::exists(1), true), ', list ', json_encode(iterator_to_array(Coroutine::list())), "\n";
$r = WServer\Coroutine\run(function (string $greeting) {
    $main = Coroutine::getCid();
    echo "$greeting from main: pcid ", Coroutine::getPcid(), "\n";
    $order = [];
    $child = go(function (int $a, int $b) use (&$order, $main) {
        $order[] = 'child starts';
        $me = Coroutine::getCid();
        echo "child sum ", $a + $b, ", parent is main: ", var_export(Coroutine::getPcid() === $main, true), "\n";
        $grand = Coroutine::create(function () use ($me) {
            echo "grandchild's parent is child: ", var_export(Coroutine::getPcid() === $me, true), "\n";
            Coroutine::sleep(0.05);
        });
        echo 'getPcid(grandchild) is child: ', var_export(Coroutine::getPcid($grand) === $me, true), "\n";
        Coroutine::sleep(0.02);
        $order[] = 'child ends';
    }, 2, 3);
    $order[] = 'go returned';
    echo 'child id is new: ', var_export($child > $main, true), "\n";
    echo 'exists(child) ', var_export(Coroutine::exists($child), true), ', exists(main) ', var_export(Coroutine::exists($main), true), "\n";
    $list = iterator_to_array(Coroutine::list()); /* a Coroutine\Iterator, as Swoole's */
    sort($list);
    echo 'list: ', json_encode($list === [$main, $child, $child + 1]), "\n";
    $s = Coroutine::stats();
    echo "stats: num {$s['coroutine_num']}, peak {$s['coroutine_peak_num']}, last cid is grandchild: ", var_export($s['coroutine_last_cid'] === $child + 1, true), "\n";
    echo 'stack sizes > 0: ', var_export($s['c_stack_size'] > 0 && $s['vm_stack_page_size'] > 0, true), "\n";
    Coroutine::sleep(0.1);
    echo implode(', ', $order), "\n";
    echo 'exists(child) after it ended ', var_export(Coroutine::exists($child), true), ', getPcid(child) ', var_export(Coroutine::getPcid($child), true), "\n";
    $done = go(fn () => 1);
    echo 'a coroutine that ended at once still got an id: ', var_export($done > $child, true), ', exists ', var_export(Coroutine::exists($done), true), "\n";
}, 'hello');
var_dump($r);
$s = Coroutine::stats();
echo "after run: num {$s['coroutine_num']}, peak {$s['coroutine_peak_num']}\n";
echo 'outside again: cid ', Coroutine::getCid(), "\n";
?>
--EXPECT--
outside: cid -1, pcid false, exists(1) false, list []
hello from main: pcid -1
child sum 5, parent is main: true
grandchild's parent is child: true
getPcid(grandchild) is child: true
child id is new: true
exists(child) true, exists(main) true
list: true
stats: num 3, peak 3, last cid is grandchild: true
stack sizes > 0: true
child starts, go returned, child ends
exists(child) after it ended false, getPcid(child) false
a coroutine that ended at once still got an id: true, exists false
bool(true)
after run: num 0, peak 3
outside again: cid -1
