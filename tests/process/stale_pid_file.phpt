--TEST--
CLI: a stale pid file (dead pid, or a live pid that is not a master holding the lock) does not block start
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
try {
    // a live process that is not ours: the test itself
    foreach ([getmypid(), 4194303] as $stale) {
        file_put_contents("$dir/app.pid", "$stale\n");
        [$code, $out] = wserver_test_cli($dir, 'stop');
        echo "stop with a stale pid file: $code $out";
        [$code, $out] = wserver_test_cli($dir, 'start -d');
        echo "start over it: $code\n";
        echo 'pid file names the new master: ', wserver_test_master_pid($dir) !== $stale && wserver_test_alive(wserver_test_master_pid($dir)) ? 'yes' : 'no', "\n";
        [$code, $out] = wserver_test_cli($dir, 'stop');
        echo "stop: $code\n";
    }
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
stop with a stale pid file: 1 WServer[app.php] not running
start over it: 0
pid file names the new master: yes
stop: 0
stop with a stale pid file: 1 WServer[app.php] not running
start over it: 0
pid file names the new master: yes
stop: 0
