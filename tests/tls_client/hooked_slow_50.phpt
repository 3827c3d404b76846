--TEST--
TLS clients: in one worker, 50 concurrent requests whose handlers each read from a slow TLS endpoint (a python3 asyncio server answering after 0.2 s) through hooked stream_socket_client('ssl://', verified) overlap: all 50 replies are right and come in well under the 10 s they would take one after another
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--SKIPIF--
<?php
require __DIR__ . '/../include/tls.inc';
wserver_tls_skip(); /* the openssl command, and wserver built with OpenSSL */
require __DIR__ . '/../include/tls_peer.inc';
if (!tls_peer_python('ssl')) die('skip python3 missing');
?>
--FILE--
<?php
require __DIR__ . '/../include/tls_peer.inc';
require __DIR__ . '/../hooks/services.inc';

$certDir = wserver_test_dir();
$certs = tls_peer_certs($certDir);
[$slowPid, $slowPort] = tls_peer_slow_server($certDir, $certs['good'], 0.2);
try {
    wserver_test_run(function (int $port) use ($slowPort, $certs) {
        WServer\Runtime::enableCoroutine();
        $w = new WServer\Worker("http://127.0.0.1:$port");
        $w->count = 1;
        $w->onMessage = function ($c, $req) use ($slowPort, $certs) {
            $ctx = stream_context_create(['ssl' => ['cafile' => $certs['ca']]]);
            $s = stream_socket_client("ssl://localhost:$slowPort", $errno, $errstr, 10,
                STREAM_CLIENT_CONNECT, $ctx);
            if (!$s) {
                $c->send("connect failed: $errstr");
                return;
            }
            fwrite($s, $req->get('id') . "\n");
            $c->send(trim((string) fgets($s)));
            fclose($s);
        };
        WServer\Worker::runAll();
    }, function (int $port) {
        $t = microtime(true);
        $conns = [];
        for ($i = 0; $i < 50; $i++) {
            $conns[$i] = hooks_request($port, "/?id=$i");
        }
        $right = 0;
        foreach ($conns as $i => $c) {
            $reply = hooks_reply($c, 20);
            if ($reply === "slow:$i") {
                $right++;
            } else {
                echo "request $i: $reply\n";
            }
        }
        $took = microtime(true) - $t;
        echo "right replies: $right\n";
        echo 'overlapped (< 5 s): ', $took < 5 ? 'yes' : sprintf('no (%.1f s)', $took), "\n";
    });
} finally {
    tls_peer_stop($slowPid);
    wserver_test_rmdir($certDir);
}
?>
--EXPECT--
right replies: 50
overlapped (< 5 s): yes
