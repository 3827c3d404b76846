--TEST--
HTTP: Request (get, post form/JSON, header, cookie, path, uri, queryString, host, rawHead, rawBody, chunked) and Response (status, headers, cookie, body)
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Protocols\Http\Request;
use WServer\Protocols\Http\Response;

wserver_test_run(function (int $port) {
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onMessage = function ($c, Request $r) {
        $out = [
            'method' => $r->method(), 'uri' => $r->uri(), 'path' => $r->path(),
            'query' => $r->queryString(), 'get' => $r->get(), 'id' => $r->get('id'),
            'missing' => $r->get('nope', 'dflt'), 'post' => $r->post(), 'header' => $r->header('x-multi'),
            'ua' => $r->header('User-Agent'), 'cookie' => $r->cookie(), 'sid' => $r->cookie('sid'),
            'host' => $r->host(), 'hostname' => $r->host(true), 'version' => $r->protocolVersion(),
            'body' => $r->rawBody(), 'head_ends' => substr($r->rawHead(), -8),
            'same_conn' => $r->connection === $c,
        ];
        $resp = (new Response(202, ['Content-Type' => 'application/json']))
            ->withHeader('X-Num', 42)->withHeaders(['X-A' => 'a', 'X-B' => 'b'])->withoutHeader('X-B')
            ->cookie('sid', 'a b', 60, '/', '', false, true)->withBody(json_encode($out));
        $c->send($resp);
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    fwrite($c, "POST /api/items?id=7&tags[]=x&tags[]=y HTTP/1.1\r\nHost: example.test:8080\r\nUser-Agent: phpt\r\n"
        . "X-Multi: one\r\nX-Multi: two\r\nCookie: sid=abc; theme=dark%20mode\r\n"
        . "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 14\r\n\r\nname=Ann&age=3");
    [$status, $h, $body] = wserver_test_http_read($c);
    echo "$status {$h['content-type'][0]} X-Num={$h['x-num'][0]} X-A={$h['x-a'][0]} X-B=", $h['x-b'][0] ?? '-', "\n";
    echo 'Set-Cookie: ', $h['set-cookie'][0], "\n";
    echo $body, "\n";

    fwrite($c, "PUT /j HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        . "6\r\n{\"a\":[\r\n7;ext=1\r\n1,2],\"b\r\n5\r\n\":{}}\r\n0\r\nX-Trailer: t\r\n\r\n");
    $j = json_decode(wserver_test_http_read($c)[2], true);
    echo json_encode([$j['method'], $j['post'], $j['body'], $j['hostname']]), "\n";
});

// the classes work outside a server too
$r = new Request("GET /x?a=1 HTTP/1.0\r\nHost: h\r\n\r\n");
var_dump($r->get('a'), $r->protocolVersion(), $r->path(), (string) $r === "GET /x?a=1 HTTP/1.0\r\nHost: h\r\n\r\n");
$resp = new Response(404, ['X' => '1'], 'nope');
var_dump($resp->getStatusCode(), $resp->getReasonPhrase(), $resp->getHeader('X'), $resp->getHeaders(), $resp->rawBody());
echo preg_replace('/Date: .*\r\n/', "Date: D\r\n", (string) $resp->withStatus(418, 'Teapot')), "\n";
try {
    $resp->withStatus(99);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
202 application/json X-Num=42 X-A=a X-B=-
Set-Cookie: sid=a%20b; Max-Age=60; Path=/; HttpOnly
{"method":"POST","uri":"\/api\/items?id=7&tags[]=x&tags[]=y","path":"\/api\/items","query":"id=7&tags[]=x&tags[]=y","get":{"id":"7","tags":["x","y"]},"id":"7","missing":"dflt","post":{"name":"Ann","age":"3"},"header":"one, two","ua":"phpt","cookie":{"sid":"abc","theme":"dark mode"},"sid":"abc","host":"example.test:8080","hostname":"example.test","version":"1.1","body":"name=Ann&age=3","head_ends":"ngth: 14","same_conn":true}
["PUT",{"a":[1,2],"b":[]},"{\"a\":[1,2],\"b\":{}}","h"]
string(1) "1"
string(3) "1.0"
string(2) "/x"
bool(true)
int(404)
string(9) "Not Found"
string(1) "1"
array(1) {
  ["X"]=>
  string(1) "1"
}
string(4) "nope"
HTTP/1.1 418 Teapot
Server: wserver
Date: D
Content-Type: text/html;charset=utf-8
Connection: keep-alive
Content-Length: 4
X: 1

nope
WServer\Protocols\Http\Response::withStatus(): Argument #1 ($code) must be between 100 and 999
