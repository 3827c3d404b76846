--TEST--
Lifecycle: status -d refreshes every second until interrupted
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
$port = wserver_test_free_port();
wserver_test_app($dir, $port, <<<'PHP'
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
WServer\Worker::runAll();
PHP);
try {
    wserver_test_cli($dir, 'start -d');
    $cmd = 'exec ' . wserver_test_php() . ' ' . escapeshellarg("$dir/app.php") . ' status -d';
    $p = proc_open($cmd, [1 => ['file', "$dir/live.out", 'w']], $pipes);
    $seen = [];   // when the 1st, 2nd and 3rd table appeared
    wserver_test_wait(function () use ($dir, &$seen) {
        $n = substr_count((string) @file_get_contents("$dir/live.out"), 'WSERVER STATUS');
        for ($i = count($seen) + 1; $i <= $n; $i++) {
            $seen[$i] = microtime(true);
        }
        return $n >= 3;
    }, 20);
    proc_terminate($p, SIGINT);
    proc_close($p);
    echo 'three tables: ', count($seen) >= 3 ? 'yes' : 'no', "\n";
    $gap = ($seen[3] ?? 0) - ($seen[1] ?? 0);
    echo 'about one second apart: ', $gap >= 1.5 && $gap < 4 ? 'yes' : "no ($gap)", "\n";
    echo 'screen cleared between them: ', str_contains(file_get_contents("$dir/live.out"), "\033[H\033[2J") ? 'yes' : 'no', "\n";
    wserver_test_cli($dir, 'stop');
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
three tables: yes
about one second apart: yes
screen cleared between them: yes
