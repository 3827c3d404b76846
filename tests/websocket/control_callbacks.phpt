--TEST--
WebSocket control frames to userland (Worker API): onWebSocketPing answers itself (send() makes a pong while it runs), onWebSocketPong, onWebSocketClose($connection, $code, $reason) before onClose; the side that closes waits for the peer's close frame (then closes, or after a time-out); bad close frames get 1002/1007
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
wserver_test_run(function (int $port) use ($dir) {
    $log = fn (string $line) => file_put_contents("$dir/log", "$line\n", FILE_APPEND);
    $w = new WServer\Worker("websocket://127.0.0.1:$port");
    $w->onWebSocketPing = fn ($c, $data) => $c->send("pong for $data");
    $w->onWebSocketPong = fn ($c, $data) => $c->send("got pong $data");
    $w->onWebSocketClose = fn ($c, $code, $reason) => $log("onWebSocketClose $c->id $code '$reason'");
    $w->onClose = fn ($c) => $log("onClose $c->id");
    $w->onMessage = function ($c, $data) use ($log) {
        if ($data === 'close me') {
            $c->close();
            $c->send('too late');
            $log("after close(): status " . $c->getStatus());
            return;
        }
        $c->send("echo $data");
    };
    WServer\Worker::runAll();
}, function (int $port) use ($dir) {
    $log = function () use ($dir) {
        usleep(100000);
        wserver_test_wait(fn () => str_contains((string) @file_get_contents("$dir/log"), 'onClose'));
        echo '  ', str_replace("\n", "\n  ", trim((string) @file_get_contents("$dir/log"))), "\n";
        @unlink("$dir/log");
    };
    $c = wserver_test_connect($port);
    wserver_test_ws_handshake($c);
    fwrite($c, wserver_test_ws_frame(9, 'p1'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    fwrite($c, wserver_test_ws_frame(1, 'after the ping'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    fwrite($c, wserver_test_ws_frame(10, 'p2'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    // the client closes: the server answers with the same code, its callback sees it
    fwrite($c, wserver_test_ws_frame(8, pack('n', 4001) . 'see you'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    echo wserver_test_closed($c) ? "closed by the server\n" : "still open\n";
    $log();

    // the server closes: it waits for the client's close frame, then closes the connection
    $c = wserver_test_connect($port);
    wserver_test_ws_handshake($c);
    fwrite($c, wserver_test_ws_frame(1, 'close me'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    echo wserver_test_closed($c, 0.5) ? "closed before our answer\n" : "waiting for our answer\n";
    fwrite($c, wserver_test_ws_frame(1, 'ignored now') . wserver_test_ws_frame(8, pack('n', 1000) . 'ok'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    echo wserver_test_closed($c) ? "closed after our answer\n" : "still open\n";
    $log();

    // the client never answers: closed after the wait all the same
    $c = wserver_test_connect($port);
    wserver_test_ws_handshake($c);
    fwrite($c, wserver_test_ws_frame(1, 'close me'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    echo wserver_test_closed($c, 10) ? "closed without an answer\n" : "still open\n";
    $log();

    // close frames a peer may not send
    foreach (['1005' => pack('n', 1005), '999' => pack('n', 999), '2999' => pack('n', 2999),
              'one byte' => "\x03", 'bad UTF-8 reason' => pack('n', 1000) . "\xc3\x28",
              'no code' => ''] as $what => $payload) {
        $c = wserver_test_connect($port);
        wserver_test_ws_handshake($c);
        fwrite($c, wserver_test_ws_frame(8, $payload));
        echo "$what: ", wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    }
    usleep(300000);
});
wserver_test_rmdir($dir);
?>
--EXPECTF--
pong "pong for p1"
text "echo after the ping"
text "got pong p2"
close 4001
closed by the server
  onWebSocketClose %d 4001 'see you'
  onClose %d
close 1000
waiting for our answer
nothing
closed after our answer
  after close(): status 8
  onWebSocketClose %d 1000 'ok'
  onClose %d
close 1000
closed without an answer
  after close(): status 8
  onClose %d
1005: close 1002
999: close 1002
2999: close 1002
one byte: close 1002
bad UTF-8 reason: close 1007
no code: close
