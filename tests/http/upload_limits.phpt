--TEST--
HTTP uploads streamed to disk: Content-Length over Request::$uploadMaxSize → 413 at the head and closed; the temp file fills as the body arrives and is removed when the client aborts; removed too when the callback throws; a large urlencoded body spooled raw still fills post(); rawBodyFile()
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
wserver_test_run(function (int $port, string $dir) {
    mkdir("$dir/up");
    WServer\Connection\TcpConnection::$defaultMaxPackageSize = 64 * 1024;
    WServer\Protocols\Http\Request::$uploadMaxSize = 8 * 1024 * 1024;
    WServer\Protocols\Http::uploadTmpDir("$dir/up");
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onMessage = function ($c, $req) use ($dir) {
        if ($req->path() === '/throw') {
            file_put_contents("$dir/thrown.txt", $req->file('f')['tmp_name']);
            throw new RuntimeException('boom');
        }
        $raw = $req->rawBodyFile();
        $c->send(json_encode(['k' => strlen($req->post('k', '')), 'raw_file' => $raw !== null && is_file($raw),
            'raw_len' => strlen($req->rawBody())]));
    };
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    // a) too large: answered at the head, before any body byte, and closed
    $c = wserver_test_connect($port);
    fwrite($c, "POST /x HTTP/1.1\r\nHost: a\r\nContent-Type: multipart/form-data; boundary=B\r\nContent-Length: 100000000\r\n\r\n");
    [$status, $headers] = wserver_test_http_read($c);
    echo "too large: $status ", $headers['connection'][0] ?? '', ', closed: ', wserver_test_closed($c) ? 'yes' : 'no', "\n";

    // b) the client aborts mid-upload: the part's temp file grew as bytes came, then goes
    $c = wserver_test_connect($port);
    $part = "--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.bin\"\r\n\r\n";
    fwrite($c, "POST /x HTTP/1.1\r\nHost: a\r\nContent-Type: multipart/form-data; boundary=B\r\nContent-Length: 1000000\r\n\r\n$part");
    fwrite($c, str_repeat('z', 300000));
    $grew = wserver_test_wait(function () use ($dir) {
        clearstatcache();
        $f = glob("$dir/up/*");
        return count($f) === 1 && filesize($f[0]) >= 290000;
    });
    echo 'temp file filled while the body arrives: ', $grew ? 'yes' : 'no', "\n";
    fclose($c);
    echo 'removed after the abort: ', wserver_test_wait(fn () => glob("$dir/up/*") === []) ? 'yes' : 'no', "\n";

    // c) the callback throws: 500, and its temp files go all the same
    file_put_contents("$dir/f.bin", random_bytes(200000));
    echo 'throw: ', wserver_test_curl(['-s', '-o', '/dev/null', '-w', '%{http_code}', '-F', "f=@$dir/f.bin", "http://127.0.0.1:$port/throw"]), "\n";
    $tmp = (string) @file_get_contents("$dir/thrown.txt");
    echo 'its temp file was in the dir: ', dirname($tmp) === "$dir/up" ? 'yes' : 'no',
        ', removed: ', wserver_test_wait(fn () => !file_exists($tmp)) ? 'yes' : 'no', "\n";

    // d) a large urlencoded body: spooled raw, read back for post()
    file_put_contents("$dir/form.txt", 'k=' . str_repeat('v', 300000));
    $r = json_decode(wserver_test_curl(['--data-binary', "@$dir/form.txt", "http://127.0.0.1:$port/form"]), true);
    echo 'urlencoded: ', json_encode($r), "\n";
    $r = json_decode(wserver_test_curl(['--data-binary', 'k=small', "http://127.0.0.1:$port/form"]), true);
    echo 'small: ', json_encode($r), "\n";
    echo 'temp dir empty: ', wserver_test_wait(fn () => glob("$dir/up/*") === []) ? 'yes' : 'no', "\n";
});
?>
--EXPECT--
too large: 413 close, closed: yes
temp file filled while the body arrives: yes
removed after the abort: yes
throw: 500
its temp file was in the dir: yes, removed: yes
urlencoded: {"k":300000,"raw_file":true,"raw_len":300002}
small: {"k":5,"raw_file":false,"raw_len":7}
temp dir empty: yes
