--TEST--
Coroutine\Http\Client::upgrade(): a WebSocket handshake, push() and recv() of text and binary frames, a fragmented push joined by the server, pings answered unless open_websocket_ping_frame, disconnect(); push() before upgrade(); plain HTTP to the same server
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
use WServer\Coroutine\Http\Client;

wserver_test_run(function (int $port, string $dir) {
    $ws = new WServer\WebSocket\Server('127.0.0.1', $port, WSERVER_BASE);
    $ws->set(['worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $ws->on('open', function ($s, $req) {
        $s->push($req->fd, "hello " . ($req->get['name'] ?? '?'));
    });
    $ws->on('message', function ($s, $frame) {
        if ($frame->data === 'ping me') {
            $s->push($frame->fd, 'p', WSERVER_WEBSOCKET_OPCODE_PING);
            $s->push($frame->fd, 'after ping');
            return;
        }
        $s->push($frame->fd, "echo({$frame->opcode}): {$frame->data}", $frame->opcode);
    });
    $ws->on('close', function ($s, $fd) {
    });
    $ws->on('request', function ($req, $resp) {
        $resp->end('plain http');
    });
    $ws->start();
}, function (int $port) {
    WServer\Coroutine\run(function () use ($port) {
        $c = new Client('127.0.0.1', $port);
        var_dump($c->push('too early'), $c->errCode);
        var_dump($c->upgrade('/?name=ann'), $c->statusCode, $c->headers['upgrade']);
        $f = $c->recv(2);
        echo get_class($f), ' ', $f->opcode, ' ', $f->data, "\n";
        $c->push('text message');
        echo $c->recv(2)->data, "\n";
        $c->push("\x00\x01binary", WSERVER_WEBSOCKET_OPCODE_BINARY);
        var_dump($c->recv(2)->data === "echo(2): \x00\x01binary");
        $c->push('frag', WSERVER_WEBSOCKET_OPCODE_TEXT, 0);
        $c->push('mented', 0, WSERVER_WEBSOCKET_FLAG_FIN);
        echo $c->recv(2)->data, "\n";
        $c->push('ping me');
        echo $c->recv(2)->data, "\n"; // the ping was answered by the client itself
        $c->set(['open_websocket_ping_frame' => true]);
        $c->push('ping me');
        $p = $c->recv(2);
        echo $p->opcode, ' ', $p->data, ' ', $c->recv(2)->data, "\n";
        var_dump($c->recv(0.1), $c->errCode === SOCKET_ETIMEDOUT, $c->connected);
        var_dump($c->disconnect(), $c->connected);

        echo "-- plain HTTP to the same server\n";
        $d = new Client('127.0.0.1', $port);
        var_dump($d->get('/'), $d->body);
    });
});
?>
--EXPECTF--
Warning: WServer\Coroutine\Http\Client::push(): websocket handshake failed, cannot push data in %s on line %d
bool(false)
int(8503)
bool(true)
int(101)
string(9) "websocket"
WServer\WebSocket\Frame 1 hello ann
echo(1): text message
bool(true)
echo(1): fragmented
after ping
9 p after ping
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
-- plain HTTP to the same server
bool(true)
string(10) "plain http"
