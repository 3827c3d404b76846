--TEST--
HTTP: multipart upload from curl -F: fields (a[], a[k]) in post(), files in temp files under upload_tmp_dir, removed after the request
--EXTENSIONS--
wserver
pcntl
posix
--SKIPIF--
<?php if (!is_executable('/usr/bin/curl')) die('skip /usr/bin/curl missing'); ?>
--INI--
upload_tmp_dir={PWD}
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onMessage = function ($c, $req) {
        $desc = fn (array $f) => [
            'name' => $f['name'], 'size' => $f['size'], 'error' => $f['error'], 'type' => $f['type'],
            'md5' => md5_file($f['tmp_name']), 'tmp' => $f['tmp_name'],
        ];
        $c->send(json_encode([
            'post' => $req->post(), 'field' => $req->post('field'),
            'f' => $desc($req->file('f')), 'many' => array_map($desc, $req->file('many')),
            'keys' => array_keys($req->file()), 'missing' => $req->file('nope'),
        ]));
    };
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    // a few hundred KB with NUL bytes, CR LF and something that looks like a delimiter
    $bin = str_repeat("\0\r\n--", 1000) . random_bytes(300000) . "\0\0";
    file_put_contents("$dir/blob.bin", $bin);
    file_put_contents("$dir/one.txt", "first\n");
    file_put_contents("$dir/two.txt", '');
    $out = wserver_test_curl([
        '-F', 'field=value', '-F', 'a[]=1', '-F', 'a[]=2', '-F', 'a[k]=v',
        '-F', "f=@$dir/blob.bin;type=application/octet-stream",
        '-F', "many[]=@$dir/one.txt", '-F', "many[]=@$dir/two.txt",
        "http://127.0.0.1:$port/upload",
    ]);
    $r = json_decode($out, true) ?? exit("bad reply: $out\n");
    echo json_encode($r['post']), ' ', $r['field'], "\n";
    echo $r['f']['name'], ' ', $r['f']['size'], ' ', $r['f']['error'], ' ', $r['f']['type'], ' md5 ',
        $r['f']['md5'] === md5($bin) ? 'same' : 'differs', "\n";
    foreach ($r['many'] as $i => $f) {
        echo "many[$i] {$f['name']} {$f['size']} {$f['error']} {$f['type']} ", $f['md5'] === md5_file("$dir/" . $f['name']) ? 'same' : 'differs', "\n";
    }
    echo implode(',', $r['keys']), ' missing=', var_export($r['missing'], true), "\n";
    $tmps = array_merge([$r['f']['tmp']], array_column($r['many'], 'tmp'));
    echo 'in upload_tmp_dir: ', count(array_filter($tmps, fn ($t) => dirname($t) === __DIR__)), "\n";
    echo 'removed after the request: ', wserver_test_wait(fn () => !array_filter($tmps, 'file_exists')) ? 'yes' : 'no', "\n";
});
?>
--EXPECT--
{"field":"value","a":{"0":"1","1":"2","k":"v"}} value
blob.bin 305002 0 application/octet-stream md5 same
many[0] one.txt 6 0 text/plain same
many[1] two.txt 0 0 text/plain same
f,many missing=NULL
in upload_tmp_dir: 3
removed after the request: yes
