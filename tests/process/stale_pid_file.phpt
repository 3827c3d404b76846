--TEST--
CLI: a stale pid file (a pid that is gone, or a live process that is not a master of ours, with or without the file's lock) is reported and replaced by start; stop never signals that process
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
$w->onMessage = fn ($c, $d) => $c->send("echo:$d");
WServer\Worker::runAll();
PHP);
$sleep = proc_open(['sleep', '60'], [], $pipes);
$sleepPid = proc_get_status($sleep)['pid'];
$gone = proc_open(['true'], [], $pipes);
$gonePid = proc_get_status($gone)['pid'];
proc_close($gone);
$lock = null;
try {
    $cases = [
        'a pid that is gone' => [$gonePid, false],
        'a live sleep, no lock' => [$sleepPid, false],
        'a live sleep, the file locked by another process' => [$sleepPid, true],
        'this php process, no lock' => [getmypid(), false],
    ];
    foreach ($cases as $what => [$stale, $locked]) {
        echo "-- $what\n";
        file_put_contents("$dir/app.pid", "$stale\n");
        if ($locked) {
            $lock = fopen("$dir/app.pid", 'r');
            echo 'test holds the lock: ', var_export(flock($lock, LOCK_EX | LOCK_NB), true), "\n";
        }
        [$code, $out] = wserver_test_cli($dir, 'stop');
        echo "stop: $code $out";
        [$code, $out] = wserver_test_cli($dir, 'start -d');
        echo "start -d: $code ", preg_replace(['/pid \d+/', '/\d+/'], ['pid PID', 'N'], str_replace("$dir/", 'DIR/', $out));
        $master = wserver_test_master_pid($dir);
        echo 'pid file names the new master: ', $master !== $stale && wserver_test_alive($master) ? 'yes' : 'no', "\n";
        [$code, $out] = wserver_test_cli($dir, 'stop');
        echo "stop: $code\n";
        echo 'the stale pid still lives: ', wserver_test_alive($stale) ? 'yes' : 'no', "\n";
        if ($lock) {
            fclose($lock);
            $lock = null;
        }
    }
} finally {
    wserver_test_cleanup($dir);
    proc_terminate($sleep, SIGKILL);
    proc_close($sleep);
}
?>
--EXPECT--
-- a pid that is gone
stop: 1 WServer[app.php] not running
start -d: 0 WServer[app.php] removing stale pid file DIR/app.pid: pid PID is gone
WServer[app.php] started as a daemon, master pid PID
pid file names the new master: yes
stop: 0
the stale pid still lives: no
-- a live sleep, no lock
stop: 1 WServer[app.php] not running
start -d: 0 WServer[app.php] removing stale pid file DIR/app.pid: pid PID is not a wserver master
WServer[app.php] started as a daemon, master pid PID
pid file names the new master: yes
stop: 0
the stale pid still lives: yes
-- a live sleep, the file locked by another process
test holds the lock: true
stop: 1 WServer[app.php] not running
start -d: 0 WServer[app.php] removing stale pid file DIR/app.pid: pid PID is not a wserver master
WServer[app.php] started as a daemon, master pid PID
pid file names the new master: yes
stop: 0
the stale pid still lives: yes
-- this php process, no lock
stop: 1 WServer[app.php] not running
start -d: 0 WServer[app.php] removing stale pid file DIR/app.pid: pid PID is not a wserver master
WServer[app.php] started as a daemon, master pid PID
pid file names the new master: yes
stop: 0
the stale pid still lives: yes
