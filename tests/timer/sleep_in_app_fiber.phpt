--TEST--
Timer: sleep() in a Fiber the application made suspends only that Fiber; a timer resumes it
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
    $w->onMessage = function ($c, string $line) {
        if ($line !== 'slow') {
            $c->send("fast");
            return;
        }
        // as workerman/coroutine does: a plain Fiber, not one of the server's coroutines
        $f = new Fiber(function () use ($c) {
            $t = microtime(true);
            WServer\Timer::sleep(0.3);
            $slept = microtime(true) - $t;
            WServer\Timer::sleep(0.05); // resumed from a timer, it can suspend again
            $c->send('woke ' . ($slept >= 0.25 ? 'after the delay' : "too early: $slept")
                . ', in ' . (Fiber::getCurrent() === null ? 'no Fiber' : 'its Fiber'));
            return 'done';
        });
        $f->start();
        $c->send('suspended ' . var_export($f->isSuspended(), true));
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $slow = wserver_test_connect($port);
    fwrite($slow, "slow\n");
    echo wserver_test_line($slow);
    $fast = wserver_test_connect($port);
    fwrite($fast, "fast\n");
    echo wserver_test_line($fast); // served while the Fiber sleeps
    echo wserver_test_line($slow);
});
?>
--EXPECT--
suspended true
fast
woke after the delay, in its Fiber
