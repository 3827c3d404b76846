--TEST--
Worker: new Worker(null) is a worker without a socket, as in Workerman (webman makes its processes so), with no deprecation
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
set_error_handler(function (int $no, string $msg) {
    echo "error: $msg\n";
    return true;
});
$none = new WServer\Worker(null, []);
var_dump($none->socket);
restore_error_handler();
$p = new ReflectionParameter([WServer\Worker::class, '__construct'], 0);
echo 'socketName: ', $p->getType(), ' = ', $p->getDefaultValueConstantName() ?? var_export($p->getDefaultValue(), true), "\n";
wserver_test_run(function (int $port, string $dir) use ($none) {
    // the socketless worker tells the listening one that it runs
    $none->onWorkerStart = fn () => file_put_contents("$dir/none.started", (string) getmypid());
    $w = new WServer\Worker("text://127.0.0.1:$port");
    $w->onMessage = fn ($c, string $line) => $c->send(is_file("$dir/none.started") ? 'the socketless worker runs' : 'not yet');
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    wserver_test_wait(fn () => is_file("$dir/none.started"), 10);
    $c = wserver_test_connect($port);
    fwrite($c, "?\n");
    echo wserver_test_line($c);
});
?>
--EXPECT--
string(0) ""
socketName: ?string = NULL
the socketless worker runs
