--TEST--
TLS clients: Coroutine\Client with WSERVER_SSL against openssl s_server: verified connect (by name and by address), a missing CA, self-signed (refused unless allowed), name mismatch (refused unless ssl_host_name names the certificate), expired, verify off, a plain TCP peer, a peer that never answers the handshake (time-out while another coroutine runs), enableSSL() after a plain connect, getPeerCert()
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
$pids = [];
try {
    $ports = [];
    foreach (['good', 'self', 'other', 'expired'] as $name) {
        [$pids[], $ports[$name]] = tls_peer_s_server($dir, $certs[$name], '-rev');
    }
    /* a plain TCP peer answering garbage (it accepts in a coroutine), and one that accepts
     * and says nothing */
    WServer\Runtime::enableCoroutine(WSERVER_HOOK_TCP);
    $plain = stream_socket_server('tcp://127.0.0.1:0');
    $plainPort = (int) substr(strrchr(stream_socket_get_name($plain, false), ':'), 1);
    $mute = stream_socket_server('tcp://127.0.0.1:0');
    $mutePort = (int) substr(strrchr(stream_socket_get_name($mute, false), ':'), 1);

    Coroutine\run(function () use ($certs, $ports, $plain, $plainPort, $mutePort) {
        $try = function (string $what, string $host, int $port, array $set) {
            $c = new Coroutine\Client(WSERVER_SOCK_TCP | WSERVER_SSL);
            $c->set($set);
            $ok = $c->connect($host, $port, TLS_PEER_WAIT);
            echo str_pad($what, 28), $ok ? 'connected' : "refused: $c->errCode $c->errMsg", "\n";
            if ($ok) {
                $c->send("hello tls\n");
                echo str_pad('', 28), 'reply: ', trim($c->recv(TLS_PEER_WAIT)), "\n";
                $c->close();
            }
            return $c;
        };
        $ca = ['ssl_cafile' => $certs['ca']];
        $try('verified, by name', 'localhost', $ports['good'], $ca);
        $try('verified, by address', '127.0.0.1', $ports['good'], $ca);
        $try('no CA given', 'localhost', $ports['good'], []);
        $try('self-signed', 'localhost', $ports['self'], $ca);
        $try('self-signed, allowed', 'localhost', $ports['self'], $ca + ['ssl_allow_self_signed' => true]);
        $try('name mismatch', 'localhost', $ports['other'], $ca);
        $try('ssl_host_name', '127.0.0.1', $ports['other'], $ca + ['ssl_host_name' => 'other.example']);
        $try('expired', 'localhost', $ports['expired'], $ca);
        $try('verify off', 'localhost', $ports['expired'], ['ssl_verify_peer' => false]);

        Coroutine::create(function () use ($plain) {
            $peer = stream_socket_accept($plain, 5);
            fwrite($peer, "HTTP/1.0 400 Bad Request\r\n\r\nnot tls at all, sorry\n");
            fclose($peer);
        });
        $c = $try('plain TCP peer', 'localhost', $plainPort, $ca);
        var_dump($c->isConnected());

        $ticks = 0;
        Coroutine::create(function () use (&$ticks) {
            for ($i = 0; $i < 5; $i++) {
                Coroutine::sleep(0.1);
                $ticks++;
            }
        });
        $try('mute peer (1 s)', 'localhost', $mutePort, $ca + ['timeout' => 1]);
        echo "others ran meanwhile: ", $ticks === 5 ? 'yes' : "no ($ticks)", "\n";

        $c = new Coroutine\Client(WSERVER_SOCK_TCP);
        $c->set($ca + ['ssl_host_name' => 'localhost']);
        var_dump($c->connect('127.0.0.1', $ports['good'], TLS_PEER_WAIT), $c->enableSSL());
        $c->send("later\n");
        echo trim($c->recv(TLS_PEER_WAIT)), "\n";
        var_dump(str_starts_with($c->getPeerCert(), '-----BEGIN CERTIFICATE-----'), $c->verifyPeerCert());
        var_dump((new Coroutine\Client(WSERVER_SOCK_TCP))->getPeerCert());
    });
} finally {
    foreach ($pids as $pid) {
        tls_peer_stop($pid);
    }
    wserver_test_rmdir($dir);
}
try {
    new Coroutine\Client(WSERVER_SOCK_UDP | WSERVER_SSL);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
verified, by name           connected
                            reply: slt olleh
verified, by address        connected
                            reply: slt olleh
no CA given                 refused: 1014 SSL certificate verify failed for "localhost": unable to get local issuer certificate
self-signed                 refused: 1014 SSL certificate verify failed for "localhost": self-signed certificate
self-signed, allowed        connected
                            reply: slt olleh
name mismatch               refused: 1014 SSL certificate verify failed for "localhost": hostname mismatch (the certificate is not for this name)
ssl_host_name               connected
                            reply: slt olleh
expired                     refused: 1014 SSL certificate verify failed for "localhost": certificate has expired
verify off                  connected
                            reply: slt olleh
plain TCP peer              refused: 1018 SSL handshake with "localhost" failed: %s
bool(false)
mute peer (1 s)             refused: 110 SSL handshake with "localhost": Connection timed out
others ran meanwhile: yes
bool(true)
bool(true)
retal
bool(true)
bool(true)
bool(false)
WServer\Coroutine\Client::__construct(): Argument #1 ($type) WSERVER_SSL needs a stream socket (TCP, TCP6, UNIX_STREAM)
