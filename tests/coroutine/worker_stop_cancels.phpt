--TEST--
Coroutine in a worker: a Channel pop() or WaitGroup wait() cut short by the worker's stop (SIGINT, or SIGTERM once no connection is left) returns false with ERROR_CANCELED
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
foreach ([SIGINT => 'SIGINT', SIGTERM => 'SIGTERM'] as $sig => $name) {
    wserver_test_run(function (int $port, string $dir) {
        $w = new WServer\Worker("text://127.0.0.1:$port");
        $w->onWorkerStart = function () use ($dir) {
            WServer\go(function () use ($dir) {
                $ch = new WServer\Coroutine\Channel(1);
                file_put_contents("$dir/ready", 'yes');
                $v = $ch->pop();
                $out = 'pop ' . var_export($v, true) . " errCode {$ch->errCode}\n";
                $wg = new WServer\Coroutine\WaitGroup(1);
                $ok = $wg->wait();
                $out .= 'wait ' . var_export($ok, true) . " errCode {$wg->errCode}\n";
                file_put_contents("$dir/result", $out);
            });
        };
        $w->onMessage = fn ($c, $d) => $c->send("echo $d");
        WServer\Worker::runAll();
    }, function (int $port, string $dir, int $pid) use ($sig, $name) {
        $c = wserver_test_connect($port);
        fwrite($c, "x\n");
        wserver_test_line($c);
        fclose($c);
        wserver_test_wait(fn () => is_file("$dir/ready"));
        $t = microtime(true);
        posix_kill($pid, $sig);
        wserver_test_wait(fn () => pcntl_waitpid($pid, $st, WNOHANG) !== 0, 10);
        $took = microtime(true) - $t;
        echo "$name:\n", @file_get_contents("$dir/result") ?: "no result\n";
        echo 'stopped before the stop timeout: ', $took < 4 ? 'yes' : "no ($took s)", "\n";
    }, ['stopTimeout' => 5]);
}
?>
--EXPECT--
SIGINT:
pop false errCode -3
wait false errCode -3
stopped before the stop timeout: yes
SIGTERM:
pop false errCode -3
wait false errCode -3
stopped before the stop timeout: yes
