--TEST--
wserver.aliases=swoole: as Swoole's, a stopping Server worker waits for its timers, repeating ones too (workerExit is where a program clears them), up to max_wait_time; then it ends, logging Swoole's "worker exit timeout, forced termination" (ERRNO 9101) as a WARNING
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
$php = wserver_test_php() . ' -d wserver.aliases=swoole ';
file_put_contents("$dir/app.php", <<<PHP
<?php
\$s = new Swoole\Server('127.0.0.1', $port, SWOOLE_PROCESS);
\$s->set(['worker_num' => 2, 'log_file' => '$dir/app.log', 'max_wait_time' => 1]);
\$s->on('workerStart', function (\$s, \$id) {
    \$GLOBALS['tick'] = Swoole\Timer::tick(100, fn () => null);
    file_put_contents('$dir/started', "\$id\\n", FILE_APPEND);
});
\$s->on('workerExit', function (\$s, \$id) {
    if (\$id === 0) {
        Swoole\Timer::clear(\$GLOBALS['tick']); // worker 1 keeps its tick
    }
});
\$s->on('receive', function () {});
\$s->start();
PHP);
$proc = proc_open('exec ' . $php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$pid = proc_get_status($proc)['pid'];
try {
    wserver_test_wait(fn () => count(@file("$dir/started") ?: []) >= 2, 20);
} finally {
    $t = microtime(true);
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    $took = microtime(true) - $t;
    proc_close($proc);
}
echo "the stop waited for max_wait_time: ", json_encode($took >= 0.9 && $took < 5), "\n";
$lines = preg_grep('/ERRNO 9101/', file("$dir/app.log", FILE_IGNORE_NEW_LINES));
echo count($lines), " timeout line: ", preg_replace('/^\[[^\]]+\]\t(\w+)\t.*(\(ERRNO 9101\).*)$/', '$1 ... $2', implode("\n", $lines)), "\n";
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECT--
the stop waited for max_wait_time: true
1 timeout line: WARNING ... (ERRNO 9101): worker exit timeout, forced termination
