--TEST--
TcpConnection: a message over maxPackageSize closes that connection with a log line; others go on
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
WServer\Connection\TcpConnection::$defaultMaxPackageSize = 1000;
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("text://127.0.0.1:$port");
    $w->onMessage = fn ($c, $d) => $c->send(strlen($d) . ' max=' . $c->maxPackageSize);
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $good = wserver_test_connect($port);
    fwrite($good, "short\n");
    echo wserver_test_line($good);
    $bad = wserver_test_connect($port);
    fwrite($bad, str_repeat('a', 5000));   // no newline yet, already over the limit
    var_dump(wserver_test_closed($bad));
    $frame = wserver_test_connect($port);
    fwrite($good, str_repeat('b', 999) . "\n");   // 1000 bytes with the newline: allowed
    echo wserver_test_line($good);
    wserver_test_wait(fn () => str_contains(@file_get_contents("$dir/server.log"), 'oversized'));
    echo preg_replace('/^.* pid:\d+ /', '', trim(file_get_contents("$dir/server.log") ?: '') === '' ? '' : implode("\n", preg_grep('/oversized/', file("$dir/server.log")))), "\n";
});
?>
--EXPECTF--
5 max=1000
bool(true)
999 max=1000
connection %d from worker pid %d: oversized package (max 1000 bytes), closed
