--TEST--
AsyncTcpConnection: refused (onError CONNECT_FAIL, then onClose), a host name, frame://, unix://, and ws:// against bad answers (403 from onWebSocketConnect, a plain HTTP server, a wrong Sec-WebSocket-Accept, a masked frame from the server)
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
use WServer\Coroutine\Channel;

$p = ['frame' => wserver_test_free_port(), 'ws' => wserver_test_free_port(), 'http' => wserver_test_free_port(),
      'raw' => wserver_test_free_port(), 'app' => wserver_test_free_port()];
$dir = wserver_test_dir();
$sock = "$dir/u.sock";
$refused = wserver_test_free_port();   // nothing listens there

wserver_test_run(function (int $port) use ($p, $sock, $refused) {
    $frame = new WServer\Worker("frame://127.0.0.1:{$p['frame']}");
    $frame->onMessage = fn ($c, $d) => $c->send("framed:$d");
    $unix = new WServer\Worker("unix://$sock");
    $unix->onMessage = fn ($c, $d) => $c->send("unix:$d");
    $ws = new WServer\Worker("websocket://127.0.0.1:{$p['ws']}");
    $ws->onWebSocketConnect = fn ($c) => $c->close();        // refused: 403
    $http = new WServer\Worker("http://127.0.0.1:{$p['http']}");
    $http->onMessage = fn ($c, $r) => $c->send('not a websocket');
    // a raw server answering the handshake itself: ?bad gets a wrong accept, else a masked frame
    $raw = new WServer\Worker("tcp://127.0.0.1:{$p['raw']}");
    $raw->onMessage = function ($c, $req) {
        preg_match('/Sec-WebSocket-Key: (\S+)/i', $req, $m);
        $accept = str_contains($req, '?bad') ? 'wrong' : base64_encode(sha1($m[1] . '258EAFA5-E914-47DA-95CA-C5AB0DC85B11', true));
        $c->send("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: $accept\r\n\r\n"
            . "\x81\x82abcd" . ('hi' ^ 'ab'));
    };

    $app = new WServer\Worker("text://127.0.0.1:$port");
    $app->onWorkerStart = function () {
        // still waiting when the worker stops: released then (valgrind and ASan check it)
        (new AsyncTcpConnection('tcp://127.0.0.1:1'))->reconnect(100);
    };
    $app->onMessage = function ($c, string $line) use ($p, $sock, $refused) {
        $targets = [
            'refused' => ["tcp://127.0.0.1:$refused", 'x'],
            'name' => ["frame://localhost:{$p['frame']}", 'by name'],
            'frame' => ["frame://127.0.0.1:{$p['frame']}", 'f'],
            'unix' => ["unix://$sock", 'u'],
            'ws 403' => ["ws://127.0.0.1:{$p['ws']}/", 'w'],
            'ws http' => ["ws://127.0.0.1:{$p['http']}/", 'w'],
            'ws accept' => ["ws://127.0.0.1:{$p['raw']}/?bad", 'w'],
            'ws masked' => ["ws://127.0.0.1:{$p['raw']}/", 'w'],
        ];
        $out = [];
        foreach ($targets as $name => [$addr, $msg]) {
            $done = new Channel(1);
            $log = [];
            $a = new AsyncTcpConnection($addr);
            $a->onConnect = function () use (&$log) { $log[] = 'connect'; };
            $a->onMessage = function ($a, $d) use (&$log) { $log[] = "message $d"; $a->close(); };
            $a->onError = function ($a, $code, $why) use (&$log) {
                $log[] = 'error ' . ($code === AsyncTcpConnection::CONNECT_FAIL ? 'CONNECT_FAIL' : $code) . ": $why";
            };
            $a->onClose = function () use (&$log, $done) { $log[] = 'close'; $done->push(1); };
            $a->connect();
            $a->send($msg);
            $out[] = "$name: " . ($done->pop(5) ? '' : '(no close) ') . implode(' | ', $log);
        }
        // close() while the name is looked up, and cancelReconnect(): nothing connects later
        $log = [];
        $a = new AsyncTcpConnection("frame://localhost:{$p['frame']}");
        $a->onConnect = function () use (&$log) { $log[] = 'connect'; };
        $a->onClose = function () use (&$log) { $log[] = 'close'; };
        $a->connect();
        $a->send('x');
        $a->close();
        $b = new AsyncTcpConnection("frame://127.0.0.1:{$p['frame']}");
        $b->onConnect = function () use (&$log) { $log[] = 'b connect'; };
        $b->reconnect(0.1);
        $b->cancelReconnect();
        WServer\Coroutine::sleep(0.3);
        $out[] = 'close while looking up, cancelReconnect: ' . implode(' | ', $log);
        $c->send(implode("\t", $out));
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    fwrite($c, "go\n");
    echo str_replace("\t", "\n", trim((string) wserver_test_line($c, 20))), "\n";
}, ['port' => $p['app'], 'wait' => function () use ($p, $sock) {
    foreach ($p as $port) {
        if (!wserver_test_listening($port)) {
            return false;
        }
    }
    return file_exists($sock);
}]);
wserver_test_rmdir($dir);

try {
    (new AsyncTcpConnection('tcp://127.0.0.1:1'))->connect();
} catch (WServer\Exception $e) {
    echo $e->getMessage(), "\n";
}
foreach (['udp://127.0.0.1:1', 'tcp://127.0.0.1', 'tcp://127.0.0.1:0', 'text://:80', 'nothing'] as $bad) {
    try {
        new AsyncTcpConnection($bad);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
refused: error CONNECT_FAIL: connect 127.0.0.1:%d failed: Connection refused | close
name: connect | message framed:by name | close
frame: connect | message framed:f | close
unix: connect | message unix:u | close
ws 403: connect | error CONNECT_FAIL: WebSocket handshake with ws://127.0.0.1:%d/ failed: the server answered "HTTP/1.1 403 Forbidden" instead of 101 | close
ws http: connect | error CONNECT_FAIL: WebSocket handshake with ws://127.0.0.1:%d/ failed: the server answered "HTTP/1.1 200 OK" instead of 101 | close
ws accept: connect | error CONNECT_FAIL: WebSocket handshake with ws://127.0.0.1:%d/?bad failed: Sec-WebSocket-Accept does not match the key sent | close
ws masked: connect | close
close while looking up, cancelReconnect: close
AsyncTcpConnection::connect() needs a running worker: call it in onWorkerStart or another callback
WServer\Connection\AsyncTcpConnection::__construct(): Argument #1 ($remoteAddress) must be tcp://, ssl://, text://, frame://, ws://, wss://, unix:// or a protocol class's scheme followed by an address, "udp://127.0.0.1:1" given
WServer\Connection\AsyncTcpConnection::__construct(): Argument #1 ($remoteAddress) must have a host and a port, "tcp://127.0.0.1" given
WServer\Connection\AsyncTcpConnection::__construct(): Argument #1 ($remoteAddress) has an invalid port, "tcp://127.0.0.1:0" given
WServer\Connection\AsyncTcpConnection::__construct(): Argument #1 ($remoteAddress) must have a host and a port, "text://:80" given
WServer\Connection\AsyncTcpConnection::__construct(): Argument #1 ($remoteAddress) must be tcp://, ssl://, text://, frame://, ws://, wss://, unix:// or a protocol class's scheme followed by an address, "nothing" given
