--TEST--
CLI: start in the foreground forks master, manager and 4 workers; stop ends them all and frees the port
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
$w->name = 'echo';
$w->count = 4;
$w->onMessage = fn ($c, $d) => $c->send("echo:$d");
WServer\Worker::runAll();
echo "code after runAll() must not run\n";
PHP);
$proc = wserver_test_cli_start($dir);
try {
    wserver_test_wait(fn () => wserver_test_listening($port) && wserver_test_master_pid($dir) > 0);
    $master = wserver_test_master_pid($dir);
    wserver_test_wait(function () use ($master) {
        $m = array_keys(wserver_test_children($master));
        return count($m) === 1 && count(wserver_test_children($m[0])) === 4;
    });
    $managers = wserver_test_children($master);
    $manager = array_key_first($managers);
    $workers = wserver_test_children($manager);
    echo 'managers: ', count($managers), ', workers: ', count($workers), "\n";
    $c = wserver_test_connect($port);
    fwrite($c, "hello\n");
    echo wserver_test_line($c);
    fclose($c);

    [$code, $out] = wserver_test_cli($dir, 'stop');
    echo "stop exit code $code\n$out";
    $all = array_merge([$master, $manager], array_keys($workers));
    echo 'processes left: ', count(array_filter($all, 'wserver_test_alive')), "\n";
    echo 'port free: ', wserver_test_port_free($port) ? 'yes' : 'no', "\n";
    echo 'pid file removed: ', file_exists("$dir/app.pid") ? 'no' : 'yes', "\n";
    $status = proc_close($proc);
    $proc = null;
    echo "foreground exit code $status\n";
    $fg = file_get_contents("$dir/foreground.log");
    echo str_contains($fg, 'must not run') ? "code after runAll ran\n" : "code after runAll did not run\n";
    echo preg_match('/ pid:\d+ WServer\[app\.php\] start: 4 worker process\(es\)/', $fg) ? "start logged to the terminal\n" : $fg;
    echo str_contains(file_get_contents("$dir/app.log"), 'WServer[app.php] stopped') ? "stop logged to logFile\n" : "no stop in log\n";
} finally {
    if ($proc) {
        proc_terminate($proc, SIGKILL);
    }
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
managers: 1, workers: 4
echo:hello
stop exit code 0
WServer[app.php] stopping ...
WServer[app.php] stopped
processes left: 0
port free: yes
pid file removed: yes
foreground exit code 0
code after runAll did not run
start logged to the terminal
stop logged to logFile
