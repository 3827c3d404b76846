--TEST--
WebSocket\Server::pushMany(): one message to many connections of the worker (text, a Frame with binary opcode, 70 000 bytes); fds that are closed, unknown or no int are skipped (a reference is followed); returns how many took it; a deflate client gets it compressed
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port, string $dir) {
    $ws = new WServer\WebSocket\Server('127.0.0.1', $port);
    $ws->set(['worker_num' => 1, 'log_file' => "$dir/server.log", 'websocket_compression' => true]);
    $fds = [];
    $ws->on('Open', function ($ws, $request) use (&$fds) {
        $fds[$request->fd] = $request->fd;
        $ws->push($request->fd, 'joined ' . count($fds));
    });
    $ws->on('Message', function ($ws, $frame) use (&$fds) {
        if ($frame->data !== 'go') {
            return;
        }
        $n = $ws->pushMany($fds + [9999 => 9999, 'x' => 'seven'], 'to all');
        $f = new WServer\WebSocket\Frame();
        $f->data = 'bin';
        $f->opcode = WSERVER_WEBSOCKET_OPCODE_BINARY;
        $n2 = $ws->pushMany($fds, $f);
        $list = array_values($fds);
        $first = &$list[0]; // an element that is a reference counts as its value
        $n3 = $ws->pushMany($list, str_repeat('z', 70000));
        $ws->push($frame->fd, "counts $n $n2 $n3 " . json_encode($ws->pushMany([], 'nobody')));
    });
    $ws->on('Close', function ($ws, $fd) use (&$fds) {
        // left in $fds on purpose: pushMany() skips a connection that is gone
    });
    $ws->start();
}, function (int $port, string $dir) {
    $cs = [];
    for ($i = 1; $i <= 3; $i++) {
        $cs[$i] = wserver_test_connect($port);
        wserver_test_ws_handshake($cs[$i], '/', $i === 2 ? "Sec-WebSocket-Extensions: permessage-deflate\r\n" : '');
        echo "client $i: ", wserver_test_ws_describe(wserver_test_ws_read($cs[$i])), "\n";
    }
    fclose($cs[3]); // closed before the pushes
    unset($cs[3]);
    usleep(300000);
    fwrite($cs[1], wserver_test_ws_frame(1, 'go'));
    foreach ($cs as $i => $c) {
        for ($k = 0; $k < 3; $k++) {
            [$first, $payload] = push_many_read($c);
            $op = $first & 0x0F;
            $rsv1 = ($first & 0x40) ? ' compressed' : '';
            if ($rsv1) {
                $payload = inflate_add(inflate_init(ZLIB_ENCODING_RAW), $payload . "\x00\x00\xff\xff", ZLIB_SYNC_FLUSH);
            }
            echo "client $i: opcode $op, ", strlen($payload) > 100 ? strlen($payload) . ' bytes ' . substr($payload, 0, 3) : $payload, "$rsv1\n";
        }
    }
    echo "client 1: ", wserver_test_ws_describe(wserver_test_ws_read($cs[1])), "\n";
});

/* One server frame as [its first byte (FIN, RSV1, opcode), payload]. */
function push_many_read($c): array
{
    $h = wserver_test_read($c, 2);
    $n = strlen($h) === 2 ? ord($h[1]) & 0x7F : 0;
    if ($n === 126) {
        $n = unpack('n', wserver_test_read($c, 2))[1];
    } elseif ($n === 127) {
        $n = unpack('J', wserver_test_read($c, 8))[1];
    }
    return [strlen($h) === 2 ? ord($h[0]) : 0, $n > 0 ? wserver_test_read($c, $n) : ''];
}
?>
--EXPECT--
client 1: text "joined 1"
client 2: text "joined 2"
client 3: text "joined 3"
client 1: opcode 1, to all
client 1: opcode 2, bin
client 1: opcode 1, 70000 bytes zzz
client 2: opcode 1, to all
client 2: opcode 2, bin
client 2: opcode 1, 70000 bytes zzz compressed
client 1: text "counts 2 2 2 0"