--TEST--
AsyncTcpConnection ws://: a fragmented message with a ping between its fragments (the pong goes back masked), binary frames with websocketType, then the worker's graceful stop, at its deadline, sends a masked close 1001
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Connection\AsyncTcpConnection;

/* Read one frame a client sent (masked): "opcode masked payload". */
function client_frame(string &$buf): ?string
{
    if (strlen($buf) < 6) {
        return null;
    }
    $op = ord($buf[0]) & 0x0F;
    $masked = (ord($buf[1]) & 0x80) ? 'masked' : 'UNMASKED';
    $n = ord($buf[1]) & 0x7F;
    if (strlen($buf) < 6 + $n) {
        return null;
    }
    $key = substr($buf, 2, 4);
    $payload = substr($buf, 6, $n) ^ str_repeat($key, intdiv($n, 4) + 1);
    $buf = substr($buf, 6 + $n);
    if ($op === 8) {
        $payload = (string) unpack('n', $payload)[1];
    }
    return "$op $masked $payload";
}

// the WebSocket server is this test itself, hand-written: it answers the handshake, then
// sends a message in two fragments with a ping between them, and reads what the client sends
$listen = stream_socket_server('tcp://127.0.0.1:0');
$raw = (int) substr(strrchr(stream_socket_get_name($listen, false), ':'), 1);
$port = wserver_test_free_port();
wserver_test_run(function (int $port, string $dir) use ($raw) {
    $app = new WServer\Worker("text://127.0.0.1:$port");
    $app->onWorkerStart = function () use ($raw, $dir) {
        $ws = new AsyncTcpConnection("ws://127.0.0.1:$raw/");
        $ws->onMessage = function ($ws, $msg) use ($dir) {
            file_put_contents("$dir/client", "message $msg\n", FILE_APPEND);
            $ws->websocketType = WServer\Protocols\Websocket::BINARY_TYPE_ARRAYBUFFER;
            $ws->send("bin");
        };
        $ws->onClose = fn () => file_put_contents("$dir/client", "close\n", FILE_APPEND);
        $ws->connect();
    };
    WServer\Worker::runAll();
}, function (int $port, string $dir, int $pid) use ($listen) {
    $c = stream_socket_accept($listen, 5);
    $req = '';
    while (!str_contains($req, "\r\n\r\n") && ($chunk = wserver_test_read($c, 1, 2)) !== '') {
        $req .= $chunk;
    }
    preg_match('/Sec-WebSocket-Key: (\S+)/i', $req, $m);
    $accept = base64_encode(sha1($m[1] . '258EAFA5-E914-47DA-95CA-C5AB0DC85B11', true));
    fwrite($c, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        . "Sec-WebSocket-Accept: $accept\r\n\r\n" . "\x01\x03hel" . "\x89\x02hi" . "\x80\x02lo");
    $buf = '';
    $frames = [];
    $end = microtime(true) + 5;
    while (count($frames) < 2 && microtime(true) < $end) {
        $buf .= wserver_test_read($c, 1, 0.2);
        while (($f = client_frame($buf)) !== null) {
            $frames[] = $f;
        }
    }
    posix_kill($pid, SIGTERM); // graceful: an open client connection is pending work until the
                               // stop's deadline, then it says 1001
    $end = microtime(true) + 5;
    while (count($frames) < 3 && microtime(true) < $end) {
        $buf .= wserver_test_read($c, 1, 0.2);
        while (($f = client_frame($buf)) !== null) {
            $frames[] = $f;
        }
    }
    wserver_test_wait(fn () => pcntl_waitpid($pid, $st, WNOHANG) !== 0, 10);
    echo "client:\n", @file_get_contents("$dir/client");
    echo "server saw:\n", implode("\n", $frames), "\n";
}, ['port' => $port]);
?>
--EXPECT--
client:
message hello
close
server saw:
10 masked hi
2 masked bin
8 masked 1001
