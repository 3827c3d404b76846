--TEST--
Http\Server replies as Swoole's: default Content-Type text/html; Server swoole-http-server; Server, Date, Content-Type set to '' are not sent; header(k, null) drops one; cookie deletion and attributes spelled as Swoole's; Http\Cookie; rawcookie(); detach() then Response::create(); trailer(); http_parse_cookie => false; $response->header / ->cookie views; sendfile() refuses what Swoole refuses; $request->server['server_addr']
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--INI--
wserver.aliases=swoole
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port, string $dir) {
    $http = new Swoole\Http\Server('127.0.0.1', $port);
    $http->set(['worker_num' => 1, 'log_file' => "$dir/server.log", 'http_parse_cookie' => false]);
    $http->on('request', function ($request, $response) use ($http) {
        switch ($request->server['request_uri']) {
            case '/plain':
                $response->end('plain');
                return;
            case '/dropped':
                $response->header('Server', '');
                $response->header('Date', '');
                $response->header('Content-Type', '');
                $response->header('X-Gone', 'soon');
                $response->header('X-Gone', null);
                $response->header('X-Empty', '');
                $response->end('dropped');
                return;
            case '/cookies':
                $response->cookie('gone', '');
                $response->cookie('spaced', 'a b;c', 0, '/app', 'example.com', true, true, 'Lax');
                $refused = [@$response->rawcookie('raw', 'a b')];
                $response->rawcookie('raw', 'a%20b');
                $cookie = (new Swoole\Http\Cookie())->withName('obj')->withValue('v')->withPath('/')->withPartitioned(true);
                $response->setCookie($cookie);
                $refused[] = @$response->cookie(new Swoole\Http\Cookie()); // no name
                $response->end(json_encode([$request->cookie, $refused]));
                return;
            case '/views':
                $before = [$response->header, $response->cookie, isset($response->header)];
                $response->header('X-One', '1');
                $response->cookie('k', 'v');
                try {
                    unset($response->header);
                } catch (Error $e) {
                    $before[] = $e->getMessage();
                }
                $sent = [@$response->sendfile(__DIR__), @$response->sendfile(__FILE__, 1 << 40), @$response->sendfile('')];
                $response->end(json_encode([$before, $response->header, $response->cookie, $sent,
                    $request->server['server_addr'] === $request->server['remote_addr']]));
                return;
            case '/trailer':
                $response->header('Trailer', 'Content-MD5');
                $response->write('hello world');
                $response->trailer('Content-MD5', md5('hello world'));
                $response->end();
                return;
            case '/detach':
                $fd = $response->fd;
                $detached = json_encode([$response->detach(), $response->isWritable(), @$response->end('no')]);
                $http->after(20, function () use ($http, $fd, $detached) {
                    $late = Swoole\Http\Response::create((string) $fd); // the fd alone, as a numeric string (Swoole's detach example)
                    $late->header('X-Made-By', 'create');
                    $late->end("late answer for fd " . ($late->fd === $fd ? 'same' : 'other') . " $detached");
                });
                return;
        }
    });
    $http->start();
}, function (int $port) {
    $base = "http://127.0.0.1:$port";
    $curl = fn (string ...$args) => wserver_test_curl($args, 5);
    echo $curl('-i', "$base/plain"), "\n";
    echo $curl('-i', "$base/dropped"), "\n";
    echo $curl('-i', '-b', 'sent=1', "$base/cookies"), "\n";
    echo $curl("$base/views"), "\n";
    echo $curl('-i', "$base/detach"), "\n";
    // the trailer after the last chunk; the connection then answers the next request
    $c = wserver_test_connect($port);
    fwrite($c, "GET /trailer HTTP/1.1\r\nHost: a\r\n\r\nGET /plain HTTP/1.1\r\nHost: a\r\n\r\n");
    $got = '';
    for ($i = 0; $i < 50 && !str_ends_with($got, 'plain'); $i++) {
        $r = [$c];
        $w = $e = null;
        if (stream_select($r, $w, $e, 0, 100000) > 0) {
            $got .= (string) fread($c, 8192);
        }
    }
    echo str_replace("\r\n", "\n", $got), "\n";
});
?>
--EXPECTF--
HTTP/1.1 200 OK
Server: swoole-http-server
Date: %s
Connection: keep-alive
Content-Type: text/html
Content-Length: 5

plain
HTTP/1.1 200 OK
X-Empty: 
Connection: keep-alive
Content-Length: 7

dropped
HTTP/1.1 200 OK
Set-Cookie: gone=deleted; expires=Thu, 01-Jan-1970 00:00:01 GMT; Max-Age=0
Set-Cookie: spaced=a+b%3Bc; path=/app; domain=example.com; secure; HttpOnly; SameSite=Lax
Set-Cookie: raw=a%20b
Set-Cookie: obj=v; path=/; Partitioned
Server: swoole-http-server
Date: %s
Connection: keep-alive
Content-Type: text/html
Content-Length: 20

[null,[false,false]]
[[null,null,false,"Property header of class Swoole\\Http\\Response cannot be unset"],{"X-One":"1"},["k=v"],[false,false,false],true]
HTTP/1.1 200 OK
X-Made-By: create
Server: swoole-http-server
Date: %s
Connection: keep-alive
Content-Type: text/html
Content-Length: 42

late answer for fd same [true,false,false]
HTTP/1.1 200 OK
Trailer: Content-MD5
Server: swoole-http-server
Date: %s
Connection: keep-alive
Content-Type: text/html
Transfer-Encoding: chunked

b
hello world
0
content-md5: 5eb63bbbe01eeed093cb22bb8f5acdc3

HTTP/1.1 200 OK
Server: swoole-http-server
Date: %s
Connection: keep-alive
Content-Type: text/html
Content-Length: 5

plain
