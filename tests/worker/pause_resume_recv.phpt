--TEST--
TcpConnection: pauseRecv() holds back messages until resumeRecv(), which delivers what waited
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
        $c->send("got $d");
        if ($d === 'pause') {
            $c->pauseRecv();
            WServer\Timer::add(0.3, function () use ($c) {
                $c->send('resuming');
                $c->resumeRecv();
            }, [], false);
        }
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    fwrite($c, "pause\nwhile-paused-1\nwhile-paused-2\n");
    for ($i = 0; $i < 4; $i++) {
        echo wserver_test_line($c);
    }
});
?>
--EXPECT--
got pause
resuming
got while-paused-1
got while-paused-2
