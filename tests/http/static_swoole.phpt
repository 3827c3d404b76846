--TEST--
HTTP static files (Swoole API): Http\Server set() document_root, enable_static_handler, static_handler_locations, http_index_files; a 16 MB file larger than the socket buffer arrives intact (whole and a range, md5); Response::sendfile() honours Range, HEAD, If-None-Match, If-Modified-Since; set() refuses a document_root that is no directory
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
mkdir("$root/images");
mkdir("$root/docs");
file_put_contents("$root/images/logo.svg", '<svg/>');
file_put_contents("$root/docs/index.htm", '<p>docs</p>');
file_put_contents("$root/note.txt", "a note\n");
foreach (['note.txt', 'images/logo.svg', 'docs/index.htm'] as $f) {
    touch("$root/$f", 1700000000);
}
$big = '';
for ($i = 0; $i < 16; $i++) {
    $big .= random_bytes(1 << 20);
}
file_put_contents("$root/images/big.bin", $big);
$md5 = md5($big);
$md5_part = md5(substr($big, 1000, 10 << 20));
unset($big);

$s = new WServer\Http\Server('127.0.0.1', 0);
var_dump($s->set(['document_root' => "$root/nope"]));
var_dump($s->set(['http_index_files' => 'index.html']));

wserver_test_run(function (int $port, string $dir) use ($root) {
    $http = new WServer\Http\Server('127.0.0.1', $port);
    $http->set(['worker_num' => 1, 'log_file' => "$dir/server.log", 'document_root' => $root,
        'enable_static_handler' => true, 'static_handler_locations' => ['/images', '/docs'],
        'http_index_files' => ['index.html', 'index.htm']]);
    $http->on('request', function ($req, $resp) use ($root) {
        if ($req->server['path_info'] === '/note') {
            $resp->header('Content-Type', 'text/x-note');
            $resp->sendfile("$root/note.txt");
            return;
        }
        $resp->end('dynamic ' . $req->server['request_uri']);
    });
    $http->start();
}, function (int $port) use ($root, $md5, $md5_part) {
    $url = "http://127.0.0.1:$port";
    $show = function (array $args, string $what) {
        $out = wserver_test_curl(array_merge(['-i'], $args));
        [$head, $body] = explode("\r\n\r\n", $out, 2) + [1 => ''];
        preg_match('/^HTTP\/1.1 (\d+)/', $head, $st);
        preg_match_all('/^(Content-Type|Content-Length|Content-Range|Accept-Ranges|ETag|Last-Modified): (.*?)\r?$/mi', $head, $h, PREG_SET_ORDER);
        echo str_pad($what, 14), $st[1] ?? '?', ' ', implode(' | ', array_map(fn ($x) => "$x[1]: $x[2]", $h)), ' ', json_encode($body), "\n";
    };
    $show(["$url/images/logo.svg"], 'svg');
    $show(["$url/docs/"], 'index.htm');
    $show(["$url/images/none.png"], 'miss');
    $show(["$url/note.txt"], 'outside');
    $show(["$url/note"], 'sendfile');
    $show(['-r', '2-4', "$url/note"], 'sendfile -r');
    $show(['-r', '9-', "$url/note"], 'sendfile 416');
    $show(['-I', "$url/note"], 'sendfile -I');
    $show(['-H', 'If-None-Match: "6553f100-7"', "$url/note"], 'sendfile INM');
    $show(['-z', 'Tue, 14 Nov 2023 22:13:20 GMT', "$url/note"], 'sendfile -z');
    // larger than any socket buffer, read slowly: sent from the file as the socket takes it
    echo wserver_test_curl(['--limit-rate', '60M', '-w', '%{http_code} %{size_download}\n', '-o', "$root/got", "$url/images/big.bin",
        '--next', '-w', '%{http_code} %{size_download}\n', '-r', '1000-' . (1000 + (10 << 20) - 1), '-o', "$root/got-part", "$url/images/big.bin"]);
    echo md5_file("$root/got") === $md5 ? "whole: intact\n" : "whole: differs\n";
    echo md5_file("$root/got-part") === $md5_part ? "range: intact\n" : "range: differs\n";
}, ['alarm' => 180]); // dozens of curl runs: slow on a loaded machine
wserver_test_rmdir($root);
?>
--EXPECTF--
Warning: WServer\Server::set(): option "document_root": %s/nope is not a directory in %s on line %d
bool(false)

Warning: WServer\Server::set(): option "http_index_files" must be array, string given in %s on line %d
bool(false)
svg           200 Content-Type: image/svg+xml | Content-Length: 6 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-6" | Accept-Ranges: bytes "<svg\/>"
index.htm     200 Content-Type: text/html; charset=utf-8 | Content-Length: 11 | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-b" | Accept-Ranges: bytes "<p>docs<\/p>"
miss          404 Content-Type: text/html | Content-Length: 48 "<html><body><h1>404 Not Found<\/h1><\/body><\/html>"
outside       200 Content-Type: text/html | Content-Length: 17 "dynamic \/note.txt"
sendfile      200 Content-Type: text/x-note | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-7" | Accept-Ranges: bytes | Content-Length: 7 "a note\n"
sendfile -r   206 Content-Type: text/x-note | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-7" | Content-Range: bytes 2-4/7 | Content-Length: 3 "not"
sendfile 416  416 Content-Type: text/x-note | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-7" | Content-Range: bytes */7 | Content-Length: 0 ""
sendfile -I   200 Content-Type: text/x-note | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-7" | Accept-Ranges: bytes | Content-Length: 7 ""
sendfile INM  304 Content-Type: text/x-note | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-7" | Content-Length: 7 ""
sendfile -z   304 Content-Type: text/x-note | Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT | ETag: "6553f100-7" | Content-Length: 7 ""
200 16777216
206 10485760
whole: intact
range: intact