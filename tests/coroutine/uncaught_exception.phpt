--TEST--
Coroutine: an uncaught exception in a callback is logged with its trace; the worker goes on serving
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
    $w->onMessage = function ($c, $d) {
        if ($d === 'throw') {
            throw new LogicException('boom in a callback');
        }
        $c->send("ok $d " . getmypid());
    };
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    fwrite($c, "before\n");
    [, , $pid1] = explode(' ', trim(wserver_test_line($c)));
    fwrite($c, "throw\nafter\n");
    [$ok, $word, $pid2] = explode(' ', trim(wserver_test_line($c)));
    echo "$ok $word, same worker: ", $pid1 === $pid2 ? 'yes' : 'no', "\n";
    $log = file_get_contents("$dir/server.log");
    echo preg_match('/Uncaught in onMessage: LogicException: boom in a callback in .*uncaught_exception\.php:\d+\nStack trace:\n#0 /', $log) ? "logged with trace\n" : "not logged:\n$log";
    echo str_contains(file_get_contents("$dir/stdout.log"), 'boom in a callback') ? "also on the terminal\n" : "not on the terminal\n";
});
?>
--EXPECT--
ok after, same worker: yes
logged with trace
also on the terminal
