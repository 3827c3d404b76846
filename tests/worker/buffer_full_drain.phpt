--TEST--
TcpConnection: back-pressure: onBufferFull at maxSendBufferSize, send() refused with onError while full, onBufferDrain once written
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
    $w = new WServer\Worker("tcp://127.0.0.1:$port");
    $w->onConnect = function ($c) { $c->maxSendBufferSize = 256 * 1024; };
    $w->onMessage = function ($c, $data) use ($ev) {
        $chunk = str_repeat('x', 64 * 1024);
        $results = [];
        for ($i = 0; $i < 200; $i++) {
            $r = $c->send($chunk);
            $results[] = $r === true ? 'T' : ($r === null ? 'N' : 'F');
            if ($r === false) {
                break;
            }
        }
        // written at once while the socket takes it, then queued, then refused
        $ev('sends ' . preg_replace('/(.)\1*/', '$1', implode('', $results)) . ' queued>=max:' . ($c->getSendBufferQueueSize() >= $c->maxSendBufferSize ? 'y' : 'n'));
    };
    $w->onBufferFull = fn ($c) => $ev('full');
    $w->onBufferDrain = fn ($c) => $ev('drain ' . $c->getSendBufferQueueSize());
    $w->onError = fn ($c, $code, $msg) => $ev("error $code $msg");
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    stream_set_read_buffer($c, 0);
    fwrite($c, 'go');
    wserver_test_wait(fn () => str_contains(@file_get_contents("$dir/events"), 'sends'));
    echo file_get_contents("$dir/events");
    // read everything: the queue drains
    $total = 0;
    $end = microtime(true) + 10;
    while (microtime(true) < $end && !str_contains(@file_get_contents("$dir/events"), 'drain')) {
        $total += strlen(wserver_test_read($c, 1 << 20, 0.2));
    }
    wserver_test_wait(fn () => str_contains(@file_get_contents("$dir/events"), 'drain'));
    $lines = file("$dir/events", FILE_IGNORE_NEW_LINES);
    echo end($lines), "\n";
});
?>
--EXPECT--
full
error 2 send buffer full and drop package
sends TNF queued>=max:y
drain 0
