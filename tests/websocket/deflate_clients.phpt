--TEST--
permessage-deflate on our clients: AsyncTcpConnection ws:// offers it and speaks it with a Worker that allows it (and not with one that does not); Coroutine\Http\Client with websocket_compression against WebSocket\Server and against Coroutine\Http\Server (Frame flags 7 for compressed messages, 1 otherwise)
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Coroutine\Http\Client;

$big = str_repeat('all work and no play makes jack a dull boy ', 5000);
wserver_test_run(function (int $port, string $dir) use ($big) {
    $log = fn (string $line) => file_put_contents("$dir/log", "$line\n", FILE_APPEND);
    foreach ([0 => true, 1 => false] as $i => $on) {
        $w = new WServer\Worker('websocket://127.0.0.1:' . ($port + $i));
        $w->websocketCompression = $on;
        $w->onWebSocketConnect = fn ($c, $req) => $log("server $i saw the offer: " . $req->header('sec-websocket-extensions'));
        $w->onMessage = fn ($c, $data) => $c->send($data === 'big' ? $big : strlen($data) . ' ' . md5($data));
    }
    $client = new WServer\Worker();
    $client->onWorkerStart = function () use ($port, $log, $big) {
        foreach ([0, 1] as $i) {
            $c = new WServer\Connection\AsyncTcpConnection('ws://127.0.0.1:' . ($port + $i) . '/');
            $c->onWebSocketConnect = fn ($c, $head) => $log("client $i answer: "
                . (preg_match('/^Sec-WebSocket-Extensions: (.*)\r$/mi', $head, $m) ? $m[1] : '(none)'));
            $c->onConnect = function ($c) use ($big) {
                $c->send($big);
                $c->send('big');
            };
            $c->onMessage = function ($c, $data) use ($log, $i, $big) {
                $log("client $i got " . (strlen($data) > 100 ? ($data === $big ? 'the big message' : 'something else') : $data));
                if (strlen($data) > 100) {
                    $c->close();
                }
            };
            $c->connect();
        }
    };
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    wserver_test_wait(fn () => substr_count((string) @file_get_contents("$dir/log"), ' got ') >= 4, 10);
    $lines = file("$dir/log", FILE_IGNORE_NEW_LINES);
    sort($lines);
    echo implode("\n", $lines), "\n";
}, ['port' => wserver_test_free_port_pair()]); // two servers: $port and $port + 1

echo "-- Coroutine\\Http\\Client against WebSocket\\Server\n";
wserver_test_run(function (int $port, string $dir) {
    $ws = new WServer\WebSocket\Server('127.0.0.1', $port, WSERVER_BASE);
    $ws->set(['worker_num' => 1, 'log_file' => "$dir/server.log", 'websocket_compression' => true]);
    $ws->on('message', fn ($s, $f) => $s->push($f->fd, "flags=$f->flags " . str_repeat($f->data, 20)));
    $ws->start();
}, function (int $port) {
    WServer\Coroutine\run(function () use ($port) {
        foreach ([true, false] as $on) {
            $c = new Client('127.0.0.1', $port);
            $c->set(['websocket_compression' => $on]);
            $c->upgrade('/');
            echo 'answer: ', $c->headers['sec-websocket-extensions'] ?? '(none)', "\n";
            $c->push('hello hello hello ');
            $f = $c->recv(2);
            echo "reply flags=$f->flags: ", substr($f->data, 0, 30), ' ', strlen($f->data), "\n";
            $c->close();
        }
    });
});

echo "-- Coroutine\\Http\\Client against Coroutine\\Http\\Server\n";
WServer\Coroutine\run(function () {
    $server = new WServer\Coroutine\Http\Server('127.0.0.1', 0);
    $server->set(['websocket_compression' => true]);
    $server->handle('/', function ($req, $resp) {
        $resp->upgrade();
        while (($f = $resp->recv(2)) && $f->opcode !== WSERVER_WEBSOCKET_OPCODE_CLOSE) {
            $resp->push("server got flags=$f->flags " . str_repeat($f->data, 10));
        }
        $resp->close();
    });
    WServer\go(fn () => $server->start());
    $c = new Client('127.0.0.1', $server->port);
    $c->set(['websocket_compression' => true]);
    $c->upgrade('/');
    echo 'answer: ', $c->headers['sec-websocket-extensions'] ?? '(none)', "\n";
    $c->push(str_repeat('compressible ', 20));
    $f = $c->recv(2);
    echo "reply flags=$f->flags: ", substr($f->data, 0, 40), ' ', strlen($f->data), "\n";
    $c->close();
    $server->shutdown();
});
?>
--EXPECT--
client 0 answer: permessage-deflate; server_no_context_takeover; client_no_context_takeover
client 0 got 215000 459afd98c63e8df0b209f0cb5f84042f
client 0 got the big message
client 1 answer: (none)
client 1 got 215000 459afd98c63e8df0b209f0cb5f84042f
client 1 got the big message
server 0 saw the offer: permessage-deflate; client_max_window_bits
server 1 saw the offer: permessage-deflate; client_max_window_bits
-- Coroutine\Http\Client against WebSocket\Server
answer: permessage-deflate; server_no_context_takeover; client_no_context_takeover
reply flags=7: flags=7 hello hello hello hell 368
answer: (none)
reply flags=1: flags=1 hello hello hello hell 368
-- Coroutine\Http\Client against Coroutine\Http\Server
answer: permessage-deflate; server_no_context_takeover; client_no_context_takeover
reply flags=7: server got flags=7 compressible compress 2619
