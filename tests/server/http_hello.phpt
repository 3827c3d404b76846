--TEST--
Http\Server (Swoole API): the hello example with the namespace renamed; Swoole's default Content-Type and cookie spelling; Request arrays and rawContent(); Response status, header, cookie, write (chunked), end, redirect, sendfile, an unended response ended for you; an exception answers 500
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
    $http = new WServer\Http\Server('127.0.0.1', $port);
    $http->set(['worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $http->on('request', function ($request, $response) {
        switch ($request->server['path_info']) {
            case '/':
                $response->header('Content-Type', 'text/html; charset=utf-8');
                $response->end('<h1>Hello WServer. #' . strlen((string) rand(1000, 9999)) . '</h1>');
                return;
            case '/lazy':
                // the arrays are made on first use, however they are first touched
                $seen = [isset($request->get['x']), empty($request->post), $request->cookie ?? 'none'];
                $request->get['added'] = 1;
                $request->files = ['mine'];
                $all = get_object_vars($request);
                $response->end(json_encode([$seen, $request->get, $request->files, array_keys($all), $all['server']['request_uri']]));
                return;
            case '/dump':
                $response->status(201);
                $response->header('x-custom-header', 'yes');
                $response->cookie('session', 'abc', 0, '/', '', false, true);
                $response->end(json_encode([
                    'method' => $request->getMethod(),
                    'get' => $request->get,
                    'post' => $request->post,
                    'cookie' => $request->cookie,
                    'agent' => $request->header['user-agent'],
                    'query' => $request->server['query_string'] ?? null,
                    'uri' => $request->server['request_uri'],
                    'protocol' => $request->server['server_protocol'],
                    'remote' => $request->server['remote_addr'],
                    'raw' => $request->rawContent(),
                    'fd' => $request->fd > 0,
                ]));
                return;
            case '/stream':
                $response->write('one,');
                $response->write('two,');
                $response->end('three');
                return;
            case '/file':
                $response->header('Content-Type', 'text/plain');
                $response->sendfile(__FILE__, 6, 20);
                return;
            case '/away':
                $response->redirect('/elsewhere', 301);
                return;
            case '/forgot':
                $response->status(204);
                return;
            case '/twice':
                $response->end('first');
                var_dump($response->isWritable(), @$response->end('second'));
                return;
            default:
                throw new RuntimeException('no route');
        }
    });
    $http->start();
}, function (int $port) {
    $base = "http://127.0.0.1:$port";
    $curl = fn (string ...$args) => wserver_test_curl($args, 5);
    echo $curl("$base/"), "\n";
    echo $curl('-g', '-i', '-A', 'tester', '-b', 'lang=en', '-d', 'a=1&b[]=2', "$base/dump?x=y&z[k]=v");
    echo "\n", $curl('-i', "$base/stream"), "\n";
    echo $curl("$base/file"), "\n";
    echo $curl("$base/lazy?x=1"), "\n";
    echo $curl('-i', "$base/away"), $curl('-i', "$base/forgot"), $curl("$base/twice"), "\n";
    echo strtok($curl('-i', "$base/missing"), "\r"), "\n";
});
?>
--EXPECTF--
<h1>Hello WServer. #4</h1>
HTTP/1.1 201 Created
X-Custom-Header: yes
Set-Cookie: session=abc; path=/; HttpOnly
Server: wserver
Date: %s
Connection: keep-alive
Content-Type: text/html
Content-Length: %d

{"method":"POST","get":{"x":"y","z":{"k":"v"}},"post":{"a":"1","b":["2"]},"cookie":{"lang":"en"},"agent":"tester","query":"x=y&z[k]=v","uri":"\/dump","protocol":"HTTP\/1.1","remote":"127.0.0.1","raw":"a=1&b[]=2","fd":true}
HTTP/1.1 200 OK
Server: wserver
Date: %s
Connection: keep-alive
Content-Type: text/html
Transfer-Encoding: chunked

one,two,three
require __DIR__ . '/
[[true,true,"none"],{"x":"1","added":1},["mine"],["fd","header","server","cookie","get","files","post","tmpfiles"],"\/lazy"]
HTTP/1.1 301 Moved Permanently
Location: /elsewhere
Server: wserver
Date: %s
Connection: keep-alive
Content-Type: text/html
Content-Length: 0

HTTP/1.1 204 No Content
Server: wserver
Date: %s
Connection: keep-alive
Content-Type: text/html
Content-Length: 0

first
HTTP/1.1 500 Internal Server Error
