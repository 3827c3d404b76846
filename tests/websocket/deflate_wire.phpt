--TEST--
WebSocket permessage-deflate on the wire: the answer to offers (parameters, declined offers), RSV1 frames both ways, a compressed fragmented message, RSV1 without the extension (1002), broken deflate data (1007), a zip bomb closed with 1009 without the worker's memory growing, other connections unaffected
--EXTENSIONS--
wserver
pcntl
posix
zlib
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

/* A compressed message's payload, as RFC 7692 §7.2.1 makes it. */
function deflate_msg(string $data): string
{
    $z = deflate_init(ZLIB_ENCODING_RAW);
    return substr(deflate_add($z, $data, ZLIB_SYNC_FLUSH), 0, -4);
}

function inflate_msg(string $payload): string
{
    return inflate_add(inflate_init(ZLIB_ENCODING_RAW), $payload . "\x00\x00\xff\xff", ZLIB_SYNC_FLUSH);
}

/* A masked client frame with RSV1 set (the first of a compressed message). */
function rsv1_frame(int $opcode, string $payload, bool $fin = true): string
{
    $f = wserver_test_ws_frame($opcode, $payload, $fin);
    $f[0] = chr(ord($f[0]) | 0x40);
    return $f;
}

/* One server frame with its first byte: [first byte, payload]. */
function read_raw($c): ?array
{
    $h = wserver_test_read($c, 2, 5);
    if (strlen($h) < 2) {
        return null;
    }
    $n = ord($h[1]) & 0x7F;
    if ($n === 126) {
        $n = unpack('n', wserver_test_read($c, 2, 5))[1];
    } elseif ($n === 127) {
        $n = unpack('J', wserver_test_read($c, 8, 5))[1];
    }
    return [ord($h[0]), $n > 0 ? wserver_test_read($c, $n, 5) : ''];
}

function vm_hwm_kb(int $pid): int
{
    preg_match('/VmHWM:\s+(\d+)/', (string) @file_get_contents("/proc/$pid/status"), $m);
    return (int) ($m[1] ?? 0);
}

$dir = wserver_test_dir();
wserver_test_run(function (int $port) use ($dir) {
    $w = new WServer\Worker("websocket://127.0.0.1:$port");
    $w->websocketCompression = true;
    $w->onWorkerStart = fn () => file_put_contents("$dir/pid", getmypid());
    $w->onConnect = fn ($c) => $c->maxPackageSize = 1 << 20;
    $w->onMessage = fn ($c, $data) => $c->send(strlen($data) . ':' . substr($data, 0, 30));
    WServer\Worker::runAll();
}, function (int $port) use ($dir) {
    foreach ([
        'permessage-deflate',
        'permessage-deflate; client_max_window_bits',
        'x-webkit-deflate-frame, permessage-deflate; server_max_window_bits=12; client_no_context_takeover',
        'permessage-deflate; server_max_window_bits=8, permessage-deflate; server_max_window_bits="9"',
        'permessage-deflate; mystery=1',
        'permessage-deflate; server_no_context_takeover; server_no_context_takeover',
        'permessage-deflate; server_max_window_bits=16',
    ] as $offer) {
        $c = wserver_test_connect($port);
        [$status, $h] = wserver_test_ws_handshake($c, '/', "Sec-WebSocket-Extensions: $offer\r\n");
        echo "$offer -> $status ", $h['sec-websocket-extensions'][0] ?? '(none)', "\n";
        fclose($c);
    }

    $c = wserver_test_connect($port);
    wserver_test_ws_handshake($c, '/', "Sec-WebSocket-Extensions: permessage-deflate\r\n");
    $text = str_repeat('compress me please ', 100);
    fwrite($c, rsv1_frame(1, deflate_msg($text)));
    [$first, $p] = read_raw($c);
    printf("reply: first byte %02x, %d bytes on the wire: %s\n", $first, strlen($p), inflate_msg($p));
    // short replies that would not shrink go as they are
    fwrite($c, wserver_test_ws_frame(1, 'plain'));
    [$first, $p] = read_raw($c);
    printf("plain reply: first byte %02x: %s\n", $first, $p);
    // one compressed message in three frames: RSV1 on the first only
    $z = deflate_msg(str_repeat('fragmented and compressed ', 50));
    $parts = str_split($z, intdiv(strlen($z), 3) + 1);
    fwrite($c, rsv1_frame(1, $parts[0], false) . wserver_test_ws_frame(9, 'ping between')
        . wserver_test_ws_frame(0, $parts[1], false) . wserver_test_ws_frame(0, $parts[2]));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    [$first, $p] = read_raw($c);
    printf("fragments reply: first byte %02x: %s\n", $first, inflate_msg($p));
    // RSV1 on a continuation frame is a protocol error
    fwrite($c, wserver_test_ws_frame(1, 'a', false) . rsv1_frame(0, 'b'));
    echo "rsv1 on a continuation: ", wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";

    // broken deflate data
    $c = wserver_test_connect($port);
    wserver_test_ws_handshake($c, '/', "Sec-WebSocket-Extensions: permessage-deflate\r\n");
    fwrite($c, rsv1_frame(1, "\xff\xff\xff\xff garbage"));
    echo "garbage: ", wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";

    // RSV1 when nothing was agreed
    $c = wserver_test_connect($port);
    wserver_test_ws_handshake($c);
    fwrite($c, rsv1_frame(1, deflate_msg('hello')));
    echo "rsv1 without the extension: ", wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";

    // zip bombs: 64 MB of zeros in a 64 KB frame, then in 4 fragments, against a 1 MB maximum
    $pid = (int) file_get_contents("$dir/pid");
    $other = wserver_test_connect($port);
    wserver_test_ws_handshake($other, '/', "Sec-WebSocket-Extensions: permessage-deflate\r\n");
    $before = vm_hwm_kb($pid);
    $z = deflate_init(ZLIB_ENCODING_RAW);
    $bomb = '';
    for ($i = 0; $i < 64; $i++) {
        $bomb .= deflate_add($z, str_repeat("\0", 1 << 20), $i < 63 ? ZLIB_NO_FLUSH : ZLIB_SYNC_FLUSH);
    }
    $bomb = substr($bomb, 0, -4);
    printf("bomb: %d KB compressed\n", strlen($bomb) >> 10);
    $c = wserver_test_connect($port);
    wserver_test_ws_handshake($c, '/', "Sec-WebSocket-Extensions: permessage-deflate\r\n");
    fwrite($c, rsv1_frame(2, $bomb));
    echo "bomb: ", wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    echo wserver_test_closed($c) ? "closed\n" : "still open\n";
    $c = wserver_test_connect($port);
    wserver_test_ws_handshake($c, '/', "Sec-WebSocket-Extensions: permessage-deflate\r\n");
    $parts = str_split($bomb, intdiv(strlen($bomb), 4) + 1);
    fwrite($c, rsv1_frame(2, $parts[0], false) . wserver_test_ws_frame(0, $parts[1], false)
        . wserver_test_ws_frame(0, $parts[2], false) . wserver_test_ws_frame(0, $parts[3]));
    echo "fragmented bomb: ", wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    $grew = vm_hwm_kb($pid) - $before;
    echo "worker's peak memory grew by less than 8 MB: ", $before > 0 && $grew < 8192 ? "yes" : "no ($grew KB)", "\n";
    // just under the maximum is fine
    fwrite($other, rsv1_frame(2, deflate_msg(str_repeat("\0", (1 << 20) - 100))));
    [$first, $p] = read_raw($other);
    printf("other connection: first byte %02x: %s\n", $first, substr(inflate_msg($p), 0, 8));
});
wserver_test_rmdir($dir);
?>
--EXPECTF--
permessage-deflate -> 101 permessage-deflate; server_no_context_takeover; client_no_context_takeover
permessage-deflate; client_max_window_bits -> 101 permessage-deflate; server_no_context_takeover; client_no_context_takeover
x-webkit-deflate-frame, permessage-deflate; server_max_window_bits=12; client_no_context_takeover -> 101 permessage-deflate; server_no_context_takeover; client_no_context_takeover; server_max_window_bits=12
permessage-deflate; server_max_window_bits=8, permessage-deflate; server_max_window_bits="9" -> 101 permessage-deflate; server_no_context_takeover; client_no_context_takeover; server_max_window_bits=9
permessage-deflate; mystery=1 -> 101 (none)
permessage-deflate; server_no_context_takeover; server_no_context_takeover -> 101 (none)
permessage-deflate; server_max_window_bits=16 -> 101 (none)
reply: first byte c1, %d bytes on the wire: 1900:compress me please compress me
plain reply: first byte 81: 5:plain
pong "ping between"
fragments reply: first byte c1: 1300:fragmented and compressed frag
rsv1 on a continuation: close 1002
garbage: close 1007
rsv1 without the extension: close 1002
bomb: %d KB compressed
bomb: close 1009
closed
fragmented bomb: close 1009
worker's peak memory grew by less than 8 MB: yes
other connection: first byte c1: 1048476:
