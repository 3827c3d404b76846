--TEST--
wserver.aliases=swoole: as Swoole's, workerExit runs when a worker's stop begins only if something (a timer, a coroutine, an Event watcher) would keep its loop running; getWorkerStatus() of its own worker is IDLE in workerStart and in a timer, BUSY in receive, EXIT in workerExit
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
\$log = fn (\$w) => file_put_contents('$dir/events', \$w . "\\n", FILE_APPEND);
\$runs = new Swoole\Atomic();
\$s = new Swoole\Server('127.0.0.1', $port, SWOOLE_PROCESS);
\$s->set(['worker_num' => 1, 'log_file' => '$dir/app.log']);
\$s->on('workerStart', function (\$s) use (\$log, \$runs) {
    \$log('start, status ' . \$s->getWorkerStatus());
    if (\$runs->add() === 1) {
        \$GLOBALS['tick'] = Swoole\Timer::tick(50, function () use (\$s, \$log) {
            \$log('tick, status ' . \$s->getWorkerStatus());
            \$s->reload();
        });
    }
});
\$s->on('workerExit', function (\$s) use (\$log) {
    \$log('exit, status ' . \$s->getWorkerStatus());
    Swoole\Timer::clear(\$GLOBALS['tick']);
});
\$s->on('receive', function (\$s, \$fd) use (\$log) {
    \$log('receive, status ' . \$s->getWorkerStatus());
    \$s->send(\$fd, "ok\\n");
});
\$s->start();
PHP);
$proc = proc_open('exec ' . $php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$pid = proc_get_status($proc)['pid'];
$events = fn () => @file_get_contents("$dir/events") ?: '';
try {
    wserver_test_wait(fn () => substr_count($events(), 'start') >= 2, 10);
    $c = wserver_test_connect($port);
    fwrite($c, "hi");
    wserver_test_line($c);
    fclose($c);
} finally {
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
echo $events();
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECT--
start, status 2
tick, status 2
exit, status 3
start, status 2
receive, status 1
