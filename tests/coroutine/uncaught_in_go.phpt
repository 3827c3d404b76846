--TEST--
Coroutine in a worker: an exception escaping a go() coroutine is logged with the coroutine id; the handler and the worker go on
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("text://127.0.0.1:$port");
    $w->onMessage = function ($c, $d) {
        $cid = WServer\go(function () {
            WServer\Coroutine::sleep(0.01);
            throw new DomainException('boom in go');
        });
        WServer\Coroutine::sleep(0.05);
        $c->send("$cid " . getmypid());
    };
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    fwrite($c, "one\n");
    [$cid1, $pid1] = explode(' ', trim(wserver_test_line($c)));
    fwrite($c, "two\n");
    [$cid2, $pid2] = explode(' ', trim(wserver_test_line($c)));
    echo 'same worker: ', $pid1 === $pid2 ? 'yes' : 'no', "\n";
    $log = file_get_contents("$dir/server.log");
    foreach ([$cid1, $cid2] as $cid) {
        echo "coroutine $cid logged: ", preg_match("/\\[coroutine $cid\\] Uncaught in go\\(\\): DomainException: boom in go in .*\\nStack trace:\\n#0 /", $log) ? 'yes' : "no\n$log", "\n";
    }
}, []);
?>
--EXPECTF--
same worker: yes
coroutine %d logged: yes
coroutine %d logged: yes
