--TEST--
Coroutine\ConnectionPool with real phpredis connections: at most $size made and shared by 5 coroutines, get() with a timeout, a connection found broken is given back as put(null) and replaced, a waiting get() takes a put() connection or makes the replacement, close() ends the waits
--EXTENSIONS--
wserver
posix
redis
--SKIPIF--
<?php
if (trim((string) shell_exec('command -v redis-server')) === '') die('skip redis-server is not installed (apt-get install -y redis-server)');
?>
--FILE--
<?php
require __DIR__ . '/services.inc';
use WServer\Coroutine;
use WServer\Coroutine\ConnectionPool;

WServer\Runtime::enableCoroutine();
$redis = hooks_redis_start();
try {
    Coroutine\run(function () use ($redis) {
        $made = 0;
        $pool = new ConnectionPool(function () use ($redis, &$made) {
            $made++;
            $r = new Redis();
            $r->connect('127.0.0.1', $redis['port']);
            return $r;
        }, 2);
        $wg = new Coroutine\WaitGroup();
        for ($i = 0; $i < 5; $i++) {
            $wg->add();
            Coroutine::create(function () use ($pool, $i, $wg) {
                $r = $pool->get();
                $r->rPush('order', $i);
                usleep(100000); // hooked: the others run meanwhile
                $pool->put($r);
                $wg->done();
            });
        }
        $wg->wait();
        $admin = new Redis();
        $admin->connect($redis['sock']);
        echo "5 coroutines, connections made: $made, stats: ", json_encode($pool->stats()), "\n";
        $pushed = $admin->lRange('order', 0, -1);
        sort($pushed);
        echo 'pushes: ', implode(',', $pushed), "\n";

        $a = $pool->get();
        $b = $pool->get();
        echo 'a third get() within 0.1 s: ', var_export($pool->get(0.1), true), "\n";

        echo "-- a connection found broken goes back as put(null), and a new one is made\n";
        $a->close();
        $pool->put(null);
        $c = $pool->get();
        echo "made: $made, the new one answers: ", var_export($c->ping(), true), "\n";

        echo "-- waiting get()s: one is handed a put() connection, one makes a replacement\n";
        $held = [];
        foreach (['first', 'second'] as $who) {
            Coroutine::create(function () use ($pool, $who, &$made, &$held) {
                $held[$who] = $pool->get(5);
                echo "$who waiter got a connection (made: $made)\n";
            });
        }
        echo 'waiting: ', $pool->stats()['waiting'], "\n";
        $pool->put($b);
        $c->close(); // broken too
        $pool->put(null);
        usleep(100000);
        echo 'the first has b: ', var_export($held['first'] === $b, true), ', the second a new one: ', var_export($held['second']->ping(), true), "\n";
        $pool->put($held['first']);
        $pool->put($held['second']);

        echo "-- close(): a waiting get() returns false, later ones throw\n";
        $x = $pool->get();
        $y = $pool->get();
        Coroutine::create(function () use ($pool) {
            echo 'waiter after close: ', var_export($pool->get(5), true), "\n";
        });
        $pool->close();
        usleep(1000);
        try {
            $pool->get();
        } catch (WServer\Exception $e) {
            echo $e->getMessage(), "\n";
        }
        echo json_encode($pool->stats()), "\n";
    });
} finally {
    hooks_stop($redis);
}
?>
--EXPECT--
5 coroutines, connections made: 2, stats: {"size":2,"made":2,"idle":2,"waiting":0}
pushes: 0,1,2,3,4
a third get() within 0.1 s: false
-- a connection found broken goes back as put(null), and a new one is made
made: 3, the new one answers: true
-- waiting get()s: one is handed a put() connection, one makes a replacement
waiting: 2
first waiter got a connection (made: 3)
second waiter got a connection (made: 4)
the first has b: true, the second a new one: true
-- close(): a waiting get() returns false, later ones throw
waiter after close: false
The connection pool is closed
{"size":2,"made":0,"idle":0,"waiting":0}
