--TEST--
Lifecycle: stop -g (SIGTERM) answers a request that sleeps 1 s inside its callback in full, then everything exits
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
WServer\Worker::$stopTimeout = 5;
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->count = 2;
$w->onMessage = function ($c, $d) {
    if ($d === 'slow') {
        WServer\Coroutine::sleep(1);
        $c->send(str_repeat('s', 100000) . 'end');
        return;
    }
    $c->send("fast $d");
};
$w->onWorkerStop = fn ($w) => file_put_contents(dirname(WServer\Worker::$logFile) . '/stops', "stop\n", FILE_APPEND);
WServer\Worker::runAll();
PHP);
try {
    wserver_test_cli($dir, 'start -d');
    $idle = wserver_test_connect($port);   // an idle keep-alive connection: closed by the drain
    fwrite($idle, "x\n");
    echo wserver_test_line($idle);
    $slow = wserver_test_connect($port);
    fwrite($slow, "slow\n");
    usleep(200000);
    $t = microtime(true);
    [$code, $out] = wserver_test_cli($dir, 'stop -g');
    echo "stop -g: $code $out";
    echo 'waited for the request: ', microtime(true) - $t >= 0.7 ? 'yes' : 'no', "\n";
    $reply = trim(wserver_test_line($slow, 1));
    echo 'slow reply complete: ', strlen($reply) === 100003 && str_ends_with($reply, 'end') ? 'yes' : 'no (' . strlen($reply) . ')', "\n";
    var_dump(wserver_test_closed($idle, 1));
    echo 'onWorkerStop ran: ', substr_count(file_get_contents("$dir/stops"), "stop"), "\n";
    echo str_contains(file_get_contents("$dir/app.log"), 'graceful stop') ? "logged\n" : "not logged\n";
    echo 'port free: ', wserver_test_port_free($port) ? 'yes' : 'no', "\n";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
fast x
stop -g: 0 WServer[app.php] gracefully stopping ...
WServer[app.php] stopped
waited for the request: yes
slow reply complete: yes
bool(true)
onWorkerStop ran: 2
logged
port free: yes
