--TEST--
Lifecycle: restart -d gives a new master; stopAll() in a worker stops it gracefully and it is replaced, in onMasterReload it stops everything; onMasterStop runs; SIGHUP reopens the log file
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
$ev = fn ($e) => file_put_contents(__DIR__ . '/events', "$e\n", FILE_APPEND);
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->onMessage = function ($c, $d) {
    if ($d === 'stopall') {
        WServer\Worker::stopAll();
    }
    $c->send((string) getmypid());
};
WServer\Worker::$onMasterStop = fn () => $ev('master stop');
WServer\Worker::$onMasterReload = function () use ($ev) {
    $ev('master reload: stopping everything');
    WServer\Worker::stopAll();
};
WServer\Worker::runAll();
PHP);
$ask = function (string $msg) use ($port) {
    $c = wserver_test_connect($port);
    fwrite($c, "$msg\n");
    return trim((string) wserver_test_line($c));
};
try {
    wserver_test_cli($dir, 'start -d');
    $master1 = wserver_test_master_pid($dir);
    [$code, $out] = wserver_test_cli($dir, 'restart -d');
    echo "restart: $code\n", preg_replace('/pid \d+/', 'pid N', $out);
    $master2 = wserver_test_master_pid($dir);
    echo 'new master: ', $master2 !== $master1 && wserver_test_alive($master2) && !wserver_test_alive($master1) ? 'yes' : 'no', "\n";

    $pid = (int) $ask('x');
    // graceful, as a stop -g: the reply under way still goes out, then the worker leaves
    echo 'stopAll in a worker answers first: ', $ask('stopall') === (string) $pid ? 'yes' : 'no', "\n";
    wserver_test_wait(fn () => ($p = (int) $ask('x')) > 0 && $p !== $pid);
    echo 'replaced: ', (int) $ask('x') !== $pid ? 'yes' : 'no', "\n";

    rename("$dir/app.log", "$dir/app.log.1");
    posix_kill($master2, SIGHUP);
    wserver_test_wait(fn () => file_exists("$dir/app.log"));   // reopened on SIGHUP
    [$code, $out] = wserver_test_cli($dir, 'reload');
    wserver_test_wait(fn () => !wserver_test_alive($master2));
    echo 'stopAll in onMasterReload stopped the master: ', wserver_test_alive($master2) ? 'no' : 'yes', "\n";
    echo file_get_contents("$dir/events");
    echo 'new log file written after SIGHUP: ', str_contains(@file_get_contents("$dir/app.log"), 'reload') ? 'yes' : 'no', "\n";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
restart: 0
WServer[app.php] stopping ...
WServer[app.php] stopped
WServer[app.php] started as a daemon, master pid N
new master: yes
stopAll in a worker answers first: yes
replaced: yes
stopAll in onMasterReload stopped the master: yes
master stop
master reload: stopping everything
master stop
new log file written after SIGHUP: yes
