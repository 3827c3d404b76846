--TEST--
TLS clients on the loop: AsyncTcpConnection ssl://, wss://, ws:// with $transport = 'ssl'; verify_peer with cafile and the host name on by default; readable errors (self-signed, name mismatch, expired, no TLS at all)
--EXTENSIONS--
wserver
pcntl
posix
openssl
--SKIPIF--
<?php require __DIR__ . '/../include/tls.inc'; wserver_tls_skip(); ?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/tls.inc';
use WServer\Connection\AsyncTcpConnection;
$d = wserver_test_dir();
[$cert, $key] = wserver_tls_cert($d);
[$old, $oldkey] = wserver_tls_cert($d, 'expired', ['days' => -1]);
$p = ['ws' => wserver_test_free_port(), 'old' => wserver_test_free_port(), 'plain' => wserver_test_free_port()];
// handshakes: 10 s (the default) unless valgrind or ASan slow every process down
$hs = getenv('WSERVER_TEST_VALGRIND') || getenv('WSERVER_TEST_SLOW') ? 120 : 10;
wserver_test_run(function (int $port) use ($cert, $key, $old, $oldkey, $p, $d, $hs) {
    $echo = new WServer\Worker("text://127.0.0.1:$port", ['ssl' => ['local_cert' => $cert, 'local_pk' => $key, 'handshake_timeout' => $hs]]);
    $echo->transport = 'ssl';
    $echo->onMessage = fn ($c, $m) => $c->send("echo $m");
    $ws = new WServer\Worker("websocket://127.0.0.1:{$p['ws']}", ['ssl' => ['local_cert' => $cert, 'local_pk' => $key, 'handshake_timeout' => $hs]]);
    $ws->transport = 'ssl';
    $ws->onWebSocketConnect = fn ($c, $r) => $c->path = $r->path();
    $ws->onMessage = fn ($c, $m) => $c->send("ws $c->path $m");
    $expired = new WServer\Worker("text://127.0.0.1:{$p['old']}", ['ssl' => ['local_cert' => $old, 'local_pk' => $oldkey, 'handshake_timeout' => $hs]]);
    $expired->transport = 'ssl';
    $expired->onMessage = fn ($c, $m) => $c->send('never');
    $plain = new WServer\Worker("text://127.0.0.1:{$p['plain']}");
    $plain->onMessage = fn ($c, $m) => $c->send('plain');
    $client = new WServer\Worker();
    $client->onWorkerStart = function () use ($port, $p, $cert, $old, $d, $hs) {
        $note = fn (string $line) => file_put_contents("$d/results", "$line\n", FILE_APPEND);
        $ca = ['ssl' => ['cafile' => $cert]];
        $try = function (string $name, string $addr, array $ctx, string $send, ?string $transport = null) use ($note, $hs) {
            $c = new AsyncTcpConnection($addr, ['ssl' => ($ctx['ssl'] ?? []) + ['handshake_timeout' => $hs]]);
            if ($transport) {
                $c->transport = $transport;
            }
            $c->onConnect = function ($c) use ($send) {
                $c->send(str_starts_with($c->protocol ?? '', '\\') && str_contains($c->protocol, 'Ws') ? $send : "$send\n");
            };
            $c->onMessage = function ($c, $m) use ($name, $note) {
                $note("$name: " . trim($m) . " ($c->transport)");
                $c->close();
            };
            $c->onError = fn ($c, $code, $msg) => $note("$name: error $code: $msg");
            $c->connect();
        };
        $try('ssl://', "ssl://localhost:$port", $ca, 'hi');
        $try('tcp:// + transport ssl', "text://localhost:$port", $ca, 'there', 'ssl');
        $try('wss://', "wss://localhost:{$p['ws']}/a", $ca, 'w1');
        $try('ws:// + transport ssl', "ws://localhost:{$p['ws']}/b", $ca, 'w2', 'ssl');
        $try('verify_peer off', "ssl://127.0.0.1:$port", ['ssl' => ['verify_peer' => false]], 'lax');
        $try('no cafile', "ssl://localhost:$port", [], 'x');
        $try('peer_name', "ssl://localhost:$port", ['ssl' => ['cafile' => $cert, 'peer_name' => 'wrong.test']], 'x');
        $try('expired', "ssl://localhost:{$p['old']}", ['ssl' => ['cafile' => $old]], 'x');
        $try('no TLS', "ssl://localhost:{$p['plain']}", $ca, 'x');
        $try('missing cafile', "ssl://localhost:$port", ['ssl' => ['cafile' => "$d/none.pem"]], 'x');
    };
    WServer\Worker::runAll();
}, function (int $port) use ($d, $p) {
    // returns as soon as all 10 are in: the bound is for slow runs (valgrind, ASan)
    wserver_test_wait(fn () => count(@file("$d/results") ?: []) >= 10, getenv('WSERVER_TEST_VALGRIND') ? 150 : 60);
    $lines = file("$d/results", FILE_IGNORE_NEW_LINES) ?: [];
    sort($lines);
    echo str_replace([(string) $port, (string) $p['old'], (string) $p['plain'], $d], ['PORT', 'OLD', 'PLAIN', 'DIR'], implode("\n", $lines)), "\n";
    wserver_test_rmdir($d);
}, ['alarm' => getenv('WSERVER_TEST_VALGRIND') ? 240 : 90]);
?>
--EXPECTF--
expired: error 1: TLS handshake with 127.0.0.1:OLD failed: certificate has expired
missing cafile: error 1: connect ssl://localhost:PORT failed: ssl context: cafile: CA file DIR/none.pem cannot be read: No such file or directory
no TLS: error 1: TLS handshake with 127.0.0.1:PLAIN failed: %s
no cafile: error 1: TLS handshake with 127.0.0.1:PORT failed: self-signed certificate
peer_name: error 1: TLS handshake with 127.0.0.1:PORT failed: hostname mismatch
ssl://: echo hi (ssl)
tcp:// + transport ssl: echo there (ssl)
verify_peer off: echo lax (ssl)
ws:// + transport ssl: ws /b w2 (ssl)
wss://: ws /a w1 (ssl)
