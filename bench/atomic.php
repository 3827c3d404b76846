<?php
/* Atomic speed (issue 15): add() ops/s from PHP in one process, beside a PHP int doing the same
 * (the ceiling: no sharing), then add() by 2 processes at once on one Atomic (both contending
 * for its cache line) and on an Atomic each; Atomic\Long alike.
 *   php -d extension=modules/wserver.so bench/atomic.php [N=5000000]
 */
use WServer\Atomic;
use WServer\Process;

$n = (int) ($argv[1] ?? 5000000);

function rate(string $what, int $n, callable $fn): void
{
    $t0 = hrtime(true);
    $fn();
    $s = (hrtime(true) - $t0) / 1e9;
    printf("%-38s %6.2f M ops/s\n", $what, $n / $s / 1e6);
}

$a = new Atomic();
$l = new Atomic\Long();
rate('Atomic add', $n, function () use ($a, $n) {
    for ($i = 0; $i < $n; $i++) {
        $a->add();
    }
});
rate('Atomic\Long add', $n, function () use ($l, $n) {
    for ($i = 0; $i < $n; $i++) {
        $l->add();
    }
});
rate('Atomic get', $n, function () use ($a, $n) {
    for ($i = 0; $i < $n; $i++) {
        $a->get();
    }
});
rate('PHP int ++', $n, function () use ($n) {
    $x = 0;
    for ($i = 0; $i < $n; $i++) {
        $x++;
    }
});

/* 2 processes at once; the rate is both together */
function both(string $what, int $n, callable $fn): void
{
    rate($what, 2 * $n, function () use ($fn) {
        for ($p = 0; $p < 2; $p++) {
            (new Process(fn () => $fn($p), false, Process::PIPE_TYPE_NONE))->start();
        }
        Process::wait();
        Process::wait();
    });
}
$shared = new Atomic\Long();
$own = [new Atomic\Long(), new Atomic\Long()];
both('Atomic\Long add, 2 processes, one', $n, function ($p) use ($shared, $n) {
    for ($i = 0; $i < $n; $i++) {
        $shared->add();
    }
});
both('Atomic\Long add, 2 processes, one each', $n, function ($p) use ($own, $n) {
    $mine = $own[$p];
    for ($i = 0; $i < $n; $i++) {
        $mine->add();
    }
});
printf("check: shared = %d (expected %d)\n", $shared->get(), 2 * $n);
