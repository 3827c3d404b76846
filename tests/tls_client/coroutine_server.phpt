--TEST--
TLS: Coroutine\Server with open_ssl (ssl_cert_file, ssl_key_file): the handshake runs in each connection's coroutine before its first recv(); a verified Coroutine\Client and `openssl s_client` are served, a plain TCP client is dropped while the server serves on; open_ssl without a certificate is refused
--EXTENSIONS--
wserver
pcntl
posix
--SKIPIF--
<?php require __DIR__ . '/../include/tls.inc'; wserver_tls_skip(); ?>
--FILE--
<?php
require __DIR__ . '/../include/tls_peer.inc';
use WServer\Coroutine;

$dir = wserver_test_dir();
$certs = tls_peer_certs($dir);
try {
    Coroutine\run(function () use ($certs) {
        $server = new Coroutine\Server('127.0.0.1', 0);
        $server->set(['open_ssl' => true, 'ssl_cert_file' => $certs['good'][0],
            'ssl_key_file' => $certs['good'][1]]);
        $server->handle(function (Coroutine\Server\Connection $conn) {
            $line = $conn->recv(TLS_PEER_WAIT);
            if ($line === false) {
                echo "server: dropped a connection: ", $conn->exportSocket()->errMsg !== '' ? 'with a reason' : 'no reason', "\n";
                return;
            }
            $conn->send('TLS:' . strtoupper($line));
            $conn->close();
        });
        Coroutine::create(fn () => $server->start());
        Coroutine::sleep(0.05);
        $port = $server->port;

        $plain = new Coroutine\Client(WSERVER_SOCK_TCP);
        $plain->connect('127.0.0.1', $port, TLS_PEER_WAIT);
        $plain->send("not tls\n");
        $r = $plain->recv(TLS_PEER_WAIT);
        echo 'plain client got: ', $r === '' || $r === false ? 'closed' : $r, "\n";

        $c = new Coroutine\Client(WSERVER_SOCK_TCP | WSERVER_SSL);
        $c->set(['ssl_cafile' => $certs['ca']]);
        var_dump($c->connect('localhost', $port, TLS_PEER_WAIT));
        $c->send("hello\n");
        echo trim($c->recv(TLS_PEER_WAIT)), "\n";

        $out = Coroutine\System::exec("echo from-s_client | timeout 5 openssl s_client -quiet " .
            "-connect 127.0.0.1:$port -servername localhost -verify_return_error " .
            "-CAfile {$certs['ca']} 2>/dev/null");
        echo trim($out['output']), "\n";

        $bad = new Coroutine\Server('127.0.0.1', 0);
        $bad->set(['open_ssl' => true]);
        $bad->handle(fn ($c) => null);
        var_dump(@$bad->start(), $bad->errCode > 0);
        $server->shutdown();
    });
} finally {
    wserver_test_rmdir($dir);
}
?>
--EXPECT--
server: dropped a connection: with a reason
plain client got: closed
bool(true)
TLS:HELLO
TLS:FROM-S_CLIENT
bool(false)
bool(true)
