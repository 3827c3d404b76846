--TEST--
CLI: a busy port is an error on the terminal before any fork: exit code 1, nothing left running
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
$busy = stream_socket_server("tcp://127.0.0.1:$port");
wserver_test_app($dir, $port, <<<'PHP'
$a = new WServer\Worker('text://127.0.0.1:' . ({PORT} + 0));
$b = new WServer\Worker('text://127.0.0.1:{PORT}');
WServer\Worker::runAll();
PHP);
try {
    foreach (['start', 'start -d'] as $cmd) {
        [$code, $out] = wserver_test_cli($dir, $cmd);
        echo "$cmd: exit code $code: ", str_replace((string) $port, 'PORT', $out);
        echo 'pid file: ', file_exists("$dir/app.pid") ? 'yes' : 'no', "\n";
        $left = 0;
        foreach (glob('/proc/[0-9]*/cmdline') as $f) {
            $left += str_contains((string) @file_get_contents($f), "$dir/app.php");
        }
        echo "processes left: $left\n";
    }
} finally {
    fclose($busy);
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
start: exit code 1: WServer[app.php] failed to listen on text://127.0.0.1:PORT: Address already in use
pid file: no
processes left: 0
start -d: exit code 1: WServer[app.php] failed to listen on text://127.0.0.1:PORT: Address already in use
pid file: no
processes left: 0
