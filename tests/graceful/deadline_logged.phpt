--TEST--
Graceful stop: at stopTimeout the worker ends anyway and one log line names what was pending (connection, timer, coroutine, client)
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/graceful.inc';
$dir = wserver_test_dir();
$port = wserver_test_free_port();
$due = 10 * wserver_test_reply_delay();
wserver_test_app($dir, $port, str_replace('{DUE}', (string) $due, <<<'PHP'
WServer\Worker::$stopTimeout = 1;
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->onMessage = function ($c, $d) {
    file_put_contents(__DIR__ . '/got', $d);
    WServer\Timer::add({DUE}, fn () => $c->send("too late $d"), [], false);
    // a client connection to ourselves, open until the end
    $a = new WServer\Connection\AsyncTcpConnection('tcp://127.0.0.1:' . $c->getLocalPort());
    $a->connect();
    WServer\Coroutine::sleep(30);
};
WServer\Worker::runAll();
PHP));
try {
    wserver_test_cli($dir, 'start -d');
    $c = wserver_test_text_client($port, 'x');
    wserver_test_wait(fn () => file_exists("$dir/got"), 10);
    usleep(100000); // the client connection to ourselves gets connected
    $t = microtime(true);
    [$code] = wserver_test_cli($dir, 'stop -g');
    $took = microtime(true) - $t;
    echo "stop -g: $code, before the reply was due: ", $took < $due - 0.5 ? 'yes' : "no ($took s)", "\n";
    echo 'client got: ', json_encode(wserver_test_line($c, 1)), "\n";
    preg_match('/worker \d+ (stopped after .*)/', file_get_contents("$dir/app.log"), $m);
    echo preg_replace('/#\d+ 127\.0\.0\.1:\d+/', '#N 127.0.0.1:PORT', $m[1] ?? 'no such line'), "\n";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
stop -g: 0, before the reply was due: yes
client got: false
stopped after 1 s with 2 connections (#N 127.0.0.1:PORT, #N 127.0.0.1:PORT), 1 timer, 1 coroutine, 1 client pending
