--TEST--
Hooks: ssl:// and tls:// streams and stream_socket_enable_crypto() over a hooked tcp:// stream wait in their coroutine (handshake, read, write) against openssl s_server; PHP's ssl context options are honoured (cafile, verify_peer, verify_peer_name, peer_name, allow_self_signed); https:// through file_get_contents(); an ssl:// server and its client in one process; a second coroutine on a TLS connection gets the "in use" exception; outside a coroutine PHP's own code runs
--EXTENSIONS--
wserver
openssl
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
    [$pids[], $www] = tls_peer_s_server($dir, $certs['good'], '-www');
    [$pids[], $rev] = tls_peer_s_server($dir, $certs['good'], '-rev');
    [$pids[], $self] = tls_peer_s_server($dir, $certs['self'], '-rev');
    [$pids[], $other] = tls_peer_s_server($dir, $certs['other'], '-rev');
    WServer\Runtime::enableCoroutine();
    /* a peer that accepts (in a coroutine, below) and never answers the handshake */
    $mute = stream_socket_server('tcp://127.0.0.1:0');
    $mutePort = (int) substr(strrchr(stream_socket_get_name($mute, false), ':'), 1);
    /* the first line of each warning, without the function's name */
    set_error_handler(function ($no, $msg) {
        echo '  warning: ', preg_replace('/^\w+\(\): /', '', strtok($msg, "\n")), "\n";
        return true;
    });
    var_dump(WServer\Runtime::getHookFlags() & (WSERVER_HOOK_SSL | WSERVER_HOOK_TLS));

    $ca = ['cafile' => $certs['ca']];
    /* connect and handshake time-outs; under valgrind and ASan the peers answer slowly */
    define('WAIT', getenv('WSERVER_TEST_VALGRIND') || getenv('WSERVER_TEST_SLOW') ? 30 : 3);
    $connect = function (string $what, string $url, array $ssl, float $timeout = WAIT) {
        $s = stream_socket_client($url, $errno, $errstr, $timeout, STREAM_CLIENT_CONNECT,
            stream_context_create(['ssl' => $ssl]));
        echo str_pad($what, 30), $s ? 'connected' : 'refused', "\n";
        if ($s) {
            fwrite($s, "hello tls\n");
            echo str_pad('', 30), 'reply: ', trim(fgets($s)), "\n";
        }
        return $s;
    };

    echo "-- outside a coroutine\n";
    $connect('ssl://, verified', "ssl://localhost:$rev", $ca);

    Coroutine\run(function () use ($connect, $ca, $certs, $www, $rev, $self, $other, $mute, $mutePort) {
        echo "-- in a coroutine\n";
        $ticks = 0;
        Coroutine::create(function () use (&$ticks) {
            for ($i = 0; $i < 100 && $ticks >= 0; $i++) {
                Coroutine::sleep(0.01);
                $ticks++;
            }
        });
        $connect('ssl://, verified', "ssl://localhost:$rev", $ca);
        $connect('tls://, by address', "tls://127.0.0.1:$rev", $ca);
        $connect('tlsv1.3://', "tlsv1.3://localhost:$rev", $ca);
        $connect('no cafile', "ssl://localhost:$rev", []);
        $connect('self-signed', "ssl://localhost:$self", $ca);
        $connect('self-signed, allowed', "ssl://localhost:$self", $ca + ['allow_self_signed' => true]);
        $connect('name mismatch', "ssl://localhost:$other", $ca);
        $connect('peer_name', "ssl://localhost:$other", $ca + ['peer_name' => 'other.example']);
        $connect('verify_peer_name off', "ssl://localhost:$other", $ca + ['verify_peer_name' => false]);
        $connect('verify_peer off', "ssl://localhost:$self", ['verify_peer' => false]);
        echo "others ran during the handshakes: ", $ticks > 0 ? 'yes' : 'no', "\n";

        /* while the handshake waits for the mute peer, another coroutine accepts its
         * connection: the order of the events shows the overlap, however slow the machine */
        $events = [];
        $held = null;
        Coroutine::create(function () use ($mute, &$events, &$held) {
            $held = stream_socket_accept($mute, 30);
            $events[] = $held ? 'another coroutine accepted the connection' : 'accept failed';
        });
        $events[] = 'handshake started';
        $connect('mute peer (0.5 s)', "ssl://localhost:$mutePort", $ca + ['verify_peer' => false], 0.5);
        $events[] = 'handshake given up';
        echo implode("\n", $events), "\n";
        $held = null;

        $s = stream_socket_client("ssl://localhost:$www", $errno, $errstr, WAIT, STREAM_CLIENT_CONNECT,
            stream_context_create(['ssl' => $ca]));
        fwrite($s, "GET / HTTP/1.0\r\n\r\n");
        echo "s_server -www: ", strtok(stream_get_contents($s), "\r"), ", ",
            stream_get_meta_data($s)['crypto']['protocol'], "\n";
        fclose($s);
        $page = file_get_contents("https://localhost:$www/", false, stream_context_create(['ssl' => $ca]));
        echo "https:// page: ", str_contains($page, 's_server') ? 'yes' : 'no', "\n";

        echo "-- stream_socket_enable_crypto() on a hooked tcp:// stream\n";
        $s = stream_socket_client("tcp://localhost:$rev", $errno, $errstr, WAIT, STREAM_CLIENT_CONNECT,
            stream_context_create(['ssl' => $ca]));
        var_dump(stream_socket_enable_crypto($s, true, STREAM_CRYPTO_METHOD_TLS_CLIENT));
        fwrite($s, "over tcp\n");
        echo trim(fgets($s)), "\n";

        echo "-- a read time-out\n";
        stream_set_timeout($s, 0, 300000);
        var_dump(fgets($s), stream_get_meta_data($s)['timed_out']);
        fwrite($s, "still usable\n");
        echo trim(fgets($s)), "\n";

        echo "-- a second coroutine on a TLS connection another waits on\n";
        stream_set_timeout($s, 5);
        Coroutine::create(function () use ($s) {
            $line = fgets($s);
            echo "reader: ", var_export($line, true), "\n";
        });
        try {
            fwrite($s, "late\n");
        } catch (WServer\Exception $e) {
            echo preg_replace(['/#\d+/', '/coroutine \d+/'], ['#N', 'coroutine M'], $e->getMessage()), "\n";
        }
        fclose($s);
        Coroutine::sleep(0.05);

        echo "-- an ssl:// server and its client in one process\n";
        $srv = stream_socket_server('ssl://127.0.0.1:0', $errno, $errstr,
            STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, stream_context_create(['ssl' => [
                'local_cert' => $certs['good'][0], 'local_pk' => $certs['good'][1]]]));
        $port = (int) substr(strrchr(stream_socket_get_name($srv, false), ':'), 1);
        Coroutine::create(function () use ($srv) {
            $c = stream_socket_accept($srv, WAIT);
            fwrite($c, strtoupper(fgets($c)));
            fclose($c);
        });
        $connect('to our own ssl:// server', "ssl://127.0.0.1:$port", $ca);
        $ticks = -1000;
    });
} finally {
    foreach ($pids as $pid) {
        tls_peer_stop($pid);
    }
    wserver_test_rmdir($dir);
}
?>
--EXPECTF--
int(96)
-- outside a coroutine
ssl://, verified              connected
                              reply: slt olleh
-- in a coroutine
ssl://, verified              connected
                              reply: slt olleh
tls://, by address            connected
                              reply: slt olleh
tlsv1.3://                    connected
                              reply: slt olleh
  warning: SSL operation failed with code 1. OpenSSL Error messages:
  warning: Failed to enable crypto
  warning: Unable to connect to ssl://localhost:%d (Unknown error)
no cafile                     refused
  warning: SSL operation failed with code 1. OpenSSL Error messages:
  warning: Failed to enable crypto
  warning: Unable to connect to ssl://localhost:%d (Unknown error)
self-signed                   refused
self-signed, allowed          connected
                              reply: slt olleh
  warning: Peer certificate subjectAltName did not match expected name `localhost'
  warning: Failed to enable crypto
  warning: Unable to connect to ssl://localhost:%d (Unknown error)
name mismatch                 refused
peer_name                     connected
                              reply: slt olleh
verify_peer_name off          connected
                              reply: slt olleh
verify_peer off               connected
                              reply: slt olleh
others ran during the handshakes: yes
  warning: SSL: %s timed out
  warning: Failed to enable crypto
  warning: Unable to connect to ssl://localhost:%d (Unknown error)
mute peer (0.5 s)             refused
handshake started
another coroutine accepted the connection
handshake given up
s_server -www: HTTP/1.0 200 ok, TLSv1.3
https:// page: yes
-- stream_socket_enable_crypto() on a hooked tcp:// stream
bool(true)
pct revo
-- a read time-out
bool(false)
bool(true)
elbasu llits
-- a second coroutine on a TLS connection another waits on
connection #N is in use by coroutine M
reader: false
-- an ssl:// server and its client in one process
to our own ssl:// server      connected
                              reply: HELLO TLS
