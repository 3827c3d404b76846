--TEST--
Process: started in a server worker's callback, the child runs the callback and exits without touching the worker's loop; SIGTERM ends a child that sleeps; an Atomic made before start() is shared by the workers; signal() in a worker (not for the server's own signals) and in the master
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port, string $dir) {
    $hits = new WServer\Atomic(0);
    $server = new WServer\Server('127.0.0.1', $port);
    $server->set(['worker_num' => 2, 'log_file' => "$dir/server.log"]);
    $server->on('Start', function () use ($dir) {
        $ok = @WServer\Process::signal(SIGWINCH, fn () => 1);
        file_put_contents("$dir/master", var_export($ok, true) . ': ' . error_get_last()['message']);
    });
    $server->on('Receive', function ($server, $fd, $reactorId, $data) use ($hits) {
        if (trim($data) === 'signal') {
            $ok = @WServer\Process::signal(SIGTERM, fn () => 1);
            $server->send($fd, 'SIGTERM: ' . var_export($ok, true) . ': ' . error_get_last()['message'] . "\n");
            WServer\Process::signal(SIGWINCH, function (int $signo) use ($server, $fd) {
                $server->send($fd, "handled signal $signo\n");
                WServer\Process::signal(SIGWINCH, null);
            });
            WServer\Process::kill(getmypid(), SIGWINCH);
            return;
        }
        $n = $hits->add();
        if (trim($data) === 'child') {
            $p = new WServer\Process(function (WServer\Process $p) {
                $p->write("child " . getmypid() . " says hi");
                exit(5);
            });
            $pid = $p->start();
            $said = $p->read();
            $w = WServer\Process::wait();
            $server->send($fd, ($said === "child $pid says hi" ? "read ok" : "read wrong: $said") . ", code {$w['code']}, hit $n\n");
        } else {
            $p = new WServer\Process(function () { sleep(30); }, false, WServer\Process::PIPE_TYPE_NONE);
            $pid = $p->start();
            WServer\Process::kill($pid, SIGTERM);
            $w = WServer\Process::wait();
            $server->send($fd, "signal {$w['signal']}, hit $n\n");
        }
    });
    $server->start();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    fwrite($c, "child\n");
    echo wserver_test_line($c);
    fwrite($c, "sleeper\n");
    echo wserver_test_line($c);
    $d = wserver_test_connect($port);
    fwrite($d, "child\n");
    echo wserver_test_line($d);
    fwrite($c, "child\n");
    echo wserver_test_line($c);
    fwrite($c, "signal\n");
    echo wserver_test_line($c), wserver_test_line($c);
    wserver_test_wait(fn () => file_exists("$dir/master"));
    echo "master: ", file_get_contents("$dir/master"), "\n";
});
?>
--EXPECT--
read ok, code 5, hit 1
signal 15, hit 2
read ok, code 5, hit 3
read ok, code 5, hit 4
SIGTERM: false: WServer\Process::signal(): signal [15] is the server's own (graceful stop): it cannot be handled
handled signal 28
master: false: WServer\Process::signal(): cannot handle signals in the master or manager process of a server
