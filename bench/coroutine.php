<?php
/*
 * Coroutine micro-benchmarks, in a plain script (WServer\Coroutine\run()):
 *   - create+finish: go() of a callback that returns at once (the pooled coroutine is reused),
 *     and of one that suspends once (yield/resume), against a plain closure call and a new
 *     PHP Fiber started and finished;
 *   - Channel ping-pong: two coroutines bounce a value over two Channel(1);
 *   - memory per suspended coroutine: N coroutines parked in Channel::pop(), measured with
 *     memory_get_usage() (PHP heap: the coroutine's VM stack page, objects) and VmRSS (adds
 *     the touched pages of each coroutine's C stack);
 *   - issue 12's figures: resume/suspend pairs per second (one coroutine yields, the main
 *     one resumes it, N times), and SUSPEND_N (100 000) coroutines suspended at once, in
 *     Channel::pop() and in Coroutine::sleep(): PHP heap and RSS per coroutine, and how many
 *     could be created, and how many mappings (/proc/self/maps lines) they added: a mapping
 *     per coroutine would meet vm.max_map_count (65 530) before 100 000.
 *
 *   php -d extension=modules/wserver.so bench/coroutine.php [N=200000] [SUSPEND_N=100000]
 *   php -d extension=modules/wserver.so -d fiber.stack_size=256K bench/coroutine.php
 */
use WServer\Coroutine;
use WServer\Coroutine\Channel;
use function WServer\go;

$n = (int) ($argv[1] ?? 200000);
$suspendN = 10000;
$bigN = (int) ($argv[2] ?? 100000);

function rate(int $n, float $secs): string
{
    return number_format($n / $secs, 0, '.', ' ') . '/s';
}

function rss_kb(): int
{
    preg_match('/VmRSS:\s+(\d+)/', file_get_contents('/proc/self/status'), $m);
    return (int) $m[1];
}

// baselines outside any loop
$f = function () {};
$t = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    $f();
}
$closure = (hrtime(true) - $t) / 1e9;
$fn = min($n, 50000); // a new Fiber maps a stack each time: slow, fewer rounds
$t = hrtime(true);
for ($i = 0; $i < $fn; $i++) {
    (new Fiber($f))->start();
}
$newFiber = (hrtime(true) - $t) / 1e9 * $n / $fn;

$r = [];
WServer\Coroutine\run(function () use ($n, $suspendN, $bigN, &$r) {
    $f = function () {};
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        go($f);
    }
    $r['go'] = (hrtime(true) - $t) / 1e9;

    $y = function () { Coroutine::yield(); };
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        Coroutine::resume(go($y));
    }
    $r['go_yield'] = (hrtime(true) - $t) / 1e9;

    $ping = new Channel(1);
    $pong = new Channel(1);
    go(function () use ($ping, $pong, $n) {
        for ($i = 0; $i < $n; $i++) {
            $pong->push($ping->pop());
        }
    });
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        $ping->push($i);
        $pong->pop();
    }
    $r['pingpong'] = (hrtime(true) - $t) / 1e9;

    // memory: a first round grows the coroutine pool and PHP's object handle table for good
    foreach (['warm-up', 'measured'] as $round) {
        $ch = new Channel(1);
        gc_collect_cycles();
        $mem0 = memory_get_usage();
        $rss0 = rss_kb();
        for ($i = 0; $i < $suspendN; $i++) {
            go(function () use ($ch) { $ch->pop(); });
        }
        $r['mem'] = (memory_get_usage() - $mem0) / $suspendN;
        $r["rss $round"] = (rss_kb() - $rss0) * 1024 / $suspendN;
        $ch->close();
        Coroutine::sleep(0.01);
    }
    $r['stack'] = Coroutine::stats()['c_stack_size'];

    // one resume + one suspend per turn, nothing else
    $cid = go(function () use ($n) {
        for ($i = 0; $i < $n; $i++) {
            Coroutine::yield();
        }
    });
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        Coroutine::resume($cid);
    }
    $r['yield_resume'] = (hrtime(true) - $t) / 1e9;

    // issue 12: $bigN suspended at once, parked in a Channel pop, then in a sleep
    $parkers = [
        'Channel::pop()' => fn ($ch) => function () use ($ch) { $ch->pop(); },
        'Coroutine::sleep(5)' => fn ($ch) => function () { Coroutine::sleep(5); },
    ];
    foreach ($parkers as $kind => $make) {
        $ch = new Channel(1);
        gc_collect_cycles();
        $mem0 = memory_get_usage();
        $rss0 = rss_kb();
        $maps0 = count(file('/proc/self/maps'));
        $made = 0;
        $error = '';
        try {
            for ($i = 0; $i < $bigN; $i++) {
                if (go($make($ch)) === false) {
                    $error = 'go() returned false';
                    break;
                }
                $made++;
            }
        } catch (Throwable $e) {
            $error = $e->getMessage();
        }
        $r['big'][$kind] = [$made, $made ? (memory_get_usage() - $mem0) / $made : 0,
            $made ? (rss_kb() - $rss0) * 1024 / $made : 0, $error,
            count(file('/proc/self/maps')) - $maps0, Coroutine::stats()['coroutine_num'] - 1];
        // wake them all: closing the channel ends the pops; the sleepers are cancelled by
        // ending run() (its loop stops once nothing else is pending)
        $ch->close();
        if ($kind !== 'Coroutine::sleep(5)') {
            Coroutine::sleep(0.01);
        }
    }
});

printf("PHP %s, fiber.stack_size %s: coroutine C stacks of %d KB, N = %d\n", PHP_VERSION,
    ini_get('fiber.stack_size') ?: 'default', $r['stack'] / 1024, $n);
printf("%-44s %14s  %6.2f us\n", 'plain closure call', rate($n, $closure), $closure / $n * 1e6);
printf("%-44s %14s  %6.2f us\n", 'new Fiber start+finish (PHP, no pool)', rate($n, $newFiber), $newFiber / $n * 1e6);
printf("%-44s %14s  %6.2f us  (%.1fx a new Fiber)\n", 'go() create+finish', rate($n, $r['go']), $r['go'] / $n * 1e6, $newFiber / $r['go']);
printf("%-44s %14s  %6.2f us\n", 'go() + yield + resume + finish', rate($n, $r['go_yield']), $r['go_yield'] / $n * 1e6);
printf("%-44s %14s  %6.2f us\n", 'Channel ping-pong (round trips)', rate($n, $r['pingpong']), $r['pingpong'] / $n * 1e6);
printf("%-44s %9.0f bytes PHP heap\n", "memory per suspended coroutine ($suspendN)", $r['mem']);
printf("%-44s %9.0f bytes RSS (C stack touched: growth of a second burst,\n%-44s %9s whose heap pages are reused)\n", '', $r['rss measured'], '', '');
printf("%-44s %14s  %6.3f us\n", 'resume + suspend (yield/resume pairs)', rate($n, $r['yield_resume']), $r['yield_resume'] / $n * 1e6);
foreach ($r['big'] as $kind => [$made, $mem, $rss, $error, $maps, $live]) {
    printf("%-44s %9.0f bytes PHP heap, %6.0f bytes RSS per coroutine\n%-44s %d of %d created, %d suspended at once, %d mappings added%s\n",
        "suspended in $kind", $mem, $rss, '', $made, $bigN, $live, $maps, $error === '' ? '' : ": $error");
}
