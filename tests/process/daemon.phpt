--TEST--
CLI: start -d returns once the daemon serves; its output goes to stdoutFile; start again says already running; stop
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
$w->count = 2;
$w->onWorkerStart = function ($w) { echo "worker {$w->id} says hello on stdout\n"; };
$w->onMessage = fn ($c, $d) => $c->send("echo:$d");
WServer\Worker::runAll();
PHP);
try {
    [$code, $out] = wserver_test_cli($dir, 'start -d');
    echo "start -d exit code $code\n";
    echo 'master detached from us: ', posix_getsid(wserver_test_master_pid($dir)) !== posix_getsid(0) ? 'yes' : 'no', "\n";
    echo 'listening at once: ', wserver_test_listening($port) ? 'yes' : 'no', "\n";
    $c = wserver_test_connect($port);
    fwrite($c, "hi\n");
    echo wserver_test_line($c);
    wserver_test_wait(fn () => substr_count(@file_get_contents("$dir/stdout.log"), 'hello on stdout') === 2);
    echo 'worker output in stdoutFile: ', substr_count(file_get_contents("$dir/stdout.log"), 'hello on stdout'), "\n";

    [$code, $out] = wserver_test_cli($dir, 'start');
    echo "second start exit code $code: ", preg_replace('/pid \d+/', 'pid N', $out);
    [$code, $out] = wserver_test_cli($dir, 'stop');
    echo "stop exit code $code\n";
    echo 'port free: ', wserver_test_port_free($port) ? 'yes' : 'no', "\n";
    [$code, $out] = wserver_test_cli($dir, 'stop');
    echo "stop again exit code $code: $out";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
start -d exit code 0
master detached from us: yes
listening at once: yes
echo:hi
worker output in stdoutFile: 2
second start exit code 1: WServer[app.php] already running (pid N)
stop exit code 0
port free: yes
stop again exit code 1: WServer[app.php] not running
