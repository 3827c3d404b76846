--TEST--
wserver.aliases=swoole: SIGUSR2 to the master and reload(true) replace the task workers only, SIGUSR1 every worker, as Swoole's
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
\$s->set(['worker_num' => 1, 'task_worker_num' => 2, 'log_file' => '$dir/app.log']);
\$s->on('workerStart', function (\$s) {
    file_put_contents('$dir/starts', \$s->taskworker ? 't' : 'w', FILE_APPEND | LOCK_EX);
});
\$s->on('receive', fn (\$s, \$fd) => \$s->send(\$fd, json_encode(\$s->reload(true))));
\$s->on('task', function () {});
\$s->start();
PHP);
$proc = proc_open('exec ' . $php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$pid = proc_get_status($proc)['pid'];
$starts = function (int $w, int $t, int $reloads = 0) use ($dir) {
    /* the next reload waits for this one to be done, as a reload asked during one merges */
    wserver_test_wait(fn () => substr_count((string) @file_get_contents("$dir/app.log"), 'reload done') >= $reloads, 20);
    $ok = wserver_test_wait(function () use ($dir, $w, $t) {
        $got = count_chars((string) @file_get_contents("$dir/starts"), 1);
        return ($got[ord('w')] ?? 0) === $w && ($got[ord('t')] ?? 0) === $t;
    }, 20);
    $got = count_chars((string) @file_get_contents("$dir/starts"), 1);
    echo 'workers started ', $got[ord('w')] ?? 0, ', task workers ', $got[ord('t')] ?? 0, $ok ? '' : ' (not as expected)', "\n";
};
try {
    if (!wserver_test_wait(fn () => wserver_test_listening($port), 20)) {
        echo "server did not come up\n", file_get_contents("$dir/out.log");
    }
    $starts(1, 2);
    posix_kill($pid, SIGUSR2);
    $starts(1, 4, 1);
    $c = wserver_test_connect($port);
    fwrite($c, "reload tasks");
    stream_set_timeout($c, 5);
    echo 'reload(true): ', fread($c, 100), "\n";
    fclose($c);
    $starts(1, 6, 2);
    posix_kill($pid, SIGUSR1);
    $starts(2, 8, 3);
} finally {
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECT--
workers started 1, task workers 2
workers started 1, task workers 4
reload(true): true
workers started 1, task workers 6
workers started 2, task workers 8
