--TEST--
Worker: frame protocol (4-byte big-endian length including itself), header split across packets
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
    $w = new WServer\Worker("frame://127.0.0.1:$port");
    $w->onMessage = fn ($c, string $data) => $c->send(strtoupper($data));
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    $frame = fn (string $s) => pack('N', strlen($s) + 4) . $s;
    $read = function () use ($c) {
        $len = unpack('N', wserver_test_read($c, 4))[1];
        return wserver_test_read($c, $len - 4);
    };
    fwrite($c, $frame('abc'));
    echo $read(), "\n";
    $two = $frame('first') . $frame(str_repeat('x', 70000));
    fwrite($c, substr($two, 0, 2));      // half a header
    usleep(50000);
    fwrite($c, substr($two, 2));
    echo $read(), "\n";
    echo strlen($read()), "\n";
});
?>
--EXPECT--
ABC
FIRST
70000
