--TEST--
Worker: onWorkerStart, onConnect, onMessage, onClose and onWorkerStop fire in order, each in a coroutine
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$events = sys_get_temp_dir() . '/wserver-events-' . getmypid();
@unlink($events);
wserver_test_run(function (int $port) use ($events) {
    $log = function (string $e) use ($events) {
        file_put_contents($events, $e . ' cid>0:' . (WServer\Coroutine::getCid() > 0 ? 'y' : 'n') . "\n", FILE_APPEND);
    };
    $w = new WServer\Worker("text://127.0.0.1:$port");
    $w->onWorkerStart = fn ($w) => $log("start {$w->id}");
    $w->onConnect = fn ($c) => $log('connect');
    $w->onMessage = function ($c, $d) use ($log) { $log("message $d"); $c->send('ok'); };
    $w->onClose = fn ($c) => $log('close');
    $w->onWorkerStop = fn ($w) => $log('stop');
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    fwrite($c, "a\n");
    echo wserver_test_line($c);
    fclose($c);
    usleep(200000);
});
echo file_get_contents($events);
echo 'outside a coroutine: ', WServer\Coroutine::getCid(), "\n";
@unlink($events);
?>
--EXPECT--
ok
start 0 cid>0:y
connect cid>0:y
message a cid>0:y
close cid>0:y
stop cid>0:y
outside a coroutine: -1
