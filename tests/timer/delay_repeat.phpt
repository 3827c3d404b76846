--TEST--
Timer: delay() and repeat() (Workerman 5.2), add() with null args and a one-shot 0 s timer
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port, string $dir) {
    $ev = fn (string $e) => file_put_contents("$dir/events", "$e\n", FILE_APPEND);
    $w = new WServer\Worker("text://127.0.0.1:$port");
    $w->onWorkerStart = function () use ($ev) {
        $n = 0;
        $id = WServer\Timer::repeat(0.05, function (string $a) use (&$n, &$id, $ev) {
            $ev("repeat $a " . ++$n);
            if ($n === 3) {
                $ev('del ' . var_export(WServer\Timer::del($id), true));
            }
        }, ['r']);
        $ev('repeat id ' . gettype($id));
        WServer\Timer::delay(0.3, fn ($a, $b) => $ev("delay $a $b"), ['x', 'y']);
        WServer\Timer::add(0, fn () => $ev('add 0 one-shot, null args, ' . func_num_args()), null, false);
        $gone = WServer\Timer::delay(0.1, fn () => $ev('never'));
        $ev('del delay ' . var_export(WServer\Timer::del($gone), true));
        try {
            WServer\Timer::delay(-1, fn () => 1);
        } catch (ValueError $e) {
            $ev($e->getMessage());
        }
        try {
            WServer\Timer::repeat(0, fn () => 1);
        } catch (ValueError $e) {
            $ev($e->getMessage());
        }
    };
    $w->onMessage = fn ($c, $d) => $c->send(file_get_contents("$dir/events"));
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    wserver_test_wait(fn () => str_contains((string) @file_get_contents("$dir/events"), 'delay x y'));
    echo file_get_contents("$dir/events");
});
try {
    WServer\Timer::delay(1, fn () => 1);
} catch (WServer\Exception $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
repeat id integer
del delay true
WServer\Timer::delay(): Argument #1 ($timeInterval) must be greater than or equal to 0
WServer\Timer::repeat(): Argument #1 ($timeInterval) must be greater than 0
add 0 one-shot, null args, 0
repeat r 1
repeat r 2
repeat r 3
del true
delay x y
Timers run in worker processes only: add them in onWorkerStart or later
