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
    usleep(2600000);
    proc_terminate($p, SIGINT);
    proc_close($p);
    $n = substr_count(file_get_contents("$dir/live.out"), 'WSERVER STATUS');
    echo 'tables printed in 2.6 s: ', $n >= 2 && $n <= 4 ? 'between 2 and 4' : $n, "\n";
    echo 'screen cleared between them: ', str_contains(file_get_contents("$dir/live.out"), "\033[H\033[2J") ? 'yes' : 'no', "\n";
    wserver_test_cli($dir, 'stop');
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
tables printed in 2.6 s: between 2 and 4
screen cleared between them: yes
