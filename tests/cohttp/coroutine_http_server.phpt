--TEST--
Coroutine\Http\Server: handlers by path prefix, 404 without one, Request ($get, $post, $cookie, $header, $server) and Response (status, header, cookie, write() chunks, end), keep-alive, a request over package_max_length (413) and a bad one (400), a WebSocket upgrade (with the headers and cookies set before it) with push()/recv()/disconnect(), shutdown(); Swoole's names
--EXTENSIONS--
wserver
sockets
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\Http\Client;
use WServer\Coroutine\Http\Server;

Coroutine\run(function () {
    $wsClosed = new Coroutine\Channel(1);
    $clientDone = new Coroutine\Channel(1);
    $server = new Server('127.0.0.1', 0);
    var_dump($server->port > 0, $server->host);
    $server->set(['package_max_length' => 1000]);
    $server->handle('/api', function ($req, $resp) {
        $resp->status(201);
        $resp->header('X-Path', $req->server['request_uri']);
        $resp->cookie('c', 'v');
        $resp->end(json_encode([$req->server['request_method'], $req->get, $req->post, $req->cookie, $req->header['x-mine'] ?? null, $req->server['remote_addr'], $req->server['remote_port']]));
    });
    $server->handle('/chunks', function ($req, $resp) {
        $resp->write('one,');
        $resp->write('two');
        // not ended: the server ends it once the handler returns
    });
    $server->handle('/ws', function ($req, $resp) use ($wsClosed) {
        $resp->header('X-Ws', 'yes');
        $resp->cookie('ws', 'cookie');
        var_dump($resp->upgrade());
        while (($frame = $resp->recv(2)) !== '' && $frame !== false) {
            if ($frame->data === 'bye') {
                $resp->disconnect(4000, 'bye then');
                break;
            }
            $resp->push("echo: {$frame->data}");
        }
        $wsClosed->push("websocket closed\n");
    });
    $server->handle('/stop', function ($req, $resp) use ($server) {
        $resp->end('stopping');
        $server->shutdown();
    });
    $port = $server->port;
    WServer\go(function () use ($port, $wsClosed, $clientDone) {
        $c = new Client('127.0.0.1', $port);
        $c->setHeaders(['X-Mine' => 'mine']);
        $c->setCookies(['k' => 'v']);
        $c->post('/api/x?q=1', ['a' => 'b']);
        [$method, $get, $post, $cookie, $mine, $addr, $remote_port] = json_decode($c->body, true);
        echo $c->statusCode, ' ', $c->headers['x-path'], ' ', $c->set_cookie_headers[0], ' ', $method, ' ', json_encode([$get, $post, $cookie, $mine, $addr]), "\n";
        $c->get('/API/y');
        var_dump($c->statusCode, json_decode($c->body, true)[6] === $remote_port); // keep-alive: same connection
        $c->get('/nothing');
        echo $c->statusCode, "\n";
        $c->get('/chunks');
        echo $c->statusCode, ' ', $c->headers['transfer-encoding'], ' ', $c->body, "\n";
        $c->post('/api', str_repeat('x', 2000));
        echo $c->statusCode, "\n";

        $s = new WServer\Coroutine\Socket(AF_INET, SOCK_STREAM);
        $s->connect('127.0.0.1', $port);
        $s->send("GET / HTTP/1.1\r\nBad Header\r\n\r\n");
        echo strtok($s->recv(), "\r"), "\n";

        $w = new Client('127.0.0.1', $port);
        var_dump($w->upgrade('/ws'));
        echo $w->headers['x-ws'], ' ', $w->cookies['ws'], "\n";
        $w->push('hi');
        echo $w->recv(2)->data, "\n";
        $w->close();
        echo $wsClosed->pop(2);

        $w = new Client('127.0.0.1', $port);
        $w->set(['open_websocket_close_frame' => true]);
        $w->upgrade('/ws');
        $w->push('bye');
        $f = $w->recv(2);
        echo $f->opcode, ' ', $f->code, ' ', $f->reason, "\n";
        var_dump($w->recv(2));
        echo $wsClosed->pop(2);

        $c = new Client('127.0.0.1', $port);
        $c->get('/stop');
        $clientDone->push($c->body . "\n");
    });
    $started = $server->start();
    echo $clientDone->pop(2);
    var_dump($started);
});
echo "-- Swoole's names\n";
$code = 'Co\run(function () { $s = new Co\Http\Server("127.0.0.1", 0); var_dump($s instanceof Swoole\Coroutine\Http\Server); });';
echo shell_exec(escapeshellarg(PHP_BINARY) . ' ' . (getenv('WSERVER_TEST_PHP_ARGS') ?: '') . ' -d wserver.aliases=swoole -r ' . escapeshellarg($code) . ' 2>&1');
?>
--EXPECT--
bool(true)
string(9) "127.0.0.1"
201 /api/x c=v POST [{"q":"1"},{"a":"b"},{"k":"v"},"mine","127.0.0.1"]
int(201)
bool(true)
404
200 chunked one,two
413
HTTP/1.1 400 Bad Request
bool(true)
bool(true)
yes cookie
echo: hi
websocket closed
bool(true)
8 4000 bye then
string(0) ""
websocket closed
stopping
bool(true)
-- Swoole's names
bool(true)
