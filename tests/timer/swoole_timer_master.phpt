--TEST--
Timer (Swoole's API) in the master (onStart) and the manager (onManagerStart), and those made before start() (in the master): their wait loops run them, as plain calls (no coroutine); workers start with none of theirs; shutdown() from a master timer stops the server
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Timer;
wserver_test_run(function (int $port, string $dir) {
    $ev = fn (string $e) => file_put_contents("$dir/events", "$e\n", FILE_APPEND);
    $server = new WServer\Server('127.0.0.1', $port);
    $server->set(['worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $server->on('Start', function ($server) use ($ev, $dir) {
        $ev('start');
        $server->after(10, fn () => $ev('start: Server::after() in the master too'));
        $id = Timer::tick(30, fn () => $ev('master tick'));
        Timer::after(100, function () use ($id, $server, $ev, $dir) {
            $ev('master after: clear ' . json_encode(Timer::clear($id)));
            Timer::tick(10, function (int $id) use ($server, $ev, $dir) {
                static $i = 0;
                $ev('master tick 2, cid ' . WServer\Coroutine::getCid());
                if (++$i >= 3 && file_exists("$dir/go")) { // the test has seen the server up
                    Timer::clear($id);
                    $ev('end: ' . json_encode(Timer::stats()['num']));
                    $server->shutdown();
                }
            });
        });
    });
    $server->on('ManagerStart', function () use ($ev) {
        Timer::after(10, fn () => $ev('manager after: pid is the manager\'s ' . json_encode(getmypid() !== $GLOBALS['master'])));
    });
    $server->on('WorkerStart', fn () => $ev('worker: timers ' . json_encode(Timer::stats())));
    $server->on('Receive', fn () => null);
    $GLOBALS['master'] = getmypid();
    // made before start(): it goes on in the master, as in Swoole
    Timer::tick(20, function (int $id, string $tag) use ($ev) {
        static $n = 0;
        $ev("script tick $tag in the master: " . json_encode(getmypid() === $GLOBALS['master']));
        if (++$n === 2) {
            Timer::clear($id);
        }
    }, 'S');
    $server->start();
}, function (int $port, string $dir, int $pid) {
    touch("$dir/go");
    wserver_test_wait(fn () => str_contains((string) @file_get_contents("$dir/events"), 'end'));
    wserver_test_wait(fn () => !wserver_test_alive($pid));
    $lines = file("$dir/events", FILE_IGNORE_NEW_LINES);
    // the order of the processes' lines varies; each process's own lines keep theirs
    foreach (['start', 'worker', 'manager', 'master', 'script'] as $who) {
        echo implode("\n", array_values(array_unique(array_filter($lines, fn ($l) => str_starts_with($l, $who))))), "\n";
    }
    echo 'stopped by shutdown(): ', json_encode(!wserver_test_alive($pid)), "\n";
});
?>
--EXPECT--
start
start: Server::after() in the master too
worker: timers {"initialized":false,"num":0,"round":0}
manager after: pid is the manager's true
master tick
master after: clear true
master tick 2, cid -1
script tick S in the master: true
stopped by shutdown(): true
