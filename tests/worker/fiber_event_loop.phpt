--TEST--
Worker: with eventLoop naming Workerman's Fiber loop, each callback runs in a Fiber of its own that the app suspends and resumes from a Timer; two connections are served concurrently; accepting waits for the end of an onWorkerStart that suspended; a worker without it is unaffected
--EXTENSIONS--
wserver
pcntl
posix
--INI--
wserver.aliases=workerman
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$plain_port = wserver_test_free_port();
wserver_test_run(function (int $port) use ($plain_port) {
    // workerman/coroutine's pattern, small: the callback suspends its own Fiber, a timer
    // resumes it with a value
    $sleep = function (float $seconds): string {
        $fiber = Fiber::getCurrent();
        if ($fiber === null) {
            return 'no Fiber';
        }
        Workerman\Timer::delay($seconds, function () use ($fiber) {
            $fiber->resume(Fiber::getCurrent() !== null ? 'timer in a Fiber' : 'timer outside');
        });
        return Fiber::suspend();
    };
    $fibers = new Workerman\Worker("text://127.0.0.1:$port");
    $fibers->eventLoop = Workerman\Events\Fiber::class;
    $started = 'not yet';
    $fibers->onWorkerStart = function () use (&$started) {
        Workerman\Timer::sleep(0.5); // suspends this callback's Fiber
        $started = 'ended';
    };
    $fibers->onConnect = function ($c) use (&$started) {
        $c->connected = (Fiber::getCurrent() !== null ? 'in a Fiber' : 'no Fiber') . ", onWorkerStart $started";
    };
    $fibers->onMessage = function ($c, string $line) use ($sleep) {
        $mine = Fiber::getCurrent();
        [$name, $delay] = explode(' ', $line);
        if ((float) $delay === 0.0) {
            $c->send("$name: at once, onConnect $c->connected");
            return;
        }
        $how = $sleep((float) $delay);
        $c->send("$name: resumed by a $how, " . (Fiber::getCurrent() === $mine ? 'same Fiber' : 'another Fiber'));
    };
    $plain = new Workerman\Worker("text://127.0.0.1:$plain_port");
    $plain->onMessage = function ($c, string $line) use ($sleep) {
        $c->send('default loop: ' . $sleep(0.1) . ', coroutine ' . (WServer\Coroutine::getCid() > 0 ? 'yes' : 'no'));
    };
    Workerman\Worker::runAll();
}, function (int $port) use ($plain_port) {
    $a = wserver_test_connect($port);
    $b = wserver_test_connect($port);
    fwrite($a, "a1 1.0\n");
    fwrite($b, "b1 0.2\n");
    // the suspended onMessage counts as returned: a's next message is served meanwhile
    fwrite($a, "a2 0\n");
    echo wserver_test_line($a);
    echo wserver_test_line($b);
    echo wserver_test_line($a);
    if (!wserver_test_wait(fn () => wserver_test_listening($plain_port), 5)) {
        echo "default worker not listening\n";
        return;
    }
    $p = wserver_test_connect($plain_port);
    fwrite($p, "x\n");
    echo wserver_test_line($p);
});
?>
--EXPECT--
a2: at once, onConnect in a Fiber, onWorkerStart ended
b1: resumed by a timer in a Fiber, same Fiber
a1: resumed by a timer in a Fiber, same Fiber
default loop: no Fiber, coroutine yes
