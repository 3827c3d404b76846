--TEST--
Graceful stop (Worker): onWorkerStop runs when the stop begins, as in Workerman, so closing a long-lived client connection there lets the stop end without waiting for its deadline
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
use WServer\Connection\AsyncTcpConnection;
WServer\Worker::$stopTimeout = 10;
$sock = 'unix://' . __DIR__ . '/backend.sock';
$backend = new WServer\Worker($sock);
$backend->name = 'backend';
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->onWorkerStart = function ($w) use ($sock) {
    $w->feed = new AsyncTcpConnection($sock); // open for the worker's whole life
    $w->feed->onConnect = fn () => file_put_contents(__DIR__ . '/connected', '1');
    $w->feed->connect();
};
$w->onWorkerStop = function ($w) {
    file_put_contents(__DIR__ . '/events', 'onWorkerStop, feed ' . strtolower($w->feed->getStatus(false)) . "\n", FILE_APPEND);
    $w->feed->close();
};
$w->onMessage = function ($c, $d) {
    WServer\Timer::add(0.3, fn () => $c->send("late $d"), [], false);
};
WServer\Worker::runAll();
PHP);
try {
    wserver_test_cli($dir, 'start -d');
    wserver_test_wait(fn () => file_exists("$dir/connected"), 10);
    $c = wserver_test_connect($port);
    fwrite($c, "x\n");
    usleep(100000);
    $t = microtime(true);
    [$code] = wserver_test_cli($dir, 'stop -g');
    echo "stop -g: $code, well before the 10 s deadline: ", microtime(true) - $t < 5 ? 'yes' : 'no', "\n";
    echo 'reply: ', trim((string) wserver_test_line($c, 1)), "\n";
    echo file_get_contents("$dir/events");
    echo 'ran out of time: ', str_contains(file_get_contents("$dir/app.log"), 'stopped after') ? 'yes' : 'no', "\n";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
stop -g: 0, well before the 10 s deadline: yes
reply: late x
onWorkerStop, feed established
ran out of time: no
