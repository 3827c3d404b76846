<?php
/* Table speed (issue 15): set, get and incr ops/s from PHP in one process, beside a PHP array
 * doing the same (the ceiling: no sharing, no lock), then incr() by 2 processes on one row
 * (both contending for its lock) and on a row each.
 *   php -d extension=modules/wserver.so bench/table.php [N=2000000]
 */
use WServer\Table;

$n = (int) ($argv[1] ?? 2000000);
$t = new Table(4096); // 1000 keys fit with room (a key whose bucket is taken needs a spare row)
$t->column('n', Table::TYPE_INT);
$t->column('s', Table::TYPE_STRING, 16);
$t->create();
$keys = [];
for ($i = 0; $i < 1000; $i++) {
    $keys[] = "key$i";
}

function rate(string $what, int $n, callable $fn): void
{
    $t0 = hrtime(true);
    $fn();
    $s = (hrtime(true) - $t0) / 1e9;
    printf("%-34s %6.2f M ops/s\n", $what, $n / $s / 1e6);
}

$row = ['n' => 1, 's' => 'hello'];
rate('Table set (1000 keys)', $n, function () use ($t, $n, $keys, $row) {
    for ($i = 0; $i < $n; $i++) {
        $t->set($keys[$i % 1000], $row);
    }
});
rate('PHP array set (1000 keys)', $n, function () use ($n, $keys, $row) {
    $a = [];
    for ($i = 0; $i < $n; $i++) {
        $a[$keys[$i % 1000]] = $row;
    }
});
rate('Table get (whole row)', $n, function () use ($t, $n, $keys) {
    for ($i = 0; $i < $n; $i++) {
        $t->get($keys[$i % 1000]);
    }
});
rate('Table get (one field)', $n, function () use ($t, $n, $keys) {
    for ($i = 0; $i < $n; $i++) {
        $t->get($keys[$i % 1000], 'n');
    }
});
$a = [];
foreach ($keys as $k) {
    $a[$k] = $row;
}
rate('PHP array get', $n, function () use ($a, $n, $keys) {
    for ($i = 0; $i < $n; $i++) {
        $a[$keys[$i % 1000]];
    }
});
rate('Table incr', $n, function () use ($t, $n) {
    for ($i = 0; $i < $n; $i++) {
        $t->incr('counter', 'n');
    }
});

/* 2 processes at once; the rate is both together */
function both(string $what, int $n, callable $fn): void
{
    rate($what, 2 * $n, function () use ($fn) {
        $pids = [];
        for ($p = 0; $p < 2; $p++) {
            $pid = pcntl_fork();
            if ($pid === 0) {
                $fn($p);
                exit(0);
            }
            $pids[] = $pid;
        }
        foreach ($pids as $pid) {
            pcntl_waitpid($pid, $status);
        }
    });
}
both('Table incr, 2 processes, one row', $n, function () use ($t, $n) {
    for ($i = 0; $i < $n; $i++) {
        $t->incr('shared', 'n');
    }
});
both('Table incr, 2 processes, own rows', $n, function ($p) use ($t, $n) {
    $k = "own$p";
    for ($i = 0; $i < $n; $i++) {
        $t->incr($k, 'n');
    }
});
printf("check: shared = %d (expected %d)\n", $t->get('shared', 'n'), 2 * $n);
