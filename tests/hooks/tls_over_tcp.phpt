--TEST--
Hooks: TLS turned on over a hooked tcp:// stream (stream_socket_enable_crypto(), as mysqlnd does for SSL) against a forked PHP ssl server: the exchange is right (with WSERVER_HOOK_SSL on, as here, the handshake and the I/O wait in the coroutine)
--EXTENSIONS--
wserver
openssl
pcntl
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
$key = openssl_pkey_new(['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
$cert = openssl_csr_sign(openssl_csr_new(['commonName' => 'localhost'], $key), null, $key, 1);
openssl_x509_export_to_file($cert, "$dir/cert.pem");
openssl_pkey_export_to_file($key, "$dir/key.pem");

$ctx = stream_context_create(['ssl' => ['local_cert' => "$dir/cert.pem", 'local_pk' => "$dir/key.pem"]]);
$srv = stream_socket_server('tls://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
$port = (int) substr(strrchr(stream_socket_get_name($srv, false), ':'), 1);
$pid = pcntl_fork();
if ($pid === 0) {
    pcntl_alarm(10);
    $c = stream_socket_accept($srv, 5);
    if ($c) {
        fwrite($c, strtoupper(fgets($c)));
        fgets($c); // until the client closes
    }
    exit(0);
}
try {
    WServer\Runtime::enableCoroutine();
    WServer\Coroutine\run(function () use ($port) {
        $c = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5, STREAM_CLIENT_CONNECT,
            stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]]));
        var_dump(stream_socket_enable_crypto($c, true, STREAM_CRYPTO_METHOD_TLS_CLIENT));
        fwrite($c, "over tls\n");
        echo fgets($c);
        fclose($c);
    });
} finally {
    wserver_test_stop_pid($pid, SIGTERM);
    wserver_test_rmdir($dir);
}
?>
--EXPECT--
bool(true)
OVER TLS
