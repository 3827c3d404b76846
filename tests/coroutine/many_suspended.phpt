--TEST--
Coroutine: 40 000 coroutines suspended at once (more than 2 mappings each would allow under vm.max_map_count 65530), then all resumed; each costs little PHP memory and no mapping of its own
--EXTENSIONS--
wserver
--INI--
memory_limit=-1
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\Channel;
use function WServer\go;

// valgrind runs each instruction slowly: the count that proves the point is kept for the
// plain and ASan runs
$n = getenv('WSERVER_TEST_VALGRIND') ? 2000 : 40000;
$maps = fn () => count(file('/proc/self/maps'));

var_dump(WServer\Coroutine\run(function () use ($n, $maps) {
    $ch = new Channel(1);
    $done = new Channel($n);
    $mem0 = memory_get_usage();
    $maps0 = $maps();
    for ($i = 0; $i < $n; $i++) {
        go(function () use ($ch, $done, $i) {
            $ch->pop();  // false once closed
            Coroutine::sleep(0.001);
            $done->push($i);
        });
    }
    $stats = Coroutine::stats();
    echo 'suspended at once: ', $stats['coroutine_num'] - 1 === $n ? 'all' : $stats['coroutine_num'] - 1, "\n";
    $perCoroutine = (memory_get_usage() - $mem0) / $n;
    // with PHP's allocator off (USE_ZEND_ALLOC=0, valgrind and ASan runs) there is no figure
    echo 'PHP memory per suspended coroutine under 8 KB: ',
        getenv('USE_ZEND_ALLOC') === '0' || $perCoroutine < 8192 ? 'yes' : "no ($perCoroutine bytes)", "\n";
    $added = $maps() - $maps0;
    echo 'mappings added, far fewer than coroutines: ', $added < $n / 10 ? 'yes' : "no ($added)", "\n";
    $ch->close();
    $sum = 0;
    for ($i = 0; $i < $n; $i++) {
        $sum += $done->pop();
    }
    echo 'every one resumed and finished: ', var_export($sum === $n * ($n - 1) / 2, true), "\n";
    Coroutine::sleep(0.01);
    echo 'live now: ', Coroutine::stats()['coroutine_num'], "\n";
}));
?>
--EXPECT--
suspended at once: all
PHP memory per suspended coroutine under 8 KB: yes
mappings added, far fewer than coroutines: yes
every one resumed and finished: true
live now: 1
bool(true)
