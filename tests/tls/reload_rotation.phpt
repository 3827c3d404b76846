--TEST--
TLS: reload re-reads the certificate and key files (rotation without restart, both APIs); a broken new file is logged and the certificate loaded before is kept
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

/* The fingerprint of the certificate the server shows now. */
function shown(int $port): string
{
    $ctx = stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false, 'capture_peer_cert' => true]]);
    $c = @stream_socket_client("ssl://127.0.0.1:$port", $errno, $errstr, 5, STREAM_CLIENT_CONNECT, $ctx);
    if (!$c) {
        return "no connection: $errstr";
    }
    $cert = stream_context_get_params($c)['options']['ssl']['peer_certificate'];
    fclose($c);
    return openssl_x509_fingerprint($cert, 'sha256');
}

$apps = [
    'Worker' => <<<'PHP'
$w = new WServer\Worker('http://127.0.0.1:{PORT}', ['ssl' => ['local_cert' => __DIR__ . '/live.pem', 'local_pk' => __DIR__ . '/live.key']]);
$w->transport = 'ssl';
$w->count = 2;
$w->onMessage = fn ($c, $r) => $c->send('ok');
WServer\Worker::runAll();
PHP,
    'Server' => <<<'PHP'
$s = new WServer\Http\Server('127.0.0.1', {PORT}, WSERVER_BASE, WSERVER_SOCK_TCP | WSERVER_SSL);
$s->set(['worker_num' => 2, 'ssl_cert_file' => __DIR__ . '/live.pem', 'ssl_key_file' => __DIR__ . '/live.key']);
$s->on('request', fn ($req, $resp) => $resp->end('ok'));
$s->start();
PHP,
];
foreach ($apps as $api => $body) {
    echo "== $api\n";
    $dir = wserver_test_dir();
    $port = wserver_test_free_port();
    [$a] = wserver_tls_cert($dir, 'a');
    [$b] = wserver_tls_cert($dir, 'b');
    copy("$dir/a.pem", "$dir/live.pem");
    copy("$dir/a.key", "$dir/live.key");
    wserver_test_app($dir, $port, $body);
    try {
        wserver_test_cli($dir, 'start -d');
        wserver_test_wait(fn () => wserver_test_listening($port));
        echo 'before: ', shown($port) === wserver_tls_fingerprint($a) ? 'a' : 'other', "\n";
        copy("$dir/b.pem", "$dir/live.pem");
        copy("$dir/b.key", "$dir/live.key");
        wserver_test_cli($dir, 'reload');
        // every worker replaced: each new connection may go to either, all show b
        $all_b = fn () => shown($port) === wserver_tls_fingerprint($b) && shown($port) === wserver_tls_fingerprint($b)
            && shown($port) === wserver_tls_fingerprint($b);
        echo 'after reload: ', wserver_test_wait($all_b, 15) ? 'b' : 'not b', "\n";
        file_put_contents("$dir/live.pem", "not a certificate\n");
        wserver_test_cli($dir, 'reload');
        wserver_test_wait(fn () => str_contains((string) @file_get_contents("$dir/app.log"), 'not reloaded'), 10);
        preg_match('/TLS certificate .*live\.pem not reloaded.*$/m', (string) file_get_contents("$dir/app.log"), $m);
        echo str_replace($dir, 'DIR', $m[0] ?? 'not logged'), "\n";
        sleep(1);
        wserver_test_wait(fn () => count(wserver_test_children(wserver_test_master_pid($dir))) >= 1, 5);
        echo 'after a bad reload: ', shown($port) === wserver_tls_fingerprint($b) && shown($port) === wserver_tls_fingerprint($b) ? 'b' : 'other', "\n";
    } finally {
        wserver_test_cli($dir, 'stop');
        wserver_test_cleanup($dir);
    }
}
?>
--EXPECTF--
== Worker
before: a
after reload: b
TLS certificate DIR/live.pem not reloaded, the one loaded before is kept: DIR/live.pem holds no PEM certificate (%s)
after a bad reload: b
== Server
before: a
after reload: b
TLS certificate DIR/live.pem not reloaded, the one loaded before is kept: DIR/live.pem holds no PEM certificate (%s)
after a bad reload: b
