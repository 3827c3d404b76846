--TEST--
Coroutine: messages of one connection are handled in order while a callback is suspended
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
        [$name, $delay] = explode(' ', $d);
        WServer\Coroutine::sleep((float) $delay);
        $c->send($name);
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    fwrite($c, "first 0.3\nsecond 0\nthird 0.1\nfourth 0\n");
    for ($i = 0; $i < 4; $i++) {
        echo wserver_test_line($c);
    }
});
?>
--EXPECT--
first
second
third
fourth
