--TEST--
Coroutine: 10 000 concurrent coroutines each sleep and push to a Channel; memory returns to its start level afterwards
--EXTENSIONS--
wserver
--INI--
memory_limit=-1
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\Channel;
use function WServer\go;

const N = 10000;
function round_of(int $n): array
{
    $ch = new Channel($n);
    $peak = 0;
    for ($i = 0; $i < $n; $i++) {
        go(function () use ($ch, $i) {
            Coroutine::sleep(0.001 * ($i % 50));
            $ch->push($i);
        });
    }
    $peak = Coroutine::stats()['coroutine_num'];
    $sum = 0;
    for ($i = 0; $i < $n; $i++) {
        $sum += $ch->pop();
    }
    return [$peak, $sum];
}

WServer\Coroutine\run(function () {
    // A first round grows what stays by design: the coroutine pool (64 parked coroutines,
    // reused by the next callbacks) and PHP's own object handle table, which never shrinks
    // (8 bytes per object alive at once, 10 000 here: a Closure per coroutine).
    round_of(N);
    Coroutine::sleep(0.01);
    gc_collect_cycles();
    $start = memory_get_usage();
    $t = microtime(true);
    [$peak, $sum] = round_of(N);
    $took = microtime(true) - $t;
    echo "live at once: $peak\n";
    echo 'every value arrived: ', var_export($sum === N * (N - 1) / 2, true), "\n";
    // one after another the sleeps would take 245 s; together about 0.05 s (plus the making of
    // 10 000 coroutines, slow under valgrind)
    echo 'in parallel (well under N sleeps): ', var_export($took < 60, true), "\n";
    Coroutine::sleep(0.01); // let the last pushers finish
    gc_collect_cycles();
    $diff = memory_get_usage() - $start;
    echo 'memory back to start (within 64 KB): ', abs($diff) < 65536 ? 'yes' : "no ($diff bytes)", "\n";
    echo 'live now: ', Coroutine::stats()['coroutine_num'], "\n";
});
?>
--EXPECT--
live at once: 10001
every value arrived: true
in parallel (well under N sleeps): true
memory back to start (within 64 KB): yes
live now: 1
