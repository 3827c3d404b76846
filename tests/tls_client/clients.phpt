--TEST--
TLS clients: the blocking Client with WSERVER_SSL (verified, self-signed refused, enableSSL()), Coroutine\Socket (setProtocol() + sslHandshake(), an open_ssl server socket whose accept() does the server's handshake, a bad server certificate file), Coroutine\Http\Client over https against openssl s_server -www (verified, refused without the CA) and wss after upgrade() against a python3 websockets server
--EXTENSIONS--
wserver
pcntl
sockets
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
    [$pids[], $rev] = tls_peer_s_server($dir, $certs['good'], '-rev');
    [$pids[], $www] = tls_peer_s_server($dir, $certs['good'], '-www');
    [$pids[], $self] = tls_peer_s_server($dir, $certs['self'], '-rev');
    $wss = tls_peer_wss_server($dir, $certs['good']);
    if ($wss) {
        $pids[] = $wss[0];
    }
    $ca = ['ssl_cafile' => $certs['ca']];

    echo "-- Client (blocking)\n";
    $c = new WServer\Client(WSERVER_SOCK_TCP | WSERVER_SSL);
    $c->set($ca);
    var_dump($c->connect('localhost', $rev, TLS_PEER_WAIT), $c->type === (WSERVER_SOCK_TCP | WSERVER_SSL));
    $c->send("blocking\n");
    echo trim($c->recv()), "\n";
    var_dump($c->verifyPeerCert());
    $c->close();
    $c = new WServer\Client(WSERVER_SOCK_TCP | WSERVER_SSL);
    $c->set($ca);
    var_dump($c->connect('localhost', $self, TLS_PEER_WAIT), $c->errCode, $c->errMsg);
    $c = new WServer\Client(WSERVER_SOCK_TCP);
    $c->set($ca + ['ssl_host_name' => 'localhost']);
    var_dump($c->connect('127.0.0.1', $rev, TLS_PEER_WAIT), $c->enableSSL());
    $c->send("enabled\n");
    echo trim($c->recv()), "\n";
    $c->close(); /* s_server serves one connection at a time */

    Coroutine\run(function () use ($certs, $ca, $rev, $www, $wss) {
        echo "-- Coroutine\\Socket\n";
        $s = new Coroutine\Socket(AF_INET, SOCK_STREAM);
        var_dump($s->setProtocol($ca));
        var_dump($s->connect('localhost', $rev, TLS_PEER_WAIT), $s->sslHandshake());
        $s->sendAll("socket\n");
        echo trim($s->recv()), "\n";

        $srv = new Coroutine\Socket(AF_INET, SOCK_STREAM);
        $srv->setProtocol(['open_ssl' => true, 'ssl_cert_file' => $certs['good'][0],
            'ssl_key_file' => $certs['good'][1]]);
        $srv->bind('127.0.0.1');
        $srv->listen();
        $port = $srv->getsockname()['port'];
        Coroutine::create(function () use ($srv) {
            for ($i = 0; $i < 2; $i++) {
                $conn = $srv->accept(3);
                echo 'server: ', $conn ? 'accepted' : "accept failed: $srv->errMsg", "\n";
                if ($conn) {
                    $conn->sendAll(strtoupper($conn->recv()));
                    $conn->close();
                }
            }
        });
        $cl = new Coroutine\Socket(AF_INET, SOCK_STREAM);
        $cl->setProtocol($ca + ['open_ssl' => true]);
        $ok = $cl->connect('localhost', $port, TLS_PEER_WAIT);
        $cl->sendAll("through our own server\n");
        echo trim($cl->recv()), "\n";
        var_dump($ok);
        $plain = new Coroutine\Socket(AF_INET, SOCK_STREAM);
        $plain->connect('127.0.0.1', $port, TLS_PEER_WAIT);
        $plain->sendAll("GET / HTTP/1.0\r\n\r\n");
        $r = $plain->recv(1024, TLS_PEER_WAIT);
        echo 'plain client: ', $r ?: 'closed', "\n";
        Coroutine::sleep(0.05);

        $bad = new Coroutine\Socket(AF_INET, SOCK_STREAM);
        $bad->setProtocol(['open_ssl' => true, 'ssl_cert_file' => '/nonexistent/cert.pem']);
        $bad->bind('127.0.0.1');
        $bad->listen();
        $badPort = $bad->getsockname()['port'];
        Coroutine::create(function () use ($badPort) {
            $c = new Coroutine\Socket(AF_INET, SOCK_STREAM);
            $c->connect('127.0.0.1', $badPort, TLS_PEER_WAIT);
        });
        var_dump($bad->accept(3), $bad->errMsg);

        echo "-- Coroutine\\Http\\Client\n";
        $h = new Coroutine\Http\Client('localhost', $www, true);
        $h->set($ca + ['timeout' => TLS_PEER_WAIT]);
        var_dump($h->get('/'), $h->statusCode, str_contains($h->body, 's_server'));
        $h = new Coroutine\Http\Client('localhost', $www, true);
        $h->set(['timeout' => TLS_PEER_WAIT]);
        var_dump($h->get('/'), $h->statusCode, $h->errCode, $h->errMsg);

        if (!$wss) {
            echo "wss: python3 websockets missing\n";
            return;
        }
        $h = new Coroutine\Http\Client('localhost', $wss[1], true);
        $h->set($ca + ['timeout' => TLS_PEER_WAIT]);
        var_dump($h->upgrade('/'), $h->statusCode);
        $h->push('over wss');
        echo $h->recv(TLS_PEER_WAIT)->data, "\n";
        var_dump(str_starts_with($h->getPeerCert(), '-----BEGIN CERTIFICATE-----'));
        $h->close();
    });
} finally {
    foreach ($pids as $pid) {
        tls_peer_stop($pid);
    }
    wserver_test_rmdir($dir);
}
?>
--EXPECTF--
-- Client (blocking)
bool(true)
bool(true)
gnikcolb
bool(true)
bool(false)
int(1014)
string(70) "SSL certificate verify failed for "localhost": self-signed certificate"
bool(true)
bool(true)
delbane
-- Coroutine\Socket
bool(true)
bool(true)
bool(true)
tekcos
server: accepted
THROUGH OUR OWN SERVER
bool(true)
server: accept failed: SSL handshake with the peer failed: %s
plain client: closed
bool(false)
string(%d) "ssl_cert_file: certificate /nonexistent/cert.pem cannot be read: %s"
-- Coroutine\Http\Client
bool(true)
int(200)
bool(true)
bool(false)
int(-1)
int(1014)
string(85) "SSL certificate verify failed for "localhost": unable to get local issuer certificate"
bool(true)
int(101)
echo:over wss
bool(true)
