--TEST--
TLS: a Workerman http:// Worker with $transport = 'ssl' answers curl --cacert (keep-alive, a 3 MB body, a file sent under TLS), openssl s_client and PHP's ssl:// client
--EXTENSIONS--
wserver
pcntl
posix
openssl
--SKIPIF--
<?php require __DIR__ . '/../include/tls.inc'; wserver_tls_skip(); if (!is_executable('/usr/bin/curl')) die('skip curl missing'); ?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/tls.inc';
$dir0 = wserver_test_dir();
[$cert, $key] = wserver_tls_cert($dir0);
file_put_contents("$dir0/file.bin", str_repeat(hash('sha256', 'x', true), 40000)); // 1.28 MB
wserver_test_run(function (int $port) use ($cert, $key, $dir0) {
    $w = new WServer\Worker("http://127.0.0.1:$port", ['ssl' => ['local_cert' => $cert, 'local_pk' => $key, 'verify_peer' => false]]);
    $w->transport = 'ssl';
    $w->onConnect = function ($c) use ($dir0) {
        file_put_contents("$dir0/connects", "$c->transport {$c->getRemoteIp()}\n", FILE_APPEND);
    };
    $w->onMessage = function ($c, $req) use ($dir0) {
        match ($req->path()) {
            '/big' => $c->send(str_repeat('0123456789abcdef', 3 << 16)),
            '/file' => $c->send((new WServer\Protocols\Http\Response(200))->withFile("$dir0/file.bin")),
            default => $c->send("hello {$req->path()} over $c->transport"),
        };
    };
    WServer\Worker::runAll();
}, function (int $port) use ($cert, $dir0) {
    $base = "https://localhost:$port";
    echo wserver_test_curl(['--cacert', $cert, '-w', ' [%{http_version} %{num_connects}]\n', "$base/a", "$base/b"]);
    $big = wserver_test_curl(['--cacert', $cert, "$base/big"]);
    echo 'big: ', strlen($big), ' ', $big === str_repeat('0123456789abcdef', 3 << 16) ? 'intact' : 'damaged', "\n";
    $file = wserver_test_curl(['--cacert', $cert, "$base/file"]);
    echo 'file: ', strlen($file), ' ', $file === file_get_contents("$dir0/file.bin") ? 'intact' : 'damaged', "\n";
    // curl without the CA refuses the self-signed certificate: the server is what it says
    echo trim(preg_replace('/^curl: \((\d+)\).*/s', 'curl without --cacert: error $1', wserver_test_curl(["$base/a"]))), "\n";
    $s = wserver_tls_s_client($port, ['-CAfile', $cert, '-servername', 'localhost', '-alpn', 'http/1.1', '-ign_eof'],
        "GET /s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    echo "s_client: verify {$s['verify']}, ALPN {$s['alpn']}, {$s['status']} {$s['body']}\n";
    foreach (['-tls1_2', '-tls1_3'] as $v) {
        $s = wserver_tls_s_client($port, ['-CAfile', $cert, $v, '-ign_eof'], "GET /v HTTP/1.0\r\n\r\n");
        echo "s_client $v: {$s['protocol']}, verify {$s['verify']}\n";
    }
    $ctx = stream_context_create(['ssl' => ['cafile' => $cert, 'peer_name' => 'localhost']]);
    $c = stream_socket_client("ssl://127.0.0.1:$port", $errno, $errstr, 5, STREAM_CLIENT_CONNECT, $ctx);
    fwrite($c, "GET /php HTTP/1.1\r\nHost: localhost\r\n\r\n");
    $r = wserver_test_http_read($c);
    echo 'php ssl://: ', $r[0] ?? '?', ' ', $r[2] ?? '', "\n";
    fclose($c);
    wserver_test_wait(fn () => count(file("$dir0/connects")) >= 9);
    echo 'onConnect: ', implode(', ', array_unique(file("$dir0/connects", FILE_IGNORE_NEW_LINES))), "\n";
    wserver_test_rmdir($dir0);
});
?>
--EXPECT--
hello /a over ssl [1.1 1]
hello /b over ssl [1.1 0]
big: 3145728 intact
file: 1280000 intact
curl without --cacert: error 60
s_client: verify 0 (ok), ALPN http/1.1, 200 hello /s over ssl
s_client -tls1_2: TLSv1.2, verify 0 (ok)
s_client -tls1_3: TLSv1.3, verify 0 (ok)
php ssl://: 200 hello /php over ssl
onConnect: ssl 127.0.0.1
