--TEST--
Coroutine\Client in a worker: a recv() waiting without limit when the worker stops returns false with WServer\Coroutine\Socket::ECANCELED; the stop does not wait for it
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$silent = stream_socket_server('tcp://127.0.0.1:0');   // accepts (backlog) and never answers
$silentPort = (int) substr(strrchr(stream_socket_get_name($silent, false), ':'), 1);
wserver_test_run(function (int $port, string $dir) use ($silentPort) {
    $w = new WServer\Worker("text://127.0.0.1:$port");
    $w->onWorkerStart = function () use ($dir, $silentPort) {
        WServer\go(function () use ($dir, $silentPort) {
            $c = new WServer\Coroutine\Client(WSERVER_SOCK_TCP);
            $ok = $c->connect('127.0.0.1', $silentPort, 2);
            file_put_contents("$dir/ready", $ok ? 'yes' : $c->errMsg);
            $r = $c->recv(-1);
            file_put_contents("$dir/result", 'recv ' . var_export($r, true)
                . ' canceled ' . var_export($c->errCode === WServer\Coroutine\Socket::ECANCELED, true) . " {$c->errMsg}\n");
        });
    };
    WServer\Worker::runAll();
}, function (int $port, string $dir, int $pid) {
    wserver_test_wait(fn () => is_file("$dir/ready"));
    echo 'connected: ', file_get_contents("$dir/ready"), "\n";
    $t = microtime(true);
    posix_kill($pid, SIGINT);
    wserver_test_wait(fn () => pcntl_waitpid($pid, $st, WNOHANG) !== 0, 10);
    $took = microtime(true) - $t;
    echo @file_get_contents("$dir/result") ?: "no result\n";
    echo 'stopped before the stop timeout: ', $took < 4 ? 'yes' : "no ($took s)", "\n";
}, ['stopTimeout' => 5]);
?>
--EXPECT--
connected: yes
recv false canceled true Operation canceled: the worker is stopping
stopped before the stop timeout: yes
