--TEST--
Coroutine\Http\Client: GET with query, response headers (lower case) and cookies, form and raw POST, chunked and Content-Length bodies, multipart uploads, keep-alive reuse, getHeaderOut(), Connection: close, HEAD, download(), defer + recv(), basic auth, gzip bodies, bind_address, the error statuses (refused, time-out); Swoole's names
--EXTENSIONS--
wserver
pcntl
posix
sockets
zlib
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Coroutine\Http\Client;

wserver_test_run(function (int $port, string $dir) {
    $http = new WServer\Http\Server('127.0.0.1', $port, WSERVER_BASE);
    $http->set(['worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $http->on('request', function ($req, $resp) {
        $uri = $req->server['request_uri'];
        if ($uri === '/chunked') {
            $resp->write('abc');
            $resp->write('defg');
            $resp->end();
            return;
        }
        if ($uri === '/close') {
            $resp->header('Connection', 'close');
            $resp->end('bye');
            return;
        }
        if ($uri === '/slow') {
            WServer\Coroutine::sleep(2);
            $resp->end('late');
            return;
        }
        if ($uri === '/gz') {
            $resp->header('Content-Encoding', 'gzip');
            $resp->header('X-Asked', $req->header['accept-encoding'] ?? 'nothing');
            $resp->end(gzencode('unpacked by the client'));
            return;
        }
        if ($uri === '/peer') {
            $resp->end((string) $req->server['remote_port']);
            return;
        }
        if ($uri === '/missing') {
            $resp->status(404);
            $resp->end('no such page');
            return;
        }
        $resp->cookie('session', 'a b');
        $resp->header('X-Echo', 'yes');
        $files = [];
        foreach ($req->files ?? [] as $k => $f) {
            $files[$k] = [$f['name'], $f['type'], file_get_contents($f['tmp_name'])];
        }
        $resp->end(json_encode([
            'method' => $req->server['request_method'],
            'get' => $req->get,
            'post' => $req->post,
            'raw' => $req->rawContent(),
            'files' => $files,
            'auth' => $req->header['authorization'] ?? null,
            'cookie' => $req->cookie,
            'x' => $req->header['x-mine'] ?? null,
        ]));
    });
    $http->start();
}, function (int $port, string $dir) {
    WServer\Coroutine\run(function () use ($port, $dir) {
        $c = new Client('127.0.0.1', $port);
        $c->setHeaders(['X-Mine' => 'mine']);
        var_dump($c->get('/?a=1&b=two'), $c->statusCode, $c->headers['x-echo'], $c->getCookies());
        echo $c->set_cookie_headers[0], "\n", $c->body, "\n";
        $first = $c->getsockname()['port'];

        echo "-- form post, the cookie sent back, the same connection\n";
        var_dump($c->post('/form', ['k' => 'v', 'n' => 2]));
        echo $c->body, "\n";
        $out = $c->getHeaderOut(); // the head only, kept apart from the body sent after it
        echo strtok($out, "\r"), ' ', str_ends_with($out, "\r\n\r\n") ? 'ends with the blank line' : 'BAD', "\n";
        var_dump($c->getsockname()['port'] === $first);

        echo "-- raw body\n";
        $c->setMethod('PUT');
        $c->setData('raw bytes');
        var_dump($c->execute('/raw'));
        echo $c->getBody(), "\n";

        echo "-- chunked\n";
        var_dump($c->get('/chunked'), $c->body, $c->headers['transfer-encoding']);

        echo "-- multipart\n";
        file_put_contents("$dir/up.txt", "file on disk");
        $c->setData(['field' => 'value']);
        $c->addFile("$dir/up.txt", 'disk', 'text/plain');
        $c->addData('in memory', 'mem', 'application/x-test', 'mem.bin');
        var_dump($c->post('/upload', ['field' => 'value']));
        echo $c->body, "\n";

        echo "-- basic auth\n";
        $c->setData('');
        $c->setBasicAuth('user', 'pass');
        var_dump($c->get('/auth'));
        echo json_decode($c->body)->auth, "\n";

        echo "-- status 404\n";
        var_dump($c->get('/missing'), $c->statusCode, $c->body);

        echo "-- HEAD\n";
        $c->setMethod('HEAD');
        var_dump($c->execute('/'), $c->statusCode, $c->body, $c->headers['content-length'] > 0);

        echo "-- Connection: close from the server\n";
        var_dump($c->get('/close'), $c->body, $c->connected);
        var_dump($c->get('/?again=1'), $c->statusCode, $c->connected);

        echo "-- download\n";
        var_dump($c->download('/?d=1', "$dir/dl.json"), $c->body, json_decode(file_get_contents("$dir/dl.json"))->get->d);

        echo "-- defer\n";
        $c->setDefer();
        var_dump($c->get('/?deferred=1'), $c->body);
        var_dump($c->recv(), json_decode($c->body)->get->deferred);
        $c->setDefer(false);

        echo "-- time-out\n";
        $c->set(['timeout' => 0.2]);
        var_dump($c->get('/slow'), $c->statusCode === WSERVER_HTTP_CLIENT_ESTATUS_REQUEST_TIMEOUT, $c->errCode === SOCKET_ETIMEDOUT, $c->connected);
        var_dump($c->close());

        echo "-- refused\n";
        $free = wserver_test_free_port();
        $r = new Client('127.0.0.1', $free);
        var_dump($r->get('/'), $r->statusCode === WSERVER_HTTP_CLIENT_ESTATUS_CONNECT_FAILED, $r->errCode === SOCKET_ECONNREFUSED);

        echo "-- gzip\n";
        $z = new Client('127.0.0.1', $port);
        var_dump($z->get('/gz'), $z->headers['x-asked'], $z->body);
        $z->set(['body_decompression' => false]);
        $z->get('/gz');
        var_dump(gzdecode($z->body));
        $z->set(['http_compression' => false]);
        $z->get('/gz');
        var_dump($z->headers['x-asked']);

        echo "-- bind_address, bind_port\n";
        $local = wserver_test_free_port();
        $b = new Client('127.0.0.1', $port);
        $b->set(['bind_address' => '127.0.0.1', 'bind_port' => $local]);
        var_dump($b->get('/peer'), $b->body === (string) $local);

        echo "-- bad arguments\n";
        try {
            new Client('');
        } catch (WServer\Coroutine\Http\Client\Exception $e) {
            echo get_class($e), ': ', $e->getMessage(), "\n";
        }
        try {
            new Client('127.0.0.1', 70000);
        } catch (WServer\Exception $e) {
            echo $e->getMessage(), "\n";
        }
    });
    echo "-- outside a coroutine\n";
    try {
        (new Client('127.0.0.1', $port))->get('/');
    } catch (Throwable $e) {
        echo get_class($e), "\n";
    }
    echo "-- Swoole's names\n";
    $code = 'Co\run(function () { $c = new Co\Http\Client("127.0.0.1", ' . $port . '); $c->get("/?s=1");'
        . ' echo get_class($c), " ", $c->statusCode, " ", json_decode($c->body)->get->s, " ", SWOOLE_HTTP_CLIENT_ESTATUS_SERVER_RESET,'
        . ' " ", $c instanceof Swoole\Coroutine\Http\Client ? "yes" : "no", "\n"; });';
    echo shell_exec(wserver_test_php() . ' -d wserver.aliases=swoole -r ' . escapeshellarg($code) . ' 2>&1');
});
?>
--EXPECTF--
bool(true)
int(200)
string(3) "yes"
array(1) {
  ["session"]=>
  string(3) "a b"
}
session=a+b
{"method":"GET","get":{"a":"1","b":"two"},"post":null,"raw":"","files":[],"auth":null,"cookie":null,"x":"mine"}
-- form post, the cookie sent back, the same connection
bool(true)
{"method":"POST","get":null,"post":{"k":"v","n":"2"},"raw":"k=v&n=2","files":[],"auth":null,"cookie":{"session":"a b"},"x":"mine"}
POST /form HTTP/1.1 ends with the blank line
bool(true)
-- raw body
bool(true)
{"method":"PUT","get":null,"post":null,"raw":"raw bytes","files":[],"auth":null,"cookie":{"session":"a b"},"x":"mine"}
-- chunked
bool(true)
string(7) "abcdefg"
string(7) "chunked"
-- multipart
bool(true)
{"method":"POST","get":null,"post":{"field":"value"},"raw":"%s","files":{"disk":["up.txt","text\/plain","file on disk"],"mem":["mem.bin","application\/x-test","in memory"]},"auth":null,"cookie":{"session":"a b"},"x":"mine"}
-- basic auth
bool(true)
Basic dXNlcjpwYXNz
-- status 404
bool(true)
int(404)
string(12) "no such page"
-- HEAD
bool(true)
int(200)
string(0) ""
bool(true)
-- Connection: close from the server
bool(true)
string(3) "bye"
bool(false)
bool(true)
int(200)
bool(true)
-- download
bool(true)
string(0) ""
string(1) "1"
-- defer
bool(true)
string(0) ""
bool(true)
string(1) "1"
-- time-out
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
-- refused
bool(false)
bool(true)
bool(true)
-- gzip
bool(true)
string(13) "gzip, deflate"
string(22) "unpacked by the client"
string(22) "unpacked by the client"
string(7) "nothing"
-- bind_address, bind_port
bool(true)
bool(true)
-- bad arguments
WServer\Coroutine\Http\Client\Exception: host is empty
The port is invalid
-- outside a coroutine
WServer\Exception
-- Swoole's names
Swoole\Coroutine\Http\Client 200 1 -3 yes
