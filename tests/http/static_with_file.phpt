--TEST--
HTTP: Response::withFile() of the whole file honours the request's Range (206, 416; several ranges: the whole file), HEAD (the head with the file's Content-Length), If-None-Match and If-Modified-Since (304) with an ETag of its own or the application's; a part the application chose, or another status, is sent as chosen
--EXTENSIONS--
wserver
pcntl
posix
--SKIPIF--
<?php if (!is_executable('/usr/bin/curl')) die('skip /usr/bin/curl missing'); ?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Protocols\Http\Response;

$dir = wserver_test_dir();
file_put_contents("$dir/data.json", '{"a":1,"b":2}');
touch("$dir/data.json", 1700000000);

wserver_test_run(function (int $port) use ($dir) {
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onMessage = function ($c, $req) use ($dir) {
        $r = new Response();
        $c->send(match ($req->path()) {
            '/file' => $r->withFile("$dir/data.json"),
            '/tagged' => $r->withHeader('ETag', '"v1"')->withFile("$dir/data.json"),
            '/part' => $r->withFile("$dir/data.json", 1, 5),
            '/gone' => $r->withStatus(410)->withFile("$dir/data.json"),
        });
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $url = "http://127.0.0.1:$port";
    $show = function (array $args, string $what) {
        $out = wserver_test_curl(array_merge(['-i'], $args));
        [$head, $body] = explode("\r\n\r\n", $out, 2) + [1 => ''];
        preg_match('/^HTTP\/1.1 (\d+)/', $head, $st);
        preg_match_all('/^(Content-Length|Content-Range|Accept-Ranges|ETag): (.*?)\r?$/mi', $head, $h, PREG_SET_ORDER);
        echo str_pad($what, 14), $st[1] ?? '?', ' ', implode(' | ', array_map(fn ($x) => "$x[1]: $x[2]", $h)), ' ', json_encode($body), "\n";
    };
    $show(["$url/file"], 'whole');
    $show(['-r', '1-5', "$url/file"], 'range');
    $show(['-r', '-2', "$url/file"], 'suffix');
    $show(['-r', '0-0,2-2', "$url/file"], 'two ranges');
    $show(['-r', '13-', "$url/file"], 'unsatisfiable');
    $show(['-I', "$url/file"], 'HEAD');
    $show(['-H', 'If-None-Match: "6553f100-d"', "$url/file"], 'etag 304');
    $show(['-H', 'If-None-Match: *', "$url/file"], 'star 304');
    $show(['-z', 'Wed, 15 Nov 2023 00:00:00 GMT', "$url/file"], '-z 304');
    $show(['-z', 'Mon, 13 Nov 2023 00:00:00 GMT', "$url/file"], '-z 200');
    $show(['-H', 'If-None-Match: "v1"', "$url/tagged"], 'own etag');
    $show(['-H', 'If-None-Match: "6553f100-d"', "$url/tagged"], 'not ours');
    $show(['-r', '0-0', "$url/part"], 'part');
    $show(['-r', '0-0', "$url/gone"], 'status 410');
    $show(['-I', "$url/gone"], 'HEAD 410');
    // keep-alive holds across head-only replies
    echo wserver_test_curl(['-w', '%{http_code} %{num_connects}\n', '-o', '/dev/null', '-I', "$url/file",
        '--next', '-w', '%{http_code} %{num_connects}\n', '-o', '/dev/null', '-H', 'If-None-Match: *', "$url/file",
        '--next', '-w', '%{http_code} %{num_connects} %{size_download}\n', '-o', '/dev/null', "$url/file"]);
}, ['alarm' => 180]); // dozens of curl runs: slow on a loaded machine
wserver_test_rmdir($dir);
?>
--EXPECT--
whole         200 Content-Length: 13 | ETag: "6553f100-d" | Accept-Ranges: bytes "{\"a\":1,\"b\":2}"
range         206 Content-Length: 5 | ETag: "6553f100-d" | Content-Range: bytes 1-5/13 "\"a\":1"
suffix        206 Content-Length: 2 | ETag: "6553f100-d" | Content-Range: bytes 11-12/13 "2}"
two ranges    200 Content-Length: 13 | ETag: "6553f100-d" | Accept-Ranges: bytes "{\"a\":1,\"b\":2}"
unsatisfiable 416 Content-Length: 0 | ETag: "6553f100-d" | Content-Range: bytes */13 ""
HEAD          200 Content-Length: 13 | ETag: "6553f100-d" | Accept-Ranges: bytes ""
etag 304      304 Content-Length: 13 | ETag: "6553f100-d" ""
star 304      304 Content-Length: 13 | ETag: "6553f100-d" ""
-z 304        304 Content-Length: 13 | ETag: "6553f100-d" ""
-z 200        200 Content-Length: 13 | ETag: "6553f100-d" | Accept-Ranges: bytes "{\"a\":1,\"b\":2}"
own etag      304 Content-Length: 13 | ETag: "v1" ""
not ours      200 Content-Length: 13 | ETag: "v1" | Accept-Ranges: bytes "{\"a\":1,\"b\":2}"
part          206 Content-Length: 5 | Content-Range: bytes 1-5/13 "\"a\":1"
status 410    410 Content-Length: 13 "{\"a\":1,\"b\":2}"
HEAD 410      410 Content-Length: 13 ""
200 1
304 0
200 0 13