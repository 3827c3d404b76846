--TEST--
Coroutine: a callback sleeping 0.5 s (Coroutine::sleep or Timer::sleep) does not hold up another client
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
    $w->onMessage = function ($c, $d) {
        if ($d === 'co') {
            WServer\Coroutine::sleep(0.5);
        } elseif ($d === 'timer') {
            WServer\Timer::sleep(0.5);
        }
        $c->send("done $d");
    };
    WServer\Worker::runAll();
}, function (int $port) {
    foreach (['co', 'timer'] as $kind) {
        $slow = wserver_test_connect($port);
        $fast = wserver_test_connect($port);
        $t0 = microtime(true);
        fwrite($slow, "$kind\n");
        usleep(50000);
        fwrite($fast, "quick\n");
        $order = [];
        $r = [$slow, $fast];
        $pending = 2;
        while ($pending > 0) {
            $rd = [$slow, $fast];
            $w = $e = null;
            if (stream_select($rd, $w, $e, 5) < 1) {
                break;
            }
            foreach ($rd as $s) {
                $order[] = trim(fgets($s));
                $pending--;
            }
        }
        echo implode(' | ', $order), "\n";
        echo 'slow took at least 0.5 s: ', microtime(true) - $t0 >= 0.45 ? 'yes' : 'no', "\n";
    }
});
?>
--EXPECT--
done quick | done co
slow took at least 0.5 s: yes
done quick | done timer
slow took at least 0.5 s: yes
