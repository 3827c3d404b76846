--TEST--
WaitGroup: wait() returns once every add() is matched by a done(); time-out; the counter never goes below zero (LogicException, as Swoole)
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\WaitGroup;
use function WServer\go;

WServer\Coroutine\run(function () {
    $wg = new WaitGroup();
    echo 'wait on zero returns at once: ', var_export($wg->wait(), true), "\n";
    $done = [];
    $t = microtime(true);
    foreach ([0.5, 0.2, 0.6] as $i => $delay) {
        $wg->add();
        go(function () use ($wg, $delay, $i, &$done) {
            Coroutine::sleep($delay);
            $done[] = $i;
            $wg->done();
        });
    }
    echo 'count ', $wg->count(), "\n";
    var_dump($wg->wait());
    $took = microtime(true) - $t;
    echo 'order ', implode(',', $done), ', waited for the slowest, in parallel: ', var_export($took >= 0.59 && $took < 1.2, true) /* one after another: 1.3 s */, "\n";
    // two waiters both wake
    $wg2 = new WaitGroup(1);
    $woke = 0;
    go(function () use ($wg2, &$woke) { $wg2->wait(); $woke++; });
    go(function () use ($wg2, &$woke) { $wg2->wait(); $woke++; });
    $wg2->done();
    Coroutine::sleep(0.01);
    echo "both waiters woke: $woke\n";
    // time-out
    $wg3 = new WaitGroup(2);
    var_dump($wg3->wait(0.03), $wg3->errCode, $wg3->count());
    try {
        $wg3->add(-3);
    } catch (LogicException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
    $wg3->done();
    $wg3->done();
    try {
        $wg3->done();
    } catch (LogicException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
    // add() while a wait() waits races the wake-up: refused, as Swoole does
    $wg4 = new WaitGroup(1);
    go(function () use ($wg4) {
        Coroutine::sleep(0.01); /* once the wait() below waits */
        try {
            $wg4->add();
        } catch (LogicException $e) {
            echo get_class($e), ': ', $e->getMessage(), "\n";
        }
        $wg4->done();
    });
    var_dump($wg4->wait(1));
    var_dump($wg3->wait(), $wg3->errCode);
});
?>
--EXPECT--
wait on zero returns at once: true
count 3
bool(true)
order 1,0,2, waited for the slowest, in parallel: true
both waiters woke: 2
bool(false)
int(-1)
int(2)
InvalidArgumentException: WServer\Coroutine\WaitGroup: the counter cannot go below zero (more done() than add())
BadMethodCallException: WServer\Coroutine\WaitGroup: the counter cannot go below zero (more done() than add())
BadMethodCallException: WServer\Coroutine\WaitGroup::add() cannot run while a wait() waits
bool(true)
bool(true)
int(0)
