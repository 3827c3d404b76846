--TEST--
HTTP static files (Worker::$staticHandler): served from C before onMessage with types from the extension, index files, autoindex, locations (a miss there is 404, other URLs reach onMessage), unknown types left to the app without locations; curl -r ranges (206, 416, several: the whole file), -I, If-None-Match and -z 304, If-Range; keep-alive across them
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

$root = wserver_test_dir();
mkdir("$root/static/sub", 0777, true);
mkdir("$root/static/listed");
mkdir("$root/app");
file_put_contents("$root/static/hello.txt", "hello world\n");
touch("$root/static/hello.txt", 1700000000);
file_put_contents("$root/static/style.CSS", 'p{}');
file_put_contents("$root/static/pic.png", 'PNG');
file_put_contents("$root/static/blob.unknownext", 'bytes');
file_put_contents("$root/static/sub/index.html", '<p>index</p>');
file_put_contents("$root/static/listed/a <&>.txt", 'a');
mkdir("$root/static/listed/d");
file_put_contents("$root/app/page.html", '<p>app</p>');
file_put_contents("$root/app/code.php", '<?php echo "never as bytes";');
foreach (['static/style.CSS', 'static/pic.png', 'static/blob.unknownext', 'static/sub/index.html', 'app/page.html'] as $f) {
    touch("$root/$f", 1700000000);
}

$port2 = wserver_test_free_port();
wserver_test_run(function (int $port) use ($root, $port2) {
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->staticHandler = ['document_root' => $root, 'http_index_files' => ['index.html'], 'http_autoindex' => true];
    $w->onMessage = fn ($c, $r) => $c->send('app saw ' . $r->path());
    $w2 = new WServer\Worker("http://127.0.0.1:$port2");
    $w2->staticHandler = ['document_root' => $root, 'static_handler_locations' => ['/static']];
    $w2->onMessage = fn ($c, $r) => $c->send('app2 saw ' . $r->path());
    WServer\Worker::runAll();
}, function (int $port) use ($port2) {
    if (!wserver_test_wait(fn () => wserver_test_listening($port2), 10)) {
        echo "second server did not come up\n";
    }
    $url = "http://127.0.0.1:$port";
    $show = function (array $args, string $what) {
        $out = wserver_test_curl(array_merge(['-i', '--path-as-is'], $args));
        [$head, $body] = explode("\r\n\r\n", $out, 2) + [1 => ''];
        preg_match('/^HTTP\/1.1 (\d+)/', $head, $st);
        preg_match_all('/^(Content-Type|Content-Length|Content-Range|Accept-Ranges|ETag|Last-Modified): (.*?)\r?$/mi', $head, $h, PREG_SET_ORDER);
        echo str_pad($what, 26), $st[1] ?? '?', ' ', implode(' | ', array_map(fn ($x) => "$x[1]: $x[2]", $h)), ' ', json_encode($body), "\n";
    };
    foreach (['/static/hello.txt', '/static/style.CSS', '/static/pic.png', '/static/sub/', '/static/sub',
              '/app/page.html', '/app/code.php', '/static/blob.unknownext', '/static/none.txt', '/api/x?y=1'] as $p) {
        $show(["$url$p"], $p);
    }
    $listing = wserver_test_curl(["$url/static/listed"]);
    echo str_contains($listing, '<a href="/static/listed/a%20%3C%26%3E.txt">a &lt;&amp;&gt;.txt</a>') ? "autoindex: escaped\n" : "autoindex: $listing\n";
    echo str_contains($listing, '<a href="/static/listed/d/">d/</a>') ? "autoindex: dir\n" : "autoindex: no dir\n";
    $f = "$url/static/hello.txt";
    $show(['-r', '6-10', $f], 'range 6-10');
    $show(['-r', '6-', $f], 'range 6-');
    $show(['-r', '-3', $f], 'range -3');
    $show(['-r', '0-1,4-5', $f], 'two ranges');
    $show(['-r', '100-200', $f], 'past the end');
    $show(['-H', 'Range: bytes=x-y', $f], 'malformed');
    $show(['-I', $f], 'HEAD');
    $show(['-I', '-r', '0-1', $f], 'HEAD range');
    $etag = '"6553f100-c"';
    $show(['-H', "If-None-Match: $etag", $f], 'If-None-Match');
    $show(['-H', 'If-None-Match: "other", W/' . $etag, $f], 'weak in list');
    $show(['-H', 'If-None-Match: "other"', $f], 'other etag');
    $show(['-z', 'Tue, 14 Nov 2023 22:13:20 GMT', $f], '-z same');
    $show(['-z', 'Tue, 14 Nov 2023 22:13:19 GMT', $f], '-z before');
    $show(['-H', 'If-Range: ' . $etag, '-r', '0-4', $f], 'If-Range ok');
    $show(['-H', 'If-Range: "old"', '-r', '0-4', $f], 'If-Range old');
    $show(['-X', 'POST', $f], 'POST');
    // several on one connection: each answered, the connection kept
    $w = ['-w', '%{http_code} %{num_connects} %{size_download}\n', '-o', '/dev/null'];
    echo wserver_test_curl(array_merge($w, [$f, '--next'], $w, ['-r', '0-0', $f, '--next'], $w, ["$url/api", '--next'], $w, ['-I', $f]));
    // locations: their misses are 404, other URLs go to the callback
    $url2 = "http://127.0.0.1:$port2";
    foreach (['/static/hello.txt', '/STATIC/hello.txt', '/static/none.txt', '/static/blob.unknownext', '/app/page.html', '/static%2fhello.txt', '/static/sub/'] as $p) {
        $show(["$url2$p"], "loc $p");
    }
}, ['alarm' => 180]); // dozens of curl runs: slow on a loaded machine
wserver_test_rmdir($root);
?>
--EXPECT--
/static/hello.txt         200 Content-Type: text/plain; charset=utf-8 | Content-Length: 12 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" | Accept-Ranges: bytes "hello world\n"
/static/style.CSS         200 Content-Type: text/css; charset=utf-8 | Content-Length: 3 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-3" | Accept-Ranges: bytes "p{}"
/static/pic.png           200 Content-Type: image/png | Content-Length: 3 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-3" | Accept-Ranges: bytes "PNG"
/static/sub/              200 Content-Type: text/html; charset=utf-8 | Content-Length: 12 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" | Accept-Ranges: bytes "<p>index<\/p>"
/static/sub               200 Content-Type: text/html; charset=utf-8 | Content-Length: 12 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" | Accept-Ranges: bytes "<p>index<\/p>"
/app/page.html            200 Content-Type: text/html; charset=utf-8 | Content-Length: 10 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-a" | Accept-Ranges: bytes "<p>app<\/p>"
/app/code.php             200 Content-Type: text/html;charset=utf-8 | Content-Length: 21 "app saw \/app\/code.php"
/static/blob.unknownext   200 Content-Type: text/html;charset=utf-8 | Content-Length: 31 "app saw \/static\/blob.unknownext"
/static/none.txt          200 Content-Type: text/html;charset=utf-8 | Content-Length: 24 "app saw \/static\/none.txt"
/api/x?y=1                200 Content-Type: text/html;charset=utf-8 | Content-Length: 14 "app saw \/api\/x"
autoindex: escaped
autoindex: dir
range 6-10                206 Content-Type: text/plain; charset=utf-8 | Content-Length: 5 | Content-Range: bytes 6-10/12 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" "world"
range 6-                  206 Content-Type: text/plain; charset=utf-8 | Content-Length: 6 | Content-Range: bytes 6-11/12 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" "world\n"
range -3                  206 Content-Type: text/plain; charset=utf-8 | Content-Length: 3 | Content-Range: bytes 9-11/12 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" "ld\n"
two ranges                200 Content-Type: text/plain; charset=utf-8 | Content-Length: 12 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" | Accept-Ranges: bytes "hello world\n"
past the end              416 Content-Type: text/plain; charset=utf-8 | Content-Length: 0 | Content-Range: bytes */12 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" ""
malformed                 200 Content-Type: text/plain; charset=utf-8 | Content-Length: 12 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" | Accept-Ranges: bytes "hello world\n"
HEAD                      200 Content-Type: text/plain; charset=utf-8 | Content-Length: 12 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" | Accept-Ranges: bytes ""
HEAD range                200 Content-Type: text/plain; charset=utf-8 | Content-Length: 12 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" | Accept-Ranges: bytes ""
If-None-Match             304 Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" ""
weak in list              304 Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" ""
other etag                200 Content-Type: text/plain; charset=utf-8 | Content-Length: 12 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" | Accept-Ranges: bytes "hello world\n"
-z same                   304 Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" ""
-z before                 200 Content-Type: text/plain; charset=utf-8 | Content-Length: 12 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" | Accept-Ranges: bytes "hello world\n"
If-Range ok               206 Content-Type: text/plain; charset=utf-8 | Content-Length: 5 | Content-Range: bytes 0-4/12 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" "hello"
If-Range old              200 Content-Type: text/plain; charset=utf-8 | Content-Length: 12 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" | Accept-Ranges: bytes "hello world\n"
POST                      200 Content-Type: text/html;charset=utf-8 | Content-Length: 25 "app saw \/static\/hello.txt"
200 1 12
206 0 1
200 0 12
200 0 0
loc /static/hello.txt     200 Content-Type: text/plain; charset=utf-8 | Content-Length: 12 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-c" | Accept-Ranges: bytes "hello world\n"
loc /STATIC/hello.txt     404 Content-Type: text/html | Content-Length: 48 "<html><body><h1>404 Not Found<\/h1><\/body><\/html>"
loc /static/none.txt      404 Content-Type: text/html | Content-Length: 48 "<html><body><h1>404 Not Found<\/h1><\/body><\/html>"
loc /static/blob.unknownext200 Content-Type: application/octet-stream | Content-Length: 5 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-5" | Accept-Ranges: bytes "bytes"
loc /app/page.html        200 Content-Type: text/html;charset=utf-8 | Content-Length: 23 "app2 saw \/app\/page.html"
loc /static%2fhello.txt   404 Content-Type: text/html | Content-Length: 48 "<html><body><h1>404 Not Found<\/h1><\/body><\/html>"
loc /static/sub/          200 Content-Type: text/html;charset=utf-8 | Content-Length: 21 "app2 saw \/static\/sub\/"