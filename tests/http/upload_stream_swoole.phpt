--TEST--
HTTP uploads streamed to disk (Swoole API): past package_max_length, upload_max_filesize lets a curl -F upload into upload_tmp_dir ($request->files, md5 same) and a --data-binary body into one temp file (getContentFile(), getContent() reads it back); temp files removed after the callback; past upload_max_filesize 413
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
    $http = new WServer\Http\Server('127.0.0.1', $port);
    $http->set(['worker_num' => 1, 'log_file' => "$dir/server.log", 'package_max_length' => 1024 * 1024,
        'upload_max_filesize' => 16 * 1024 * 1024, 'upload_tmp_dir' => "$dir/up"]);
    $http->on('request', function ($req, $res) use ($dir) {
        $f = $req->files['f'] ?? null;
        $res->end(json_encode([
            'post' => $req->post, 'f' => $f ? [$f['name'], $f['size'], $f['error'], $f['type'], md5_file($f['tmp_name']),
                dirname($f['tmp_name']) === "$dir/up"] : null,
            'tmp' => $f['tmp_name'] ?? $req->getContentFile(),
            'file' => $req->getContentFile() === false ? false : md5_file($req->getContentFile()),
            'content' => md5($req->getContent()), 'len' => strlen($req->getContent()),
        ]));
    });
    $http->start();
}, function (int $port, string $dir) {
    file_put_contents("$dir/a.bin", $a = random_bytes(5 * 1024 * 1024 + 3));
    $r = json_decode(wserver_test_curl(['-F', 'x=1', '-F', "f=@$dir/a.bin;type=image/png", "http://127.0.0.1:$port/"]), true);
    echo 'multipart: ', json_encode($r['post']), ' ', $r['f'][0], ' ', $r['f'][1], ' ', $r['f'][2], ' ', $r['f'][3], ' md5 ',
        $r['f'][4] === md5($a) ? 'same' : 'differs', ' in upload_tmp_dir: ', var_export($r['f'][5], true),
        ' content file: ', var_export($r['file'], true), ' content: ', $r['len'], "\n";
    echo 'removed: ', wserver_test_wait(fn () => !file_exists($r['tmp'])) ? 'yes' : 'no', "\n";
    $r = json_decode(wserver_test_curl(['--data-binary', "@$dir/a.bin", '-H', 'Content-Type: application/octet-stream', "http://127.0.0.1:$port/"]), true);
    echo 'raw: file md5 ', $r['file'] === md5($a) ? 'same' : 'differs', ', getContent() ', $r['content'] === md5($a) ? 'same' : 'differs', ' ', $r['len'], "\n";
    echo 'removed: ', wserver_test_wait(fn () => !file_exists($r['tmp'])) ? 'yes' : 'no', "\n";
    // a small body stays in memory
    $r = json_decode(wserver_test_curl(['--data-binary', 'small', "http://127.0.0.1:$port/"]), true);
    echo 'small: ', var_export($r['file'], true), ' ', $r['len'], "\n";
    // over upload_max_filesize: refused
    file_put_contents("$dir/b.bin", str_repeat('b', 17 * 1024 * 1024));
    echo 'too large: ', wserver_test_curl(['-s', '-o', '/dev/null', '-w', '%{http_code}', '--data-binary', "@$dir/b.bin", "http://127.0.0.1:$port/"]), "\n";
    echo 'temp dir empty: ', wserver_test_wait(fn () => glob("$dir/up/*") === []) ? 'yes' : 'no', "\n";
});
?>
--EXPECT--
multipart: {"x":"1"} a.bin 5242883 0 image/png md5 same in upload_tmp_dir: true content file: false content: 0
removed: yes
raw: file md5 same, getContent() same 5242883
removed: yes
small: false 5
too large: 413
temp dir empty: yes
