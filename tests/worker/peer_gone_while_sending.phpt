--TEST--
TcpConnection: a peer that resets while a large reply is queued costs nothing but its connection (SIGPIPE ignored)
--EXTENSIONS--
wserver
pcntl
posix
sockets
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port, string $dir) {
    $w = new WServer\Worker("text://127.0.0.1:$port");
    $w->onMessage = function ($c, $d) {
        if ($d === 'big') {
            for ($i = 0; $i < 8; $i++) {
                $c->send(str_repeat('z', 1 << 20));
            }
            return;
        }
        $c->send('pid ' . getmypid());
    };
    $w->onClose = fn ($c) => file_put_contents("$dir/closed", "closed\n", FILE_APPEND);
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    fwrite($c, "ping\n");
    $before = trim(wserver_test_line($c));
    for ($round = 0; $round < 3; $round++) {
        $bad = stream_socket_client("tcp://127.0.0.1:$port");
        fwrite($bad, "big\n");
        fread($bad, 1000); // some of the reply arrived: the rest is queued in the server
        // close with unread data: the kernel answers the server with RST
        socket_set_option(@socket_import_stream($bad), SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]);
        fclose($bad);
    }
    wserver_test_wait(fn () => substr_count(@file_get_contents("$dir/closed"), "\n") >= 3);
    fwrite($c, "ping\n");
    echo 'same worker still serving: ', trim(wserver_test_line($c)) === $before ? 'yes' : 'no', "\n";
    echo 'closed connections: ', substr_count(file_get_contents("$dir/closed"), "\n"), "\n";
});
?>
--EXPECT--
same worker still serving: yes
closed connections: 3
