--TEST--
Coroutine in a worker: onMessage fans out 3 coroutines that sleep, waits on a WaitGroup, answers; clients are served in parallel; run() there throws
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
    $w->count = 1;   // one process: only coroutines can explain the overlap
    $w->onMessage = function ($c, string $d) {
        if ($d === 'run') {
            try {
                WServer\Coroutine\run(fn () => 1);
                $c->send('run() worked');
            } catch (WServer\Exception $e) {
                $c->send($e->getMessage());
            }
            return;
        }
        $me = WServer\Coroutine::getCid();
        $wg = new WServer\Coroutine\WaitGroup();
        $parts = [];
        foreach ([0.3, 0.1, 0.2] as $i => $delay) {
            $wg->add();
            WServer\go(function () use ($wg, $delay, $i, &$parts, $me, $d) {
                WServer\Coroutine::defer(fn () => $wg->done());
                WServer\Coroutine::sleep($delay);
                $parts[$i] = "$d$i" . (WServer\Coroutine::getPcid() === $me ? '' : '(wrong parent)');
            });
        }
        $ok = $wg->wait(2);
        ksort($parts);
        $c->send(($ok ? 'ok ' : 'timeout ') . implode(',', $parts));
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $a = wserver_test_connect($port);
    $b = wserver_test_connect($port);
    $t = microtime(true);
    fwrite($a, "a\n");
    fwrite($b, "b\n");
    echo trim(wserver_test_line($a)), "\n";
    echo trim(wserver_test_line($b)), "\n";
    $took = microtime(true) - $t;
    echo 'both answered after the slowest part, not the sum: ', $took >= 0.28 && $took < 0.55 ? 'yes' : "no ($took s)", "\n";
    fwrite($a, "run\n");
    echo trim(wserver_test_line($a)), "\n";
});
?>
--EXPECT--
ok a0,a1,a2
ok b0,b1,b2
both answered after the slowest part, not the sum: yes
WServer\Coroutine\run() cannot run inside a worker or another run(): a loop runs here already, use go()
