--TEST--
HTTP: Response::withFile() sends with sendfile(): whole file, offset+length (a 206, as Workerman), type from the extension, Last-Modified, 404 when missing, 20 MB intact under back-pressure, keep-alive and Connection: close
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
file_put_contents("$dir/hello.txt", "hello world\n");
touch("$dir/hello.txt", 1700000000);
file_put_contents("$dir/page.HTML", '<p>hi</p>');
$big = '';
for ($i = 0; $i < 20; $i++) {
    $big .= random_bytes(1 << 20);
}
file_put_contents("$dir/big.bin", $big);
$big_md5 = md5($big);
unset($big);

wserver_test_run(function (int $port) use ($dir) {
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onBufferFull = fn () => file_put_contents("$dir/buffer-full", "yes\n", FILE_APPEND);
    $w->onMessage = function ($c, $req) use ($dir) {
        $r = new Response();
        $c->send(match ($req->path()) {
            '/full' => $r->withFile("$dir/hello.txt"),
            '/range' => $r->withFile("$dir/hello.txt", 6, 5),
            '/from' => $r->withFile("$dir/hello.txt", 6),
            '/past' => $r->withFile("$dir/hello.txt", 6, 1000),
            '/html' => $r->withFile("$dir/page.HTML"),
            '/typed' => $r->withHeaders(['content-type' => 'text/x-mine', 'Content-Length' => '1'])->withStatus(203)->withFile("$dir/hello.txt"),
            '/big' => $r->withFile("$dir/big.bin"),
            '/dir' => $r->withFile($dir),
            default => $r->withFile("$dir/missing.txt"),
        });
    };
    WServer\Worker::runAll();
}, function (int $port) use ($dir, $big_md5) {
    $url = "http://127.0.0.1:$port";
    $show = function (string $path) use ($url) {
        $out = wserver_test_curl(['-i', "$url$path"]);
        [$head, $body] = explode("\r\n\r\n", $out, 2) + [1 => ''];
        preg_match('/^HTTP\/1.1 (\d+)/', $head, $st);
        preg_match_all('/^(Content-Type|Content-Length|Last-Modified|Transfer-Encoding): (.*?)\r?$/mi', $head, $h, PREG_SET_ORDER);
        echo str_pad($path, 7), $st[1] ?? '?', ' ', implode(' | ', array_map(fn ($x) => "$x[1]: $x[2]", $h)), ' ', json_encode($body), "\n";
    };
    foreach (['/full', '/range', '/from', '/past', '/html', '/typed', '/nope', '/dir'] as $p) {
        $show($p);
    }
    // four files on one connection, the 20 MB one read slowly (the queue waits on EV_WRITE)
    $out = wserver_test_curl(['--limit-rate', '40M', '-w', '%{http_code} connects=%{num_connects} %{size_download}\n',
        '-o', "$dir/big.out", "$url/big", '-o', "$dir/r1", "$url/range", '-o', "$dir/big2.out", "$url/big", '-o', "$dir/r2", "$url/full"]);
    echo $out;
    echo 'big: ', md5_file("$dir/big.out") === $big_md5 ? 'intact' : 'differs', ', again: ', md5_file("$dir/big2.out") === $big_md5 ? 'intact' : 'differs', "\n";
    echo 'after it: ', file_get_contents("$dir/r1"), ' / ', file_get_contents("$dir/r2");
    echo 'onBufferFull: ', file_exists("$dir/buffer-full") ? 'fired' : 'not fired', "\n";
    $out = wserver_test_curl(['-H', 'Connection: close', '-w', '%{http_code} connects=%{num_connects} %{size_download}\n',
        '-o', "$dir/c1", "$url/big", '-o', "$dir/c2", "$url/full"]);
    echo "close: $out";
    echo 'big: ', md5_file("$dir/c1") === $big_md5 ? 'intact' : 'differs', ', then ', file_get_contents("$dir/c2");
});
wserver_test_rmdir($dir);
?>
--EXPECTF--
/full  200 Content-Length: 12 | Content-Type: text/plain; charset=utf-8 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT "hello world\n"
/range 206 Content-Length: 5 | Content-Type: text/plain; charset=utf-8 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT "world"
/from  206 Content-Length: 6 | Content-Type: text/plain; charset=utf-8 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT "world\n"
/past  206 Content-Length: 6 | Content-Type: text/plain; charset=utf-8 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT "world\n"
/html  200 Content-Length: 9 | Content-Type: text/html; charset=utf-8 | Last-Modified: %s "<p>hi<\/p>"
/typed 203 Content-Length: 12 | content-type: text/x-mine | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT "hello world\n"
/nope  404 Content-Type: text/html;charset=utf-8 | Content-Length: 13 "404 Not Found"
/dir   404 Content-Type: text/html;charset=utf-8 | Content-Length: 13 "404 Not Found"
200 connects=1 20971520
206 connects=0 5
200 connects=0 20971520
200 connects=0 12
big: intact, again: intact
after it: world / hello world
onBufferFull: not fired
close: 200 connects=1 20971520
200 connects=1 12
big: intact, then hello world
