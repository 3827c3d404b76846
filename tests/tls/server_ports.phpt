--TEST--
TLS: Swoole form: Http\Server with WSERVER_SOCK_TCP | WSERVER_SSL and ssl_* settings, a plain port and a TLS port with its own certificate by addListener(), a TCP Server port with SSL read by PHP's ssl:// client
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
[$cert2, $key2] = wserver_tls_cert($dir0, 'other', ['cn' => 'other.test', 'san' => 'DNS:other.test']);
$plain = wserver_test_free_port();
$tls2 = wserver_test_free_port();
$tcp = wserver_test_free_port();
wserver_test_run(function (int $port) use ($cert, $key, $cert2, $key2, $plain, $tls2, $tcp) {
    $s = new WServer\Http\Server('127.0.0.1', $port, WSERVER_BASE, WSERVER_SOCK_TCP | WSERVER_SSL);
    $s->set(['worker_num' => 1, 'ssl_cert_file' => $cert, 'ssl_key_file' => $key,
        'ssl_protocols' => WSERVER_SSL_TLSv1_2 | WSERVER_SSL_TLSv1_3, 'ssl_ciphers' => 'ECDHE+AESGCM:ECDHE+CHACHA20']);
    $s->addListener('127.0.0.1', $plain, WSERVER_SOCK_TCP);
    $p = $s->addListener('127.0.0.1', $tls2, WSERVER_SOCK_TCP | WSERVER_SSL);
    $p->set(['ssl_cert_file' => $cert2, 'ssl_key_file' => $key2]);
    $t = $s->addListener('127.0.0.1', $tcp, WSERVER_SOCK_TCP | WSERVER_SSL);
    $t->set(['open_http_protocol' => false]);
    $t->on('receive', function ($s, $fd, $rid, $data) {
        $s->send($fd, 'tcp got ' . trim($data) . "\n");
    });
    $s->on('request', function ($req, $resp) {
        $resp->end("port {$req->server['server_port']} {$req->server['request_uri']}");
    });
    $s->start();
}, function (int $port) use ($cert, $cert2, $plain, $tls2, $tcp, $dir0) {
    wserver_test_wait(fn () => wserver_test_listening($tcp));
    $ports = [$port => 'tls', $plain => 'plain', $tls2 => 'tls2', $tcp => 'tcp'];
    echo str_replace(array_keys($ports), array_values($ports), wserver_test_curl(['--cacert', $cert, "https://localhost:$port/a"])), "\n";
    echo str_replace(array_keys($ports), array_values($ports), wserver_test_curl(["http://127.0.0.1:$plain/b"])), "\n";
    echo str_replace(array_keys($ports), array_values($ports), wserver_test_curl(['--cacert', $cert2, '--resolve', "other.test:$tls2:127.0.0.1", "https://other.test:$tls2/c"])), "\n";
    // plain HTTP on the TLS port fails, TLS on the plain one too
    echo 'http on the TLS port: ', preg_replace('/^curl: \((\d+)\).*/s', 'curl error $1', wserver_test_curl(["http://127.0.0.1:$port/x"])), "\n";
    echo 'https on the plain port: ', preg_replace('/^curl: \((\d+)\).*/s', 'curl error $1', wserver_test_curl(['--cacert', $cert, "https://localhost:$plain/x"])), "\n";
    $s = wserver_tls_s_client($port, ['-CAfile', $cert, '-tls1_2', '-cipher', 'ECDHE-ECDSA-AES128-GCM-SHA256']);
    echo "s_client TLS 1.2 cipher: ", preg_match('/Cipher is (\S+)/', $s['raw'], $m) ? $m[1] : '?', "\n";
    $s = wserver_tls_s_client($port, ['-CAfile', $cert, '-tls1_2', '-cipher', 'AES128-SHA']);
    echo "s_client TLS 1.2 with a cipher not allowed: ", str_contains($s['raw'], 'alert handshake failure') || str_contains($s['raw'], 'no shared cipher') || str_contains($s['raw'], 'Cipher is (NONE)') ? 'refused' : $s['raw'], "\n";
    $ctx = stream_context_create(['ssl' => ['cafile' => $cert, 'peer_name' => 'localhost']]);
    $c = stream_socket_client("ssl://127.0.0.1:$tcp", $errno, $errstr, 5, STREAM_CLIENT_CONNECT, $ctx);
    fwrite($c, "hello\n");
    echo wserver_test_line($c);
    fclose($c);
    wserver_test_rmdir($dir0);
});
?>
--EXPECT--
port tls /a
port plain /b
port tls2 /c
http on the TLS port: curl error 52
https on the plain port: curl error 35
s_client TLS 1.2 cipher: ECDHE-ECDSA-AES128-GCM-SHA256
s_client TLS 1.2 with a cipher not allowed: refused
tcp got hello
