--TEST--
HTTP uploads streamed to disk (Worker API): a 64 MB curl -F upload over maxPackageSize goes to a temp file as it arrives (md5 same, worker RSS grows far less than the file), fields in post(), other connections served meanwhile, temp files removed after the callback
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

/* kB of VmRSS / VmHWM of this process */
function mem(string $key): int
{
    preg_match("/^$key:\s+(\d+) kB/m", file_get_contents('/proc/self/status'), $m);
    return (int) $m[1];
}

wserver_test_run(function (int $port, string $dir) {
    mkdir("$dir/up");
    WServer\Connection\TcpConnection::$defaultMaxPackageSize = 1024 * 1024;
    WServer\Protocols\Http\Request::$uploadMaxSize = 256 * 1024 * 1024;
    WServer\Protocols\Http::uploadTmpDir("$dir/up");
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onMessage = function ($c, $req) use ($dir) {
        if ($req->path() === '/ping') {
            $c->send('pong');
            return;
        }
        if ($req->path() === '/rss') {
            $c->send((string) mem('VmRSS'));
            return;
        }
        $f = $req->file('f');
        $c->send(json_encode([
            'post' => $req->post(), 'name' => $f['name'], 'size' => $f['size'], 'error' => $f['error'],
            'type' => $f['type'], 'md5' => md5_file($f['tmp_name']), 'tmp' => $f['tmp_name'],
            'in_dir' => dirname($f['tmp_name']) === "$dir/up", 'raw_file' => $req->rawBodyFile(),
            'raw_len' => strlen($req->rawBody()), 'hwm' => mem('VmHWM'),
        ]));
    };
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $size = 64 * 1024 * 1024;
    $fh = fopen("$dir/big.bin", 'w');
    $ctx = hash_init('md5');
    for ($i = 0; $i < $size / 1048576; $i++) {
        $chunk = random_bytes(1048576 - 7) . "\r\n--X\r\n";
        fwrite($fh, $chunk);
        hash_update($ctx, $chunk);
    }
    fclose($fh);
    $md5 = hash_final($ctx);
    $before = (int) wserver_test_curl(["http://127.0.0.1:$port/rss"]);
    // the upload at a bounded rate, so that it surely lasts while the pings below are answered
    $p = proc_open(['env', '-u', 'LD_PRELOAD', '/usr/bin/curl', '-sS', '--max-time', '60', '--limit-rate', '40M',
        '-F', 'field=value', '-F', 'a[]=1', '-F', "f=@$dir/big.bin;type=application/octet-stream",
        "http://127.0.0.1:$port/upload"], [1 => ['file', "$dir/curl.out", 'w'], 2 => ['file', "$dir/curl.out", 'a']], $pipes);
    $c = wserver_test_connect($port);
    $during = 0;
    $end = microtime(true) + 60;
    while (proc_get_status($p)['running'] && microtime(true) < $end) {
        fwrite($c, "GET /ping HTTP/1.1\r\nHost: a\r\n\r\n");
        $r = wserver_test_http_read($c);
        if ($r && $r[2] === 'pong' && proc_get_status($p)['running']) {
            $during++;
        }
        usleep(50000);
    }
    proc_close($p);
    $r = json_decode(file_get_contents("$dir/curl.out"), true) ?? exit('bad reply: ' . file_get_contents("$dir/curl.out") . "\n");
    echo json_encode($r['post']), "\n";
    echo "{$r['name']} {$r['size']} {$r['error']} {$r['type']} md5 ", $r['md5'] === $md5 ? 'same' : 'differs', "\n";
    echo 'in Http::uploadTmpDir(): ', var_export($r['in_dir'], true), ', rawBodyFile: ', var_export($r['raw_file'], true),
        ', rawBody: ', $r['raw_len'], "\n";
    $grew = ($r['hwm'] - $before) * 1024;
    echo 'worker RSS grew by less than 16 MB: ', $grew < 16 * 1024 * 1024 ? 'yes' : "no ($grew bytes)", "\n";
    echo 'pings answered during the upload: ', $during > 0 ? 'yes' : 'no', "\n";
    echo 'temp file removed after the callback: ', wserver_test_wait(fn () => !file_exists($r['tmp'])) ? 'yes' : 'no', "\n";
    echo 'temp dir empty: ', wserver_test_wait(fn () => glob("$dir/up/*") === []) ? 'yes' : 'no', "\n";
    // the connection still serves after the spooled request
    fwrite($c, "GET /ping HTTP/1.1\r\nHost: a\r\n\r\n");
    echo wserver_test_http_read($c)[2] ?? 'no reply', "\n";
});
?>
--EXPECT--
{"field":"value","a":["1"]}
big.bin 67108864 0 application/octet-stream md5 same
in Http::uploadTmpDir(): true, rawBodyFile: NULL, rawBody: 0
worker RSS grew by less than 16 MB: yes
pings answered during the upload: yes
temp file removed after the callback: yes
temp dir empty: yes
pong
