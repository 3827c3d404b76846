--TEST--
Process: a worker that dies at start-up over and over is retried with a growing back-off, logged, never a fork storm
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
$w->name = 'broken';
$w->onWorkerStart = function () { exit(250); };
WServer\Worker::runAll();
PHP);
try {
    [$code] = wserver_test_cli($dir, 'start -d');
    echo "start: $code\n";
    usleep(2500000);
    $log = file_get_contents("$dir/app.log");
    $exits = substr_count($log, 'exited with exit status 250');
    echo 'exits in 2.5 s between 4 and 12: ', $exits >= 4 && $exits <= 12 ? 'yes' : "no ($exits)", "\n";
    echo preg_match('/worker broken:0 \(pid \d+\) exited with exit status 250, \d+ times in a row at start-up; next try in [\d.]+ s/', $log) ? "back-off logged\n" : $log;
    echo 'master still up: ', wserver_test_alive(wserver_test_master_pid($dir)) ? 'yes' : 'no', "\n";
    [$code, $out] = wserver_test_cli($dir, 'stop');
    echo "stop: $code\n";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
start: 0
exits in 2.5 s between 4 and 12: yes
back-off logged
master still up: yes
stop: 0
