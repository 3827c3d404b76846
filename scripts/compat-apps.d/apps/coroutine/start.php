<?php
// workerman/coroutine: the examples of Workerman's README (Coroutine, Barrier, Parallel,
// Channel, Pool with Context and defer), with the Fiber event loop they name, a Pool of plain
// objects instead of Redis/MySQL, and Timer::sleep() inside the coroutines.
// Ports come from the environment: COMPAT_PORT (the HTTP server), COMPAT_TASK_PORT (tasks).
use Workerman\Connection\TcpConnection;
use Workerman\Coroutine;
use Workerman\Coroutine\Barrier;
use Workerman\Coroutine\Channel;
use Workerman\Coroutine\Context;
use Workerman\Coroutine\Parallel;
use Workerman\Coroutine\Pool;
use Workerman\Events\Fiber;
use Workerman\Protocols\Http\Request;
use Workerman\Timer;
use Workerman\Worker;

require_once __DIR__ . '/vendor/autoload.php';

$port = (int) getenv('COMPAT_PORT');
$taskPort = (int) getenv('COMPAT_TASK_PORT');

class Resources
{
    private static ?Pool $pool = null;
    public static int $created = 0;

    public static function __callStatic($name, $arguments)
    {
        if (self::$pool === null) {
            self::$pool = new Pool(2);
            self::$pool->setConnectionCreator(function () {
                $r = new ArrayObject(['id' => ++Resources::$created]);
                return $r;
            });
            self::$pool->setConnectionCloser(function ($r) {
            });
            self::$pool->setHeartbeatChecker(function ($r) {
            });
        }
        $r = Context::get('res');
        if (!$r) {
            $r = self::$pool->get();
            Context::set('res', $r);
            Coroutine::defer(function () use ($r) {
                self::$pool->put($r);
            });
        }
        return $r[$name] ?? null;
    }
}

$worker = new Worker("http://127.0.0.1:$port");
$worker->eventLoop = Fiber::class;
$worker->onMessage = function (TcpConnection $connection, Request $request) use ($taskPort) {
    static $done = [];
    switch ($request->path()) {
        case '/coroutine':
            // A coroutine that outlives the request: it sleeps, then records that it ran.
            $c = Coroutine::create(function () use (&$done) {
                Timer::sleep(0.2);
                $done[] = 'slept';
            });
            $connection->send('created ' . $c->id());
            return;
        case '/coroutine-done':
            $connection->send(json_encode($done));
            return;
        case '/barrier':
            $barrier = Barrier::create();
            $results = [];
            for ($i = 1; $i < 5; $i++) {
                Coroutine::create(function () use ($barrier, $i, $taskPort, &$results) {
                    $results[] = file_get_contents("http://127.0.0.1:$taskPort?task_id=$i");
                });
            }
            Barrier::wait($barrier);
            sort($results);
            $connection->send(json_encode($results));
            return;
        case '/barrier-sleep':
            // 4 coroutines sleeping 0.3s each: together they take 0.3s, not 1.2s.
            $start = microtime(true);
            $barrier = Barrier::create();
            for ($i = 1; $i < 5; $i++) {
                Coroutine::create(function () use ($barrier) {
                    Timer::sleep(0.3);
                });
            }
            Barrier::wait($barrier);
            $connection->send(sprintf('%.2f', microtime(true) - $start));
            return;
        case '/parallel':
            $parallel = new Parallel();
            for ($i = 1; $i < 5; $i++) {
                $parallel->add(function () use ($i, $taskPort) {
                    return file_get_contents("http://127.0.0.1:$taskPort?task_id=$i");
                });
            }
            $connection->send(json_encode($parallel->wait()));
            return;
        case '/channel':
            $channel = new Channel(2);
            Coroutine::create(function () use ($channel) {
                Timer::sleep(0.1);
                $channel->push('Task 1 Done');
            });
            Coroutine::create(function () use ($channel) {
                Timer::sleep(0.2);
                $channel->push('Task 2 Done');
            });
            $result = [];
            for ($i = 0; $i < 2; $i++) {
                $result[] = $channel->pop();
            }
            $connection->send(json_encode($result));
            return;
        case '/pool':
            // Two coroutines each take a resource from the pool through the Context; defer
            // gives it back when the coroutine ends.
            $barrier = Barrier::create();
            $ids = [];
            for ($i = 0; $i < 2; $i++) {
                Coroutine::create(function () use ($barrier, &$ids) {
                    $ids[] = Resources::id();
                    Timer::sleep(0.05);
                    $ids[] = Resources::id();
                });
            }
            Barrier::wait($barrier);
            $connection->send(json_encode(['ids' => $ids, 'created' => Resources::$created]));
            return;
    }
    $connection->send('unknown path');
};

// Task Server
$task = new Worker("http://127.0.0.1:$taskPort");
$task->onMessage = function (TcpConnection $connection, Request $request) {
    $task_id = $request->get('task_id');
    $message = "Task $task_id Done";
    $connection->close($message);
};

Worker::runAll();
