--TEST--
Timer: the patterns of a Fiber-based coroutine library (plain Fibers, Timer::sleep(), Timer::delay() resuming a Fiber for a time-out) inside a worker
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

/* A small queue between plain Fibers, as a coroutine library built on Fibers has one. */
final class FiberQueue
{
    private array $items = [];
    private array $waiting = [];

    public function push(mixed $v): void
    {
        while ($this->waiting) {
            $f = array_shift($this->waiting);
            if ($f->isSuspended()) {
                $f->resume([$v]);
                return;
            }
        }
        $this->items[] = $v;
    }

    public function pop(float $timeout): mixed
    {
        if ($this->items) {
            return array_shift($this->items);
        }
        $me = Fiber::getCurrent();
        $this->waiting[] = $me;
        $timer = WServer\Timer::delay($timeout, fn () => $me->isSuspended() && $me->resume(null));
        $got = Fiber::suspend();
        WServer\Timer::del($timer);
        return $got === null ? 'timed out' : $got[0];
    }
}

wserver_test_run(function (int $port) {
    $w = new WServer\Worker("text://127.0.0.1:$port");
    $w->onMessage = function ($c, string $line) {
        $q = new FiberQueue();
        $out = [];
        $done = function () use (&$out, $c) {
            if (count($out) === 3) {
                sort($out);
                $c->send(implode(', ', $out));
            }
        };
        (new Fiber(function () use ($q, &$out, $done) {
            $out[] = 'consumer got ' . $q->pop(5);
            $done();
        }))->start();
        (new Fiber(function () use ($q, &$out, $done) {
            WServer\Timer::sleep(0.1);
            $q->push('hello');
            $out[] = 'producer pushed';
            $done();
        }))->start();
        (new Fiber(function () use (&$out, $done) {
            $out[] = 'lonely consumer: ' . (new FiberQueue())->pop(0.05);
            $done();
        }))->start();
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    fwrite($c, "go\n");
    echo wserver_test_line($c), "\n";
});
?>
--EXPECT--
consumer got hello, lonely consumer: timed out, producer pushed
