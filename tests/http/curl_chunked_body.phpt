--TEST--
HTTP: chunked request bodies from curl (Transfer-Encoding: chunked): raw bytes and a multipart upload arrive intact
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
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onMessage = function ($c, $req) {
        $f = $req->file('f');
        $c->send(json_encode([
            'te' => $req->header('transfer-encoding'), 'len' => strlen($req->rawBody()),
            'md5' => md5($req->rawBody()), 'post' => $req->post(),
            'file' => $f ? [$f['name'], $f['size'], md5_file($f['tmp_name'])] : null,
        ]));
    };
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $data = random_bytes(200000) . "\0\r\n0\r\n\r\n";
    file_put_contents("$dir/data.bin", $data);
    $r = json_decode($out = wserver_test_curl(['-H', 'Transfer-Encoding: chunked', '-H', 'Content-Type: application/octet-stream',
        '--data-binary', "@$dir/data.bin", "http://127.0.0.1:$port/raw"]), true) ?? exit("bad reply: $out\n");
    echo "raw: {$r['te']} {$r['len']} ", $r['md5'] === md5($data) ? 'same' : 'differs', ' ', json_encode($r['post']), "\n";
    $r = json_decode($out = wserver_test_curl(['-H', 'Transfer-Encoding: chunked', '-F', 'x=y', '-F', "f=@$dir/data.bin",
        "http://127.0.0.1:$port/multipart"]), true) ?? exit("bad reply: $out\n");
    echo "multipart: {$r['te']} ", json_encode($r['post']), " {$r['file'][0]} {$r['file'][1]} ", $r['file'][2] === md5($data) ? 'same' : 'differs', "\n";
});
?>
--EXPECT--
raw: chunked 200008 same []
multipart: chunked {"x":"y"} data.bin 200008 same
