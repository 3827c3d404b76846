--TEST--
TLS: SNI with several certificates (SNI_server_certs: a combined file, a wildcard with cert and key; ssl_sni_certs), client certificates required by verify_peer + cafile (curl --cert), a WebSocket\Server over wss with a client certificate (python3), getClientInfo()'s ssl_client_cert
--EXTENSIONS--
wserver
pcntl
posix
openssl
--SKIPIF--
<?php
require __DIR__ . '/../include/tls.inc';
wserver_tls_skip();
if (!is_executable('/usr/bin/curl')) die('skip curl missing');
exec('/usr/bin/python3 -c "import websockets" 2>&1', $out, $rc);
if ($rc !== 0) die('skip python3-websockets is not installed');
?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/tls.inc';
$d = wserver_test_dir();
[$cert, $key] = wserver_tls_cert($d, 'default', ['ca' => true]);
[$acert, $akey] = wserver_tls_cert($d, 'a', ['cn' => 'a.test', 'san' => 'DNS:a.test', 'ca' => true]);
file_put_contents("$d/a-combined.pem", file_get_contents($acert) . file_get_contents($akey));
[$bcert, $bkey] = wserver_tls_cert($d, 'b', ['cn' => 'wild.b.test', 'san' => 'DNS:*.b.test', 'ca' => true]);
[$ccert, $ckey] = wserver_tls_cert($d, 'client', ['cn' => 'alice', 'san' => 'DNS:alice', 'ca' => true]);
$ca = "$d/ca.pem";
$mtls = wserver_test_free_port();
$wss = wserver_test_free_port();
$sni2 = wserver_test_free_port();
$pid = pcntl_fork();
if ($pid === 0) {
    // a Swoole WebSocket\Server that wants client certificates, with SNI of its own, in a child
    fclose(STDOUT);
    fclose(STDERR);
    WServer\Worker::$pidFile = "$d/ws.pid";
    WServer\Worker::$logFile = "$d/ws.log";
    $s = new WServer\WebSocket\Server('127.0.0.1', $wss, WSERVER_BASE, WSERVER_SOCK_TCP | WSERVER_SSL);
    $s->set(['worker_num' => 1, 'ssl_cert_file' => $cert, 'ssl_key_file' => $key, 'ssl_verify_peer' => true,
        'ssl_client_cert_file' => $ca]);
    $p = $s->addListener('127.0.0.1', $sni2, WSERVER_SOCK_TCP | WSERVER_SSL);
    $p->set(['ssl_verify_peer' => false, 'ssl_sni_certs' => ['a.test' => ['ssl_cert_file' => $acert, 'ssl_key_file' => $akey]]]);
    $s->on('message', function ($s, $frame) {
        $info = $s->getClientInfo($frame->fd);
        $cn = isset($info['ssl_client_cert']) ? openssl_x509_parse($info['ssl_client_cert'])['subject']['CN'] : 'none';
        $s->push($frame->fd, "$frame->data from $cn");
    });
    $s->start();
    exit(0);
}
try {
    wserver_test_run(function (int $port) use ($cert, $key, $acert, $akey, $bcert, $bkey, $ca, $mtls, $d) {
        $w = new WServer\Worker("http://127.0.0.1:$port", ['ssl' => ['local_cert' => $cert, 'local_pk' => $key,
            'SNI_server_certs' => ['a.test' => "$d/a-combined.pem", '*.b.test' => ['local_cert' => $bcert, 'local_pk' => $bkey]]]]);
        $w->transport = 'ssl';
        $w->onMessage = fn ($c, $r) => $c->send('host ' . $r->host(true));
        $m = new WServer\Worker("http://127.0.0.1:$mtls", ['ssl' => ['local_cert' => $cert, 'local_pk' => $key, 'verify_peer' => true, 'cafile' => $ca]]);
        $m->transport = 'ssl';
        $m->onMessage = fn ($c, $r) => $c->send('client certificate accepted');
        WServer\Worker::runAll();
    }, function (int $port) use ($ca, $ccert, $ckey, $mtls, $wss, $sni2, $d) {
        foreach (['localhost', 'a.test', 'x.b.test', 'unknown.test'] as $name) {
            $s = wserver_tls_s_client($port, ['-servername', $name, '-CAfile', $ca, '-verify_hostname', $name]);
            echo "SNI $name: {$s['subject']}, verify {$s['verify']}\n";
        }
        echo 'curl a.test: ', wserver_test_curl(['--cacert', $ca, '--resolve', "a.test:$port:127.0.0.1", "https://a.test:$port/"]), "\n";
        wserver_test_wait(fn () => wserver_test_listening($mtls));
        echo 'with a client certificate: ', wserver_test_curl(['--cacert', $ca, '--cert', $ccert, '--key', $ckey, "https://localhost:$mtls/"]), "\n";
        $out = wserver_test_curl(['--cacert', $ca, "https://localhost:$mtls/"]);
        echo 'without: ', preg_match('/^curl: \((\d+)\)/', $out, $m) ? "curl error {$m[1]}" : $out, "\n";
        wserver_test_wait(fn () => wserver_test_listening($wss) && wserver_test_listening($sni2));
        $py = "$d/client.py";
        file_put_contents($py, <<<'PY'
import asyncio, ssl, sys, websockets
async def main(port, ca, cert, key):
    ctx = ssl.create_default_context(cafile=ca)
    ctx.load_cert_chain(cert, key)
    async with websockets.connect(f"wss://localhost:{port}/", ssl=ctx) as ws:
        await ws.send("hi")
        print(await ws.recv())
    try:
        bare = ssl.create_default_context(cafile=ca)
        async with websockets.connect(f"wss://localhost:{port}/", ssl=bare) as ws:
            await ws.send("hi")
            print(await ws.recv())
    except Exception as e:
        print("without a client certificate: refused")
asyncio.run(main(int(sys.argv[1]), *sys.argv[2:]))
PY);
        passthru('timeout 30 /usr/bin/python3 ' . escapeshellarg($py) . " $wss " . implode(' ', array_map('escapeshellarg', [$ca, $ccert, $ckey])) . ' 2>&1');
        $s = wserver_tls_s_client($sni2, ['-servername', 'a.test', '-CAfile', $ca]);
        echo "ssl_sni_certs a.test: {$s['subject']}, verify {$s['verify']}\n";
    });
} finally {
    wserver_test_stop_pid($pid);
    wserver_test_rmdir($d);
}
?>
--EXPECT--
SNI localhost: CN = localhost, verify 0 (ok)
SNI a.test: CN = a.test, verify 0 (ok)
SNI x.b.test: CN = wild.b.test, verify 0 (ok)
SNI unknown.test: CN = localhost, verify 62 (hostname mismatch)
curl a.test: host a.test
with a client certificate: client certificate accepted
without: curl error 56
hi from alice
without a client certificate: refused
ssl_sni_certs a.test: CN = a.test, verify 0 (ok)
