--TEST--
Worker: unix:// socket echo; a stale socket file left by a crash is replaced
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$path = sys_get_temp_dir() . '/wserver-unix-' . getmypid() . '.sock';
// a stale socket file: bound once, nobody listening any more
$stale = stream_socket_server("unix://$path");
fclose($stale);
var_dump(file_exists($path));
wserver_test_run(function (int $port) use ($path) {
    $w = new WServer\Worker("unix://$path");
    $w->onMessage = fn ($c, $data) => $c->send("[$data] " . $c->transport);
    WServer\Worker::runAll();
}, function (int $port) use ($path) {
    $c = stream_socket_client("unix://$path", $errno, $errstr, 2);
    fwrite($c, "hello");
    echo wserver_test_read($c, strlen('[hello] unix')), "\n";
}, ['wait' => fn () => ($s = @stream_socket_client("unix://$path", $e1, $e2, 0.2)) !== false]);
@unlink($path);
?>
--EXPECT--
bool(true)
[hello] unix
