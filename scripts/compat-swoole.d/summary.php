<?php
// Counts run-tests.php's result lines per folder and groups the failures by their first error.
[$_, $log, $testsDir] = $argv;
$folders = array_slice($argv, 3);
$count = [];
$reasons = [];
// a result may span lines (BORK quotes the output); it ends with the test's path in brackets
preg_match_all('/^(PASS|FAIL|SKIP|BORK|LEAK|WARN|XFAIL)\s.*?\[([^\]\n]+\.phpt)\]/ms', file_get_contents($log), $all, PREG_SET_ORDER);
foreach ($all as [$_, $result, $path]) {
    $path = str_starts_with($path, '/') ? $path : "$testsDir/$path";
    $folder = explode('/', substr($path, strlen($testsDir) + 1))[0];
    $kind = match ($result) { 'PASS', 'XFAIL' => 'pass', 'SKIP' => 'skip', default => 'fail' };
    $count[$folder][$kind] = ($count[$folder][$kind] ?? 0) + 1;
    if ($kind === 'fail') {
        $reasons[firstError(substr($path, 0, -5))][] = basename($path);
    }
}
$total = ['pass' => 0, 'fail' => 0, 'skip' => 0];
foreach ($folders as $f) {
    $c = ($count[$f] ?? []) + ['pass' => 0, 'fail' => 0, 'skip' => 0];
    $n = $c['pass'] + $c['fail'] + $c['skip'];
    printf("%-30s %3d/%3d pass (%3d%%)  %3d fail  %3d skip\n", "tests/$f", $c['pass'], $n,
        $n ? intdiv(100 * $c['pass'], $n) : 0, $c['fail'], $c['skip']);
    foreach ($total as $k => $_) {
        $total[$k] += $c[$k];
    }
}
$n = array_sum($total);
printf("%-30s %3d/%3d pass (%3d%%)  %3d fail  %3d skip\n", 'all', $total['pass'], $n,
    $n ? intdiv(100 * $total['pass'], $n) : 0, $total['fail'], $total['skip']);
uasort($reasons, fn ($a, $b) => count($b) <=> count($a));
echo "\nfailures by first error:\n";
foreach ($reasons as $why => $tests) {
    printf("%4d  %s\n      %s\n", count($tests), $why, implode(' ', array_slice($tests, 0, 6)) . (count($tests) > 6 ? ' ...' : ''));
}

// The first PHP error in a failing test's output, with paths and numbers blurred so that the
// same cause groups together; else "output differs".
function firstError(string $base): string
{
    $out = @file_get_contents("$base.out") ?: '';
    if (preg_match('/(Fatal error|Warning|Notice|Deprecated|Uncaught|TIMEOUT|Error)[^\n]*/', $out, $m)) {
        $e = preg_replace('~ in /\S+( on line \d+|:\d+)?~', '', $m[0]);
        return substr(preg_replace('/\d+/', 'N', $e), 0, 160);
    }
    if (preg_match('/^skip/', $out)) {
        return 'skip text';
    }
    return $out === '' ? 'no output' : 'output differs';
}
