--TEST--
Timer (Swoole's API) in a Server worker: tick/after on the worker's loop, the id first for tick, clear() in its own callback, info/list/stats there; clearAll() in onWorkerStart leaves none
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
    $server->on('WorkerStart', function ($server) use ($ev) {
        Timer::after(1000, fn () => $ev('never'));
        Timer::tick(1000, fn () => $ev('never'));
        $ev('clearAll: ' . json_encode(Timer::clearAll()) . ' num=' . Timer::stats()['num']);
        $ev('Server::after(0): ' . json_encode(@$server->after(0, fn () => 1)) . ', ' . error_get_last()['message']);
        $n = 0;
        Timer::tick(10, function (int $id, string $tag) use (&$n, $ev) {
            $ev("tick $tag " . ++$n . ' listed=' . json_encode(in_array($id, iterator_to_array(Timer::list()))));
            if ($n === 3) {
                $ev('clear: ' . json_encode(Timer::clear($id)) . ' removed=' . json_encode(Timer::info($id)['removed']));
                Timer::after(20, function (...$args) use ($ev) {
                    $s = Timer::stats();
                    $ev('after ' . json_encode($args) . " num=$s[num] initialized=" . json_encode($s['initialized']));
                    $ev('done');
                }, 'a', 'b');
            }
        }, 'T');
    });
    $server->on('Receive', fn () => null);
    $server->start();
}, function (int $port, string $dir) {
    wserver_test_wait(fn () => str_contains((string) @file_get_contents("$dir/events"), "done\n"));
    echo file_get_contents("$dir/events");
});
?>
--EXPECT--
clearAll: true num=0
Server::after(0): false, WServer\Server::after(): Timer must be greater than or equal to 1
tick T 1 listed=true
tick T 2 listed=true
tick T 3 listed=true
clear: true removed=true
after ["a","b"] num=1 initialized=true
done
