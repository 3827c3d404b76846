--TEST--
WebSocket: reload and stop -g say goodbye with close code 1001 to idle connections; a message under way is answered first
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
$slow = getenv('WSERVER_TEST_VALGRIND') ? 60 : 10; // valgrind starts and stops slowly
wserver_test_app($dir, $port, <<<'PHP'
$w = new WServer\Worker('websocket://127.0.0.1:{PORT}');
$w->onMessage = function ($c, $d) {
    WServer\Coroutine::sleep(0.3);
    $c->send("done $d");
};
WServer\Worker::runAll();
PHP);
try {
    wserver_test_cli($dir, 'start -d', $slow);
    wserver_test_wait(fn () => wserver_test_port_open($port), $slow);
    $idle = wserver_test_connect($port);
    wserver_test_ws_handshake($idle);
    [$code] = wserver_test_cli($dir, 'reload', $slow);
    echo "reload: $code, idle got ", wserver_test_ws_describe(wserver_test_ws_read($idle, $slow)),
        wserver_test_closed($idle) ? ", closed\n" : ", open\n";

    wserver_test_wait(fn () => wserver_test_port_open($port), $slow);
    $idle = wserver_test_connect($port);
    wserver_test_ws_handshake($idle);
    $busy = wserver_test_connect($port);
    wserver_test_ws_handshake($busy);
    fwrite($busy, wserver_test_ws_frame(1, 'work'));
    usleep(50000);
    [$code] = wserver_test_cli($dir, 'stop -g', $slow);
    echo "stop -g: $code\n";
    echo "idle got ", wserver_test_ws_describe(wserver_test_ws_read($idle, $slow)), "\n";
    echo "busy got ", wserver_test_ws_describe(wserver_test_ws_read($busy, $slow)), "\n";
    echo "busy then got ", wserver_test_ws_describe(wserver_test_ws_read($busy, $slow)), "\n";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
reload: 0, idle got close 1001, closed
stop -g: 0
idle got close 1001
busy got text "done work"
busy then got close 1001
