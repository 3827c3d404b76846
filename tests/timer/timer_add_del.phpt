--TEST--
Timer: persistent and one-shot timers with arguments, del(), delAll()
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
        $id = WServer\Timer::add(0.05, function ($a, $b) use (&$n, &$id, $ev) {
            $ev("tick $a $b " . ++$n);
            if ($n === 3) {
                $ev('del ' . var_export(WServer\Timer::del($id), true));
            }
        }, ['x', 'y']);
        WServer\Timer::add(0.02, fn ($v) => $ev("once $v"), ['z'], false);
        $doomed = WServer\Timer::add(0.4, fn () => $ev('never'));
        WServer\Timer::add(0.3, function () use ($ev) {
            WServer\Timer::delAll();
            $ev('delAll');
        }, [], false);
    };
    $w->onMessage = fn ($c, $d) => $c->send('pong');
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    usleep(700000);
    echo file_get_contents("$dir/events");
});
?>
--EXPECT--
once z
tick x y 1
tick x y 2
tick x y 3
del true
delAll
