--TEST--
Coroutine: a worker never ends with coroutines suspended silently: a graceful stop that runs out of time, and a stop, log each suspended coroutine with its PHP backtrace
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
$port = wserver_test_free_port();
wserver_test_app($dir, $port, <<<'PHP'
WServer\Worker::$stopTimeout = 1;
function wait_for_ever(WServer\Coroutine\Channel $ch)
{
    return $ch->pop(); // nothing ever pushes: a stop cancels it
}
function sleep_long()
{
    WServer\Coroutine::sleep(60);
}
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->onMessage = function ($c, $d) {
    $c->send("waiting\n");
    $d === 'sleep' ? sleep_long() : wait_for_ever(new WServer\Coroutine\Channel(1));
};
WServer\Worker::runAll();
PHP);
try {
    wserver_test_cli($dir, 'start -d');
    $c = wserver_test_connect($port);
    fwrite($c, "sleep\n");
    echo wserver_test_line($c);
    wserver_test_cli($dir, 'stop -g');
    $log = file_get_contents("$dir/app.log");
    echo preg_match('~stopped after 1 s with 1 connection \(#\d+ 127\.0\.0\.1:\d+\), 0 timers, 1 coroutine, 0 clients pending\n.*worker exits: coroutine \d+ \(onMessage\) is suspended at\n#0 .*WServer\\\\Coroutine::sleep\(60\)\n#1 .*sleep_long\(\)~', $log) ? "graceful: pending work and the trace logged\n" : $log;

    wserver_test_cli($dir, 'start -d');
    $c = wserver_test_connect($port);
    fwrite($c, "sleep\n");
    echo wserver_test_line($c);
    wserver_test_cli($dir, 'stop');
    $log = file_get_contents("$dir/app.log");
    echo preg_match('~worker exits: coroutine \d+ \(onMessage\) is suspended at\n#0 .*WServer\\\\Coroutine::sleep\(60\)\n#1 .*sleep_long\(\)~', $log) ? "stop: logged with its trace\n" : $log;
    // a wait on a Channel is canceled by the stop instead: nothing is left suspended
    wserver_test_cli($dir, 'start -d');
    $c = wserver_test_connect($port);
    fwrite($c, "pop\n");
    echo wserver_test_line($c);
    $before = substr_count(file_get_contents("$dir/app.log"), 'is suspended at');
    wserver_test_cli($dir, 'stop');
    echo 'a canceled wait is not reported: ', json_encode(substr_count(file_get_contents("$dir/app.log"), 'is suspended at') === $before), "\n";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
waiting
graceful: pending work and the trace logged
waiting
stop: logged with its trace
waiting
a canceled wait is not reported: true
